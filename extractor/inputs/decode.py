"""Bytes to text: UTF-8 first; bytes that are not UTF-8 are Western single-byte text (cp1252, then
latin-1) unless the evidence for another encoding is strong; a caller's encoding always wins.
Every fallback is named in the warnings, so a clerk knows how the text was read."""

from __future__ import annotations

import codecs
import re
import threading

from extractor.inputs.base import InputError, LoadedText

MOJIBAKE_SHARE = 0.3
"""A cp1252 reading whose letters are more than this share non-ASCII is not Western text
(Western prose has a few accented letters and curly quotes; Cyrillic or Greek read as cp1252 is
almost all accented letters)."""


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


def check_encoding(name: str) -> str:
    """The codec's canonical name; ValueError naming the problem when Python knows no such codec."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r} (use a Python codec name: cp1252, latin-1, utf-8, ...)") from None


def decode(data: bytes, truncated: bool = False, encoding: str | None = None) -> LoadedText:
    """UTF-8 first (or `encoding` when given), else a legacy encoding named in `warnings`."""
    warnings: list[str] = []
    if truncated:
        warnings.append("text truncated at the size bound")
    if not data.strip():
        raise InputError("empty", "the file is empty")
    if looks_binary(data):
        raise InputError("binary", "the file is binary, not text")
    if encoding is not None:
        text, used = _decode_as(data, encoding, truncated, warnings)
    else:
        text, used = _decode_guessing(data, truncated, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty", "the file holds no text")
    return LoadedText(text, warnings, encoding=used)


def _decode_as(data: bytes, encoding: str, truncated: bool, warnings: list[str]) -> tuple[str, str]:
    """The caller's encoding; bytes it cannot read become U+FFFD, counted in a warning."""
    name = check_encoding(encoding)
    text = data.decode(name, errors="replace")
    if truncated and name == "utf-8" and text.endswith("\ufffd"):
        text = text.rstrip("\ufffd")
    bad = text.count("\ufffd") - data.decode(name, errors="ignore").count("\ufffd")
    if name not in ("utf-8", "utf-8-sig"):
        warnings.append(f"decoded as {name} (the encoding given)")
    if bad:
        warnings.append(f"{bad} byte sequences not valid in {name} were replaced by U+FFFD")
    return text, name


def _decode_guessing(data: bytes, truncated: bool, warnings: list[str]) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if _is_utf16(data):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if truncated and err.start >= len(data) - 3:
            try:
                return data[: err.start].decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        text, stray = mixed
        warnings.append(f"mixed encodings: UTF-8 with {stray} stray bytes decoded as cp1252")
        return text, "utf-8"
    text, name = legacy_decode(data)
    warnings.append(f"not valid UTF-8; decoded as {name}")
    return text, name


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mixed_utf8(data: bytes) -> tuple[str, int] | None:
    """A UTF-8 file with a few cp1252 bytes pasted in (an edited old release): when its valid
    multi-byte UTF-8 sequences outnumber the stray bytes, only the stray bytes are read as cp1252,
    so the UTF-8 text is not turned into mojibake ("’" as "â€™")."""
    sequences = len(_UTF8_SEQUENCE.findall(data))
    if not sequences:
        return None
    _STRAY.count = 0
    text = data.decode("utf-8", errors=_STRAY_HANDLER)
    stray = _STRAY.count
    return (text, stray) if stray < sequences else None


_STRAY = threading.local()
_STRAY_HANDLER = "press_extract.cp1252_strays"


def _cp1252_strays(err: UnicodeError) -> tuple[str, int]:
    """Error handler: bytes that are not UTF-8 are read as cp1252 and counted (per thread)."""
    assert isinstance(err, UnicodeDecodeError)
    chunk = err.object[err.start:err.end]
    _STRAY.count = getattr(_STRAY, "count", 0) + len(chunk)
    return chunk.decode("cp1252", errors="replace"), err.end


codecs.register_error(_STRAY_HANDLER, _cp1252_strays)


def legacy_decode(data: bytes) -> tuple[str, str]:
    """cp1252 (then latin-1, which reads any byte), unless that reading is mojibake and a detector
    finds text in another script: old Western archives are by far the common case, and a detector
    guessing from a few curly quotes picks cp852 or mac_iceland as often as not."""
    western = _western(data)
    if non_ascii_letter_share(western[0]) > MOJIBAKE_SHARE:
        other = _detected(data)
        if other is not None and non_latin_letter_share(other[0]) > MOJIBAKE_SHARE:
            return other
    return western


def _western(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # one of cp1252's five unassigned bytes
        return data.decode("latin-1"), "latin-1"


def _detected(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    return str(best), best.encoding


def non_ascii_letter_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if ord(c) > 127) / len(letters) if letters else 0.0


def non_latin_letter_share(text: str) -> float:
    """Share of letters beyond the Latin blocks (Greek, Cyrillic, Arabic, CJK ...)."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if ord(c) > 0x24F and not 0x1E00 <= ord(c) <= 0x1EFF) / len(letters) \
        if letters else 0.0
