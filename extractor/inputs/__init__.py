"""Loading: bytes from a file or stdin to the text every offset points into, one module per kind
(plain text, Markdown, HTML, PDF), with every problem named (an `InputError` or a warning)."""

from __future__ import annotations

import re
from pathlib import Path

from extractor.inputs.base import DEFAULT_MAX_BYTES, FORMATS, InputError, LoadedText, read_limited
from extractor.inputs.decode import check_encoding, decode, looks_binary

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "InputError", "LoadedText", "check_encoding", "decode",
           "format_for_suffix", "load_bytes", "load_path", "looks_binary", "read_limited", "sniff_format"]

SUFFIX_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
                  ".htm": "html", ".xhtml": "html", ".pdf": "pdf"}
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def format_for_suffix(suffix: str) -> str | None:
    """The format a file name promises, or None when its suffix says nothing (then the bytes tell)."""
    return SUFFIX_FORMATS.get(suffix.lower())


def sniff_format(data: bytes) -> str:
    """PDF by its signature, HTML by its opening tags, else plain text (Markdown is never guessed:
    plain text read as Markdown would lose characters such as `*` and `_`)."""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if _HTML_START.match(data[:4096]):
        return "html"
    return "txt"


def load_bytes(data: bytes, input_format: str | None = None, truncated: bool = False,
               encoding: str | None = None, source: str = "<stdin>") -> LoadedText:
    """Decode `data` as `input_format` (sniffed when None)."""
    fmt = input_format or sniff_format(data)
    if fmt == "html":
        from extractor.inputs.html import html_to_text

        loaded = html_to_text(data, truncated, encoding)
    elif fmt == "pdf":
        from extractor.inputs.pdf import pdf_to_text

        loaded = pdf_to_text(data, truncated, source)
    elif fmt == "md":
        from extractor.inputs.markdown import markdown_to_text

        loaded = markdown_to_text(data, truncated, encoding)
    elif fmt == "txt":
        loaded = decode(data, truncated, encoding)
    else:
        raise ValueError(f"unknown input format {fmt!r}; known: {', '.join(FORMATS)}")
    loaded.input_format = fmt
    return loaded


def load_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
              input_format: str | None = None) -> LoadedText:
    """Read and decode one file by its kind: `input_format`, else its suffix, else its bytes."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError("unreadable", f"{path} is a folder, not a file")
        with path.open("rb") as stream:
            data, truncated = read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise InputError("missing", f"no such file: {path}") from None
    except PermissionError:
        raise InputError("unreadable", f"permission denied: {path}") from None
    except OSError as err:
        raise InputError("unreadable", f"cannot read {path}: {err.strerror or err}") from None
    fmt = input_format or format_for_suffix(path.suffix)
    return load_bytes(data, fmt, truncated, encoding, source=str(path))
