import json

import pytest

from warta import BadInput, analyze
from warta.config import Config
from warta.stages.load import sniff_format
from warta.text.decode import decode


def test_json_object_input() -> None:
    doc = {
        "title": "Harga Cabai Naik",
        "text": "Jakarta (ANTARA) - Harga cabai naik di pasar.",
        "url": "https://x.id/a",
        "date": "2023-05-10T08:00:00+07:00",
    }
    record = analyze(json.dumps(doc))
    assert record.title == "Harga Cabai Naik"
    assert record.url == "https://x.id/a"
    assert record.published.date == "2023-05-10" and record.published.source == "json"


def test_html_input_uses_metadata() -> None:
    html = """<html><head><title>x</title><meta property="og:title" content="Harga Cabai Naik Tajam">
    <meta property="article:published_time" content="2023-05-10T09:00:00+07:00"></head>
    <body><article><p>Jakarta (ANTARA) - Harga cabai rawit naik tajam di pasar induk Kramat Jati pekan ini.</p>  # noqa: E501
    <p>Baca juga: <a href="https://x.id/b">Harga Bawang Turun</a></p>
    <p>Pedagang mengatakan pasokan dari daerah berkurang karena hujan deras yang terus turun.</p></article></body></html>"""  # noqa: E501
    record = analyze(html)
    assert record.title == "Harga Cabai Naik Tajam"
    assert record.published.date == "2023-05-10" and not record.published.inferred
    assert [(r.title, r.url) for r in record.related_links] == [("Harga Bawang Turun", "https://x.id/b")]
    assert "Baca juga" not in record.body


def test_cp1252_bytes_are_decoded() -> None:
    data = "Jakarta - Caf\u00e9 di Bandung ramai dikunjungi warga sejak pagi hari ini.".encode("cp1252")
    assert "Caf\u00e9" in analyze(data).body


@pytest.mark.parametrize(
    "data, reason", [(b"", "empty"), (b"   \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary")]
)
def test_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(BadInput, match=reason):
        analyze(data, name="x.txt")


def test_too_large() -> None:
    with pytest.raises(BadInput, match="too large"):
        decode(b"a" * 2000, Config(max_input_bytes=1000))


@pytest.mark.parametrize(
    "text, fmt", [('{"text": "a"}', "json"), ("<html><p>x</p></html>", "html"), ("Teks biasa.", "text")]
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_html_caption_class_in_any_case_but_not_the_headline() -> None:
    html = """<html><head><meta property="og:title" content="Ekspor Batu Bara Turun"></head><body>
    <h1 class="detailsTitleCaption">Ekspor Batu Bara Turun</h1>
    <div class="detailsCaption">Tongkang melintas di Sungai Mahakam, Samarinda. - Bisnis/Rachman</div>
    <article><p>Nilai ekspor batu bara Indonesia pada semester pertama turun delapan persen.</p>
    <p>Penurunan terutama disebabkan melemahnya harga batu bara acuan di pasar global tahun ini.</p></article>
    </body></html>"""
    record = analyze(html, config=Config(ner_model="none"))
    assert record.image is not None
    assert record.image.caption == "Tongkang melintas di Sungai Mahakam, Samarinda."
    assert record.image.credit == "Bisnis/Rachman"
    assert "Samarinda" in {e.canonical for e in record.entities if e.field == "caption"}


def test_invisible_characters_do_not_split_words() -> None:
    text = "Presiden Joko Wi\u200bdodo tiba di Sura\u2060baya, Jawa\u00adTimur.\ufeff Tim\u200cnas menang."
    assert decode(text, Config()) == "Presiden Joko Widodo tiba di Surabaya, JawaTimur. Timnas menang."
    record = analyze(
        "Presiden Joko Wi\u200bdodo tiba di Sura\u200dbaya pada Senin pagi untuk meninjau banjir."
    )
    assert {"Joko Widodo", "Surabaya"} <= {e.canonical for e in record.entities}


def test_joiners_outside_latin_words_are_kept() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji made of three
    assert decode(f"Keluarga {family} berlibur ke Bali.", Config()) == f"Keluarga {family} berlibur ke Bali."
