"""`press-extract batch --cluster`: on a real Dask LocalCluster (2 worker processes) and on a separately
started `dask scheduler` with two `dask worker` processes, the outputs equal those of `--jobs 1`."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fsspec
import pytest
from distributed import Client, LocalCluster

from extractor.batch import DEFAULT_GLOBS, Options, Progress, Summary, run_batch
from extractor.cluster import DaskEngine, PartsWriter, connect, run_on_cluster
from extractor.writers import SqliteWriter, Writer, open_writer

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
VOLATILE = {"sources": ("seen_at",), "errors": ("id", "at")}  # timestamps and row ids, nothing else
TABLES = ("meta", "releases", "officials", "operations", "agencies", "counts", "amounts", "dates",
          "sources", "errors")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as dask_client:
        yield dask_client


def quiet() -> Progress:
    return Progress(None, io.StringIO(), enabled=False)


def local_run(paths: list[Any], out: Path, fmt: str) -> Summary:
    """The reference: the same archive with --jobs 1."""
    writer = open_writer(out, fmt)
    try:
        return run_batch(paths, writer, Options(), 1, DEFAULT_GLOBS, quiet(), errors=io.StringIO())
    finally:
        writer.close()


def cluster_run(paths: list[Any], writer: Writer, client: Client, **engine: Any) -> Summary:
    try:
        return run_on_cluster(paths, writer, Options(), client, DEFAULT_GLOBS, quiet(), **engine)
    finally:
        writer.close()


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in storage order, without the timestamp and row-id columns."""
    con = sqlite3.connect(db)
    try:
        result = {}
        for table in TABLES:
            cursor = con.execute(f"SELECT * FROM {table} ORDER BY rowid")  # noqa: S608 - fixed names
            names = [d[0] for d in cursor.description]
            keep = [i for i, name in enumerate(names) if name not in VOLATILE.get(table, ())]
            result[table] = [tuple(row[i] for i in keep) for row in cursor]
        return result
    finally:
        con.close()


def jsonl_lines(path: Path, drop: str | None = None) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row.pop(drop, None)
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def csv_rows(folder: Path) -> dict[str, list[list[str]]]:
    result = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        if path.name == "errors.csv":
            rows = [row[:3] for row in rows]  # without the time
        result[path.name] = rows
    return result


def assert_same_tables(actual: Path, expected: Path) -> None:
    got, want = tables(actual), tables(expected)
    for table in TABLES:
        assert got[table] == want[table], table
    assert len(want["releases"]) == 9 and len(want["errors"]) == 3  # the archive's good and bad files


def test_cluster_run_has_the_same_rows_in_every_sqlite_table_as_jobs_1(
        archive: Path, tmp_path: Path, client: Client) -> None:
    local_run([archive], tmp_path / "local.db", "sqlite")
    summary = cluster_run([archive], SqliteWriter(tmp_path / "cluster.db"), client, files_per_task=3)
    assert (summary.read, summary.extracted, summary.skipped, summary.failed) == (13, 9, 1, 3)
    assert_same_tables(tmp_path / "cluster.db", tmp_path / "local.db")


def test_cluster_run_writes_the_same_json_lines_and_csv_tables_as_jobs_1(
        archive: Path, tmp_path: Path, client: Client) -> None:
    for fmt, name in (("jsonl", "out.jsonl"), ("csv", "tables")):
        local_run([archive], tmp_path / "local" / name, fmt)
        cluster_run([archive], open_writer(tmp_path / "cluster" / name, fmt), client, files_per_task=2)
    local, cluster = tmp_path / "local", tmp_path / "cluster"
    assert (cluster / "out.jsonl").read_text() == (local / "out.jsonl").read_text()  # same records, same order
    assert len(jsonl_lines(local / "out.jsonl")) == 9
    assert jsonl_lines(cluster / "out.sources.jsonl") == jsonl_lines(local / "out.sources.jsonl")
    assert jsonl_lines(cluster / "out.errors.jsonl", "at") == jsonl_lines(local / "out.errors.jsonl", "at")
    assert csv_rows(cluster / "tables") == csv_rows(local / "tables")


class KillingWriter:
    """A writer that, when the first record arrives, starts a thread that kills the process of a worker
    busy with a task (SIGKILL: no goodbye to the scheduler; its nanny starts a fresh worker) while the
    run goes on."""

    def __init__(self, inner: Writer, client: Client) -> None:
        self.inner, self.client, self.killed = inner, client, None
        self.thread: threading.Thread | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def write(self, record: dict[str, Any], source: str) -> bool:
        if self.thread is None:
            pids = self.client.run(os.getpid)
            self.thread = threading.Thread(target=self._kill_a_busy_worker, args=(pids,), daemon=True)
            self.thread.start()
        return self.inner.write(record, source)

    def _kill_a_busy_worker(self, pids: dict[str, int]) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = [address for address, keys in self.client.processing().items() if keys and address in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                self.killed = pids[busy[0]]
                return
            time.sleep(0.005)


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(
        archive: Path, tmp_path: Path, client: Client) -> None:
    _add_more(archive)  # more tasks, so that work is in flight when the kill comes
    local_run([archive], tmp_path / "local.db", "sqlite")
    writer = KillingWriter(SqliteWriter(tmp_path / "cluster.db"), client)
    summary = cluster_run([archive], writer, client, files_per_task=1, in_flight=4)
    writer.thread.join()
    assert writer.killed is not None
    client.wait_for_workers(2, timeout=60)
    assert writer.killed not in client.run(os.getpid).values()  # the killed process is gone for good
    assert summary.failed == 3  # only the archive's bad files: the killed worker's task ran again
    got, want = tables(tmp_path / "cluster.db"), tables(tmp_path / "local.db")
    assert got == want
    assert len(want["releases"]) == 9 + len(SAMPLES) * 10


def _add_more(archive: Path) -> int:
    for i, sample in enumerate(SAMPLES * 10):
        (archive / "more" / f"m{i:02d}.txt").parent.mkdir(exist_ok=True)
        (archive / "more" / f"m{i:02d}.txt").write_text(sample.read_text() + f"\n\nReference {i}.\n")
    return len(SAMPLES) * 10


def parts_of(folder: Path, finished: bool = True) -> str:
    """The committed parts, concatenated in name order (runs, then tasks, in order)."""
    assert not finished or not list(folder.glob(".part-*")), "an uncommitted part was left behind"
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("part-*.jsonl")))


def test_parts_written_by_the_workers_hold_the_records_of_jobs_1_in_order(
        archive: Path, tmp_path: Path, client: Client) -> None:
    local_run([archive], tmp_path / "local.jsonl", "jsonl")
    summary = cluster_run([archive], PartsWriter(tmp_path / "parts"), client, files_per_task=2)
    assert (summary.read, summary.extracted, summary.skipped, summary.failed) == (13, 9, 1, 3)
    assert len(list((tmp_path / "parts").glob("part-*.jsonl"))) > 1
    assert parts_of(tmp_path / "parts") == (tmp_path / "local.jsonl").read_text()
    assert jsonl_lines(tmp_path / "parts" / "sources.jsonl") == jsonl_lines(tmp_path / "local.sources.jsonl")
    assert jsonl_lines(tmp_path / "parts" / "errors.jsonl", "at") == jsonl_lines(tmp_path / "local.errors.jsonl", "at")
    again = cluster_run([archive], PartsWriter(tmp_path / "parts"), client)
    assert (again.extracted, again.skipped) == (0, 10)
    assert parts_of(tmp_path / "parts") == (tmp_path / "local.jsonl").read_text()


class InterruptingWriter:
    """Ctrl-C (KeyboardInterrupt) when the third record arrives."""

    def __init__(self, inner: Writer) -> None:
        self.inner, self.seen = inner, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def write(self, record: dict[str, Any], source: str) -> bool:
        self.seen += 1
        if self.seen == 3:
            raise KeyboardInterrupt
        return self.inner.write(record, source)


def test_parts_lose_and_double_nothing_when_a_worker_is_killed_or_the_run_interrupted(
        archive: Path, tmp_path: Path, client: Client) -> None:
    more = _add_more(archive)
    local_run([archive], tmp_path / "local.jsonl", "jsonl")
    want = sorted((tmp_path / "local.jsonl").read_text().splitlines())
    parts = PartsWriter(tmp_path / "parts")
    with pytest.raises(KeyboardInterrupt):
        run_batch([archive], InterruptingWriter(parts), Options(), 1, DEFAULT_GLOBS, quiet(), io.StringIO(),
                  engine=DaskEngine(client, files_per_task=1, in_flight=4, parts=parts))
    parts.close()
    assert 0 < len(parts_of(tmp_path / "parts", finished=False).splitlines()) < len(want)
    parts = PartsWriter(tmp_path / "parts")
    killing = KillingWriter(parts, client)
    summary = run_batch([archive], killing, Options(), 1, DEFAULT_GLOBS, quiet(), io.StringIO(),
                        engine=DaskEngine(client, files_per_task=1, in_flight=4, parts=parts))
    parts.close()
    killing.thread.join()
    assert killing.killed is not None and summary.failed == 3
    client.wait_for_workers(2, timeout=60)
    assert sorted(parts_of(tmp_path / "parts").splitlines()) == want
    assert len(want) == 9 + more


def test_files_at_a_file_url_are_read_by_the_workers(tmp_path: Path, client: Client) -> None:
    folder = tmp_path / "archive"
    for i, sample in enumerate(SAMPLES):
        (folder / f"y{i % 2}").mkdir(parents=True, exist_ok=True)
        (folder / f"y{i % 2}" / f"r{i}.txt").write_bytes(sample.read_bytes())
    local_run([folder], tmp_path / "local.jsonl", "jsonl")
    summary = cluster_run([f"file://{folder}"], open_writer(tmp_path / "url.jsonl", "jsonl"), client)
    assert (summary.extracted, summary.failed) == (len(SAMPLES), 0)
    local_text = (tmp_path / "local.jsonl").read_text()
    url_text = (tmp_path / "url.jsonl").read_text()
    assert f'"source": "file://{folder}/y0/r0.txt"' in url_text
    assert url_text.replace(f"file://{folder}", str(folder)) == local_text


def _fill_memory_fs(files: dict[str, bytes]) -> None:
    fs = fsspec.filesystem("memory")
    for path, data in files.items():
        fs.pipe_file(path, data)


def test_files_on_an_fsspec_memory_url_are_read_by_the_workers_not_the_client(
        tmp_path: Path, client: Client) -> None:
    """Each process has its own memory file system: the workers hold the releases, the client only
    empty files of the same names (enough to list them). Records with the real texts prove that the
    workers read the bytes."""
    texts = {f"/press/{i % 2}/r{i}.txt": sample.read_bytes() for i, sample in enumerate(SAMPLES)}
    texts["/press/1/skip.csv"] = b"not,a,release\n"
    client.run(_fill_memory_fs, texts)
    _fill_memory_fs({path: b"" for path in texts})
    for path, data in texts.items():
        (tmp_path / "disk" / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "disk" / path.lstrip("/")).write_bytes(data)
    local_run([tmp_path / "disk" / "press"], tmp_path / "local.jsonl", "jsonl")
    summary = cluster_run(["memory://press"], open_writer(tmp_path / "mem.jsonl", "jsonl"), client)
    assert (summary.read, summary.extracted, summary.failed) == (len(SAMPLES), len(SAMPLES), 0)
    mem_text = (tmp_path / "mem.jsonl").read_text()
    assert '"source": "memory://press/0/r0.txt"' in mem_text
    assert mem_text.replace("memory://press", str(tmp_path / "disk" / "press")) == \
        (tmp_path / "local.jsonl").read_text()
    fsspec.filesystem("memory").rm("/press", recursive=True)


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", "batch", *args], capture_output=True, text=True,
                          timeout=300, env=ENV, cwd=cwd)


def _many(root: Path, files: int) -> Path:
    for i in range(files):
        (root / f"d{i % 3}").mkdir(parents=True, exist_ok=True)
        (root / f"d{i % 3}" / f"f{i:03d}.txt").write_text(SAMPLES[i % len(SAMPLES)].read_text() + f"\n\nRef {i}.\n")
    return root


def _log_levels() -> dict[str, int]:
    import logging
    return {name: logging.getLogger(name).getEffectiveLevel()
            for name in ("distributed", "distributed.worker", "distributed.nanny", "distributed.comm")}


def test_a_local_cluster_is_silenced_before_it_closes_so_its_shutdown_races_print_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker heartbeating while the scheduler stops logs a traceback (a race inside distributed,
    seen once on Ctrl-C in CI). While a run lasts, workers and nannies log as Dask configures them;
    when connect() is left, every distributed logger there is set to critical before the cluster closes."""
    import logging

    from extractor import cluster

    seen: list[tuple[Any, Any]] = []

    def silence_and_look(session: Client) -> None:
        real_quiet_shutdown(session)
        seen.append((session.run(_log_levels), session.run(_log_levels, nanny=True)))

    real_quiet_shutdown = cluster.quiet_shutdown
    monkeypatch.setattr(cluster, "quiet_shutdown", silence_and_look)
    with pytest.raises(KeyboardInterrupt), connect("local:1") as session:
        during = session.run(_log_levels), session.run(_log_levels, nanny=True)
        raise KeyboardInterrupt
    assert {level for levels in during for per in levels.values() for level in per.values()} <= \
        {logging.INFO, logging.WARNING}
    assert [{level for per in levels.values() for level in per.values()} for levels in seen[0]] == \
        [{logging.CRITICAL}] * 2


def test_ctrl_c_stops_a_cluster_run_cleanly_and_the_same_command_resumes(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT) once the first task's releases are stored: many tasks of 16 files are still to come."""
    FILES = 120  # noqa: N806 - a constant of this test
    archive = _many(tmp_path / "archive", FILES)
    out = tmp_path / "cluster.db"
    command = [sys.executable, "-m", "extractor", "batch", str(archive), "--out", str(out), "--cluster", "local:2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    stored = 0
    deadline = time.monotonic() + 120
    while stored == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        if out.exists():
            with contextlib.suppress(sqlite3.OperationalError):  # the tables are being created
                stored = len(tables(out)["releases"])
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    interrupted = len(tables(out)["releases"])
    assert 0 < interrupted < FILES
    again = cli(str(archive), "--out", str(out), "--cluster", "local:2")
    assert again.returncode == 0, again.stderr
    assert f"extracted {FILES - interrupted}, skipped as already stored {interrupted}, failed 0" in again.stderr
    local_run([archive], tmp_path / "local.db", "sqlite")
    got, want = tables(out), tables(tmp_path / "local.db")
    assert sorted(got["releases"]) == sorted(want["releases"])
    for table in ("officials", "agencies", "counts", "amounts", "dates", "sources"):
        assert sorted(map(str, got[table])) == sorted(map(str, want[table])), table


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def scheduler_and_two_workers(tmp_path: Path) -> Iterator[str]:
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1, started in another folder than
    the client's (so relative input paths must be resolved for them), stopped afterwards."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    elsewhere = tmp_path / "workers-cwd"
    elsewhere.mkdir()
    dask = [sys.executable, "-m", "dask"]
    procs = [subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                               "--no-dashboard"], cwd=elsewhere, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for name in ("w1", "w2"):
            procs.append(subprocess.Popen([*dask, "worker", address, "--name", name, "--nthreads", "1",
                                           "--host", "127.0.0.1", "--no-dashboard"], cwd=elsewhere, env=ENV,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with Client(address, timeout="60s") as probe:
            probe.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_a_separate_scheduler_and_two_workers_give_the_same_records_as_jobs_1(
        archive: Path, tmp_path: Path, scheduler_and_two_workers: str) -> None:
    local = cli("archive", "--out", "local.db", "--jobs", "1", cwd=archive.parent)
    result = cli("archive", "--out", "cluster.db", "--cluster", scheduler_and_two_workers, cwd=archive.parent)
    assert result.returncode == local.returncode == 1, result.stderr  # the archive's bad files
    assert "read 13, extracted 9, skipped as already stored 1, failed 3" in result.stderr
    assert "dashboard" not in result.stderr  # the scheduler runs without one
    assert_same_tables(archive.parent / "cluster.db", archive.parent / "local.db")


def test_without_cluster_dask_is_never_imported(archive: Path, tmp_path: Path) -> None:
    script = ("import sys\nfrom extractor.cli import main\n"
              "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec')))\n")
    result = subprocess.run([sys.executable, "-c", script, "batch", str(archive), "--out", str(tmp_path / "o.db"),
                             "--jobs", "2", "--quiet"], capture_output=True, text=True, env=ENV, timeout=300)
    assert result.stdout.strip() == "[]", result.stderr
    assert len(tables(tmp_path / "o.db")["releases"]) == 9  # the run itself happened


def test_the_parts_command_on_local_2_gives_the_json_lines_of_jobs_1(archive: Path, tmp_path: Path) -> None:
    local = cli(str(archive), "--out", str(tmp_path / "local.jsonl"), "--jobs", "1")
    result = cli(str(archive), "--out", str(tmp_path / "parts"), "--parts", "--cluster", "local:2")
    assert result.returncode == local.returncode == 1, result.stderr  # the archive's bad files
    assert "read 13, extracted 9, skipped as already stored 1, failed 3" in result.stderr
    assert parts_of(tmp_path / "parts") == (tmp_path / "local.jsonl").read_text()
    assert jsonl_lines(tmp_path / "parts" / "errors.jsonl", "at") == jsonl_lines(tmp_path / "local.errors.jsonl", "at")


def test_parts_need_a_cluster(tmp_path: Path) -> None:
    result = cli(str(tmp_path), "--out", str(tmp_path / "parts"), "--parts")
    assert result.returncode == 2
    assert "--parts needs --cluster" in result.stderr


@pytest.mark.parametrize("spec", ["local:0", "local:x", "local"])
def test_a_malformed_cluster_value_is_a_usage_error(tmp_path: Path, spec: str) -> None:
    result = cli(str(tmp_path), "--out", str(tmp_path / "o.db"), "--cluster", spec)
    assert result.returncode == 2
    assert "local:N" in result.stderr


def test_without_dask_installed_cluster_is_a_clear_usage_error(tmp_path: Path) -> None:
    script = ("import sys\nsys.modules['distributed'] = None  # as if Dask were not installed\n"
              "from extractor.cli import main\nmain(sys.argv[1:])\n")
    result = subprocess.run([sys.executable, "-c", script, "batch", str(tmp_path), "--out", str(tmp_path / "o.db"),
                             "--cluster", "local:2"], capture_output=True, text=True, env=ENV, timeout=300)
    assert result.returncode == 2
    assert "pip install 'press-extract[cluster]'" in result.stderr
    assert "Traceback" not in result.stderr
