"""What every loader shares: the loaded text, the error a file that cannot become a release
raises, and reading with a size bound (never the whole of a huge file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

DEFAULT_MAX_BYTES = 5_000_000
"""Files larger than this are cut at the bound, with a warning on the record."""

FORMATS = ("txt", "md", "html", "pdf")
"""Input formats a loader exists for; `--input-format` takes one of these names."""


class InputError(Exception):
    """A file that cannot become a release: the message says why, `kind` names the class."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class LoadedText:
    """The decoded text every offset of the record points into, and what the file said about it."""

    text: str
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    release_date: str | None = None
    input_format: str = "txt"
    encoding: str | None = None


def read_limited(stream: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """Read at most `max_bytes`; never the whole of a huge file."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False
