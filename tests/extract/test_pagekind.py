"""Warnings for photo stories, videos, live blogs and articles split over several pages."""

from __future__ import annotations

import pytest
from lxml import html

from warta import analyze
from warta.config import Config
from warta.extract.pagekind import page_number, page_warnings

PARAGRAPH = "Warga mengungsi setelah banjir merendam rumah mereka di pesisir utara kota itu. " * 3


def _tree(body: str, head: str = "") -> object:
    return html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://contoh.id/read/judul?page=2", 2),
        ("https://contoh.id/read/judul?hal=3&utm=x", 3),
        ("https://contoh.id/read/judul/halaman-2", 2),
        ("https://contoh.id/read/judul/page/4/", 4),
        ("https://contoh.id/read/judul", None),
        ("https://contoh.id/page-turner/judul", None),
    ],
)
def test_page_number(url: str, number: int | None) -> None:
    assert page_number(url) == number


def test_kinds_by_path_segment_jsonld_and_og_type() -> None:
    assert page_warnings(_tree("<p>x</p>"), "https://contoh.id/foto/2024/05/13/judul") == ["page-kind: photo"]
    live = '<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script>'
    assert page_warnings(_tree("<p>x</p>", live), "https://contoh.id/read/judul") == ["page-kind: live"]
    video = '<meta property="og:type" content="video.other">'
    assert page_warnings(_tree("<p>x</p>", video), None) == ["page-kind: video"]
    assert page_warnings(_tree("<p>x</p>"), "https://contoh.id/photography-tips/judul") == []


def test_pagination_links_and_page_two() -> None:
    pager = '<a href="/read/judul?page=2">Halaman 2</a><a href="/read/judul?page=3">3</a>'
    assert page_warnings(_tree(pager), "https://contoh.id/read/judul") == [
        "multi-page: the article continues on other pages, which are not read"
    ]
    other = '<a href="/read/lain?page=2">Berita lain di halaman dua</a>'
    assert page_warnings(_tree(other), "https://contoh.id/read/judul") == []
    assert page_warnings(_tree(""), "https://contoh.id/read/judul?page=2")[0].startswith(
        "multi-page: this is page 2"
    )


def test_analyze_carries_the_warnings() -> None:
    page = f"<html><body><article><p>{PARAGRAPH}</p><a href='?page=2'>Halaman 2</a></article></body></html>"
    record = analyze(page, url="https://contoh.id/video/judul", config=Config(ner_model="none"))
    assert "page-kind: video" in record.warnings
    assert any(w.startswith("multi-page:") for w in record.warnings)
    assert any(w.startswith("short-body:") for w in record.warnings)


def test_a_malformed_link_is_no_pagination() -> None:
    tree = _tree('<a href="//[ccpa-preferences]/x?page=2">2</a>')
    assert page_warnings(tree, "https://contoh.id/read/judul") == []
