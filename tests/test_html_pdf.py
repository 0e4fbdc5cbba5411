"""HTML and PDF inputs: main text only, title and date from the page, nothing fetched or resolved."""

from __future__ import annotations

import pytest
from conftest import HTML_PAGE, minimal_pdf

from extractor.inputs import InputError, load_bytes
from extractor.inputs.html import html_to_text
from extractor.inputs.pdf import pdf_to_text


def test_html_main_text_without_menus_footers_or_scripts() -> None:
    loaded = html_to_text(HTML_PAGE.encode())
    assert "arrested 12 suspects" in loaded.text
    for noise in ("Home | News", "Copyright", "track(", "color: red"):
        assert noise not in loaded.text
    assert loaded.title == "Police Arrest 12 Suspects in Operation Test Sweep"
    assert loaded.release_date == "2024-03-05"


def test_html_external_entities_are_never_resolved() -> None:
    page = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<html><body><p>Officers arrested 3 men. &x;</p></body></html>")
    assert "root:" not in html_to_text(page).text


def test_html_fragment_and_broken_markup_still_give_text() -> None:
    loaded = html_to_text(b"<div><p>Chief Jane Roe said 4 men were arrested.<p>Unclosed <b>tags")
    assert "4 men were arrested" in loaded.text


def test_html_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        html_to_text(b"<html><head><script>var a = 1;</script></head><body>   </body></html>")


def test_pdf_text_layer_is_read() -> None:
    loaded = load_bytes(minimal_pdf("Agents seized 40 firearms."), "pdf")
    assert "Agents seized 40 firearms." in loaded.text


@pytest.mark.parametrize("data", [b"%PDF-1.4 garbage", b"not a pdf at all"])
def test_malformed_pdf_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError):
        pdf_to_text(data)
