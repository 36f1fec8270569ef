"""Rendered formats: HTML parses to the right title and text, JSON loads, text keeps the body."""

from __future__ import annotations

import json
import random
from datetime import datetime

import lxml.html
import pytest

from warta.synth import generate_corpus
from warta.synth.outlets import OUTLETS
from warta.synth.render import Draft, render, render_html, render_json, render_txt, slugify, url_for


def _draft(title: str = "Banjir Rendam 1.200 Rumah di Garut", outlet_key: str = "kompas") -> Draft:
    outlet = next(o for o in OUTLETS if o.key == outlet_key)
    return Draft(
        title=title,
        paragraphs=[
            ["Banjir merendam 1.200 rumah di Garut, Senin (8/5/2023).", "Air setinggi 1,5 meter."],
            ['"Kami sudah mengerahkan perahu karet," kata Kepala BPBD Jawa Barat Budi Santoso.'],
            ["Warga mulai membersihkan lumpur sejak pagi."],
            ["Hingga kini, penanganan masih terus berlangsung."],
        ],
        dateline="GARUT, KOMPAS.com -",
        published=datetime(2023, 5, 9, 14, 30),
        outlet=outlet,
        url="https://regional.kompas.com/read/2023/05/09/14300001/banjir",
        caption="Petugas memeriksa lokasi kejadian di Garut, Senin. (ANTARA FOTO/Dewi Lestari)",
        writer="Dewi Lestari",
        editor="Agus Wijaya",
        tags=("banjir", "jawabarat"),
        related=[
            ("Gempa Guncang Cianjur", "https://example.invalid/a"),
            ("Harga Cabai Naik", "https://example.invalid/b"),
        ],
        section="regional",
    )


def test_body_opens_with_the_dateline() -> None:
    body = _draft().body()
    assert body.startswith("GARUT, KOMPAS.com - Banjir merendam")
    assert body.count("\n\n") == 3


def test_slugify_and_url_shape() -> None:
    assert (
        slugify('Banjir Rendam 1.200 Rumah, Warga: "Kami Lelah"')
        == "banjir-rendam-1-200-rumah-warga-kami-lelah"
    )
    url = url_for(_draft(), 12345)
    assert url == "https://regional.kompas.com/read/2023/05/09/143012345/banjir-rendam-1-200-rumah-di-garut"


@pytest.mark.parametrize("layout_outlet", ["kompas", "antara", "detik", "tempo"])
def test_html_parses_to_title_date_and_every_paragraph(layout_outlet: str) -> None:
    d = _draft('Warga: "Air <Naik> & Deras"', layout_outlet)
    page = render_html(d, random.Random(1))
    doc = lxml.html.fromstring(page)
    assert doc.xpath("string(//h1)") == d.title
    assert doc.xpath("string(//meta[@property='og:title']/@content)") == d.title
    published = doc.xpath("string(//meta[@property='article:published_time']/@content)")
    assert datetime.fromisoformat(published).utcoffset().total_seconds() == 7 * 3600
    text = doc.text_content()
    for paragraph in d.texts():
        assert paragraph in text


def test_json_record_loads_with_text_and_metadata() -> None:
    d = _draft()
    record = json.loads(render_json(d, random.Random(2)))
    assert record["title"] == d.title and record["url"] == d.url
    assert datetime.fromisoformat(record["date"]) == datetime.fromisoformat("2023-05-09T14:30:00+07:00")
    for paragraph in d.texts():
        assert paragraph in record["text"]


def test_txt_keeps_title_body_and_credit() -> None:
    d = _draft()
    text = render_txt(d, random.Random(3))
    assert text.splitlines()[0] in (d.title, "#banjir#jawabarat")
    for paragraph in d.texts():
        assert paragraph in text
    assert "Penulis: Dewi Lestari" in text and "Editor: Agus Wijaya" in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render(_draft(), "pdf", random.Random(0))


def test_generated_pages_are_valid_in_every_format() -> None:
    for a in generate_corpus(200, seed=4):
        if a.fmt == "html":
            doc = lxml.html.fromstring(a.content)
            assert doc.xpath("string(//h1)") == a.title
            assert a.body.split("\n\n")[0] in doc.text_content()
        elif a.fmt == "json":
            record = json.loads(a.content)
            assert record["title"] == a.title and record["url"] == a.url
            assert record["text"].startswith(a.body.split("\n\n")[0])
        else:
            assert a.title in a.content
            for paragraph in a.body.split("\n\n"):
                assert paragraph in a.content
