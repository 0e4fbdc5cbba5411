"""`press-extract review`: the static site a clerk checks facts in, tested in a real Chromium.

The releases here are written for these tests. Where a test needs exact facts it feeds a batch
output (JSON Lines with texts) holding a record built by hand, so the page is checked against known
spans; where it checks the extractor's own output, it compares the page with the library's record.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.api import extract
from extractor.cli import main
from extractor.review import build_site, read_inputs
from extractor.review.facts import facts_of, highlight

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
FIELD_NAMES = ("dates", "officials", "operations", "agencies", "counts", "amounts")

RELEASE = """Harbor County Sheriff's Office Arrests 12 Suspects in Operation Quiet Harbor
March 4, 2025
Harbor County Sheriff Dana K. Whitfield announced today that deputies arrested 12 suspects and seized \
3 kilograms of fentanyl and $48,000 in cash during Operation Quiet Harbor, which ran from Feb. 10 to \
Feb. 28, 2025.
"This operation took dangerous drugs off our streets," said Sheriff Whitfield. The Harbor County \
Sheriff's Office worked with the Drug Enforcement Administration (DEA) and the Port City Police Department.
Investigators also recovered 7 firearms.
"""

HOSTILE = """Police Chief Warns of <script>window.__pwned = 1; alert(1)</script> Scam
June 2, 2025
Chief of Police Ana Ruiz said officers arrested 4 suspects "><img src=x onerror="window.__pwned = 2; alert(2)">
and seized $900 </textarea><svg onload="window.__pwned = 3">. {{ 7 * 7 }} </script><script>window.__pwned = 4</script>
"""


# --- records built by hand ---------------------------------------------------------------------

def span(text: str, said: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(said, start + 1)
    return {"text": said, "start": start, "end": start + len(said)}


def hand_record(text: str, source: str) -> dict[str, Any]:
    """A record for CORRECTABLE, spans found in the text: every field, one nesting, one crossing."""
    return {
        "schema_version": 1, "source": source, "sha256": _sha(text), "extractor_version": "test",
        "title": "Tri-City Task Force Seizes Guns", "release_date": "2025-05-06",
        "dates": [{**span(text, "May 6, 2025"), "value": "2025-05-06", "grain": "day", "end_value": None,
                   "relative": False, "rule": "date-test"}],
        "officials": [{"name": "Lee Park", "title": "Captain", "organization": None,
                       "mentions": [span(text, "Captain Lee Park"), span(text, "Park", 1)], "quotes": [],
                       "rule": "official-test"}],
        "operations": [{"name": "Operation Lantern", "mentions": [span(text, "Operation Lantern")],
                        "rule": "op-test"}],
        "agencies": [{"name": "Tri-City Task Force", "aliases": [],
                      "mentions": [span(text, "Tri-City Task Force"), span(text, "Tri-City Task Force", 1)],
                      "rule": "agency-test"},
                     # crosses the official's first mention: "Task Force Captain" / "Captain Lee Park"
                     {"name": "Task Force Captain", "aliases": [],
                      "mentions": [span(text, "Task Force Captain")], "rule": "agency-crossing"}],
        "counts": [{**span(text, "9 firearms"), "value": 9, "item": "firearm", "modifiers": [], "event": "seize",
                    "charge": None, "qualifier": None, "total": False, "rule": "count-test"},
                   {**span(text, "2 vehicles"), "value": 2, "item": "vehicle", "modifiers": [], "event": "seize",
                    "charge": None, "qualifier": None, "total": False, "rule": "count-test"}],
        "amounts": [{**span(text, "$5,000"), "value": 5000.0, "unit": "USD", "item": "cash", "qualifier": None,
                     "total": False, "rule": "amount-test"}],
        "warnings": [],
    }


CORRECTABLE = """Tri-City Task Force Seizes Guns
May 6, 2025
The Tri-City Task Force Captain Lee Park said Operation Lantern seized 9 firearms, 2 vehicles, \
3 motorcycles and $5,000 in cash. Park thanked the public.
"""


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_batch_jsonl(folder: Path, releases: list[tuple[str, str]], with_text: bool = True) -> Path:
    """A JSON Lines batch output: records made by hand_record, each with its text if asked."""
    out = folder / "batch.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for name, text in releases:
            path = folder / name
            path.write_text(text, encoding="utf-8")
            record = hand_record(text, str(path))
            if with_text:
                record["text"] = text
            fh.write(json.dumps(record) + "\n")
    return out


# --- the browser ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):  # the test command installs it; a run without it tests nothing here
        pytest.fail(f"no Chromium at {CHROMIUM}: run the README's test command (it installs chromium with apt-get)")
    from playwright import sync_api
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda err: tab.errors.append(str(err)))
    yield tab
    context.close()


def review(*args: str) -> Any:
    return CliRunner().invoke(main, ["review", *args], catch_exceptions=False)


def release_page(out: Path, record: dict[str, Any]) -> str:
    return (out / "r" / f"{record['sha256'][:16]}.html").as_uri()


def spans_of(record: dict[str, Any]) -> list[tuple[str, int, str]]:
    """(fact id, span number, text) for every highlight the page must show."""
    return [(fact.id, n, said) for fact in facts_of(record) for n, (_, _, said) in enumerate(fact.spans)]


def highlight_texts(tab: Any) -> dict[str, list[str]]:
    """For each 'fact id|span number', the text of each of its <mark> parts, in page order."""
    return tab.evaluate("""() => {
        const out = {};
        document.querySelectorAll('#text mark.hl').forEach(m => {
            const key = m.dataset.fact + '|' + m.dataset.span;
            (out[key] = out[key] || []).push(m.textContent);
        });
        return out;
    }""")


# --- highlights --------------------------------------------------------------------------------

def test_every_extracted_fact_has_exactly_one_highlight_with_its_text(page: Any, tmp_path: Path) -> None:
    release = tmp_path / "harbor.txt"
    release.write_text(RELEASE, encoding="utf-8")
    result = review(str(release), "--out", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    record = extract(RELEASE, source=str(release)).model_dump(mode="json")
    expected = spans_of(record)
    assert len(expected) >= 10  # the release has facts of every field; an empty page proves nothing
    assert {f for f in FIELD_NAMES if record[f]} == set(FIELD_NAMES)
    page.goto(release_page(tmp_path / "site", record))
    shown = highlight_texts(page)
    for fact_id, number, said in expected:
        assert shown.get(f"{fact_id}|{number}") == [said], (fact_id, number)
    assert len(shown) == len(expected)
    assert page.errors == []


def test_nested_and_crossing_spans_keep_each_fact_readable(page: Any, tmp_path: Path) -> None:
    batch = write_batch_jsonl(tmp_path, [("lantern.txt", CORRECTABLE)])
    result = review(str(batch), "--out", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    record = hand_record(CORRECTABLE, str(tmp_path / "lantern.txt"))
    page.goto(release_page(tmp_path / "site", record))
    shown = highlight_texts(page)
    # "Task Force Captain" crosses both "Tri-City Task Force" and "Captain Lee Park": a span that
    # crosses an open one is drawn in parts whose texts join to it, the later parts marked "cont"
    assert shown["agencies:57-75|0"] == ["Task Force", " Captain"]
    assert shown["officials:68-84|0"] == ["Captain", " Lee Park"]
    assert page.locator('mark[data-fact="officials:68-84"][data-part="cont"]').count() == 1
    # its first part sits inside the enclosing agency mention
    assert page.locator('mark[data-fact="agencies:0-19"][data-span="1"] > mark[data-fact="agencies:57-75"]'
                        ).count() == 1
    for fact_id, number, said in spans_of(record):
        if fact_id not in ("agencies:57-75", "officials:68-84") or number:
            assert shown[f"{fact_id}|{number}"] == [said]
    assert page.errors == []


def test_highlight_escapes_text_and_never_draws_a_span_whose_offsets_lie() -> None:
    text = "<b>Chief</b> & 3 cars"
    record = {"counts": [{"text": "3 cars", "start": 15, "end": 21, "value": 3, "item": "car", "rule": "r"},
                         {"text": "4 cars", "start": 15, "end": 21, "value": 4, "item": "car", "rule": "r"}]}
    html, misplaced = highlight(text, facts_of(record))
    assert str(html).startswith("&lt;b&gt;Chief&lt;/b&gt; &amp; <mark ")
    assert str(html).count("<mark") == 1
    assert misplaced == ["'4 cars' (counts) is not at 15-21 in the text"]


def test_toggling_a_field_hides_its_highlights_and_only_those(page: Any, tmp_path: Path) -> None:
    batch = write_batch_jsonl(tmp_path, [("lantern.txt", CORRECTABLE)])
    review(str(batch), "--out", str(tmp_path / "site"))
    page.goto(release_page(tmp_path / "site", hand_record(CORRECTABLE, str(tmp_path / "lantern.txt"))))
    style = """f => Array.from(document.querySelectorAll('mark.f-' + f)).map(m => {
        const s = getComputedStyle(m); return [s.backgroundColor, s.borderBottomColor]; })"""
    transparent = ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]
    assert all(pair != transparent for pair in page.evaluate(style, "counts"))
    page.click("label.chip.f-counts")
    assert page.evaluate(style, "counts") == [transparent, transparent]
    assert all(pair != transparent for f in ("dates", "agencies", "amounts") for pair in page.evaluate(style, f))
    page.click("label.chip.f-counts")
    assert all(pair != transparent for pair in page.evaluate(style, "counts"))


def test_clicking_a_fact_flashes_its_span_and_hover_shows_value_and_rule(page: Any, tmp_path: Path) -> None:
    batch = write_batch_jsonl(tmp_path, [("lantern.txt", CORRECTABLE)])
    review(str(batch), "--out", str(tmp_path / "site"))
    record = hand_record(CORRECTABLE, str(tmp_path / "lantern.txt"))
    page.goto(release_page(tmp_path / "site", record))
    count_id = f"counts:{record['counts'][1]['start']}-{record['counts'][1]['end']}"
    page.click(f'.fact[data-fact="{count_id}"] .label')
    assert page.locator(f'mark[data-fact="{count_id}"].flash').count() == 1
    page.hover('mark[data-fact^="amounts:"]')
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert "5,000.00 USD" in tip.inner_text() and "amount-test" in tip.inner_text()


# --- corrections ---------------------------------------------------------------------------------

def select_text(tab: Any, said: str) -> None:
    """Select SAID in the release text as a mouse drag would, then release the mouse."""
    tab.evaluate("""said => {
        const root = document.getElementById('text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(said);
            if (at >= 0) {
                const range = document.createRange();
                range.setStart(node, at); range.setEnd(node, at + said.length);
                getSelection().removeAllRanges(); getSelection().addRange(range);
                document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return;
            }
        }
        throw new Error('not found: ' + said);
    }""", said)


def test_accept_reject_add_and_download_give_a_gold_file_that_evaluate_reads(page: Any, tmp_path: Path) -> None:
    batch = write_batch_jsonl(tmp_path, [("lantern.txt", CORRECTABLE)])
    review(str(batch), "--out", str(tmp_path / "site"))
    release = tmp_path / "lantern.txt"
    record = hand_record(CORRECTABLE, str(release))
    page.goto(release_page(tmp_path / "site", record))

    page.click('.fact[data-fact="agencies:0-19"] button.accept')
    page.click('.fact[data-fact="agencies:57-75"] button.reject')  # "Task Force Captain" is no agency
    page.click('.fact[data-fact="counts:127-137"] button.reject')  # "2 vehicles" (say it was wrong)
    select_text(page, "3 motorcycles")
    page.click('#adder [data-add="counts"]')
    page.fill('#add-form input[name="item"]', "motorcycle")
    page.fill('#add-form input[name="event"]', "seize")
    assert page.input_value('#add-form input[name="value"]') == "3"
    page.click('#add-form button[type="submit"]')
    assert page.locator(".fact.is-added").count() == 1
    assert page.inner_text("#progress") == "3 of 8 checked · 1 added"
    assert page.evaluate("[...CSS.highlights.get('pe-added')].map(r => r.toString())") == ["3 motorcycles"]

    page.reload()  # corrections live in the browser's storage: a reload loses nothing
    assert page.locator(".fact.is-reject").count() == 2 and page.locator(".fact.is-added").count() == 1

    with page.expect_download() as info:
        page.click("#download")
    gold = tmp_path / "elsewhere" / "corrections.jsonl"
    info.value.save_as(gold)
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert lines == [{
        "id": str(release), "file": str(release.resolve()), "release_date": "2025-05-06",
        "officials": [{"name": "Lee Park", "title": "Captain"}],
        "operations": ["Operation Lantern"],
        "agencies": [{"name": "Tri-City Task Force", "aliases": []}],
        "counts": [{"value": 9, "item": "firearm", "event": "seize"},
                   {"value": 3, "item": "motorcycle", "event": "seize"}],
        "dates": [{"value": "2025-05-06", "grain": "day"}],
        "amounts": [{"value": 5000, "unit": "USD"}],
    }]

    result = CliRunner().invoke(main, ["evaluate", str(gold), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["scores"]
    predicted = extract(CORRECTABLE).model_dump(mode="json")
    assert scores["counts"]["gold"] == 2 and scores["counts"]["predicted"] == len(predicted["counts"])
    assert scores["agencies"]["gold"] == 1 and scores["officials"]["gold"] == 1
    assert scores["release_date"]["gold"] == 1


def test_index_download_holds_every_reviewed_release_and_only_those(page: Any, tmp_path: Path) -> None:
    second = CORRECTABLE.replace("Guns", "Rifles")
    batch = write_batch_jsonl(tmp_path, [("a.txt", CORRECTABLE), ("b.txt", second), ("c.txt", second + "\n")])
    review(str(batch), "--out", str(tmp_path / "site"))
    for name, text in (("a.txt", CORRECTABLE), ("b.txt", second)):
        page.goto(release_page(tmp_path / "site", hand_record(text, str(tmp_path / name))))
        page.click("#accept-rest")
    page.goto((tmp_path / "site" / "index.html").as_uri())
    assert page.locator(".badge.done").count() == 2
    with page.expect_download() as info:
        page.click("#download")
    lines = [json.loads(x) for x in Path(info.value.path()).read_text(encoding="utf-8").splitlines()]
    assert sorted(line["id"] for line in lines) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert all(line["counts"][0] == {"value": 9, "item": "firearm", "event": "seize"} for line in lines)


# --- the index -----------------------------------------------------------------------------------

def test_index_is_paged_sortable_and_filters_across_all_rows(page: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("extractor.review.build.ROWS_PER_CHUNK", 40)  # rows arrive in several files
    releases = [(f"r{n:03d}.txt", CORRECTABLE.replace("Guns", f"Guns, Case {n}"))
                for n in range(150)]
    batch = write_batch_jsonl(tmp_path, releases)
    summary = build_site(read_inputs([batch], make_extractor=None), tmp_path / "site")
    assert summary.pages == 150
    assert len(list((tmp_path / "site" / "rows").glob("rows-*.js"))) == 4
    page.goto((tmp_path / "site" / "index.html").as_uri())
    assert page.locator("#rows tr").count() == 100
    assert page.inner_text("#page-label") == "page 1 of 2"
    page.click("#page-next")
    assert page.locator("#rows tr").count() == 50
    page.fill("#filter", "r149")
    assert page.locator("#rows tr").count() == 1
    assert page.inner_text("#shown") == "1 of 150 releases"
    page.fill("#filter", "")
    page.click('th[data-sort="1"]')  # source, now descending
    assert page.inner_text("#rows tr:first-child td.src") == str(tmp_path / "r149.txt")
    page.click('th[data-sort="1"]')
    assert page.inner_text("#rows tr:first-child td.src") == str(tmp_path / "r000.txt")
    assert page.errors == []
    biggest = max(p.stat().st_size for p in (tmp_path / "site").rglob("*") if p.is_file())
    assert biggest < 200_000  # no single big file: pages per release, rows in chunks


# --- untrusted text ------------------------------------------------------------------------------

def test_hostile_release_text_renders_as_text_and_runs_nothing(page: Any, tmp_path: Path) -> None:
    folder = tmp_path / 'in"><img src=x onerror=alert(9)>'
    folder.mkdir()
    release = folder / "<svg onload=alert(8)>.txt"
    release.write_text(HOSTILE, encoding="utf-8")
    result = review(str(folder), "--out", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    record = extract(HOSTILE, source=str(release)).model_dump(mode="json")
    for url in ((tmp_path / "site" / "index.html").as_uri(), release_page(tmp_path / "site", record)):
        page.goto(url)
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("img, svg").count() == 0
        assert page.locator("script").count() == page.locator("script[src], script[type='application/json']").count()
        if url.endswith("index.html"):
            assert "<script>window.__pwned = 1" in page.inner_text("#rows td.ttl")
            assert page.inner_text("#rows td.src") == str(release)
    assert dialogs == []
    assert page.inner_text("#text") == HOSTILE
    assert page.inner_text(".bar .source") == str(release)
    assert page.errors == []


# --- inputs: batch outputs, with and without texts -------------------------------------------------

def test_jsonl_without_texts_rereads_unchanged_files_and_names_the_others(tmp_path: Path) -> None:
    kept, changed, gone = (CORRECTABLE, CORRECTABLE.replace("Park", "Parks"), CORRECTABLE + "Gone.\n")
    batch = write_batch_jsonl(tmp_path, [("kept.txt", kept), ("changed.txt", changed), ("gone.txt", gone)],
                              with_text=False)
    (tmp_path / "changed.txt").write_text(changed + "Edited later.\n", encoding="utf-8")
    (tmp_path / "gone.txt").unlink()
    result = review(str(batch), "--out", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'changed.txt'}: text not shown: batch.jsonl holds no text for it" in result.output
    assert "has changed since (its sha256 differs)" in result.output
    assert f"{tmp_path / 'gone.txt'}: text not shown" in result.output and "is not found" in result.output
    assert "kept.txt: text not shown" not in result.output
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "site" / "r").glob("*.html")}
    assert 'id="text"' in pages[f"{_sha(kept)[:16]}.html"]
    assert "cannot be shown" in pages[f"{_sha(gone)[:16]}.html"]


def test_sqlite_batch_output_with_its_text_column_needs_no_source_file(tmp_path: Path) -> None:
    release = tmp_path / "in" / "harbor.txt"
    release.parent.mkdir()
    release.write_text(RELEASE, encoding="utf-8")
    db = tmp_path / "out.db"
    batch = CliRunner().invoke(main, ["batch", str(release.parent), "--out", str(db), "--jobs", "1", "--quiet"])
    assert batch.exit_code == 0, batch.output
    result = review(str(db), "--out", str(tmp_path / "site"))  # no text column: the file is re-read
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(db)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(releases)")}
    if "text" not in columns:
        connection.execute("ALTER TABLE releases ADD COLUMN text TEXT")
    connection.execute("UPDATE releases SET text = ?", (RELEASE,))
    connection.commit()
    connection.close()
    shutil.rmtree(release.parent)
    result = review(str(db), "--out", str(tmp_path / "site2"))
    assert result.exit_code == 0, result.output
    record = extract(RELEASE).model_dump(mode="json")
    html = (tmp_path / "site2" / "r" / f"{record['sha256'][:16]}.html").read_text(encoding="utf-8")
    assert html.count('<mark class="hl') == len(spans_of(record))


def test_unreadable_input_is_reported_and_the_rest_is_still_built(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(RELEASE, encoding="utf-8")
    result = review(str(good), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert f"press-extract: error: {tmp_path / 'missing.txt'}: no such file or folder" in result.output
    assert len(list((tmp_path / "site" / "r").glob("*.html"))) == 1


# --- the screenshot a person looks at -------------------------------------------------------------

def test_seed_release_page_screenshot(page: Any, tmp_path: Path) -> None:
    """Renders samples/seed-000.txt and saves a screenshot (tmp, and docs/review.png when
    PRESS_EXTRACT_SCREENSHOT=1) so a person can judge the page."""
    seed = ROOT / "samples" / "seed-000.txt"
    review(str(seed), "--out", str(tmp_path / "site"))
    record = extract(seed.read_text(encoding="utf-8")).model_dump(mode="json")
    page.goto(release_page(tmp_path / "site", record))
    page.click(".fact.f-counts button.accept")
    page.click(".fact.f-counts:nth-of-type(3) button.reject")
    page.evaluate("document.querySelector('.panel').scrollTop = 0")
    page.hover('mark.f-counts[data-span="0"]')
    shot = page.screenshot()
    assert len(shot) > 10_000
    (tmp_path / "review.png").write_bytes(shot)
    if os.environ.get("PRESS_EXTRACT_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        (ROOT / "docs" / "review.png").write_bytes(shot)


def test_keyboard_moves_through_facts_and_judges_them(page: Any, tmp_path: Path) -> None:
    batch = write_batch_jsonl(tmp_path, [("lantern.txt", CORRECTABLE)])
    review(str(batch), "--out", str(tmp_path / "site"))
    page.goto(release_page(tmp_path / "site", hand_record(CORRECTABLE, str(tmp_path / "lantern.txt"))))
    page.keyboard.press("j")
    page.keyboard.press("y")
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.get_attribute(".fact.is-accept", "data-fact") == "dates:32-43"
    assert page.get_attribute(".fact.is-reject", "data-fact") == "officials:68-84"
    assert page.get_attribute(".fact.current", "data-fact") == "officials:68-84"
    page.keyboard.press("a")
    assert page.inner_text("#progress") == "8 of 8 checked"


def test_same_text_under_two_names_gets_two_pages_and_open_launches_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(RELEASE, encoding="utf-8")
    launched: list[str] = []
    monkeypatch.setattr("click.launch", lambda url, **_: launched.append(url) or 0)
    result = review(str(tmp_path / "in"), "--out", str(tmp_path / "site"), "--open")
    assert result.exit_code == 0, result.output
    sha = _sha(RELEASE)[:16]
    assert sorted(p.name for p in (tmp_path / "site" / "r").glob("*.html")) == [f"{sha}-2.html", f"{sha}.html"]
    assert launched == [(tmp_path / "site" / "index.html").resolve().as_uri()]


def test_a_release_without_facts_can_be_marked_reviewed_and_gives_an_empty_gold_line(
        page: Any, tmp_path: Path) -> None:
    text = "Council Meets on Tuesday\nThe library will stay open late this week.\n"
    batch = tmp_path / "batch.jsonl"
    (tmp_path / "quiet.txt").write_text(text, encoding="utf-8")
    record = {"schema_version": 1, "source": str(tmp_path / "quiet.txt"), "sha256": _sha(text), "title": None,
              "release_date": None, "warnings": ["no release date found"], "text": text}
    batch.write_text(json.dumps(record) + "\n", encoding="utf-8")
    review(str(batch), "--out", str(tmp_path / "site"))
    page.goto(release_page(tmp_path / "site", record))
    assert page.locator("#text mark").count() == 0
    page.click("#accept-rest")
    with page.expect_download() as info:
        page.click("#download")
    line = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert line == {"id": str(tmp_path / "quiet.txt"), "file": str(tmp_path / "quiet.txt"), "release_date": None,
                    "officials": [], "operations": [], "agencies": [], "counts": [], "dates": [], "amounts": []}
