"""The `press-extract` command line. Heavy modules load inside commands so `--help` is instant."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import click

from extractor.version import __version__

EXIT_FAILED = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"press-extract: error: {message}", err=True)
    sys.exit(code)


def parse_release_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def pipeline_options(func: Any) -> Any:
    """--model and --patterns, shared by every command that builds a pipeline."""
    func = click.option("--patterns", "pattern_dirs", multiple=True,
                        type=click.Path(exists=True, file_okay=False, path_type=Path),
                        help="Extra folder of rule files (JSON Lines); may repeat.")(func)
    func = click.option("--model", default=None, metavar="NAME",
                        help="An installed spaCy pipeline to use instead of blank English.")(func)
    return func


def make_extractor(model: str | None, pattern_dirs: tuple[Path, ...], max_bytes: int | None = None) -> Any:
    from extractor.api import Extractor
    from extractor.inputs import DEFAULT_MAX_BYTES
    from extractor.patterns import PatternFileError, check_rule_names

    try:
        check_rule_names(pattern_dirs)
        return Extractor(model=model, patterns=pattern_dirs, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    except (PatternFileError, ValueError) as err:
        fail(str(err), EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="press-extract")
def main() -> None:
    """Extract dates, officials, operations, agencies, counts and amounts from press releases."""


def parse_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from extractor.inputs import check_encoding

    try:
        return check_encoding(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@main.command()
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True, path_type=str))
@click.option("--indent", type=click.IntRange(0, 8), default=None, help="Pretty-print with N spaces.")
@click.option("--release-date", callback=parse_release_date, metavar="YYYY-MM-DD",
              help="Override the release date found in the text.")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Cut larger inputs at this many bytes (default 5,000,000), with a warning.")
@click.option("--encoding", callback=parse_encoding, metavar="NAME",
              help="Read the bytes in this encoding (cp1252, latin-1, ...) instead of guessing.")
@click.option("--input-format", type=click.Choice(["txt", "md", "html", "pdf"]), default=None,
              help="Read FILE as this format (default: from its suffix; for - or an unknown "
                   "suffix, PDF and HTML are recognized by their bytes, anything else is text).")
@click.option("--include-text", is_flag=True,
              help="Add the decoded text the offsets point into, as the record's 'text'.")
@pipeline_options
def extract(file: str, indent: int | None, release_date: dt.date | None, max_bytes: int | None,
            encoding: str | None, input_format: str | None, include_text: bool,
            model: str | None, pattern_dirs: tuple[Path, ...]) -> None:
    """Extract one release (FILE, or - for standard input) and print its record as JSON."""
    from extractor.inputs import DEFAULT_MAX_BYTES, InputError, load_bytes, load_path, read_limited

    limit = max_bytes or DEFAULT_MAX_BYTES
    try:
        if file == "-":
            data, truncated = read_limited(sys.stdin.buffer, limit)
            loaded = load_bytes(data, input_format, truncated, encoding, source="<stdin>")
            source = "<stdin>"
        else:
            loaded, source = load_path(file, limit, encoding, input_format), file
    except InputError as err:
        fail(f"{file}: {err.message}")
    extractor = make_extractor(model, pattern_dirs, limit)
    try:
        record = extractor.extract_loaded(loaded, source, release_date, include_text=include_text)
    except Exception as err:  # noqa: BLE001 - one line, never a traceback, whatever the text holds
        fail(f"{file}: extraction failed ({type(err).__name__}: {err}); please report this file")
    click.echo(json.dumps(record.model_dump(mode="json"), indent=indent, ensure_ascii=False))


def check_cluster(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A usage error for a malformed --cluster, without importing Dask."""
    spec = (value or "").strip()
    if spec.startswith("local") and not re.fullmatch(r"local:[1-9][0-9]*", spec):
        raise click.BadParameter(f"{value!r}: use local:N (N >= 1 worker processes) or a scheduler address")
    return value


def cluster_module() -> Any:
    """extractor.cluster, the only module that imports Dask, or a usage error naming the extra."""
    try:
        import extractor.cluster
    except ImportError as err:
        fail(f"--cluster needs Dask ({err}); install it with: pip install 'press-extract[cluster]'", EXIT_USAGE)
    return extractor.cluster


def open_parts(out: Path, force: bool) -> Any:
    """--parts: OUT is a folder of JSON Lines parts written by the workers."""
    return cluster_module().PartsWriter(out, force)


def batch_on_cluster(spec: str, inputs: list[Any], writer: Any, options: Any, globs: Any, progress: Any,
                     quiet: bool) -> Any:
    """The batch on a Dask cluster; Dask is imported here only. The dashboard link is printed once."""
    from extractor.cluster import connect, dashboard_link, run_on_cluster
    with contextlib.ExitStack() as stack:
        try:
            client = stack.enter_context(connect(spec))
        except (OSError, TimeoutError) as err:
            writer.close()
            fail(f"cannot reach the Dask scheduler at {spec}: {err}")
        link = dashboard_link(client)
        if link and not quiet:
            click.echo(f"press-extract: Dask dashboard: {link}", err=True)
        return run_on_cluster(inputs, writer, options, client, globs, progress)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="OUT.jsonl, OUT.db / OUT.sqlite, or a folder for CSV tables.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "sqlite"]), default=None,
              help="Output format (default: from OUT's suffix).")
@click.option("--jobs", type=click.IntRange(1, 256), default=None, help="Worker processes (default: all cores).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="File names to read (default: *.txt *.md *.html *.htm *.pdf); may repeat.")
@click.option("--force", is_flag=True, help="Re-extract releases already stored.")
@click.option("--include-text", is_flag=True,
              help="Also store each release's decoded text in JSON Lines (key `text`) and CSV (releases.csv "
                   "column `text`); SQLite always stores it.")
@click.option("--csv-bom/--no-csv-bom", default=True, show_default=True,
              help="Start CSV files with a UTF-8 byte order mark (spreadsheet programs need it for ’ and é).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Cut larger files at this many bytes (default 5,000,000), with a warning.")
@click.option("--cluster", default=None, metavar="ADDRESS|local:N", callback=check_cluster,
              help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or local:N worker "
                   "processes here; PATHs may then be fsspec URLs (needs press-extract[cluster]).")
@click.option("--parts", is_flag=True,
              help="With --cluster: OUT is a folder of JSON Lines parts, one per task, written by the workers.")
@pipeline_options
def batch(paths: tuple[str, ...], out: Path, fmt: str | None, jobs: int | None, globs: tuple[str, ...],
          force: bool, include_text: bool, csv_bom: bool, quiet: bool, max_bytes: int | None, cluster: str | None,
          parts: bool, model: str | None,
          pattern_dirs: tuple[Path, ...]) -> None:
    """Extract every release under PATH... (files or folders, recursive) into OUT.

    Exit status: 0 when every file was extracted (or already stored), 1 when some failed (see the
    errors in the output and on stderr), 2 for a usage error, 130 when interrupted (run again to finish).
    """
    import os

    from extractor.batch import DEFAULT_GLOBS, Options, Progress, run_batch
    from extractor.inputs import DEFAULT_MAX_BYTES
    from extractor.writers import OutputError, format_for, open_writer

    if parts and (not cluster or fmt):
        fail("--parts needs --cluster, and takes no --format (the parts are JSON Lines)", EXIT_USAGE)
    if cluster:
        cluster_module()  # is Dask installed? (asked before any output is opened)
    make_extractor(model, pattern_dirs)  # fail fast on a bad model or rule file, before any worker starts
    fmt = fmt or format_for(out)
    try:
        writer = open_parts(out, force) if parts else open_writer(out, fmt, force, include_text, csv_bom)
    except (OutputError, OSError) as err:
        fail(str(err), EXIT_USAGE)
    options = Options(model, pattern_dirs, max_bytes or DEFAULT_MAX_BYTES)
    progress = Progress(None, sys.stderr, enabled=not quiet and sys.stderr.isatty())
    inputs = [p if "://" in p else Path(p) for p in paths]  # URLs (for --cluster) kept as written
    try:
        if cluster:
            summary = batch_on_cluster(cluster, inputs, writer, options, globs or DEFAULT_GLOBS, progress, quiet)
        else:
            summary = run_batch(inputs, writer, options, jobs or os.cpu_count() or 1, globs or DEFAULT_GLOBS,
                                progress)
    except KeyboardInterrupt:
        writer.close()
        click.echo("press-extract: interrupted; what was stored is complete, run again to finish", err=True)
        sys.exit(130)
    writer.close()
    if not quiet:
        click.echo(f"press-extract: {summary.line()}", err=True)
    if summary.matched == 0:
        searched = " ".join(str(p) for p in paths)
        fail(f"no file to read: nothing under {searched} matches {' '.join(globs or DEFAULT_GLOBS)}; "
             f"choose other names with --glob PATTERN")
    sys.exit(EXIT_FAILED if summary.failed else 0)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the site into (index.html and one page per release).")
@click.option("--open", "open_browser", is_flag=True, help="Open the index in the default browser.")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Cut larger release files at this many bytes (default 5,000,000), with a warning.")
@pipeline_options
def review(inputs: tuple[Path, ...], out: Path, open_browser: bool, max_bytes: int | None,
           model: str | None, pattern_dirs: tuple[Path, ...]) -> None:
    """Write a static review site for INPUT... into OUT: every fact highlighted in its release.

    INPUT is release files or folders (extracted now), or a batch output (a SQLite database, or JSON
    Lines; its texts are shown when stored, else re-read from their files when unchanged). Exit
    status 1 when some input could not be read or some release's text could not be shown.
    """
    from extractor.review import build_site, read_inputs

    summary = build_site(read_inputs(inputs, lambda: make_extractor(model, pattern_dirs, max_bytes), max_bytes),
                         out)
    for failure in summary.failures:
        click.echo(f"press-extract: error: {failure.source}: {failure.message}", err=True)
    for source, why in summary.without_text:
        click.echo(f"press-extract: {source}: text not shown: {why}", err=True)
    for source, which in summary.misplaced:
        click.echo(f"press-extract: {source}: not highlighted: {which}", err=True)
    index = (out / "index.html").resolve()
    click.echo(f"press-extract: {summary.pages} release page(s) in {out}; open {index}", err=True)
    if open_browser:
        click.launch(index.as_uri())
    sys.exit(EXIT_FAILED if summary.failures or summary.without_text else 0)


@main.command()
@click.option("--indent", type=click.IntRange(0, 8), default=2)
@click.option("--tables", is_flag=True, help="Print the batch outputs' tables and their columns instead.")
def schema(indent: int, tables: bool) -> None:
    """Print the JSON Schema of the record (every field described), or with --tables the columns of the
    CSV and SQLite tables `batch` writes."""
    if tables:
        from extractor.writers import ERROR_COLUMNS, SOURCE_COLUMNS, table_columns

        layout = dict(table_columns(), sources=SOURCE_COLUMNS, errors=ERROR_COLUMNS)
        click.echo(json.dumps(layout, indent=indent))
        return
    from extractor.models import Record

    click.echo(json.dumps(Record.model_json_schema(mode="serialization"), indent=indent))


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="List every miss, release by release.")
@pipeline_options
def evaluate(gold: Path, as_json: bool, errors: bool, model: str | None,
             pattern_dirs: tuple[Path, ...]) -> None:
    """Score extraction against a gold JSON Lines file (files are read beside it)."""
    from extractor.evaluate import Scores, format_table, score_release
    from extractor.inputs import InputError

    extractor = make_extractor(model, pattern_dirs)
    scores = Scores()
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            path = gold.parent / item["file"]
        except (json.JSONDecodeError, KeyError, TypeError):
            fail(f"{gold}:{number}: not a gold line (a JSON object with a 'file' key)", EXIT_USAGE)
        try:
            record = extractor.extract_file(path)
        except InputError as err:
            fail(f"{path}: {err.message}")
        score_release(record.model_dump(mode="json"), item, scores)
    if as_json:
        result: dict[str, Any] = {"scores": scores.as_dict()}
        if errors:
            result["misses"] = [vars(m) for m in scores.misses]
        click.echo(json.dumps(result, indent=2, default=str))
        return
    if errors:
        for miss in scores.misses:
            click.echo(f"{miss.release}\t{miss.field}\t{miss.kind}\t{miss.value}")
        click.echo()
    click.echo(format_table(scores))
