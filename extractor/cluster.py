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

This module imports Dask; nothing else in the package does (install `press-extract[cluster]`).
"""

from __future__ import annotations

import collections
import contextlib
import fnmatch
import importlib.util
import itertools
import os
import posixpath
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from extractor import batch
from extractor.batch import Failure, Options, Progress, Summary
from extractor.writers import Writer

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
    (with a dashboard on a free port when bokeh is installed)."""
    target = parse_cluster(spec)
    if isinstance(target, int):
        dashboard = ":0" if importlib.util.find_spec("bokeh") else None
        with LocalCluster(n_workers=target, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=dashboard) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(target, timeout=timeout) as client:
            yield client


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
    return batch.run_batch(paths, writer, options, 1, globs, progress, engine=DaskEngine(client, **engine))


# --- client side ------------------------------------------------------------------------------------------

def is_url(path: Path | str) -> bool:
    return "://" in str(path)


class DaskEngine:
    """The `batch.Engine` that schedules files on a Dask cluster."""

    def __init__(self, client: Client, files_per_task: int = FILES_PER_TASK, in_flight: int | None = None) -> None:
        self.client = client
        self.files_per_task = files_per_task
        self.in_flight = in_flight
        self._failures: list[Failure] = []  # discovery's, taken into the chunks as files are pulled

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
            self._stream(files, run_id, options, handle)
        finally:
            with contextlib.suppress(Exception):  # a lost scheduler has no plugin left to remove
                self.client.unregister_worker_plugin(run_id)

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
        try:
            while True:
                while more and len(running) < window and len(order) < window * BUFFER_FACTOR:
                    entries = self._next_chunk(files)
                    if not entries:
                        more = False
                        break
                    chunk = [path for kind, path in entries if kind == "file"]
                    future = self.client.submit(extract_files, run_id, chunk, options, base, pure=False)
                    order.append((future, entries))
                    running.add(future)
                    finished.add(future)
                if not order:
                    return
                running.difference_update(finished.next_batch(block=True))  # all that finished: none left behind
                while order and order[0][0].done():
                    future, entries = order.popleft()
                    running.discard(future)
                    results = iter(task_results(future, [path for kind, path in entries if kind == "file"]))
                    for kind, item in entries:
                        handle(next(results) if kind == "file" else
                               {"source": item.source, "error": item.kind, "message": item.message})
        except BaseException:
            self.client.cancel([future for future, _ in order])
            raise


def task_results(future: Future, chunk: list[str]) -> list[dict[str, Any]]:
    """The task's per-file results; a task that failed on every worker it was given (killed them,
    say) is one error per file, as a dead process is on the local pool."""
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - a failed task is failed files, not a failed batch
        message = f"worker failed: {type(err).__name__}: {err}"
        return [{"source": path, "error": "worker", "message": message} for path in chunk]


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
    from extractor.loading import load_path

    def load_local(path: str, max_bytes: int) -> Any:
        return load_path(os.path.join(base, path), max_bytes)

    with _LOCK:
        state = _STATE.get(run_id)
        if state is None:  # the plugin has not reached this worker: build without the stored keys
            state = _STATE[run_id] = _build_state(options, set())
        batch._WORKER.clear()
        batch._WORKER.update(state)
        return [batch.process_file(path, load_url if is_url(path) else load_local) for path in paths]


def load_url(url: str, max_bytes: int) -> Any:
    """Read (at most max_bytes) and decode a file at an fsspec URL, problems named as for local files."""
    import fsspec

    from extractor.loading import InputError, decode_by_kind, read_limited

    try:
        with fsspec.open(url, "rb") as stream:
            data, truncated = read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise InputError("missing", f"no such file: {url}") from None
    except PermissionError:
        raise InputError("unreadable", f"permission denied: {url}") from None
    except (OSError, ValueError) as err:
        raise InputError("unreadable", f"cannot read {url}: {err}") from None
    return decode_by_kind(data, posixpath.splitext(url)[1].lower(), truncated)
