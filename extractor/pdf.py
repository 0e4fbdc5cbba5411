"""PDF releases with a text layer (pypdf); a scanned PDF without text is an error, not an empty record."""

from __future__ import annotations

import io

from extractor.loading import InputError, LoadedText


def pdf_to_text(data: bytes, truncated: bool = False) -> LoadedText:
    if truncated:
        raise InputError("too-large", "the PDF is larger than --max-bytes and cannot be read in part")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise InputError("malformed", f"not a readable PDF: {err}") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise InputError("empty", "the PDF has no text layer (scanned image?)")
    return LoadedText(text.replace("\r\n", "\n"))
