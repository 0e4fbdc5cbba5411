"""Decoding and reading: every bad input becomes a named InputError, never a crash."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractor.inputs import InputError, decode, load_path, looks_binary, read_limited


def test_utf8_text_decodes_without_warnings() -> None:
    loaded = decode("Sheriff’s Department".encode())
    assert loaded.text == "Sheriff’s Department"
    assert loaded.warnings == []


def test_cp1252_falls_back_with_a_warning() -> None:
    loaded = decode("The Sheriff’s Department said “no comment” – today.".encode("cp1252"))
    assert "Sheriff’s" in loaded.text
    assert any("not valid UTF-8" in w for w in loaded.warnings)


def test_utf8_bom_is_dropped() -> None:
    assert decode(b"\xef\xbb\xbfHello there").text == "Hello there"


def test_crlf_becomes_lf() -> None:
    assert decode(b"one\r\ntwo\rthree").text == "one\ntwo\nthree"


@pytest.mark.parametrize(("data", "kind"), [(b"", "empty"), (b"  \n\t ", "empty"),
                                            (b"\x00\x01\x02binary\x00" * 20, "binary")])
def test_empty_and_binary_inputs_are_refused_by_kind(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind == kind


def test_binary_detection_spares_ordinary_text() -> None:
    assert not looks_binary(b"Plain text with tabs\tand newlines\n")


def test_read_limited_never_reads_past_the_bound() -> None:
    data, truncated = read_limited(io.BytesIO(b"x" * 100), 10)
    assert (data, truncated) == (b"x" * 10, True)
    assert read_limited(io.BytesIO(b"abc"), 10) == (b"abc", False)


def test_truncation_inside_a_multibyte_character_keeps_the_text_valid() -> None:
    data = "café ’quoted’".encode()
    cut = data[: data.index("’".encode()) + 1]
    loaded = decode(cut, truncated=True)
    assert loaded.text == "café "
    assert "text truncated at the size bound" in loaded.warnings


def test_load_path_cuts_large_files_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    loaded = load_path(path, max_bytes=100)
    assert len(loaded.text) == 100
    assert any("truncated" in w for w in loaded.warnings)


@pytest.mark.parametrize("name", ["missing.txt", "."])
def test_unreadable_paths_raise_input_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError):
        load_path(tmp_path / name)
