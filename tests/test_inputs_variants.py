"""A release gives the same record whatever file it comes in: every dev release, saved as an HTML
page (title with a site suffix, <h1>, menu, footer with an "Updated" stamp), as a PDF with a text
layer, as Markdown (headings, emphasis, links) and, where it has curly quotes, as cp1252, must give
the facts its UTF-8 text gives. The variants are generated here from the project's corpus/dev/."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from extractor import Extractor
from extractor.inputs import load_bytes

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"
RELEASES = sorted(DEV.glob("*.txt"))
CURLY = [p for p in RELEASES if re.search("[‘’“”–—]", p.read_text(encoding="utf-8"))]
SITE = "Office of Public Affairs | United States Department of Justice"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def plain(extractor: Extractor) -> dict[str, Any]:
    """The record of each release's UTF-8 text: what every variant must give."""
    return {p.name: extractor.extract_file(p) for p in RELEASES}


def facts(record: Any) -> dict[str, Any]:
    """What a clerk reads off a record, without offsets (which differ by format) or the title."""
    return {
        "release_date": record.release_date,
        "officials": sorted((o.name, o.title) for o in record.officials),
        "operations": sorted(o.name for o in record.operations),
        "agencies": sorted(a.name for a in record.agencies),
        "counts": sorted((c.value, c.item, c.event or "") for c in record.counts),
        "dates": sorted((str(d.value), d.grain) for d in record.dates),
        "amounts": sorted((a.value, a.unit, a.item or "") for a in record.amounts),
    }


def first_line_and_rest(text: str) -> tuple[str, list[str]]:
    """The first line (the headline, or whatever opens the release) and the paragraphs after it."""
    head, _, rest = text.strip("\n").partition("\n")
    return head.strip(), [p.strip("\n") for p in re.split(r"\n\s*\n", rest) if p.strip()]


def as_html_page(text: str) -> bytes:
    """A saved justice.gov-like page: <title> with the site suffix, a namespace URL holding
    '2000/01', a menu, the headline as <h1>, paragraphs, a footer with an update stamp."""
    head, paragraphs = first_line_and_rest(text)
    body = "\n".join(f"<p>{'<br>'.join(html.escape(line) for line in p.split(chr(10)))}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
<head><meta charset="utf-8"><title>{html.escape(head)} | {SITE}</title>
<meta property="og:site_name" content="United States Department of Justice"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/contact">Contact Us</a></li></ul></nav></header>
<main><article><h1>{html.escape(head)}</h1>
{body}
</article></main>
<footer><div class="last-updated">Updated <time datetime="2024-05-01">May 1, 2024</time></div>
<p>Updated May 1, 2024</p><p>Office of Public Affairs, 950 Pennsylvania Avenue NW</p></footer>
</body></html>""".encode()


def as_pdf(text: str) -> bytes:
    """A PDF with a text layer (fpdf2, core font, cp1252): paragraphs wrapped at the margin by the
    writer, a gap between paragraphs."""
    from fpdf import FPDF

    head, paragraphs = first_line_and_rest(text)
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in [head, *paragraphs]:
        pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#!&|~])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def as_markdown(text: str, record: Any) -> str:
    """The headline as a `#` heading, officials' first mentions in bold, agencies' first mentions
    as links, every other character escaped so it stays text."""
    spans = sorted({(o.mentions[0].start, o.mentions[0].end, "**{}**") for o in record.officials if o.mentions}
                   | {(a.mentions[0].start, a.mentions[0].end, "[{}](https://www.example.gov/agency)")
                      for a in record.agencies if a.mentions})
    out, pos = [], 0
    for start, end, shape in spans:
        if start < pos:
            continue
        out.append(_md_escape(text[pos:start]))
        out.append(shape.format(_md_escape(text[start:end])))
        pos = end
    out.append(_md_escape(text[pos:]))
    lines = []
    for line in "".join(out).split("\n"):
        line = line.lstrip()
        line = re.sub(r"^(\d+)([.)])", r"\1\\\2", line)  # "1. " would start a list
        line = re.sub(r"^([-+=])", r"\\\1", line)  # list markers, setext underlines
        lines.append(line)
    head, _, rest = "\n".join(lines).lstrip("\n").partition("\n")
    return f"# {head}\n{rest}"


@pytest.mark.parametrize("path", CURLY, ids=lambda p: p.stem)
def test_cp1252_copy_gives_the_same_record(tmp_path: Path, path: Path, extractor: Extractor,
                                           plain: dict[str, Any]) -> None:
    copy = tmp_path / path.name
    copy.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    record = extractor.extract_file(copy)
    assert "not valid UTF-8; decoded as cp1252" in record.warnings
    same = plain[path.name].model_dump(exclude={"source", "warnings"})
    assert record.model_dump(exclude={"source", "warnings"}) == same


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_html_page_gives_the_same_facts(tmp_path: Path, path: Path, extractor: Extractor,
                                        plain: dict[str, Any]) -> None:
    page = tmp_path / f"{path.stem}.html"
    page.write_bytes(as_html_page(path.read_text(encoding="utf-8")))
    record = extractor.extract_file(page, include_text=True)
    assert facts(record) == facts(plain[path.name])
    assert SITE not in (record.title or "")
    assert not [w for w in record.warnings if "not a release" in w]
    assert "Contact Us" not in record.text and "950 Pennsylvania" not in record.text
    assert record.text.count(first_line_and_rest(path.read_text(encoding="utf-8"))[0]) == 1


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_pdf_gives_the_same_facts(tmp_path: Path, path: Path, extractor: Extractor,
                                  plain: dict[str, Any]) -> None:
    pdf = tmp_path / f"{path.stem}.pdf"
    pdf.write_bytes(as_pdf(path.read_text(encoding="utf-8")))
    record = extractor.extract_file(pdf)
    assert facts(record) == facts(plain[path.name])


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_markdown_gives_the_same_facts(tmp_path: Path, path: Path, extractor: Extractor,
                                       plain: dict[str, Any]) -> None:
    text = path.read_text(encoding="utf-8")
    md = tmp_path / f"{path.stem}.md"
    md.write_text(as_markdown(text, plain[path.name]), encoding="utf-8")
    record = extractor.extract_file(md, include_text=True)
    assert facts(record) == facts(plain[path.name])
    assert "**" not in record.text and "](" not in record.text and not record.text.startswith("#")


PREFIXED = [p for p in RELEASES if re.match(r"\s*date \d{4}-\d\d-\d\d ", p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", PREFIXED, ids=lambda p: p.stem)
def test_html_page_date_from_its_time_element(tmp_path: Path, path: Path, extractor: Extractor,
                                              plain: dict[str, Any]) -> None:
    """As a site serves it: no archive prefix in the text, the date in the article's <time>."""
    text = path.read_text(encoding="utf-8")
    stamp = re.match(r"\s*date (\d{4}-\d\d-\d\d) ", text)
    assert stamp is not None
    page = as_html_page(text[stamp.end():]).replace(
        b"</h1>", f'</h1><div class="node-date"><time datetime="{stamp[1]}T12:00:00Z">{stamp[1]}</time></div>'.encode())
    record = extractor.extract_loaded(load_bytes(page, "html"), path.name)
    assert record.release_date == plain[path.name].release_date
