"""Batch runs over archive folders: lazy file discovery, a process pool with one pipeline per worker,
bounded work in flight, results in input order, resume (a recorded file unread, a stored text or content
key unextracted), every failure recorded, a progress bar and a summary."""

from __future__ import annotations

import fnmatch
import hashlib
import io
import itertools
import os
import re
import sys
import time
import unicodedata
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from extractor.writers import Writer, index_keys

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
    matched: int = 0
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
    _WORKER.clear()
    _WORKER["options"] = options
    _WORKER["known"] = known
    _WORKER["max_bytes"] = options.max_bytes


def worker_extractor() -> Any:
    """The worker's pipeline, built at its first release (a rerun that extracts nothing never builds it)."""
    if "extractor" not in _WORKER:
        from extractor.api import Extractor

        options = _WORKER["options"]
        _WORKER["extractor"] = Extractor(options.model, options.patterns, options.max_bytes)
    return _WORKER["extractor"]


def content_key(text: str) -> str:
    """Digest of the text with case, whitespace and punctuation folded away (NFKC letters and digits
    only): the same release as .txt and .pdf, re-wrapped or with curly quotes, gets the same key."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256("".join(_WORDS.findall(folded)).encode("utf-8")).hexdigest()


_WORDS = re.compile(r"[^\W_]+")


def file_stat(path: str) -> dict[str, int | None]:
    """Size and modification time (ns) recorded with each source, so a rerun can skip it unread."""
    try:
        st = os.stat(path)
    except OSError:
        return {"size": None, "mtime_ns": None}
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def load_release(path: str, max_bytes: int) -> Any:
    """Bytes to text (decoding, HTML, PDF): the costly step a recorded file skips."""
    from extractor.inputs import load_path

    return load_path(path, max_bytes)


def _own_metadata(loaded: Any) -> tuple[str | None, str | None]:
    """Title and release date of a file whose release is already stored: its own, not the stored one's
    (a re-issued release has the same text under another date)."""
    from extractor.api import coerce_date
    from extractor.metadata import read_metadata

    try:
        given = coerce_date(loaded.release_date)
    except ValueError:
        given = None
    meta = read_metadata(loaded.text, given)
    date = meta.release_date.isoformat() if meta.release_date else None
    return loaded.title or meta.title, date


def printable_path(path: str) -> str:
    """A file name as every output can store it: bytes that are not UTF-8 (decoded by the OS layer as lone
    surrogates) written as '\\xff' escapes, so the name stays readable and distinct, never a crash."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def process_file(path: str, load: Any = None) -> dict[str, Any]:
    """Plain dicts only cross the process boundary: {'record': ..., 'info': ...}, {'skipped': sha,
    'info': ...} or {'error': ...}. `info` is the source row: content key, own title and date, size, mtime.
    `load(path, max_bytes)` reads and decodes (default: a local file; the cluster passes an fsspec reader)."""
    from extractor.inputs import InputError
    from extractor.version import __version__

    try:
        info: dict[str, Any] = file_stat(path)
        loaded = (load or load_release)(path, _WORKER["max_bytes"])
        sha = hashlib.sha256(loaded.text.encode("utf-8")).hexdigest()
        info["content_key"] = key = content_key(loaded.text)
        known = _WORKER["known"]
        if f"{sha}:{__version__}" in known or f"content:{key}:{__version__}" in known:
            info["title"], info["release_date"] = _own_metadata(loaded)
            return {"source": path, "skipped": sha, "info": info}
        record = worker_extractor().extract_loaded(loaded, path).model_dump(mode="json")
        record["content_key"], record["text"] = key, loaded.text
        info["title"], info["release_date"] = record.get("title"), record.get("release_date")
        return {"source": path, "record": record, "info": info}
    except InputError as err:
        return {"source": path, "error": err.kind, "message": err.message}
    except Exception as err:  # noqa: BLE001 - one bad file must never stop the batch
        return {"source": path, "error": "extraction", "message": f"{type(err).__name__}: {err}"}


# --- driver -----------------------------------------------------------------------------------------------

class Progress:
    """A tqdm bar on stderr when it is a terminal (files done of the total, rate, time left); messages
    are printed above the bar, never over it."""

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.bar: Any = None

    def start(self, total: int | None) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        self.total = total if total is not None else self.total
        sized = _terminal_columns(self.stream) > 0  # a terminal of size 0 (some ptys) gets 80x24
        self.bar = tqdm(total=self.total, file=self.stream, unit="file", mininterval=0.2, dynamic_ncols=sized,
                        ncols=None if sized else 80, nrows=None if sized else 24, smoothing=0.1)

    def update(self, summary: Summary, force: bool = False) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"{summary.failed} failed", refresh=False)
            self.bar.update(summary.read - self.bar.n)

    def message(self, line: str, stream: TextIO) -> None:
        if self.bar is not None and stream is self.stream:
            self.bar.write(line, file=stream)
        else:
            stream.write(line + "\n")

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _terminal_columns(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 0


def count_files(paths: Sequence[Path], globs: Sequence[str], exclude: Sequence[Path]) -> int:
    """The progress bar's total: one quick walk over the names (no file is opened); a missing path
    or broken link counts too, as it is reported as a file that failed."""
    failures: list[Failure] = []
    return sum(1 for _ in discover(paths, globs, exclude, failures)) + len(failures)


class Engine(Protocol):
    """Another way to run the files (extractor.cluster.DaskEngine): its own discovery and scheduling,
    the same result handling, writers and summary as the local pool."""

    def discover(self, paths: Sequence[Path], globs: Sequence[str], exclude: Sequence[Path],
                 failures: list[Failure]) -> Iterator[str]: ...

    def run(self, files: Iterator[str], options: Options, known: set[str], handle: Any,
            flush_failures: Any) -> None: ...


def run_batch(paths: Sequence[Path], writer: Writer, options: Options, jobs: int, globs: Sequence[str],
              progress: Progress, errors: TextIO | None = None, engine: Engine | None = None) -> Summary:
    """Every matching file through `process_file` (or `engine`), results handed to `writer` in input order."""
    from extractor.version import __version__

    errors = errors or sys.stderr
    summary = Summary()
    failures: list[Failure] = []
    index = writer.index()
    known = set(index)

    def stored_sha(sha: str, key: str | None) -> str:
        return index.get(f"{sha}:{__version__}") or index.get(f"content:{key}:{__version__}") or sha

    def handle(result: dict[str, Any]) -> None:
        summary.read += 1
        source = printable_path(result["source"])
        if "record" in result:
            result["record"]["source"] = source
        if "error" in result:
            summary.failed += 1
            writer.error(source, result["error"], result["message"])
            progress.message(f"press-extract: {source}: {result['message']}", errors)
        elif "skipped" in result:
            summary.skipped += 1
            if "info" in result:  # read and recognized; a file skipped unread is recorded already
                info = result["info"]
                writer.add_source(source, stored_sha(result["skipped"], info.get("content_key")), info)
        else:
            record = result["record"]
            if writer.write(record, source):
                summary.extracted += 1
                for key in index_keys(record):
                    index.setdefault(key, record["sha256"])
                    known.add(key)
            else:
                summary.skipped += 1
            writer.add_source(source, stored_sha(record["sha256"], record.get("content_key")), result["info"])
        progress.update(summary)

    def flush_failures() -> None:
        while failures:
            f = failures.pop(0)
            handle({"source": f.source, "error": f.kind, "message": f.message})

    def unrecorded(found: Iterator[Path]) -> Iterator[str]:
        """Files to read: one whose path, size and mtime are recorded with a stored release is skipped
        here, before any reading or decoding (unless --force)."""
        for path in found:
            summary.matched += 1
            name = str(path)
            recorded = None if writer.force else writer.recorded(printable_path(name))
            if recorded is not None and f"{recorded[2]}:{__version__}" in index:
                stat = file_stat(name)
                if (stat["size"], stat["mtime_ns"]) == tuple(recorded[:2]):
                    handle({"source": name, "skipped": recorded[2]})
                    continue
            yield name

    progress.start(count_files(paths, globs, writer.outputs()) if progress.enabled else None)
    find = engine.discover if engine is not None else discover
    files = unrecorded(find(paths, globs, writer.outputs(), failures))
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
    """Files through a process pool, results handed on in input order (diffable outputs) with at most
    `jobs * IN_FLIGHT_PER_JOB` files in flight or waiting for an earlier one, so memory stays bounded.
    A worker that dies (killed, out of memory) costs the files it held, recorded as failures; a fresh
    pool takes the rest."""
    limit = jobs * IN_FLIGHT_PER_JOB
    retry: str | None = None
    while True:
        with ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(options, known)) as pool:
            window: deque[tuple[Future[dict[str, Any]], str]] = deque()
            try:
                for path in itertools.chain([retry] if retry else [], files):
                    retry = None
                    flush_failures()
                    try:
                        window.append((pool.submit(process_file, path), path))
                    except BrokenProcessPool:
                        retry = path
                        break
                    while len(window) >= limit:
                        _hand_on(*window.popleft(), handle)
                while window:
                    _hand_on(*window.popleft(), handle)
            except BaseException:
                for future, _ in window:
                    future.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        if retry is None:
            return


def _hand_on(future: Future[dict[str, Any]], path: str, handle: Any) -> None:
    """Wait for the oldest file in flight and hand its result on."""
    try:
        result = future.result()
    except Exception as err:  # noqa: BLE001 - a crashed worker is one failed file, not a failed batch
        result = {"source": path, "error": "worker", "message": f"worker failed: {err}"}
    handle(result)
