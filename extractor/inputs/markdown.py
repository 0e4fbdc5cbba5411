"""Markdown releases, read as Markdown (markdown-it-py, CommonMark with tables): headings,
emphasis, links and list markers become plain text, one block a paragraph; line breaks inside a
paragraph stay line breaks, so metadata lines ("Date: ...") are still lines. The first heading,
when it opens the release, is its title."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.inputs.base import InputError, LoadedText
from extractor.inputs.decode import decode
from extractor.metadata import ARCHIVE_PREFIX_RE

_TAG = re.compile(r"<[^>\n]{0,2000}>")
TITLE_WITHIN_BLOCKS = 3
"""A heading among the first blocks is the headline; one further down heads a section."""


def markdown_to_text(data: bytes, truncated: bool = False, encoding: str | None = None) -> LoadedText:
    """Plain text of a Markdown release, blocks separated by blank lines."""
    loaded = decode(data, truncated, encoding)
    blocks, title = markdown_blocks(loaded.text)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise InputError("empty", "the Markdown file holds no text (only markup)")
    loaded.text = text
    loaded.title = title
    loaded.input_format = "md"
    return loaded


def markdown_blocks(source: str) -> tuple[list[str], str | None]:
    """Blocks of plain text and the headline (its archive `date YYYY-MM-DD` prefix dropped)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[str] = []
    title = None
    for kind, text in _walk(tokens):
        if not text.strip():
            continue
        if kind == "heading" and title is None and len(blocks) < TITLE_WITHIN_BLOCKS:
            prefix = ARCHIVE_PREFIX_RE.match(text)
            title = text[prefix.end():].strip() if prefix else text.strip()
        blocks.append(text)
    return blocks, title or None


def _walk(tokens: list) -> Iterator[tuple[str, str]]:
    """(kind, text) per block: headings, paragraphs, table rows, code and HTML blocks."""
    row: list[str] | None = None
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            yield "row", " | ".join(cell for cell in row if cell)
            row = None
        elif token.type == "inline":
            text = inline_text(token.children or [])
            if row is not None:
                row.append(" ".join(text.split()))
            else:
                kind = "heading" if i and tokens[i - 1].type == "heading_open" else "paragraph"
                yield kind, text.strip()
        elif token.type in ("fence", "code_block"):
            yield "code", token.content.rstrip("\n")
        elif token.type == "html_block":
            yield "html", _TAG.sub("", token.content).strip()


def inline_text(children: list) -> str:
    """Words of an inline run: markup dropped, link and image texts kept, breaks as newlines."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(inline_text(child.children or []) or child.content)
    return "".join(parts)
