"""Saved web pages: the release's main text without menus and footers, its headline once, and its
publication date from the page's explicit metadata only.

One parse of the page (lxml's HTML parser: nothing fetched, no DTD or external entity loaded),
one `trafilatura.bare_extraction` call on that tree for the main text and the title. The date is not
trafilatura's: its date finder reads URLs and any date-like string (a namespace URL of the `<html>`
tag gave 2000-01-01), so the date comes only from publication fields (meta tags, RDFa/microdata,
`<time>` in the article, never in a footer or after "Updated").
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from extractor.inputs.base import InputError, LoadedText
from extractor.inputs.decode import check_encoding, decode
from extractor.lexicon import lexicon
from extractor.metadata import parse_date_text

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # its complaints are ours to word
logging.getLogger("htmldate").addHandler(logging.NullHandler())

_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|»|·)\s+")
_SUFFIX_START = re.compile(r"\s+(?:[-–—|:»·]|::)\s+")
_DASH_SUFFIX = re.compile(r"\s+[-–—]\s+(?P<site>[^-–—]{2,80})$")
STAMP_RE = re.compile(
    r"^[ \t]*(?:page[ \t]+)?(?:last[ \t]+)?(?:updated|modified|reviewed|revised)\b[ \t]*(?:on)?[ \t:]*"
    r"(?:[A-Za-z]+,?[ \t]+)?(?:[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
    r"[^\n]{0,30}$", re.I | re.M)
"""A footer's "Updated May 1, 2024" / "Page last reviewed: 2024-05-01": page furniture, not text."""
_ISO_STAMP = re.compile(r"(\d{4}-\d\d-\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")
_NO_DATE_SEARCH = {"original_date": True, "extensive_search": False}
"""trafilatura's date is never used (see the module docstring): keep its date finder's work small."""
_BLOCK_TAGS = {"p", "head", "list", "item", "table", "row", "quote", "div", "code"}
_FURNITURE = {"footer", "nav", "aside"}
_STAMP_WORDS = re.compile(r"updat|modif|revis|review|footer|copyright", re.I)
MIN_RELEASE_WORDS = 20
"""A page whose main text is shorter than this is an empty shell or a stub, not a release."""
LISTING_LINK_SHARE = 0.5
"""A page whose main text is mostly link texts is a listing of releases, not one release."""


def html_to_text(data: bytes, truncated: bool = False, encoding: str | None = None) -> LoadedText:
    """The page's main text, headline once; title and release date from the page's own fields."""
    page = decode(data, truncated, encoding)
    if encoding is None and page.encoding not in ("utf-8", "utf-16"):
        _use_declared_charset(data, page)
    tree = _parse(page.text)
    head = page_fields(tree) if tree is not None else {}
    blocks, meta_title, link_share = _main_blocks(tree)
    if not blocks:
        blocks = _fallback_blocks(tree)
        if blocks:
            page.warnings.append("no main text found in the page; read all of its text (not a release?)")
    blocks = [b for b in (_clean_block(STAMP_RE.sub("", b)) for b in blocks) if b]
    if not any(b.strip() for b in blocks):
        raise InputError("empty", "the page holds no text (an empty shell, not a release)")
    title = clean_title(head.get("h1"), head.get("title") or meta_title, head.get("site"))
    blocks = headline_once(blocks, title, head.get("title"), head.get("h1"))
    text = "\n\n".join(blocks)
    verdict = not_a_release(text, title, head, link_share)
    page.warnings.extend(verdict)
    date = None if verdict else head.get("date")  # a listing's first item date is no release date
    return LoadedText(text, page.warnings, title=title, release_date=date,
                      input_format="html", encoding=page.encoding)


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in a <meta> tag, when Python knows it."""
    m = _DECLARED_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return check_encoding(m.group(1).decode("ascii"))
    except ValueError:
        return None


def _use_declared_charset(data: bytes, page: LoadedText) -> None:
    """Bytes that are not UTF-8 in a page that declares, say, windows-1251: strong evidence, so the
    declaration wins over the Western default (a declared latin-1 or ASCII means cp1252 anyway, as
    browsers read it)."""
    declared = declared_charset(data)
    if declared in (None, "utf-8", "latin-1", "iso8859-1", "ascii", page.encoding):
        return
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        return
    page.text = text.replace("\r\n", "\n").replace("\r", "\n")
    page.encoding = declared
    page.warnings[-1] = f"not valid UTF-8; decoded as {declared} (the page's declared charset)"


def _parse(html: str) -> HtmlElement | None:
    """lxml's HTML parser: forgiving with broken markup; it never loads a DTD or an entity."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, no_network=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):  # an empty document
        return None


def _main_blocks(tree: HtmlElement | None) -> tuple[list[str], str | None, float]:
    """The one trafilatura call: main text as blocks (paragraphs, headings, list items), the title,
    and the share of the main text that is link text (a listing page is mostly links)."""
    if tree is None:
        return [], None, 0.0
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_recall=True, include_links=True,
                                          date_extraction_params=_NO_DATE_SEARCH)
    except Exception:  # noqa: BLE001 - trafilatura refuses some odd trees; fall back to all text
        return [], None, 0.0
    if doc is None or doc.body is None:
        return [], getattr(doc, "title", None), 0.0
    linked = sum(len("".join(ref.itertext()).strip()) for ref in doc.body.iter("ref"))
    total = len("".join(doc.body.itertext()).strip())
    return list(_blocks(doc.body)), doc.title, linked / total if total else 0.0


def _blocks(elem: etree._Element) -> Any:
    """Paragraph-like elements of trafilatura's XML, each one block; <lb/> is a line break;
    containers (lists, tables, quotes holding paragraphs) give their children's blocks."""
    for child in elem:
        if any(grandchild.tag in _BLOCK_TAGS for grandchild in child):
            yield from _blocks(child)
        elif child.tag == "row":
            cells = [" ".join(_inline(c).split()) for c in child]
            line = " | ".join(c for c in cells if c)
            if line:
                yield line
        else:
            text = _clean_block(_inline(child))
            if text:
                yield text


def _inline(elem: etree._Element) -> str:
    parts = [elem.text or ""]
    for child in elem:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean_block(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _fallback_blocks(tree: HtmlElement | None) -> list[str]:
    """All visible text, scripts and styles dropped: for pages trafilatura finds no article in."""
    if tree is None:
        return []
    body = tree.find(".//body")
    root = body if body is not None else tree
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    return [b for b in (_clean_block(t) for t in root.itertext()) if b]


def _text_of(elem: HtmlElement) -> str:
    return " ".join("".join(elem.itertext()).split())


def page_fields(tree: HtmlElement) -> dict[str, Any]:
    """<title>, the first <h1>, the site name and the publication date."""
    fields: dict[str, Any] = {}
    title = tree.find(".//title")
    if title is not None and _text_of(title):
        fields["title"] = _text_of(title)
    for h1 in tree.iter("h1"):
        if not _in_furniture(h1) and _text_of(h1):
            fields["h1"] = _text_of(h1)
            break
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:site_name", "application-name"):
            fields["site"] = " ".join((meta.get("content") or "").split()) or None
            break
    fields["date"] = publication_date(tree)
    return fields


def publication_date(tree: HtmlElement) -> str | None:
    """The first explicit publication date: a named date field, JSON-LD `datePublished`, then a
    <time> that is in the article (not a footer, menu or aside, not an update stamp)."""
    names = lexicon("page_date_fields")
    for elem in tree.iter():
        if not isinstance(elem.tag, str):
            continue
        key = (elem.get("property") or elem.get("name") or elem.get("itemprop") or "").strip().lower()
        if key in names and not _in_furniture(elem):
            value = _date_value(elem.get("content") or elem.get("datetime") or _text_of(elem))
            if value:
                return value
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            value = _json_ld_date(script.text or "")
            if value:
                return value
    for time in tree.iter("time"):
        if _in_furniture(time) or _after_stamp_word(time):
            continue
        value = _date_value(time.get("datetime") or _text_of(time))
        if value:
            return value
    return None


def _date_value(raw: str | None) -> str | None:
    """An ISO date or timestamp ('2024-03-05T12:00:00Z') or a written full date, as YYYY-MM-DD."""
    if not raw:
        return None
    stamp = _ISO_STAMP.match(raw.strip())
    value = parse_date_text(stamp.group(1) if stamp else raw)
    return value.isoformat() if value else None


def _json_ld_date(source: str) -> str | None:
    try:
        data = json.loads(source)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return _date_value(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _in_furniture(elem: HtmlElement) -> bool:
    """Inside a footer, menu or aside, or an element whose class or id says footer/updated."""
    for node in elem.iterancestors():
        if not isinstance(node.tag, str) or node.tag in ("html", "body", "head"):
            continue  # a <body class="..."> lists page types, not the element's role
        if node.tag in _FURNITURE:
            return True
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _STAMP_WORDS.search(marks):
            return True
    return bool(_STAMP_WORDS.search(f"{elem.get('class') or ''} {elem.get('id') or ''}"))


def _after_stamp_word(elem: HtmlElement) -> bool:
    """'Updated <time ...>': the words just before the element say it is an update stamp."""
    prev = elem.getprevious()
    before = (prev.tail if prev is not None else elem.getparent().text if elem.getparent() is not None else "") or ""
    return bool(_STAMP_WORDS.search(before[-40:]))


def clean_title(h1: str | None, title: str | None, site: str | None) -> str | None:
    """The headline once, without the site's name: the <title> cut at its first " | " and without
    a trailing " - Site Name"; the <h1> when there is no <title> or the <h1> says more."""
    cleaned = None
    if title:
        cleaned = _TITLE_SEPARATORS.split(title)[0].strip()
        m = _DASH_SUFFIX.search(cleaned)
        if m and site and m["site"].strip().lower() in site.lower():
            cleaned = cleaned[: m.start()].strip()
    if h1 and (not cleaned or _norm(cleaned) in _norm(h1)):
        return h1
    if h1 and title and title.startswith(h1) and _SUFFIX_START.match(title[len(h1):]):
        return h1  # "<h1 text> - Lakeside County Sheriff's Office": the rest is the site's name
    return cleaned or h1


def headline_once(blocks: list[str], title: str | None, page_title: str | None,
                  h1: str | None = None) -> list[str]:
    """The headline stands first, once: copies of it, of the raw page <title> and of an <h1> that
    the headline contains go from the top of the text."""
    if not title:
        return blocks
    key = _norm(title)
    copies = {key, _norm(page_title or "")}
    if h1 and _norm(h1) in key:
        copies.add(_norm(h1))
    top, rest = blocks[:5], blocks[5:]
    kept = [b for b in top if _norm(b) not in copies]
    return [title, *kept, *rest]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def not_a_release(text: str, title: str | None, head: dict[str, Any], link_share: float = 0.0) -> list[str]:
    """Warnings for pages that hold no release: error pages, listings, empty shells."""
    notes = []
    error_titles = lexicon("not_found_titles")
    heads = [h for h in (head.get("h1"), head.get("title"), title) if h]
    if any(h.lower() in error_titles or _TITLE_SEPARATORS.split(h)[0].strip().lower() in error_titles
           for h in heads):
        notes.append("the page is an error page (not found), not a release")
        return notes
    body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    words = len(body.split())
    if words < MIN_RELEASE_WORDS:
        notes.append(f"the page holds only {words} words of text besides its title: "
                     "an empty shell or a stub, not a release")
        return notes
    if link_share > LISTING_LINK_SHARE:
        notes.append("the page is mostly links (a listing of releases), not a release")
    return notes
