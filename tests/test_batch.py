"""`press-extract batch`: every output format, errors, exit status, resume after a kill, shared databases."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

GOOD_FILES = 10  # 5 samples + a copy of one + md + html + pdf + cp1252 (the copy shares its sha256)
FAILING = {"empty.txt": "empty", "binary.txt": "binary", "gone.txt": "missing"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", "batch", *args], capture_output=True, text=True, timeout=300
    )


def db_rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_sqlite_output_holds_every_release_once_and_every_failure(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.db"
    result = run(str(archive), "--out", str(out), "--jobs", "2")
    assert result.returncode == 1, result.stderr
    releases = db_rows(out, "SELECT sha256, source FROM releases")
    assert len(releases) == len({sha for sha, _ in releases}) == GOOD_FILES - 1
    sources = dict(db_rows(out, "SELECT source, sha256 FROM sources"))
    assert len(sources) == GOOD_FILES  # the duplicate's name is kept, its release stored once
    copy = str(archive / "2024" / "copy-of-r0.txt")
    assert sources[copy] == sources[str(archive / "2024" / "jan" / "r0.txt")]
    errors = {Path(s).name: k for s, k in db_rows(out, "SELECT source, kind FROM errors")}
    assert errors == FAILING
    for name in FAILING:
        assert name in result.stderr
    assert "ignored.csv" not in json.dumps(sources)
    assert "read 13, extracted 9, skipped as already stored 1, failed 3" in result.stderr


def test_inputs_of_every_kind_are_extracted(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run(str(archive), "--out", str(out), "--jobs", "1")
    records = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    html = records["page.html"]
    assert html["title"] == "Police Arrest 12 Suspects in Operation Test Sweep"
    assert html["release_date"] == "2024-03-05"
    assert "Copyright" not in json.dumps(html) and "track(" not in json.dumps(html)
    assert any(c["value"] == 40 and c["item"] == "firearm" for c in records["release.pdf"]["counts"])
    assert any("not valid UTF-8" in w for w in records["latin.txt"]["warnings"])
    assert records["latin.txt"]["release_date"] == "2005-05-06"
    assert any(c["value"] == 7 for c in records["note.md"]["counts"])


def test_csv_tables_are_keyed_by_sha256(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = run(str(archive), "--out", str(out), "--format", "csv", "--jobs", "1")
    assert result.returncode == 1
    names = {p.name for p in out.iterdir()}
    assert {
        "releases.csv",
        "officials.csv",
        "operations.csv",
        "agencies.csv",
        "counts.csv",
        "amounts.csv",
        "dates.csv",
        "errors.csv",
        "sources.csv",
    } <= names
    with (out / "releases.csv").open(encoding="utf-8-sig") as fh:
        releases = {row["sha256"] for row in csv.DictReader(fh)}
    assert len(releases) == GOOD_FILES - 1
    with (out / "counts.csv").open(encoding="utf-8-sig") as fh:
        counts = list(csv.DictReader(fh))
    assert counts and {row["sha256"] for row in counts} <= releases
    with (out / "errors.csv").open(encoding="utf-8-sig") as fh:
        assert {Path(row["source"]).name for row in csv.DictReader(fh)} == set(FAILING)


def test_rerun_skips_what_is_stored_and_force_reextracts(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run(str(archive), "--out", str(out), "--jobs", "1")
    first = out.read_text()
    again = run(str(archive), "--out", str(out), "--jobs", "1")
    assert out.read_text() == first
    assert "extracted 0, skipped as already stored 10" in again.stderr
    forced = run(str(archive), "--out", str(out), "--jobs", "1", "--force")
    assert "extracted 9" in forced.stderr


def test_all_good_exits_zero_and_glob_filters(archive: Path, tmp_path: Path) -> None:
    result = run(str(archive / "2024"), "--out", str(tmp_path / "o.db"), "--glob", "*.md", "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(db_rows(tmp_path / "o.db", "SELECT * FROM releases")) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"just some text, not a database", "not a SQLite database"), (b"SQLite format 3\x00" + b"\x00" * 200, "corrupt")],
)
def test_a_database_that_is_not_ours_is_refused_untouched(
    tmp_path: Path, archive: Path, content: bytes, message: str
) -> None:
    out = tmp_path / "theirs.db"
    out.write_bytes(content)
    result = run(str(archive), "--out", str(out))
    assert result.returncode == 2
    assert message in result.stderr
    assert out.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path: Path, archive: Path) -> None:
    out = tmp_path / "theirs.db"
    con = sqlite3.connect(out)
    con.execute("CREATE TABLE customers (name TEXT)")
    con.commit()
    con.close()
    result = run(str(archive), "--out", str(out))
    assert result.returncode == 2
    assert "another program" in result.stderr


def test_output_inside_the_input_folder_is_not_read_back(archive: Path) -> None:
    out = archive / "results.jsonl"
    run(str(archive), "--out", str(out), "--jobs", "1", "--glob", "*.txt", "--glob", "*.jsonl")
    again = run(str(archive), "--out", str(out), "--jobs", "1", "--glob", "*.txt", "--glob", "*.jsonl")
    assert "batch's own output" in again.stderr
    assert all(not r["source"].endswith(".jsonl") for r in map(json.loads, out.read_text().splitlines()))


def test_symlink_loops_are_not_followed(archive: Path, tmp_path: Path) -> None:
    (archive / "2024" / "loop").symlink_to(archive, target_is_directory=True)
    result = run(str(archive), "--out", str(tmp_path / "o.db"), "--jobs", "1")
    assert result.returncode == 1
    assert len(db_rows(tmp_path / "o.db", "SELECT * FROM sources")) == GOOD_FILES


def test_unreadable_file_is_recorded_and_the_batch_goes_on(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = Path.open

    def locked_open(self: Path, *args, **kwargs):  # noqa: ANN202 - mirrors Path.open
        if self.name == "r1.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(main, ["batch", str(archive), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    errors = [json.loads(line) for line in (tmp_path / "o.errors.jsonl").read_text().splitlines()]
    assert {"r1.txt": "unreadable"}.items() <= {Path(e["source"]).name: e["kind"] for e in errors}.items()


def test_missing_input_and_bad_usage(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nothing"), "--out", str(tmp_path / "o.db"))
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr
    assert run("--out", str(tmp_path / "o.db")).returncode == 2


def _big_archive(root: Path, files: int) -> Path:
    samples = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
    for i in range(files):
        sub = root / f"d{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{i:03d}.txt").write_text(samples[i % len(samples)].read_text() + f"\n\nReference {i}.\n")
    return root


def _progress(out: Path) -> int:
    """Releases stored so far, read the way a user would; 0 while the output does not exist yet."""
    try:
        if out.suffix == ".db":
            return db_rows(out, "SELECT COUNT(*) FROM releases")[0][0] if out.exists() else 0
        path = out if out.suffix == ".jsonl" else out / "releases.csv"
        lines = path.read_bytes().count(b"\n") if path.exists() else 0
        return lines if out.suffix == ".jsonl" else max(0, lines - 1)  # csv: minus the header
    except sqlite3.OperationalError:  # the run has not created its tables yet
        return 0


def _kill_midway(args: list[str], out: Path, after: int, total: int) -> int:
    """Run a batch and SIGKILL it once `after` releases are stored; assert the kill landed mid-run (the
    batch still running, some but not all releases stored). Returns how many were stored."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "batch", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    try:
        while _progress(out) < after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        running = proc.poll() is None
        if running:
            os.killpg(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    stored = _progress(out)
    assert running, f"the batch ended (exit {proc.returncode}) before {after} releases were stored"
    assert after <= stored < total, f"the kill did not land mid-run: {stored} of {total} stored"
    return stored


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite", "csv"])
def test_resume_after_a_killed_run_matches_an_uninterrupted_run(tmp_path: Path, fmt: str) -> None:
    archive = _big_archive(tmp_path / "a", 40)
    suffix = {"jsonl": "out.jsonl", "sqlite": "out.db", "csv": "tables"}[fmt]
    clean, killed = tmp_path / "clean" / suffix, tmp_path / "killed" / suffix
    run(str(archive), "--out", str(clean), "--jobs", "2", "--quiet")
    _kill_midway([str(archive), "--out", str(killed), "--jobs", "2", "--quiet"], killed, after=3, total=40)
    result = run(str(archive), "--out", str(killed), "--jobs", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    assert _stored(clean, fmt) == _stored(killed, fmt)


def _stored(out: Path, fmt: str) -> list[str]:
    """Every stored release and count, sorted: equal means nothing missing and nothing twice."""
    if fmt == "sqlite":
        rows = db_rows(out, "SELECT sha256 FROM releases") + db_rows(out, "SELECT sha256, value, item FROM counts")
        return sorted(map(str, rows))
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.read_text().splitlines()]
        return sorted(r["sha256"] for r in records) + sorted(
            f"{r['sha256']}{c['value']}{c['item']}" for r in records for c in r["counts"]
        )
    with (out / "releases.csv").open(encoding="utf-8-sig") as fh:
        shas = sorted(row["sha256"] for row in csv.DictReader(fh))
    with (out / "counts.csv").open(encoding="utf-8-sig") as fh:
        counts = sorted(f"{row['sha256']}{row['value']}{row['item']}" for row in csv.DictReader(fh))
    return shas + counts


def test_fault_injection_kills_at_random_moments_never_lose_or_duplicate(tmp_path: Path) -> None:
    archive = _big_archive(tmp_path / "a", 40)
    out = tmp_path / "out.db"
    rng = random.Random(7)
    for _ in range(4):
        stored = _progress(out)  # each kill waits for 1-4 more releases, never past 30 of 40: room to land mid-run
        _kill_midway([str(archive), "--out", str(out), "--jobs", "2", "--quiet"], out,
                     after=min(stored + rng.randint(1, 4), 30), total=40)
        shas = db_rows(out, "SELECT sha256 FROM releases")
        assert len(shas) == len(set(shas))
        orphans = db_rows(out, "SELECT COUNT(*) FROM counts WHERE sha256 NOT IN (SELECT sha256 FROM releases)")
        assert orphans == [(0,)]
    assert run(str(archive), "--out", str(out), "--jobs", "2", "--quiet").returncode == 0
    assert (
        len(db_rows(out, "SELECT DISTINCT sha256 FROM releases")) == len(db_rows(out, "SELECT * FROM releases")) == 40
    )


def test_two_runs_into_one_database_at_once_store_each_release_once(tmp_path: Path) -> None:
    archive = _big_archive(tmp_path / "a", 30)
    out = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "extractor", "batch", str(archive), "--out", str(out), "--jobs", "1", "--quiet"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    codes = [p.wait(timeout=300) for p in procs]
    assert codes == [0, 0], [p.stderr.read() for p in procs]
    assert len(db_rows(out, "SELECT * FROM releases")) == 30
    assert len(db_rows(out, "SELECT * FROM sources")) == 30


def test_max_bytes_cuts_large_files_with_a_warning(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    run(str(archive / "2024" / "jan"), "--out", str(out), "--max-bytes", "500", "--jobs", "1")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records and all("text truncated at the size bound" in r["warnings"] for r in records)


def test_a_file_that_vanishes_or_turns_into_a_folder_mid_run_is_a_recorded_failure(tmp_path: Path) -> None:
    from extractor.batch import Options, init_worker, process_file

    init_worker(Options(), set())
    gone = tmp_path / "gone.txt"
    gone.write_text("Deputies arrested 3 men.")
    gone.unlink()
    assert process_file(str(gone))["error"] == "missing"
    (tmp_path / "now-a-folder.txt").mkdir()
    assert process_file(str(tmp_path / "now-a-folder.txt"))["error"] == "unreadable"


def test_a_worker_killed_mid_run_costs_only_its_files_and_the_batch_goes_on(tmp_path: Path) -> None:
    archive = _big_archive(tmp_path / "a", 200)
    out = tmp_path / "out.db"
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "batch", str(archive), "--out", str(out), "--jobs", "2",
                             "--quiet"], stderr=subprocess.PIPE, text=True)
    workers: list[str] = []
    deadline = time.monotonic() + 300
    while not workers and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if _progress(out) > 0:  # tables exist and work is under way
            workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert workers, "the batch finished before a worker could be killed"
    os.kill(int(workers[0]), signal.SIGKILL)
    assert proc.poll() is None and _progress(out) < 200, "the kill did not land mid-run"
    code = proc.wait(timeout=300)
    assert code in (0, 1), proc.stderr.read()
    stored = len(db_rows(out, "SELECT * FROM releases"))
    failed = len(db_rows(out, "SELECT * FROM errors WHERE kind = 'worker'"))
    assert failed >= 1 and stored + failed >= 200
    assert run(str(archive), "--out", str(out), "--jobs", "2", "--quiet").returncode == 0
    assert len(db_rows(out, "SELECT * FROM releases")) == 200


# --- outputs (issue 10) ------------------------------------------------------------------------------------

def _sources(out: Path, fmt: str) -> list[dict]:
    if fmt == "sqlite":
        con = sqlite3.connect(out)
        con.row_factory = sqlite3.Row
        return [dict(r) for r in con.execute("SELECT * FROM sources")]
    if fmt == "jsonl":
        return [json.loads(line) for line in out.with_suffix(".sources.jsonl").read_text().splitlines()]
    with (out / "sources.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _errors(out: Path, fmt: str) -> list:
    if fmt == "sqlite":
        return db_rows(out, "SELECT source, kind FROM errors")
    if fmt == "jsonl":
        return out.with_suffix(".errors.jsonl").read_text().splitlines()
    with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_a_rerun_records_no_error_and_no_source_twice(archive: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / {"jsonl": "out.jsonl", "sqlite": "out.db", "csv": "tables"}[fmt]
    for _ in range(2):
        result = run(str(archive), "--out", str(out), "--jobs", "1", "--quiet")
        assert result.returncode == 1, result.stderr
    assert len(_errors(out, fmt)) == len(FAILING)
    assert len(_sources(out, fmt)) == GOOD_FILES


def _slow_first_archive(root: Path, files: int) -> Path:
    """The first file in name order is far longer than the rest, so it finishes last with 2 workers."""
    samples = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
    root.mkdir(parents=True)
    (root / "a000-long.txt").write_text("\n\n".join(s.read_text() for s in samples) * 40)
    for i in range(1, files):
        (root / f"a{i:03d}.txt").write_text(samples[i % len(samples)].read_text() + f"\n\nReference {i}.\n")
    return root


def test_json_lines_with_several_jobs_are_in_input_order(tmp_path: Path) -> None:
    archive = _slow_first_archive(tmp_path / "a", 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(str(archive), "--out", str(one), "--jobs", "1", "--quiet").returncode == 0
    assert run(str(archive), "--out", str(two), "--jobs", "2", "--quiet").returncode == 0
    names = [Path(json.loads(line)["source"]).name for line in two.read_text().splitlines()]
    assert names == sorted(names) and len(names) == 12
    assert one.read_text() == two.read_text()
    assert one.with_suffix(".sources.jsonl").read_text() == two.with_suffix(".sources.jsonl").read_text()


@pytest.mark.parametrize(("args", "fix"), [
    (["--out", "results.csv", "--format", "jsonl"], "results.jsonl"),
    (["--out", "results.csv"], "results/"),
    (["--out", "notes.txt"], "notes/"),
    (["--out", "notes.txt", "--format", "sqlite"], "notes.db"),
])
def test_an_out_that_does_not_fit_the_format_is_refused_with_the_fix(
        archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], fix: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", str(archive), *args])
    assert result.exit_code == 2
    assert "use --out" in result.stderr and fix in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_with_total_rate_and_time_left_and_errors_print_above_it(archive: Path,
                                                                                    tmp_path: Path) -> None:
    from extractor.batch import DEFAULT_GLOBS, Options, Progress, run_batch
    from extractor.writers import open_writer

    stream = _Terminal()
    writer = open_writer(tmp_path / "o.jsonl", "jsonl")
    summary = run_batch([archive], writer, Options(), 1, DEFAULT_GLOBS, Progress(None, stream, True), stream)
    writer.close()
    text = stream.getvalue()
    assert summary.read == 13
    assert "13/13" in text and "file/s" in text and "<" in text  # done/total, rate, elapsed<left
    lines = text.replace("\r", "\n").splitlines()
    error_lines = [line for line in lines if line.startswith("press-extract: ")]
    assert len(error_lines) == len(FAILING)  # each error on a line of its own, not mixed into the bar
    assert all("file/s" not in line for line in error_lines)


def test_no_matching_file_says_which_patterns_were_searched(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "data.csv").write_text("a,b\n")
    result = run(str(tmp_path / "in"), "--out", str(tmp_path / "o.db"), "--quiet")
    assert result.returncode == 1
    assert "*.txt *.md *.html *.htm *.pdf" in result.stderr and "--glob" in result.stderr
    result = run(str(tmp_path / "in"), "--out", str(tmp_path / "o.db"), "--glob", "*.xml", "--quiet")
    assert result.returncode == 1 and "matches *.xml" in result.stderr


def test_a_misnamed_rule_file_is_refused_with_the_known_names(archive: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "title.jsonl").write_text('{"id": "title-warden", "label": "TITLE", "pattern": "warden"}\n')
    result = run(str(archive), "--out", str(tmp_path / "o.db"), "--patterns", str(rules))
    assert result.returncode == 2
    assert "title.jsonl" in result.stderr and "did you mean titles.jsonl" in result.stderr
    assert "agencies.jsonl" in result.stderr and "operations.jsonl" in result.stderr
    assert not (tmp_path / "o.db").exists()
    (rules / "title.jsonl").rename(rules / "titles.jsonl")
    assert run(str(archive / "2024" / "jan"), "--out", str(tmp_path / "o.db"), "--patterns", str(rules),
               "--quiet").returncode == 0


def test_a_recorded_file_is_skipped_unread_until_it_changes_or_force(
        archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.batch

    out = tmp_path / "o.db"
    runner = CliRunner()
    first = runner.invoke(main, ["batch", str(archive), "--out", str(out), "--jobs", "1"])
    assert first.exit_code == 1
    read: list[str] = []
    real_load = extractor.batch.load_release

    def counting_load(path: str, max_bytes: int):  # noqa: ANN202 - wraps load_release
        read.append(Path(path).name)
        return real_load(path, max_bytes)

    monkeypatch.setattr(extractor.batch, "load_release", counting_load)
    again = runner.invoke(main, ["batch", str(archive), "--out", str(out), "--jobs", "1"])
    failed_reading = ["binary.txt", "empty.txt"]  # gone.txt, a broken link, is never opened
    assert sorted(read) == failed_reading  # only the files that failed are read again
    assert "skipped as already stored 10" in again.stderr
    changed = archive / "2024" / "jan" / "r1.txt"
    changed.write_text(changed.read_text() + "\nUpdated.\n")
    read.clear()
    runner.invoke(main, ["batch", str(archive), "--out", str(out), "--jobs", "1"])
    assert sorted(read) == sorted([*failed_reading, "r1.txt"])
    size, mtime = db_rows(out, f"SELECT size, mtime_ns FROM sources WHERE source = '{changed}'")[0]
    assert (size, mtime) == (changed.stat().st_size, changed.stat().st_mtime_ns)
    read.clear()
    forced = runner.invoke(main, ["batch", str(archive), "--out", str(out), "--jobs", "1", "--force"])
    assert len(read) == 12 and "extracted 9" in forced.stderr


def _page(date: str) -> str:
    return ("<html><head><title>Deputies Arrest 4 in Sweep</title>"
            f'<meta property="article:published_time" content="{date}"></head><body><article>'
            "<h1>Deputies Arrest 4 in Sweep</h1><p>Sheriff Ann Vale said deputies arrested 4 men on Monday "
            "during a sweep of the county's north side.</p><p>The Vale County Sheriff's Office thanked "
            "residents for their calls.</p></article></body></html>")


def test_the_same_text_twice_is_stored_once_and_each_source_keeps_its_own_date(tmp_path: Path) -> None:
    archive = tmp_path / "a"
    archive.mkdir()
    (archive / "13-663.html").write_text(_page("2013-06-10"))
    (archive / "13-667.html").write_text(_page("2013-06-12"))
    out = tmp_path / "o.db"
    assert run(str(archive), "--out", str(out), "--jobs", "1", "--quiet").returncode == 0
    assert len(db_rows(out, "SELECT * FROM releases")) == 1
    rows = db_rows(out, "SELECT source, sha256, release_date FROM sources")
    sources = {Path(s): (sha, date) for s, sha, date in rows}
    assert {p.name: d for p, (_, d) in sources.items()} == {"13-663.html": "2013-06-10", "13-667.html": "2013-06-12"}
    assert len({sha for sha, _ in sources.values()}) == 1


RELEASE = ("Date: March 4, 2024\n\nDeputies Seize 12 Firearms\n\nSheriff Ann Vale said deputies seized 12 "
           "firearms and \"a lot of cash\" in the county's north side on March 1.\n")


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite", "csv"])
def test_the_same_release_rewrapped_or_requoted_is_recognized_by_its_content_key(tmp_path: Path, fmt: str) -> None:
    archive = tmp_path / "a"
    archive.mkdir()
    (archive / "r083.txt").write_text(RELEASE)
    variant = RELEASE.replace("deputies seized 12 firearms", "deputies\nseized 12 firearms").replace(
        '"a lot of cash"', "“a lot of cash”").upper()
    (archive / "r083-copy.md").write_text(variant)
    out = tmp_path / {"jsonl": "o.jsonl", "sqlite": "o.db", "csv": "t"}[fmt]
    assert run(str(archive), "--out", str(out), "--jobs", "1", "--quiet").returncode == 0
    sources = _sources(out, fmt)
    assert len(sources) == 2
    assert len({s["sha256"] for s in sources}) == 1 and len({s["content_key"] for s in sources}) == 1
    if fmt == "sqlite":
        assert db_rows(out, "SELECT source, content_key FROM releases") == [
            (str(archive / "r083-copy.md"), sources[0]["content_key"])]
    elif fmt == "jsonl":
        assert len(out.read_text().splitlines()) == 1


def test_the_decoded_text_is_stored_so_offsets_can_be_checked(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    run(str(archive), "--out", str(db), "--jobs", "1", "--quiet")
    for text, record in db_rows(db, "SELECT text, record FROM releases"):
        for count in json.loads(record)["counts"]:
            assert text[count["start"]:count["end"]] == count["text"]
    html_text = db_rows(db, "SELECT text FROM releases WHERE source LIKE '%page.html'")[0][0]
    assert "Chief of Police Jane Roe" in html_text and "<p>" not in html_text
    jsonl = tmp_path / "o.jsonl"
    run(str(archive), "--out", str(jsonl), "--jobs", "1", "--quiet", "--include-text")
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert all(r["text"][c["start"]:c["end"]] == c["text"] for r in records for c in r["counts"])
    plain = tmp_path / "plain.jsonl"
    run(str(archive), "--out", str(plain), "--jobs", "1", "--quiet")
    assert all("text" not in json.loads(line) for line in plain.read_text().splitlines())


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Deputies seized 12 firearms.", "DEPUTIES  seized\n12 fire-\narms", True),
    ("“A success,” she said.", '"a success," she said', True),
    ("Deputies seized 12 firearms.", "Deputies seized 13 firearms.", False),
    ("ﬁrearms", "firearms", True),
])
def test_the_content_key_folds_case_whitespace_and_punctuation(a: str, b: str, same: bool) -> None:
    from extractor.batch import content_key

    assert (content_key(a) == content_key(b)) is same


def test_the_in_order_window_holds_at_most_four_files_per_job(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays bounded: a slow first file never lets results pile up behind it without limit."""
    from concurrent.futures import Future

    import extractor.batch as batch

    state = {"submitted": 0, "handed": 0, "most": 0}

    class LazyFuture(Future):
        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

        def result(self, timeout: float | None = None) -> dict:
            return {"source": self.path, "skipped": "x"}

    class Pool:
        def __init__(self, **kwargs: object) -> None:
            pass

        def __enter__(self) -> Pool:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def submit(self, fn: object, path: str) -> Future:
            state["submitted"] += 1
            state["most"] = max(state["most"], state["submitted"] - state["handed"])
            return LazyFuture(path)

    def handle(result: dict) -> None:
        state["handed"] += 1
        order.append(result["source"])

    order: list[str] = []
    monkeypatch.setattr(batch, "ProcessPoolExecutor", Pool)
    files = [f"f{i:03d}" for i in range(100)]
    batch._run_pool(iter(files), batch.Options(), 2, set(), handle, lambda: None)
    assert order == files
    assert state["most"] == 2 * batch.IN_FLIGHT_PER_JOB


def test_the_bar_is_drawn_on_a_terminal_and_not_into_a_pipe(archive: Path, tmp_path: Path) -> None:
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "batch", str(archive), "--out",
                             str(tmp_path / "tty.db"), "--jobs", "1"], stderr=slave, stdout=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(master)
    shown = b"".join(chunks).decode("utf-8", errors="replace")
    assert "13/13" in shown and "file/s" in shown
    piped = run(str(archive), "--out", str(tmp_path / "pipe.db"), "--jobs", "1")
    assert "file/s]" not in piped.stderr and "read 13" in piped.stderr


@pytest.mark.parametrize("out_name", ["out.db", "out.jsonl", "out"])
def test_a_file_name_that_is_not_utf8_is_stored_escaped_not_a_crash(tmp_path: Path, out_name: str) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "good.txt").write_text("Date: May 6, 2025\n\nDeputies arrested 13 suspects.\n", encoding="utf-8")
    bad = os.fsencode(archive) + b"/bad\xffname.txt"
    with open(bad, "w", encoding="utf-8") as handle:
        handle.write("Date: May 6, 2025\n\nDeputies arrested 12 suspects.\n")
    out = tmp_path / out_name
    args = [str(archive), "--out", str(out), "--jobs", "1", "--quiet"]
    args += ["--format", "csv"] if out_name == "out" else []
    first, second = run(*args), run(*args)
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    stored = out.read_text(encoding="utf-8") if out_name.endswith(".jsonl") else (
        "\n".join(r[0] for r in sqlite3.connect(out).execute("SELECT source FROM releases"))
        if out_name.endswith(".db") else (out / "releases.csv").read_text(encoding="utf-8-sig"))
    assert "bad\\\\xffname.txt" in stored or "bad\\xffname.txt" in stored
    assert stored.count("good.txt") == 1
