"""The command line: JSON out, one clear line and a non-zero exit for bad input, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

SEED = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "seed-000.txt"
RELEASE = "Date: January 31, 2024\n\nSheriff Announces Results\n\nDeputies arrested 12 suspects on Jan. 22.\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_extract_prints_a_record_for_a_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(RELEASE)
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"] == str(path)
    assert record["release_date"] == "2024-01-31"
    assert record["title"] == "Sheriff Announces Results"


def test_extract_reads_standard_input(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-"], input=RELEASE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_release_date_option_overrides_the_text(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--release-date", "2020-05-05"], input=RELEASE)
    assert json.loads(result.stdout)["release_date"] == "2020-05-05"


def test_indent_pretty_prints(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--indent", "2"], input=RELEASE)
    assert result.stdout.startswith("{\n  ")


@pytest.mark.parametrize(
    ("content", "args", "code", "message"),
    [
        (b"", [], 1, "empty"),
        (b"\x00\x01\x02\x03" * 100, [], 1, "binary"),
        (RELEASE.encode(), ["--release-date", "2024-13-45"], 2, "not a date"),
    ],
)
def test_bad_input_gets_one_clear_line_and_non_zero_exit(runner: CliRunner, tmp_path: Path, content: bytes,
                                                         args: list[str], code: int, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["extract", str(path), *args])
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_broken_user_pattern_file_names_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "titles.jsonl").write_text('{"id": "a", "label": "X", "pattern": "ok"}\n{"id": "b"}\n')
    result = runner.invoke(main, ["extract", "-", "--patterns", str(tmp_path)], input=RELEASE)
    assert result.exit_code == 2
    assert "titles.jsonl:2" in result.stderr


def test_schema_is_a_json_schema_of_the_record(runner: CliRunner) -> None:
    schema = json.loads(runner.invoke(main, ["schema"]).stdout)
    assert schema["title"] == "Record"
    assert {"counts", "officials", "release_date", "sha256"} <= set(schema["properties"])


def test_schema_describes_every_field_and_lists_enumerations(runner: CliRunner) -> None:
    schema = json.loads(runner.invoke(main, ["schema"]).stdout)
    models = [schema, *schema["$defs"].values()]
    undescribed = [f"{m['title']}.{name}" for m in models for name, prop in m["properties"].items()
                   if len(prop.get("description", "")) < 10]
    assert undescribed == []
    assert all(m.get("description") for m in models)
    grain = schema["$defs"]["DateMention"]["properties"]["grain"]
    assert grain["enum"] == ["day", "month", "year"]
    assert all(word in grain["description"] for word in ("day", "month", "year"))
    assert "USD" in schema["$defs"]["Amount"]["properties"]["unit"]["description"]


def test_schema_tables_lists_the_batch_columns_from_the_field_registry(runner: CliRunner) -> None:
    from extractor.fields import FIELDS

    tables = json.loads(runner.invoke(main, ["schema", "--tables"]).stdout)
    assert {"releases", "sources", "errors", *(spec.name for spec in FIELDS)} == set(tables)
    assert tables["counts"][:2] == ["sha256", "source"] and "rule" in tables["counts"]
    assert {"text", "content_key"} <= set(tables["releases"])
    assert {"size", "mtime_ns", "title", "release_date", "content_key"} <= set(tables["sources"])


def test_missing_model_is_a_usage_error_not_a_download(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--model", "xx_no_such_model"], input=RELEASE)
    assert result.exit_code == 2
    assert "not installed" in result.stderr


def test_help_imports_neither_spacy_nor_dateparser() -> None:
    code = ("import sys\nfrom extractor.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "bad = [m for m in ('spacy', 'dateparser') if m in sys.modules]\nprint('HEAVY', bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", "-"], input=RELEASE,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert json.loads(result.stdout)["release_date"] == "2024-01-31"


def test_evaluate_prints_a_table_per_field(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    gold.write_text(json.dumps({"id": "s", "file": "seed.txt", "release_date": "2024-01-31"}) + "\n")
    result = runner.invoke(main, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["release_date"]["f1"] == 1.0
