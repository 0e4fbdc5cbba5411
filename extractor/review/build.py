"""Write the review site: an index of releases and one page per release, static and offline.

Layout of OUT/:
    index.html                  the list of releases (rows come from rows/*.js, shown a page at a time)
    rows/rows-0001.js ...       the index rows, ROWS_PER_CHUNK per file, loaded one after another
    r/<key>.html                one page per release: highlighted text, facts, corrections
    static/review.css, .js      the only style and script; no CDN, no build step
Pages are loaded from file:// (browsers refuse fetch() there), so data travels in <script> files
and in a JSON block inside each page.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from extractor.review.facts import FIELDS, facts_of, highlight
from extractor.review.sources import Failure, Release

ROWS_PER_CHUNK = 500
STATIC = Path(__file__).parent / "static"


@dataclass
class Summary:
    pages: int = 0
    without_text: list[tuple[str, str]] = field(default_factory=list)  # (source, why)
    failures: list[Failure] = field(default_factory=list)
    misplaced: list[tuple[str, str]] = field(default_factory=list)  # (source, which span)


def environment() -> Environment:
    env = Environment(loader=PackageLoader("extractor.review", "templates"),
                      autoescape=select_autoescape(["html"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["json_script"] = json_for_script
    return env


def json_for_script(value: Any) -> Markup:
    """JSON safe inside <script>: no '<', '>' or '&' survive, so no text can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def site_id(out: Path) -> str:
    """Names this site's saved corrections in the browser (file:// pages share one storage)."""
    return hashlib.sha256(str(out.resolve()).encode("utf-8")).hexdigest()[:12]


def page_key(record: dict[str, Any], used: set[str]) -> str:
    """File name of a release's page: its text's sha256 (stable across runs), numbered if repeated."""
    base = str(record.get("sha256") or "no-sha")[:16]
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}-{n}"
    used.add(key)
    return key


def display_title(record: dict[str, Any], text: str | None) -> str:
    title = record.get("title")
    if not title and text:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = " ".join(str(title or "").split())
    return title if len(title) <= 140 else title[:139] + "…"


def gold_file(release: Release) -> str:
    """The `file` of this release's gold line: its absolute path, so evaluate finds it from anywhere."""
    return str(release.file) if release.file else str(release.record.get("source") or "")


def index_row(key: str, release: Release, title: str) -> list[Any]:
    record = release.record
    counts = [len(record.get(name) or []) for name, _ in FIELDS]
    warnings = list(record.get("warnings") or [])
    if release.problem:
        warnings.insert(0, f"text not shown: {release.problem}")
    return [key, str(record.get("source") or ""), title, record.get("release_date") or "", *counts,
            warnings]


def write_release_page(env: Environment, out: Path, key: str, release: Release, title: str,
                       neighbours: tuple[str | None, str | None], site: str) -> list[str]:
    record = release.record
    facts = facts_of(record)
    if release.text is not None:
        body, misplaced = highlight(release.text, facts)
    else:
        body, misplaced = None, []
    data = {"key": key, "site": site, "id": record.get("source") or key, "file": gold_file(release),
            "sha256": record.get("sha256"), "release_date": record.get("release_date"),
            "facts": [f.as_json() for f in facts]}
    html = env.get_template("release.html").render(
        title=title, record=record, body=body, problem=release.problem, misplaced=misplaced,
        fields=FIELDS, data=data, prev=neighbours[0], next=neighbours[1], site=site,
        counts={name: sum(1 for f in facts if f.field == name) for name, _ in FIELDS})
    (out / "r" / f"{key}.html").write_text(html, encoding="utf-8")
    return misplaced


def write_rows(out: Path, rows: list[list[Any]]) -> int:
    chunks = 0
    for chunks, first in enumerate(range(0, len(rows), ROWS_PER_CHUNK), start=1):
        part = json_for_script(rows[first:first + ROWS_PER_CHUNK])
        (out / "rows" / f"rows-{chunks:04d}.js").write_text(f"PE.rows.push(...{part});\n", encoding="utf-8")
    return chunks


def prepare(out: Path) -> None:
    """Fresh r/ and rows/ folders (stale pages of a previous run would linger); static files copied."""
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("r", "rows"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir()
    shutil.copytree(STATIC, out / "static", dirs_exist_ok=True)


def build_site(items: Iterable[Release | Failure], out: Path) -> Summary:
    """Write the whole site into OUT. Releases stream through: each page is written as soon as the
    next release (its "next" link) is known, so memory holds only the index rows; then the index.
    Returns what could not be shown and why."""
    env = environment()
    prepare(out)
    site = site_id(out)
    summary = Summary()
    rows: list[list[Any]] = []
    used: set[str] = set()
    pending: tuple[str, Release] | None = None
    before: str | None = None

    def flush(key: str, release: Release, after: str | None) -> None:
        title = display_title(release.record, release.text)
        source = str(release.record.get("source") or key)
        misplaced = write_release_page(env, out, key, release, title, (before, after), site)
        summary.misplaced.extend((source, m) for m in misplaced)
        if release.problem:
            summary.without_text.append((source, release.problem))
        rows.append(index_row(key, release, title))
        summary.pages += 1

    for item in items:
        if isinstance(item, Failure):
            summary.failures.append(item)
            continue
        key = page_key(item.record, used)
        if pending:
            flush(*pending, after=key)
            before = pending[0]
        pending = (key, item)
    if pending:
        flush(*pending, after=None)
    chunks = write_rows(out, rows)
    html = env.get_template("index.html").render(
        fields=FIELDS, chunks=[f"rows/rows-{n:04d}.js" for n in range(1, chunks + 1)], total=len(rows),
        site=site, failures=summary.failures)
    (out / "index.html").write_text(html, encoding="utf-8")
    return summary
