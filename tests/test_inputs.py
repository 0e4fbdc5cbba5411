"""Each input rule of issue 10 on texts written for the purpose: legacy encodings, saved web pages,
PDFs, Markdown, format sniffing, and the decoded text returned with the record."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import minimal_pdf

from extractor import Extractor
from extractor.cli import main
from extractor.inputs import InputError, decode, load_bytes, load_path, sniff_format
from extractor.inputs.markdown import markdown_to_text
from extractor.inputs.pdf import pdf_to_text, rejoin_lines

ROOT = Path(__file__).resolve().parents[1]
BODY = ("Sheriff Ann Example said deputies arrested 14 suspects during a two-day sweep in Lakeside County. "
        "The Lakeside County Sheriff’s Office seized 6 firearms and $12,000 in cash, and the investigation "
        "continues with help from the Drug Enforcement Administration and state partners across the region.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


# --- legacy encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "STATE’S ATTORNEY’S OFFICE ANNOUNCES “OPERATION NORTH WIND” – 12 CHARGED",
    "The Sheriff’s Office said “we are grateful” to the county’s residents — and to Ana Muñoz.",
    "Date: May 6, 2005\n\nThe D.A.’s office charged 3 men.",
])
def test_cp1252_bytes_are_read_as_cp1252_and_the_warning_names_it(text: str) -> None:
    loaded = decode(text.encode("cp1252"))
    assert loaded.text == text
    assert loaded.warnings == ["not valid UTF-8; decoded as cp1252"]
    assert loaded.encoding == "cp1252"


def test_bytes_cp1252_leaves_unassigned_fall_back_to_latin1() -> None:
    loaded = decode("Café ".encode("latin-1") + b"\x81 report")
    assert loaded.text == "Café \x81 report"
    assert loaded.warnings == ["not valid UTF-8; decoded as latin-1"]


def test_utf8_with_a_few_stray_cp1252_bytes_keeps_its_utf8() -> None:
    data = "The Sheriff’s Office said “no comment” – again. ".encode() * 3 + "Deputy Ana’s report".encode("cp1252")
    loaded = decode(data)
    assert loaded.text == "The Sheriff’s Office said “no comment” – again. " * 3 + "Deputy Ana’s report"
    assert loaded.warnings == ["mixed encodings: UTF-8 with 1 stray bytes decoded as cp1252"]


def test_strong_evidence_for_another_script_wins_over_cp1252() -> None:
    text = ("Полиция задержала двенадцать подозреваемых во время операции в центре города. "
            "Прокуратура сообщила, что расследование продолжается и будут новые аресты.")
    loaded = decode(text.encode("cp1251"))
    assert loaded.text == text
    assert loaded.encoding == "cp1251" and loaded.warnings == ["not valid UTF-8; decoded as cp1251"]


def test_a_given_encoding_overrides_the_guess(tmp_path: Path, extractor: Extractor) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Chief Jos\u00e9 Pe\u00f1a said 4 men were arrested.".encode("cp850"))
    assert "José" not in load_path(path).text  # the guess is cp1252: wrong for a DOS file
    loaded = load_path(path, encoding="cp850")
    assert "Chief José Peña" in loaded.text
    assert loaded.warnings == ["decoded as cp850 (the encoding given)"]
    record = extractor.extract_file(path, encoding="cp850", include_text=True)
    assert "decoded as cp850 (the encoding given)" in record.warnings
    assert record.text == "Chief José Peña said 4 men were arrested."


def test_extract_encoding_option_and_its_errors(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Chief Jos\u00e9 Pe\u00f1a said 4 men were arrested.".encode("cp850"))
    result = runner.invoke(main, ["extract", str(path), "--encoding", "cp850"])
    assert result.exit_code == 0, result.output
    assert "decoded as cp850 (the encoding given)" in json.loads(result.stdout)["warnings"]
    result = runner.invoke(main, ["extract", str(path), "--encoding", "klingon-8"])
    assert result.exit_code == 2 and "unknown encoding 'klingon-8'" in result.output


def test_library_refuses_an_unknown_encoding(tmp_path: Path, extractor: Extractor) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Officers arrested 2 men.")
    with pytest.raises(ValueError, match="unknown encoding"):
        extractor.extract_file(path, encoding="no-such-codec")


# --- saved web pages -----------------------------------------------------------------------------------

def page(title: str, body: str, head: str = "", html_attrs: str = "", footer: str = "") -> bytes:
    return (f"<!DOCTYPE html><html {html_attrs}><head><title>{title}</title>{head}</head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact us</a></nav>"
            f"</header><main>{body}</main><footer>{footer}<p>Copyright 2024 Lakeside County</p></footer>"
            f"</body></html>").encode()


HEADLINE = "Deputies Arrest 14 Suspects in Lakeside Sweep"


def test_html_headline_once_without_the_site_suffix() -> None:
    data = page(f"{HEADLINE} | Office of Public Affairs | United States Department of Justice",
                f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>")
    loaded = load_bytes(data, "html")
    assert loaded.title == HEADLINE
    assert loaded.text == f"{HEADLINE}\n\n{BODY}"


@pytest.mark.parametrize(("title", "site", "expected"), [
    (f"{HEADLINE} - Lakeside County Sheriff", "Lakeside County Sheriff", HEADLINE),
    (f"{HEADLINE} :: News", "", HEADLINE),
    ("Suspect Arrested - Again", "Lakeside County Sheriff", "Suspect Arrested - Again"),
])
def test_html_title_suffixes(title: str, site: str, expected: str) -> None:
    head = f'<meta property="og:site_name" content="{site}">' if site else ""
    loaded = load_bytes(page(title, f"<article><p>{BODY}</p></article>", head), "html")
    assert loaded.title == expected
    assert loaded.text.startswith(f"{expected}\n\n{BODY[:20]}")


def test_html_title_is_the_h1_when_the_rest_of_the_title_is_a_site_name() -> None:
    data = page(f"{HEADLINE} - Lakeside County Sheriff's Office",
                f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>")
    loaded = load_bytes(data, "html")
    assert loaded.title == HEADLINE and loaded.text == f"{HEADLINE}\n\n{BODY}"


def test_html_headline_facts_count_once(extractor: Extractor) -> None:
    data = page(f"{HEADLINE} | Lakeside County", f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>")
    record = extractor.extract_loaded(load_bytes(data, "html"), "page.html")
    assert sorted((c.value, c.item) for c in record.counts) == [(6, "firearm"), (14, "suspect"), (14, "suspect")]
    assert record.title == HEADLINE


@pytest.mark.parametrize(("head", "body_date"), [
    ('<meta property="article:published_time" content="2024-03-05T09:30:00-05:00">', ""),
    ('<meta name="dcterms.issued" content="2024-03-05">', ""),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05"}</script>', ""),
    ("", '<div class="node-date"><time datetime="2024-03-05T12:00:00Z">Tuesday, March 5, 2024</time></div>'),
    ("", '<span property="dc:date" content="2024-03-05T00:00:00-05:00">Tuesday, March 5, 2024</span>'),
])
def test_html_release_date_from_explicit_publication_fields(head: str, body_date: str) -> None:
    data = page(HEADLINE, f"<article><h1>{HEADLINE}</h1>{body_date}<p>{BODY}</p></article>", head,
                footer='<div class="last-updated">Updated <time datetime="2024-05-01">May 1, 2024</time></div>')
    assert load_bytes(data, "html").release_date == "2024-03-05"


def test_html_never_dates_a_release_from_urls_footers_or_update_stamps(extractor: Extractor) -> None:
    data = page(HEADLINE, f"<article><h1>{HEADLINE}</h1><p>{BODY}</p><p>Updated May 1, 2024</p></article>",
                '<link rel="canonical" href="https://www.example.gov/news/2019/03/04/deputies-arrest">',
                html_attrs='xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"',
                footer='<p>Updated <time datetime="2024-05-01">May 1, 2024</time></p>'
                       "<p>Page last reviewed: 2024-05-02</p>")
    loaded = load_bytes(data, "html")
    assert loaded.release_date is None
    assert "Updated" not in loaded.text and "reviewed" not in loaded.text
    record = extractor.extract_loaded(loaded, "page.html")
    assert record.release_date is None
    assert "no release date found" in record.warnings


def test_html_on_stdin_is_sniffed_and_footer_dates_stay_out(runner: CliRunner) -> None:
    data = page(f"{HEADLINE} | Lakeside County", f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>",
                footer="<p>Updated May 1, 2024</p>")
    result = runner.invoke(main, ["extract", "-", "--include-text"], input=data)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["title"] == HEADLINE and record["release_date"] is None
    assert record["text"] == f"{HEADLINE}\n\n{BODY}"


def test_html_is_read_with_one_trafilatura_call(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    calls = []
    real = trafilatura.bare_extraction

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(kwargs)
        return real(*args, **kwargs)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a second trafilatura pass")

    monkeypatch.setattr(trafilatura, "bare_extraction", counted)
    monkeypatch.setattr(trafilatura, "extract", refuse)
    monkeypatch.setattr(trafilatura, "extract_metadata", refuse)
    load_bytes(page(HEADLINE, f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>"), "html")
    assert len(calls) == 1 and calls[0]["with_metadata"] is True


@pytest.mark.parametrize(("data", "warning"), [
    (page("Page Not Found | Lakeside County", "<h1>Page not found</h1><p>The page you asked for has moved.</p>"),
     "the page is an error page (not found), not a release"),
    (page("Office of Public Affairs | United States Department of Justice", "<div>Office of Public Affairs</div>",
          footer="<p>Updated May 1, 2024</p>"),
     "an empty shell or a stub, not a release"),
    (page("News Releases | Lakeside County", "<h1>News Releases</h1><ul>" + "".join(
        f"<li><a href='/n/{i}'>Deputies Arrest {i} Suspects in a Burglary Case</a> "
        f"<time datetime='2024-03-{i:02d}'>March {i}, 2024</time></li>" for i in range(1, 16)) + "</ul>"),
     "the page is mostly links (a listing of releases), not a release"),
])
def test_pages_that_are_no_release_say_so(data: bytes, warning: str) -> None:
    loaded = load_bytes(data, "html")
    assert any(warning in w for w in loaded.warnings), loaded.warnings
    assert loaded.release_date is None


def test_a_real_release_page_gets_no_such_warning() -> None:
    loaded = load_bytes(page(HEADLINE, f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>"), "html")
    assert loaded.warnings == []


def test_html_declared_charset_wins_for_bytes_that_are_not_utf8() -> None:
    text = "Полиция задержала 12 человек."
    data = (f'<html><head><meta charset="windows-1251"><title>{text}</title></head>'
            f"<body><article><p>{text}</p></article></body></html>").encode("cp1251")
    loaded = load_bytes(data, "html")
    assert loaded.title == text and loaded.encoding == "cp1251"


@pytest.mark.parametrize(("data", "fmt"), [
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"\n  <html lang='en'><p>x</p>", "html"),
    (b"<?xml version='1.0'?>\n<!-- saved -->\n<html><p>x</p></html>", "html"),
    (b"%PDF-1.4\n...", "pdf"),
    (b"Date: May 6, 2025\n\nDeputies arrested 3 men. <b>not a page</b>", "txt"),
    (b"# Heading\n\nMarkdown is never guessed.", "txt"),
])
def test_sniffing(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt


def test_input_format_option_reads_a_file_as_asked(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_bytes(page(f"{HEADLINE} | Lakeside County", f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article>"))
    as_text = json.loads(runner.invoke(main, ["extract", str(path), "--include-text"]).stdout)
    assert "<article>" in as_text["text"]
    result = runner.invoke(main, ["extract", str(path), "--input-format", "html", "--include-text"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == f"{HEADLINE}\n\n{BODY}"


# --- PDF -----------------------------------------------------------------------------------------------

def pdf_lines(*paragraphs: list[str]) -> bytes:
    """A PDF whose paragraphs are printed line by line exactly as given, a gap between paragraphs."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for lines in paragraphs:
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    return bytes(pdf.output())


def test_pdf_wrapped_names_and_hyphenated_words_rejoin(extractor: Extractor) -> None:
    data = pdf_lines(
        ["Agents Seize 40 Firearms in Lakeside"],
        ["Special Agent in Charge Maria Lopez said that the agents and the officers of the Drug",
         "Enforcement Administration seized 40 firearms and arrested 9 men in a long investi-",
         "gation of drug-",
         "trafficking rings that operated in Lakeside County during 2023."],
    )
    loaded = load_bytes(data, "pdf")
    assert loaded.text == ("Agents Seize 40 Firearms in Lakeside\n\nSpecial Agent in Charge Maria Lopez said that the "
                           "agents and the officers of the Drug Enforcement Administration seized 40 firearms and "
                           "arrested 9 men in a long investigation of drug-trafficking rings that operated in Lakeside "
                           "County during 2023.")
    record = extractor.extract_loaded(loaded, "release.pdf")
    assert record.title == "Agents Seize 40 Firearms in Lakeside"
    assert "Drug Enforcement Administration" in [a.name for a in record.agencies]
    assert ("Maria Lopez", "Special Agent in Charge") in [(o.name, o.title) for o in record.officials]


@pytest.mark.parametrize(("lines", "expected"), [
    (["a long line that reaches all the way to the right margin of the page here", "next-", "Dade"],
     "a long line that reaches all the way to the right margin of the page here next-Dade"),
    (["a long line that reaches all the way to the right margin of the page, metham-", "phetamine"],
     "a long line that reaches all the way to the right margin of the page, methamphetamine"),
    (["Date: May 6, 2025", "FOR IMMEDIATE RELEASE", "a long line that reaches all the way to the margin"],
     "Date: May 6, 2025\nFOR IMMEDIATE RELEASE\na long line that reaches all the way to the margin"),
])
def test_rejoin_lines_rules(lines: list[str], expected: str) -> None:
    assert rejoin_lines(["\n".join(lines)]) == expected


def test_rejoin_lines_carries_a_paragraph_over_a_page_break_and_drops_page_numbers() -> None:
    first = "a long line that reaches all the way to the right margin of the page and\n\nPage 1 of 2"
    second = "2\ngoes on here.\n\nNew paragraph."
    assert rejoin_lines([first, second]) == ("a long line that reaches all the way to the right margin of the page "
                                             "and goes on here.\n\nNew paragraph.")


def test_pypdf_messages_become_warnings_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "moved.pdf"
    data = minimal_pdf("Agents seized 40 firearms.")
    path.write_bytes(re.sub(rb"startxref\n\d+", b"startxref\n9999", data))  # pypdf repairs it, and says so
    loaded = load_path(path)
    assert "Agents seized 40 firearms." in loaded.text
    assert f"{path}: pypdf: incorrect startxref pointer(2)" in loaded.warnings
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", str(path)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stderr == ""
    assert f"{path}: pypdf: incorrect startxref pointer(2)" in json.loads(result.stdout)["warnings"]


def test_pypdf_messages_of_an_unreadable_pdf_are_in_its_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(minimal_pdf("Agents seized 40 firearms.").replace(b"%%EOF", b""))
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", str(path)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"press-extract: error: {path}: not a readable")
    assert "pypdf: " in result.stderr and "EOF marker not found" in result.stderr


def test_pdf_without_text_layer_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no text layer"):
        pdf_to_text(minimal_pdf(" "))


# --- Markdown ------------------------------------------------------------------------------------------

MARKDOWN = """# Deputies Arrest *14* in [Lakeside](https://example.gov/lakeside) Sweep

**Date:** May 6, 2025

Sheriff **Ann Example** said deputies arrested 14 suspects. The
[Lakeside County Sheriff's Office](https://example.gov/lcso) seized _6 firearms_.

## Charges

- 9 men were charged with burglary
- `code` stays as text
"""


def test_markdown_is_read_as_markdown(extractor: Extractor) -> None:
    loaded = markdown_to_text(MARKDOWN.encode())
    assert loaded.title == "Deputies Arrest 14 in Lakeside Sweep"
    assert loaded.text == ("Deputies Arrest 14 in Lakeside Sweep\n\nDate: May 6, 2025\n\nSheriff Ann Example said "
                           "deputies arrested 14 suspects. The\nLakeside County Sheriff's Office seized 6 firearms."
                           "\n\nCharges\n\n9 men were charged with burglary\n\ncode stays as text")
    record = extractor.extract_loaded(loaded, "note.md")
    assert str(record.release_date) == "2025-05-06"
    assert record.title == "Deputies Arrest 14 in Lakeside Sweep"
    assert [(o.name, o.title) for o in record.officials] == [("Ann Example", "Sheriff")]


def test_markdown_archive_date_in_the_heading_is_a_release_date(extractor: Extractor) -> None:
    loaded = load_bytes(b"# date 2022-07-12 Deputies rescue 5 dogs from a house fire\n\nDeputies rescued 5 dogs.", "md")
    record = extractor.extract_loaded(loaded, "note.md")
    assert str(record.release_date) == "2022-07-12"
    assert record.title == "Deputies rescue 5 dogs from a house fire"


def test_markdown_without_a_heading_has_no_loader_title() -> None:
    assert markdown_to_text(b"Deputies rescued *5* dogs.").title is None


# --- the decoded text ----------------------------------------------------------------------------------

def test_extract_include_text_prints_the_text_offsets_point_into(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "note.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    plain = json.loads(runner.invoke(main, ["extract", str(path)]).stdout)
    assert "text" not in plain
    record = json.loads(runner.invoke(main, ["extract", str(path), "--include-text"]).stdout)
    text = record["text"]
    assert text.startswith("Deputies Arrest 14 in Lakeside Sweep\n\n")
    mentions = [m for o in record["officials"] for m in o["mentions"]] + record["counts"] + record["dates"]
    assert mentions and all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
    assert record["sha256"] == plain["sha256"]


def test_library_returns_the_text_with_the_record(tmp_path: Path, extractor: Extractor) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Date: May 6, 2005\n\nThe Sheriff’s Office arrested 5 men.".encode("cp1252"))
    record = extractor.extract_file(path, include_text=True)
    assert record.text == "Date: May 6, 2005\n\nThe Sheriff’s Office arrested 5 men."
    assert record.model_dump(mode="json")["text"] == record.text
    count = record.counts[0]
    assert record.text[count.start:count.end] == count.text == "5 men"
    assert not hasattr(extractor.extract_file(path), "text")


def test_markdown_of_only_markup_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no text"):
        markdown_to_text(b"<!-- nothing here -->\n\n---\n")


def test_html_quotes_and_lists_keep_one_block_per_paragraph() -> None:
    body = (f"<article><h1>{HEADLINE}</h1><p>{BODY}</p><blockquote><p>We are grateful.</p>"
            "<p>The work goes on.</p></blockquote><ul><li>9 men charged</li><li>6 firearms seized</li></ul></article>")
    text = load_bytes(page(HEADLINE, body), "html").text
    for block in ("We are grateful.", "The work goes on.", "9 men charged", "6 firearms seized"):
        assert f"\n\n{block}" in text


def test_update_stamps_inside_a_block_go_too() -> None:
    body = (f"<article><h1>{HEADLINE}</h1><p>{BODY}</p>"
            "<p>Contact: Lakeside Press Office<br>Updated May 1, 2024</p></article>")
    text = load_bytes(page(HEADLINE, body), "html").text
    assert text.endswith("\n\nContact: Lakeside Press Office") and "Updated" not in text


def test_pdf_ligatures_read_as_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.inputs import pdf

    monkeypatch.setattr(pdf, "_read_pages", lambda data: ["The oﬃcers ﬁled 3 reports."])
    assert pdf_to_text(b"%PDF-").text == "The officers filed 3 reports."
