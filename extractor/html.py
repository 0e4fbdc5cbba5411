"""Saved web pages: the main text without menus and footers (trafilatura), the page title and its
published date. Nothing is fetched: trafilatura parses the bytes given, scripts and styles dropped."""

from __future__ import annotations

import re

from extractor.loading import InputError, LoadedText, decode

_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_TITLE = re.compile(r"<title[^>]{0,200}>([^<]{1,500})</title>", re.I)


def html_to_text(data: bytes, truncated: bool = False) -> LoadedText:
    page = decode(data, truncated)
    html = page.text
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - a malformed page falls back to plain tag stripping
        text, meta = None, None
    if not text or not text.strip():
        text = _strip_tags(html)
    if not text.strip():
        raise InputError("empty", "the page has no text")
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    title = page_title(html) or (getattr(meta, "title", None) if meta is not None else None)
    published = getattr(meta, "date", None) if meta is not None else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return LoadedText(text, page.warnings, title=title, release_date=published or None)


def page_title(html: str) -> str | None:
    """The page's own <title>, as the site named the release."""
    import html as html_lib

    m = _TITLE.search(html[:200_000])
    title = " ".join(html_lib.unescape(m.group(1)).split()) if m else ""
    return title or None


def _strip_tags(html: str) -> str:
    """Last resort for pages trafilatura cannot read: drop scripts, styles and tags."""
    import html as html_lib

    return html_lib.unescape(_TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", html)))
