"""Structured, checkable records from government and law-enforcement press releases.

`extract(text)` returns a `Record`; `Extractor` loads the pipeline once and streams with
`pipe()`. Heavy imports (spaCy, dateparser) wait until first use, so the CLI starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.version import __version__

if TYPE_CHECKING:
    from extractor.api import Extractor, Release, extract
    from extractor.models import Record, RecordWithText

__all__ = ["Extractor", "Record", "RecordWithText", "Release", "__version__", "extract"]

_LAZY = {"Extractor": "extractor.api", "Release": "extractor.api", "extract": "extractor.api",
         "Record": "extractor.models", "RecordWithText": "extractor.models"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
