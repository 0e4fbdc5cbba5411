"""Batch runs on a Dask cluster (`press-extract batch ... --cluster ADDRESS|local:N`).

Only the scheduling differs from the local pool: discovery (plus fsspec URLs), the per-file work
(`batch.process_file`), the result handling and the writers are the batch module's own, so every
output format, resume, idempotence and error record behave exactly as on one machine.

- Each worker builds the pipeline once, in a worker plugin (also on workers that join or restart).
- A task is a list of files; workers read the files themselves (a shared file system or any fsspec
  URL), so file bytes never pass through the client; only records come back.
- Results are handed to the writer in submission order (the order of a --jobs 1 run), through a
  bounded window of tasks, so client memory stays flat for any archive size.
- A worker that dies costs nothing: Dask runs its tasks again elsewhere, and each future's result
  is handled once (the writer would not store a release twice anyway). A task that kills every
  worker it lands on becomes one error record per file.
- `--parts` (PartsWriter): the workers write the records into one JSON Lines part per task and
  send back only their keys; the client commits each part by an atomic rename.

This module imports Dask; nothing else in the package does (install `press-extract[cluster]`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import fnmatch
import itertools
import json
import logging
import os
import posixpath
import signal
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import dask
from distributed import Client, Future, LocalCluster, as_completed, wait
from distributed.diagnostics.plugin import WorkerPlugin

from extractor import batch
from extractor.batch import Failure, Options, Progress, Summary
from extractor.writers import SOURCE_COLUMNS, OutputError, Writer, record_key, repair_torn_tail, source_row

FILES_PER_TASK = 16
"""Files in one task: large enough that scheduling costs little, small enough to spread the work."""
TASKS_PER_THREAD = 2
"""Tasks running or queued per worker thread: keeps every worker busy without a backlog."""
BUFFER_FACTOR = 4
"""Finished tasks waiting for an earlier one, at most this many times the running window."""


class ClusterSpecError(ValueError):
    """A --cluster value that is neither local:N nor a scheduler address."""


def parse_cluster(spec: str) -> str | int:
    """'local:N' -> N (worker processes on this machine); anything else is a scheduler address."""
    spec = spec.strip()
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterSpecError(f"{spec!r}: use local:N with N >= 1 worker processes")
        return int(count)
    if not spec or spec.startswith("local"):
        raise ClusterSpecError(f"{spec!r}: use a scheduler address (tcp://host:8786) or local:N")
    return spec


@contextlib.contextmanager
def connect(spec: str, timeout: str = "20s") -> Iterator[Client]:
    """A client on the scheduler at `spec`, or on a LocalCluster of N one-thread worker processes
    (its web server, and dashboard when bokeh is installed, on a free port)."""
    target = parse_cluster(spec)
    if isinstance(target, int):
        # The workers' sampling profiler takes the GIL every 10 ms from the one thread that extracts.
        with dask.config.set({"distributed.worker.profile.enabled": False}), \
                LocalCluster(n_workers=target, threads_per_worker=1, processes=True, host="127.0.0.1",
                             dashboard_address=":0") as cluster, Client(cluster) as client:
            try:
                yield client
            finally:
                quiet_shutdown(client)
    else:
        with Client(target, timeout=timeout) as client:
            yield client


def quiet_shutdown(client: Client) -> None:
    """Silence Dask's own logging in the local workers and their nannies before the cluster closes.
    A worker still heartbeating while the scheduler stops logs a traceback (a race inside
    distributed); on a cluster this run started and is about to end, that is noise on the clerk's
    terminal, not news. Nothing is lost: every failed release is already an error record."""
    for nanny in (False, True):
        with contextlib.suppress(Exception):  # a worker already gone has nothing left to say
            client.run(silence_dask_logging, nanny=nanny, on_error="ignore")


def silence_dask_logging() -> None:
    """Run in a worker or nanny process: only critical messages from distributed from now on (its
    loggers given a level of their own, as dask's logging config does, included)."""
    names = [name for name in logging.root.manager.loggerDict if name.startswith("distributed.")]
    for name in ["distributed", *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def dashboard_link(client: Client) -> str | None:
    """The scheduler's dashboard address, or None when it has none. Its web server runs even without
    bokeh (health checks), so ask the scheduler whether bokeh is there (a lambda travels by value:
    the scheduler needs no press-extract)."""
    if "dashboard" not in client.scheduler_info().get("services", {}):
        return None
    try:
        has_bokeh = client.run_on_scheduler(lambda: __import__("importlib.util").util.find_spec("bokeh") is not None)
    except Exception:  # noqa: BLE001 - no link is better than a failed run
        return None
    return client.dashboard_link if has_bokeh else None


def run_on_cluster(paths: Sequence[Path | str], writer: Writer, options: Options, client: Client,
                   globs: Sequence[str], progress: Progress, **engine: Any) -> Summary:
    """`batch.run_batch` with the files scheduled on `client`'s cluster."""
    parts = writer if isinstance(writer, PartsWriter) else None
    return batch.run_batch(paths, writer, options, 1, globs, progress,
                           engine=DaskEngine(client, parts=parts, **engine))


# --- client side ------------------------------------------------------------------------------------------

def is_url(path: Path | str) -> bool:
    return "://" in str(path)


class DaskEngine:
    """The `batch.Engine` that schedules files on a Dask cluster."""

    def __init__(self, client: Client, files_per_task: int = FILES_PER_TASK, in_flight: int | None = None,
                 parts: PartsWriter | None = None) -> None:
        self.client = client
        self.files_per_task = files_per_task
        self.in_flight = in_flight
        self.parts = parts
        self._failures: list[Failure] = []  # discovery's, taken into the chunks as files are pulled
        self._interrupted = threading.Event()

    def discover(self, paths: Sequence[Path | str], globs: Sequence[str], exclude: Sequence[Path],
                 failures: list[Failure]) -> Iterator[str]:
        """Local paths as batch.discover finds them; fsspec URLs listed here (names only)."""
        self._failures = failures
        for root in paths:
            if is_url(root):
                yield from discover_url(str(root), globs, failures)
            else:
                yield from (str(p) for p in batch.discover([Path(root)], globs, exclude, failures))

    def run(self, files: Iterator[str], options: Options, known: set[str], handle: Any,
            flush_failures: Any) -> None:
        options = Options(options.model, [Path(p).resolve() for p in options.patterns], options.max_bytes)
        run_id = f"press-extract-{uuid.uuid4().hex}"
        self.client.register_plugin(PipelinePlugin(run_id, options, frozenset(known)), name=run_id)
        try:
            with self._ctrl_c_between_tasks():
                self._stream(files, run_id, options, handle)
        finally:
            with contextlib.suppress(Exception):  # a lost scheduler has no plugin left to remove
                self.client.unregister_worker_plugin(run_id)

    @contextlib.contextmanager
    def _ctrl_c_between_tasks(self) -> Iterator[None]:
        """The first Ctrl-C sets a flag that the loop turns into KeyboardInterrupt between tasks; a
        second one interrupts at once."""
        self._interrupted.clear()
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def on_sigint(signum: int, frame: Any) -> None:
            if self._interrupted.is_set():
                raise KeyboardInterrupt
            self._interrupted.set()

        previous = signal.signal(signal.SIGINT, on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    def _window(self) -> int:
        threads = sum(self.client.nthreads().values()) or 1
        return self.in_flight or max(2, TASKS_PER_THREAD * threads)

    def _next_chunk(self, files: Iterator[str]) -> list[tuple[str, Any]]:
        """Up to files_per_task ('file', path) entries, each after the ('failure', Failure)s that
        discovery met on the way to it: handled in this order, the rows come as on --jobs 1."""
        entries: list[tuple[str, Any]] = []
        for path in itertools.islice(files, self.files_per_task):
            entries.extend(("failure", failure) for failure in self._failures)
            self._failures.clear()
            entries.append(("file", path))
        return entries

    def _stream(self, files: Iterator[str], run_id: str, options: Options, handle: Any) -> None:
        """Submit tasks while fewer than the window are running; hand results on in submission order."""
        window = self._window()
        order: collections.deque[tuple[Future, list[tuple[str, Any]]]] = collections.deque()
        running: set[Future] = set()
        finished = as_completed()
        base = os.getcwd()
        more = True
        handled = 0
        try:
            while True:
                while more and len(running) < window and len(order) < window * BUFFER_FACTOR:
                    entries = self._next_chunk(files)
                    if not entries:
                        more = False
                        break
                    chunk = [path for kind, path in entries if kind == "file"]
                    future = self._submit(run_id, chunk, options, base, len(order) + handled)
                    order.append((future, entries))
                    running.add(future)
                    finished.add(future)
                if not order:
                    return
                running.difference_update(self._finished(finished, running))
                while order and order[0][0].done():
                    future, entries = order.popleft()
                    running.discard(future)
                    results, part = task_results(future, [path for kind, path in entries if kind == "file"])
                    for kind, item in entries:
                        handle(next(results) if kind == "file" else
                               {"source": item.source, "error": item.kind, "message": item.message})
                    if self.parts is not None:
                        self.parts.commit(part, handled)
                    handled += 1
        except BaseException:
            self.client.cancel([future for future, _ in order])
            raise
        finally:
            if self.parts is not None:
                self.parts.clean()

    def _finished(self, finished: as_completed, running: set[Future]) -> list[Future]:
        """Every task finished by now (none left behind), waiting for one; Ctrl-C is taken here, between
        tasks, so that it never lands inside Dask's own code (a future's finalizer would swallow it)."""
        while True:
            if self._interrupted.is_set():
                raise KeyboardInterrupt
            done = finished.next_batch(block=False)
            if done or not running:
                return done
            with contextlib.suppress(TimeoutError, asyncio.TimeoutError):  # the same class from Python 3.11
                wait(list(running), timeout=0.2, return_when="FIRST_COMPLETED")

    def _submit(self, run_id: str, chunk: list[str], options: Options, base: str, number: int) -> Future:
        if self.parts is None:
            return self.client.submit(extract_files, run_id, chunk, options, base, pure=False)
        part = str(self.parts.temporary(number).resolve())
        return self.client.submit(extract_files_to_part, run_id, chunk, options, base, part, pure=False)


def task_results(future: Future, chunk: list[str]) -> tuple[Iterator[dict[str, Any]], tuple[str, int] | None]:
    """The task's per-file results, and the part it wrote (file, record count) if any. A task that
    failed on every worker it was given (killed them, say) is one error per file, as a dead process
    is on the local pool."""
    try:
        result = future.result()
    except Exception as err:  # noqa: BLE001 - a failed task is failed files, not a failed batch
        message = f"worker failed: {type(err).__name__}: {err}"
        return iter([{"source": path, "error": "worker", "message": message} for path in chunk]), None
    if isinstance(result, dict):
        return iter(result["results"]), result["part"]
    return iter(result), None


def discover_url(url: str, globs: Sequence[str], failures: list[Failure]) -> Iterator[str]:
    """Files under an fsspec URL (recursive, sorted), named by the URL as given plus their relative path."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isfile(root):
            yield url
            return
        if not fs.isdir(root):
            failures.append(Failure(url, "missing", f"no such file or folder: {url}"))
            return
    except (ImportError, ValueError, OSError) as err:
        failures.append(Failure(url, "unreadable", f"cannot open {url}: {err}"))
        return
    prefix = url.rstrip("/")
    root = root.rstrip("/")
    for name in _walk(fs, root, url, failures):
        if any(fnmatch.fnmatch(posixpath.basename(name).lower(), g.lower()) for g in globs):
            yield f"{prefix}/{posixpath.relpath(name, root)}"


def _walk(fs: Any, folder: str, url: str, failures: list[Failure]) -> Iterator[str]:
    try:
        entries = sorted(fs.ls(folder, detail=True), key=lambda e: e["name"])
    except OSError as err:
        failures.append(Failure(f"{url}", "unreadable", f"cannot list {folder}: {err}"))
        return
    yield from (e["name"] for e in entries if e["type"] != "directory")  # files first, as os.walk
    for entry in entries:
        if entry["type"] == "directory":
            yield from _walk(fs, entry["name"].rstrip("/"), url, failures)


# --- partitioned output ---------------------------------------------------------------------------------

class PartsWriter:
    """`--parts`: OUT is a folder of JSON Lines parts, `part-<run>-<task>.jsonl`, one per task, written
    by the workers (the records never pass through the client) and committed by the client with an
    atomic rename once it has checked each key (a release already stored, or met earlier in the run,
    is left out: nothing is stored twice). `errors.jsonl` and `sources.jsonl` are written beside them.
    A part is there whole or not at all; files of a killed or interrupted run that were never
    committed (`.part-*.tmp`) are removed by the next run. One run at a time per folder."""

    def __init__(self, out: Path, force: bool = False) -> None:
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out} is a file; --parts needs a folder")
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.force = force
        for stale in out.glob(".part-*.tmp*"):
            stale.unlink()
        self._keys = set() if force else _keys_in_parts(out)
        self._seen = _lines_in(out / "sources.jsonl", ("source", "sha256")) | _lines_in(
            out / "errors.jsonl", ("source", "kind", "message"))  # reruns record each once
        self._accepted: set[str] = set()
        self.run = f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        self.errors = _open_appending(out / "errors.jsonl")
        self.sources = _open_appending(out / "sources.jsonl")

    def outputs(self) -> list[Path]:
        return [self.out]

    def known(self) -> set[str]:
        return set(self._keys)

    def index(self) -> dict[str, str]:
        return {key: key.split(":", 1)[0] for key in self._keys}

    def recorded(self, source: str) -> None:
        """Parts keep no file sizes and times: every file is read again and skipped by its key."""
        return None

    def write(self, record: dict[str, Any], source: str) -> bool:
        """`record` holds only the keys (the worker wrote the rest into its part)."""
        key = record_key(record)
        if key in self._keys:
            return False
        self._keys.add(key)
        self._accepted.add(key)
        return True

    def add_source(self, source: str, sha256: str, info: dict[str, Any] | None = None) -> None:
        if (source, sha256) not in self._seen:
            self._seen.add((source, sha256))
            _append_line(self.sources, dict(zip(SOURCE_COLUMNS, source_row(source, sha256, info), strict=True)))

    def error(self, source: str, kind: str, message: str) -> None:
        if (source, kind, message) not in self._seen:
            self._seen.add((source, kind, message))
            _append_line(self.errors, {"source": source, "kind": kind, "message": message,
                                       "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})

    def temporary(self, number: int) -> Path:
        return self.out / f".part-{self.run}-{number:06d}.tmp"

    def commit(self, part: tuple[str, int] | None, number: int) -> None:
        """Rename the task's part (its file and record count) into place. Only when some of its records
        were not accepted (met earlier) does the client read it, to rewrite it without them."""
        accepted, self._accepted = self._accepted, set()
        if part is None:
            return
        source, final = Path(part[0]), self.out / f"part-{self.run}-{number:06d}.jsonl"
        if len(accepted) == part[1]:
            os.replace(source, final)
            return
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = []
        for line in lines:  # the first line of each accepted key: that is the one the client counted
            key = record_key(json.loads(line))
            if key in accepted:
                accepted.discard(key)
                kept.append(line)
        if not kept:
            source.unlink()
            return
        if len(kept) < len(lines):
            source.write_text("".join(kept), encoding="utf-8")
        os.replace(source, final)

    def clean(self) -> None:
        """Remove what tasks wrote and no one committed (a killed attempt; after an interrupt, a task
        still running writes its file later: the next run removes it)."""
        for orphan in self.out.glob(".part-*.tmp*"):
            with contextlib.suppress(OSError):
                orphan.unlink()

    def close(self) -> None:
        self.errors.close()
        self.sources.close()


def _lines_in(path: Path, fields: tuple[str, ...]) -> set[tuple[Any, ...]]:
    """The (fields...) of every whole line of a JSON Lines file already written (a torn last line is not)."""
    seen: set[tuple[Any, ...]] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError, AttributeError):
                item = json.loads(line)
                seen.add(tuple(item.get(f) for f in fields))
    return seen


def _keys_in_parts(out: Path) -> set[str]:
    keys: set[str] = set()
    for part in sorted(out.glob("part-*.jsonl")):
        with part.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                try:
                    keys.add(record_key(json.loads(line)))
                except (json.JSONDecodeError, KeyError, TypeError):
                    raise OutputError(f"{part}:{number}: not a press-extract record") from None
    return keys


def _open_appending(path: Path) -> Any:
    repair_torn_tail(path)
    return path.open("a", encoding="utf-8")


def _append_line(fh: Any, value: dict[str, Any]) -> None:
    fh.write(json.dumps(value, ensure_ascii=False) + "\n")
    fh.flush()


# --- worker side ------------------------------------------------------------------------------------------

_STATE: dict[str, dict[str, Any]] = {}
_LOCK = threading.Lock()


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline once per worker for one run (and on any worker that joins later)."""

    def __init__(self, run_id: str, options: Options, known: frozenset[str]) -> None:
        self.run_id, self.options, self.known = run_id, options, known

    def setup(self, worker: Any) -> None:
        with _LOCK:
            _STATE[self.run_id] = _build_state(self.options, set(self.known))

    def teardown(self, worker: Any) -> None:
        with _LOCK:
            _STATE.pop(self.run_id, None)


def _build_state(options: Options, known: set[str]) -> dict[str, Any]:
    batch.init_worker(options, known)
    return dict(batch._WORKER)


def extract_files(run_id: str, paths: list[str], options: Options, base: str) -> list[dict[str, Any]]:
    """One task: each file read here on the worker (relative paths from the client's folder) and
    extracted by batch.process_file. Threads of one worker take turns on its pipeline."""
    from extractor.inputs import load_path

    def load_local(path: str, max_bytes: int) -> Any:
        return load_path(os.path.join(base, path), max_bytes)

    with _LOCK:
        state = _STATE.get(run_id)
        if state is None:  # no plugin here (yet, or the run is over): build one, not kept, without the keys
            state = _build_state(options, set())
        batch._WORKER.clear()
        batch._WORKER.update(state)
        results = [batch.process_file(path, load_url if is_url(path) else load_local) for path in paths]
    for path, result in zip(paths, results, strict=True):  # size and time of the file read, from the client's folder
        if "info" in result and not is_url(path):
            result["info"].update(batch.file_stat(os.path.join(base, path)))
    return results


def extract_files_to_part(run_id: str, paths: list[str], options: Options, base: str, part: str
                          ) -> dict[str, Any]:
    """One task of a --parts run: the records go into a file of their own (`part` plus a name for this
    attempt, synced to disk) and only their keys go back; the client commits the file by renaming it."""
    results = extract_files(run_id, paths, options, base)
    attempt = f"{part}.{uuid.uuid4().hex[:8]}"
    written = 0
    with open(attempt, "w", encoding="utf-8") as fh:
        for result in results:
            if "record" in result:
                result["record"].pop("text", None)  # parts are JSON Lines without texts (no --include-text)
                fh.write(json.dumps(result["record"], ensure_ascii=False) + "\n")
                result["record"] = {key: result["record"][key] for key in ("sha256", "extractor_version")}
                written += 1
        fh.flush()
        os.fsync(fh.fileno())
    return {"results": results, "part": (attempt, written) if written else None}


def load_url(url: str, max_bytes: int) -> Any:
    """Read (at most max_bytes) and decode a file at an fsspec URL, problems named as for local files."""
    import fsspec

    from extractor.inputs import InputError, format_for_suffix, load_bytes, read_limited

    try:
        with fsspec.open(url, "rb") as stream:
            data, truncated = read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise InputError("missing", f"no such file: {url}") from None
    except PermissionError:
        raise InputError("unreadable", f"permission denied: {url}") from None
    except (OSError, ValueError) as err:
        raise InputError("unreadable", f"cannot read {url}: {err}") from None
    return load_bytes(data, format_for_suffix(posixpath.splitext(url)[1]), truncated, source=url)
