"""`press-extract batch`: every output format, errors, exit status, resume after a kill, shared databases."""

from __future__ import annotations

import csv
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
    with (out / "releases.csv").open() as fh:
        releases = {row["sha256"] for row in csv.DictReader(fh)}
    assert len(releases) == GOOD_FILES - 1
    with (out / "counts.csv").open() as fh:
        counts = list(csv.DictReader(fh))
    assert counts and {row["sha256"] for row in counts} <= releases
    with (out / "errors.csv").open() as fh:
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
    with (out / "releases.csv").open() as fh:
        shas = sorted(row["sha256"] for row in csv.DictReader(fh))
    with (out / "counts.csv").open() as fh:
        counts = sorted(f"{row['sha256']}{row['value']}{row['item']}" for row in csv.DictReader(fh))
    return shas + counts


def test_fault_injection_kills_at_random_moments_never_lose_or_duplicate(tmp_path: Path) -> None:
    archive = _big_archive(tmp_path / "a", 30)
    out = tmp_path / "out.db"
    rng = random.Random(7)
    for _ in range(4):
        stored = _progress(out)
        _kill_midway([str(archive), "--out", str(out), "--jobs", "2", "--quiet"], out,
                     after=stored + rng.randint(1, 4), total=30)
        shas = db_rows(out, "SELECT sha256 FROM releases")
        assert len(shas) == len(set(shas))
        orphans = db_rows(out, "SELECT COUNT(*) FROM counts WHERE sha256 NOT IN (SELECT sha256 FROM releases)")
        assert orphans == [(0,)]
    assert run(str(archive), "--out", str(out), "--jobs", "2", "--quiet").returncode == 0
    assert (
        len(db_rows(out, "SELECT DISTINCT sha256 FROM releases")) == len(db_rows(out, "SELECT * FROM releases")) == 30
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
