"""Dates in URL paths, as url evidence."""

from __future__ import annotations

import pytest

from warta.extract.urls import url_date, url_dates
from warta.record import Source


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://contoh.id/read/2024/05/13/101500/judul-berita", "2024-05-13"),
        ("https://contoh.id/2024/5/3/judul", "2024-05-03"),
        ("https://contoh.id/nasional/20240513101530-20-1095/judul", "2024-05-13"),
        ("https://contoh.id/berita/20240513/judul", "2024-05-13"),
        ("https://contoh.id/2024-05-13-judul-berita", "2024-05-13"),
        ("https://contoh.id/2024/13/40/judul", None),  # no such month or day
        ("https://contoh.id/foto/12345678/judul", None),  # an id, not a date
        ("https://contoh.id/judul?date=2024/05/13", None),  # the path only
        (None, None),
    ],
)
def test_url_date(url: str | None, date: str | None) -> None:
    assert url_date(url) == date


def test_url_dates_takes_the_first_url_with_a_date() -> None:
    found = url_dates([None, "https://contoh.id/judul", "https://contoh.id/2023/01/02/judul"])
    assert [(f.value, f.source) for f in found] == [("2023-01-02", Source.URL)]


def test_an_html_page_gets_its_url_date_below_its_metadata() -> None:
    from warta import analyze
    from warta.config import Config

    body = "<p>" + "Warga mengungsi setelah banjir merendam rumah mereka di pesisir utara. " * 12 + "</p>"
    url = "https://contoh.id/read/2024/05/13/judul"
    record = analyze(
        f"<html><body><article>{body}</article></body></html>", url=url, config=Config(ner_model="none")
    )
    assert (record.published.date, record.published.source) == ("2024-05-13", Source.URL)
    with_meta = f"<html><head><meta property='article:published_time' content='2024-05-12T23:00'></head><body><article>{body}</article></body></html>"  # noqa: E501
    record = analyze(with_meta, url=url, config=Config(ner_model="none"))
    assert (record.published.date, record.published.source) == ("2024-05-12", Source.META)
