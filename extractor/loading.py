"""Loading and decoding: bytes from a file or stdin to text, with every problem named."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 5_000_000
"""Files larger than this are cut at the bound, with a warning on the record."""


class InputError(Exception):
    """A file that cannot become a release: the message says why, `kind` names the class."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class LoadedText:
    text: str
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    release_date: str | None = None


def read_limited(stream: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """Read at most `max_bytes`; never the whole of a huge file."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes mean this is not a text release."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and not _is_utf16(sample):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.10


def _is_utf16(sample: bytes) -> bool:
    return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode(data: bytes, truncated: bool = False) -> LoadedText:
    """UTF-8 first, then a detected encoding; say in `warnings` when a fallback was used."""
    warnings: list[str] = []
    if truncated:
        warnings.append("text truncated at the size bound")
    if not data.strip():
        raise InputError("empty", "the file is empty")
    if looks_binary(data):
        raise InputError("binary", "the file is binary, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if _is_utf16(data):
        return LoadedText(data.decode("utf-16", errors="replace"), warnings)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if truncated and err.start >= len(data) - 3:
            text = data[: err.start].decode("utf-8")
        else:
            text, encoding = _decode_fallback(data)
            warnings.append(f"not valid UTF-8; decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty", "the file holds no text")
    return LoadedText(text, warnings)


def _decode_fallback(data: bytes) -> tuple[str, str]:
    """Detected encoding where the detector is sure, else cp1252, else latin-1 (never fails)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding not in ("utf_8", "ascii"):
            return str(best), best.encoding
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def load_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedText:
    """Read and decode one file by its kind (txt, md, html, pdf)."""
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
    return decode_by_kind(data, path.suffix.lower(), truncated)


def decode_by_kind(data: bytes, suffix: str, truncated: bool = False) -> LoadedText:
    """Dispatch on the file's kind; plain text and Markdown are read as they are."""
    if suffix in (".html", ".htm"):
        from extractor.html import html_to_text

        return html_to_text(data, truncated)
    if suffix == ".pdf":
        from extractor.pdf import pdf_to_text

        return pdf_to_text(data, truncated)
    return decode(data, truncated)
