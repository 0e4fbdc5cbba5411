"""Batch runs over archive folders: lazy file discovery, a process pool with one pipeline per worker,
bounded work in flight, resume by sha256, every failure recorded, a progress line and a summary."""

from __future__ import annotations

import fnmatch
import hashlib
import itertools
import os
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from extractor.writers import Writer

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.pdf")
IN_FLIGHT_PER_JOB = 4


@dataclass
class Options:
    model: str | None = None
    patterns: Sequence[Path] = ()
    max_bytes: int = 5_000_000


@dataclass
class Summary:
    read: int = 0
    extracted: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def line(self) -> str:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        return (f"read {self.read}, extracted {self.extracted}, skipped as already stored {self.skipped}, "
                f"failed {self.failed} in {self.seconds:.1f}s ({rate:.1f} files/s)")


@dataclass
class Failure:
    source: str
    kind: str
    message: str


def discover(paths: Sequence[Path], globs: Sequence[str], exclude: Sequence[Path], failures: list[Failure]
             ) -> Iterator[Path]:
    """Files under `paths` (recursive, sorted, lazily), matching `globs`. Symlinked folders are not
    followed (no loops); broken links, the output itself and unreadable folders become failures."""
    exclude_real = tuple(os.path.realpath(p) for p in exclude)
    for root in paths:
        if not os.path.lexists(root):
            failures.append(Failure(str(root), "missing", f"no such file or folder: {root}"))
            continue
        if os.path.isfile(root):
            yield from _checked(Path(root), exclude_real, failures)
            continue
        for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: failures.append(
                Failure(str(e.filename), "unreadable", f"cannot list folder: {e.strerror}"))):
            dirnames.sort()
            for name in sorted(filenames):
                if any(fnmatch.fnmatch(name.lower(), g.lower()) for g in globs):
                    yield from _checked(Path(dirpath) / name, exclude_real, failures)


def _checked(path: Path, exclude_real: tuple[str, ...], failures: list[Failure]) -> Iterator[Path]:
    real = os.path.realpath(path)
    if any(real == out or real.startswith(out + os.sep) for out in exclude_real):
        failures.append(Failure(str(path), "output", "this path is the batch's own output; not read as input"))
        return
    if path.is_symlink() and not path.exists():
        failures.append(Failure(str(path), "missing", "broken symbolic link"))
        return
    yield path


# --- worker side ------------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def init_worker(options: Options, known: set[str]) -> None:
    from extractor.api import Extractor

    _WORKER["extractor"] = Extractor(options.model, options.patterns, options.max_bytes)
    _WORKER["known"] = known
    _WORKER["max_bytes"] = options.max_bytes


def process_file(path: str, load: Any = None) -> dict[str, Any]:
    """Plain dicts only cross the process boundary: {'record': ...}, {'skipped': sha} or {'error': ...}.
    `load(path, max_bytes)` reads and decodes (default: a local file; the cluster passes an fsspec reader)."""
    from extractor.loading import InputError, load_path
    from extractor.version import __version__

    try:
        loaded = (load or load_path)(path, _WORKER["max_bytes"])
        sha = hashlib.sha256(loaded.text.encode("utf-8")).hexdigest()
        if f"{sha}:{__version__}" in _WORKER["known"]:
            return {"source": path, "skipped": sha}
        record = _WORKER["extractor"].extract_loaded(loaded, path)
        return {"source": path, "record": record.model_dump(mode="json")}
    except InputError as err:
        return {"source": path, "error": err.kind, "message": err.message}
    except Exception as err:  # noqa: BLE001 - one bad file must never stop the batch
        return {"source": path, "error": "extraction", "message": f"{type(err).__name__}: {err}"}


# --- driver -----------------------------------------------------------------------------------------------

class Progress:
    """One self-rewriting line on stderr (files done, rate, time left) when stderr is a terminal."""

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.last = 0.0

    def update(self, summary: Summary, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.2):
            return
        self.last = now
        rate = summary.read / summary.seconds if summary.seconds > 0 else 0.0
        left = ""
        if self.total and rate > 0:
            left = f", {max(0.0, (self.total - summary.read) / rate):.0f}s left"
        of = f"/{self.total}" if self.total else ""
        self.stream.write(f"\r{summary.read}{of} files, {rate:.1f}/s{left}, {summary.failed} failed   ")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")


class Engine(Protocol):
    """Another way to run the files (extractor.cluster.DaskEngine): its own discovery and scheduling,
    the same result handling, writers and summary as the local pool."""

    def discover(self, paths: Sequence[Path], globs: Sequence[str], exclude: Sequence[Path],
                 failures: list[Failure]) -> Iterator[str]: ...

    def run(self, files: Iterator[str], options: Options, known: set[str], handle: Any,
            flush_failures: Any) -> None: ...


def run_batch(paths: Sequence[Path], writer: Writer, options: Options, jobs: int, globs: Sequence[str],
              progress: Progress, errors: TextIO = sys.stderr, engine: Engine | None = None) -> Summary:
    summary = Summary()
    failures: list[Failure] = []
    known = writer.known()

    def handle(result: dict[str, Any]) -> None:
        summary.read += 1
        source = result["source"]
        if "error" in result:
            summary.failed += 1
            writer.error(source, result["error"], result["message"])
            errors.write(f"press-extract: {source}: {result['message']}\n")
        elif "skipped" in result:
            summary.skipped += 1
            writer.add_source(source, result["skipped"])
        else:
            record = result["record"]
            if writer.write(record, source):
                summary.extracted += 1
                known.add(f"{record['sha256']}:{record['extractor_version']}")
            else:
                summary.skipped += 1
            writer.add_source(source, record["sha256"])
        progress.update(summary)

    def flush_failures() -> None:
        while failures:
            f = failures.pop(0)
            handle({"source": f.source, "error": f.kind, "message": f.message})

    find = engine.discover if engine is not None else discover
    files = (str(p) for p in find(paths, globs, writer.outputs(), failures))
    try:
        if engine is not None:
            engine.run(files, options, known, handle, flush_failures)
        elif jobs <= 1:
            init_worker(options, known)
            for path in files:
                flush_failures()
                handle(process_file(path))
        else:
            _run_pool(files, options, jobs, known, handle, flush_failures)
        flush_failures()
    finally:
        progress.update(summary, force=True)
        progress.finish()
    return summary


def _run_pool(files: Iterator[str], options: Options, jobs: int, known: set[str], handle: Any,
              flush_failures: Any) -> None:
    """Files through a process pool with bounded work in flight. A worker that dies (killed, out of
    memory) costs the files it held, recorded as failures; a fresh pool takes the rest."""
    limit = jobs * IN_FLIGHT_PER_JOB
    retry: str | None = None
    while True:
        with ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(options, known)) as pool:
            pending: dict[Future[dict[str, Any]], str] = {}
            try:
                for path in itertools.chain([retry] if retry else [], files):
                    retry = None
                    flush_failures()
                    try:
                        pending[pool.submit(process_file, path)] = path
                    except BrokenProcessPool:
                        retry = path
                        break
                    if len(pending) >= limit:
                        _drain(pending, handle, until=limit - 1)
                _drain(pending, handle, until=0)
            except BaseException:
                for future in pending:
                    future.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        if retry is None:
            return


def _drain(pending: dict[Future[dict[str, Any]], str], handle: Any, until: int) -> None:
    """Hand finished results on until at most `until` remain in flight."""
    while len(pending) > until:
        done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in done:
            path = pending.pop(future)
            try:
                result = future.result()
            except Exception as err:  # noqa: BLE001 - a crashed worker is one failed file, not a failed batch
                result = {"source": path, "error": "worker", "message": f"worker failed: {err}"}
            handle(result)
