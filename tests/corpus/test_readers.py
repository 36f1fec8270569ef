"""Readers: each format, plus bad input that must become a failure, not a crash."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from warta.config import Config
from warta.corpus.readers import (
    RawArticle,
    format_of,
    read_directory,
    read_jsonl,
    read_path,
    read_source,
    read_warc,
)
from warta.store.base import Failure

CONFIG = Config(max_input_bytes=1_000_000)
PAGE = "<html><head><title>{t}</title></head><body><article><p>{t} di Jakarta.</p></article></body></html>"


def warc_record(
    url: str, html: str, *, content_type: str = "text/html; charset=utf-8", status: int = 200
) -> bytes:  # noqa: E501
    """Build one WARC/1.0 response record by hand, so tests can corrupt it precisely."""
    body = html.encode()
    http = (
        f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032d}>\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n"
        f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def articles(items: list[RawArticle | Failure]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def failures(items: list[RawArticle | Failure]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "text"),
        ("a.HTML", "html"),
        ("a.htm", "html"),
        ("a.json", "json"),
        ("a.jsonl", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.pdf", None),
        ("a.gz", "gzip"),
        ("a.md", "text"),
        ("a.xml", "feed"),
        ("a.rss", "feed"),
        ("README", "text"),
    ],
)
def test_format_of(name: str, fmt: str | None) -> None:
    assert format_of(Path(name)) == fmt


def test_jsonl_reads_fields_and_reports_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "berita.jsonl"
    lines = [
        json.dumps(
            {"text": "Harga cabai naik.", "url": "https://a.id/1", "title": "Cabai", "date": "2024-05-01"}
        ),  # noqa: E501
        "{not json",
        json.dumps({"html": "<p>Banjir di Bekasi.</p>", "url": "https://a.id/2"}),
        "",
        json.dumps({"url": "https://a.id/3"}),
        json.dumps(["a list"]),
        json.dumps({"body": "Gempa di Cianjur.", "published": "2024-05-02"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_jsonl(path, CONFIG))
    good = articles(items)
    assert [a.source_key for a in good] == [f"{path}#line1", f"{path}#line3", f"{path}#line7"]
    # Objects go on whole, for the load stage to read with the same key table as `warta analyze`.
    assert all(a.fmt == "json" for a in good)
    assert json.loads(good[0].data)["text"] == "Harga cabai naik." and good[0].url == "https://a.id/1"
    assert good[1].url == "https://a.id/2"
    assert json.loads(good[2].data)["published"] == "2024-05-02"
    bad = failures(items)
    assert [f.source for f in bad] == [f"{path}#line2", f"{path}#line5", f"{path}#line6"]
    assert [f.error.split(":")[0] for f in bad] == ["bad-jsonl", "no-article-text", "bad-jsonl"]
    assert all(f.stage == "read" for f in bad)


def test_jsonl_line_over_the_limit_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "Kecil saja."}) + "\n", encoding="utf-8"
    )
    items = list(read_jsonl(path, Config(max_input_bytes=1000)))
    assert [f.source for f in failures(items)] == [f"{path}#line1"]
    assert [json.loads(a.data)["text"] for a in articles(items)] == ["Kecil saja."]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Satu."}\n{"text": "Dua."}\n'))
    assert [json.loads(a.data)["text"] for a in articles(list(read_path(path, CONFIG)))] == ["Satu.", "Dua."]


def test_decompression_bomb_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    # 50 MB of zeros compress to ~50 kB: far past both the limit and the ratio guard.
    path.write_bytes(gzip.compress(b"0" * 50_000_000, compresslevel=9))
    items = list(read_path(path, Config(max_input_bytes=1_000_000)))
    assert articles(items) == []
    assert failures(items)[-1].error.startswith("decompression-bomb")
    assert failures(items)[-1].source == str(path)
    warc = tmp_path / "bomb.warc.gz"
    warc.write_bytes(gzip.compress(warc_record("https://a.id/1", "x" * 30_000_000), compresslevel=9))
    items = list(read_path(warc, Config(max_input_bytes=1_000_000)))
    assert articles(items) == []
    assert [f.error.split(":")[0] for f in failures(items)] == ["too-large", "decompression-bomb"]


def test_warc_reads_html_responses_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        warc_record("https://a.id/1", PAGE.format(t="Satu"))
        + warc_record("https://a.id/img", "GIF89a", content_type="image/gif")
        + warc_record("https://a.id/404", PAGE.format(t="Hilang"), status=404)
        + warc_record("https://a.id/2", PAGE.format(t="Dua"))
    )
    items = list(read_warc(path, CONFIG))
    # The image and the 404 are records of the container: accounted for as skips.
    skips = [(f.stage, f.error) for f in failures(items)]
    assert skips == [
        ("skip", "skipped-not-html: HTTP 200 image/gif"),
        ("skip", "skipped-not-html: HTTP 404 text/html"),
    ]
    got = articles(items)
    assert [a.url for a in got] == ["https://a.id/1", "https://a.id/2"]
    assert all(a.fmt == "html" for a in got)
    assert b"Dua di Jakarta" in got[1].data
    # Keys are stream offsets, so they are the same on every run.
    assert [a.source_key for a in articles(list(read_warc(path, CONFIG)))] == [a.source_key for a in got]


@pytest.mark.parametrize("compress", [False, True])
def test_corrupt_warc_record_is_a_failure_and_reading_goes_on(tmp_path: Path, compress: bool) -> None:
    corrupt = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banyak\r\n\r\nsampah\r\n\r\n"
    garbage = b"BUKAN-WARC sama sekali\r\n\r\n"
    parts = [
        warc_record("https://a.id/1", PAGE.format(t="Satu")),
        corrupt,
        warc_record("https://a.id/2", PAGE.format(t="Dua")),
        garbage,
        warc_record("https://a.id/3", PAGE.format(t="Tiga")),
    ]
    path = tmp_path / ("c.warc.gz" if compress else "c.warc")
    # Real WARC.gz files compress each record as its own gzip member.
    path.write_bytes(b"".join(gzip.compress(p) for p in parts) if compress else b"".join(parts))
    items = list(read_path(path, CONFIG))
    assert [a.url for a in articles(items)] == ["https://a.id/1", "https://a.id/2", "https://a.id/3"]
    bad = failures(items)
    assert len(bad) == 2
    assert all(f.error.startswith("corrupt-warc") and f.source.startswith(f"{path}#") for f in bad)
    assert len({f.source for f in bad} | {a.source_key for a in articles(items)}) == 5


def test_corrupt_gzip_member_is_a_failure(tmp_path: Path) -> None:
    good = [warc_record(f"https://a.id/{i}", PAGE.format(t=f"Berita {i}")) for i in range(3)]
    path = tmp_path / "g.warc.gz"
    broken = b"\x1f\x8b\x08rusak"
    path.write_bytes(gzip.compress(good[0]) + broken + gzip.compress(good[1]) + gzip.compress(good[2]))
    items = list(read_path(path, CONFIG))
    assert [a.url for a in articles(items)] == ["https://a.id/0", "https://a.id/1", "https://a.id/2"]
    assert [f.error.split(":")[0] for f in failures(items)] == ["corrupt-gzip"]


def test_directory_walk_is_recursive_sorted_and_skips_others(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Berita z.", encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE.format(t="A"), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Baris satu."}\n', encoding="utf-8")
    (tmp_path / "d.warc").write_bytes(warc_record("https://a.id/d", PAGE.format(t="D")))
    (tmp_path / "e.json").write_text('{"text": "Objek JSON."}', encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("rahasia", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("git", encoding="utf-8")
    items = list(read_directory(tmp_path, CONFIG))
    skips = sorted((Path(f.source).name, f.error.split(":")[0], f.stage) for f in failures(items))
    assert skips == [
        (".git", "skipped-hidden", "skip"),
        (".hidden.txt", "skipped-hidden", "skip"),
        ("gambar.png", "skipped-suffix", "skip"),
    ]
    keys = [a.source_key for a in articles(items)]
    assert keys == [
        str(tmp_path / "a.html"),
        f"{tmp_path / 'c.jsonl'}#line1",
        f"{tmp_path / 'd.warc'}#0",
        str(tmp_path / "e.json"),
        str(tmp_path / "b" / "z.txt"),
    ]
    formats = [a.fmt for a in articles(items)]
    assert formats == ["html", "json", "html", "json", "text"]


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    items = list(read_source(str(tmp_path / "tidak-ada"), CONFIG))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].error.startswith("not-found")


def test_single_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_bytes(b"a" * 5000)
    (item,) = list(read_path(path, Config(max_input_bytes=100)))
    assert isinstance(item, Failure) and item.error == "too-large: 5000 bytes; the limit is 100"


def test_corrupt_gzip_member_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "rusak.jsonl.gz"
    good = gzip.compress(b'{"text": "Satu."}\n')
    path.write_bytes(good + b"\x1f\x8b\x08rusak" + gzip.compress(b'{"text": "Dua."}\n'))
    items = list(read_path(path, CONFIG))
    assert [json.loads(a.data)["text"] for a in articles(items)] == ["Satu.", "Dua."]
    (bad,) = failures(items)
    assert bad.source.startswith(f"{path}#gzip@") and bad.error.startswith("corrupt-gzip")


def reasons(items: list[RawArticle | Failure]) -> list[str]:
    return [f.error.split(":")[0] for f in failures(items)]


def test_deeply_nested_json_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "dalam.jsonl"
    deep = "[" * 200_000 + "]" * 200_000
    path.write_text(f'{{"text": "Satu."}}\n{{"text": {deep}}}\n{{"text": "Dua."}}\n', encoding="utf-8")
    items = list(read_path(path, CONFIG))
    assert [json.loads(a.data)["text"] for a in articles(items)] == ["Satu.", "Dua."]
    assert reasons(items) == ["too-deep"] and failures(items)[0].source == f"{path}#line2"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("kosong.jsonl", b""),
        ("spasi.jsonl", b"  \n\n\t\n"),
        ("kosong.warc", b""),
        ("acak.warc", bytes(range(256)) * 8),
        ("kosong.warc.gz", gzip.compress(b"")),
        ("kosong.gz", b""),
    ],
)
def test_an_empty_or_recordless_container_gives_no_records(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_path(path, CONFIG))
    assert articles(items) == []
    assert "no-records" in reasons(items) or reasons(items) == ["empty"]
    assert all(f.source.startswith(str(path)) for f in failures(items))


def test_truncated_gzip_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "potong.jsonl.gz"
    whole = gzip.compress(b"".join(b'{"text": "Berita %d."}\n' % i for i in range(2000)))
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_path(path, CONFIG))
    assert articles(items) and "corrupt-gzip" in reasons(items)


def test_lone_gz_holding_jsonl_or_text(tmp_path: Path) -> None:
    (tmp_path / "a.gz").write_bytes(gzip.compress(b'{"text": "Satu."}\n{"text": "Dua."}\n'))
    (tmp_path / "b.gz").write_bytes(gzip.compress(b"Berita biasa di Jakarta."))
    items = list(read_path(tmp_path, CONFIG))
    assert [a.source_key.rsplit("/", 1)[1] for a in articles(items)] == ["a.gz#line1", "a.gz#line2", "b.gz"]


RSS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY file SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kabar</title>
<item><title>Banjir &c; Bekasi</title><link>https://a.id/1</link>
<pubDate>Tue, 07 May 2024 10:00:00 +0700</pubDate>
<content:encoded><![CDATA[<p>Banjir melanda Bekasi. &file;</p>]]></content:encoded></item>
<item><title>Tanpa isi</title><link>https://a.id/2</link></item>
<item><title>Tanggal mustahil</title><link>https://a.id/3</link><pubDate>Mon, 99 Foo 20245 99:99:99</pubDate>
<description>&lt;p&gt;Gempa di Cianjur.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title>
<entry><title>Satu</title><link href="https://a.id/a1"/><published>2024-05-02T08:00:00Z</published>
<content type="html">&lt;p&gt;Harga cabai naik di Medan.&lt;/p&gt;</content></entry>
<entry><title>Dua</title><link href="https://a.id/a2"/><updated>2024-13-45</updated>
<summary>Ringkasan berita dua.</summary></entry>
</feed>"""


def test_rss_file_items_with_entity_expansion_off(tmp_path: Path) -> None:
    path = tmp_path / "kabar.xml"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_path(path, CONFIG))
    got = articles(items)
    assert [(a.source_key, a.url, a.published) for a in got] == [
        (f"{path}#item1", "https://a.id/1", "2024-05-07"),
        (f"{path}#item3", "https://a.id/3", None),
    ]
    assert got[0].title == "Banjir  Bekasi"  # the entity is left unexpanded, not blown up
    assert "root:" not in str(got[0].data) and "Banjir melanda Bekasi" in str(got[0].data)
    assert str(got[1].data) == "<p>Gempa di Cianjur.</p>"
    (missing,) = failures(items)
    assert missing.source == f"{path}#item2" and missing.error.startswith("no-article-text")


def test_atom_file_and_bad_dates(tmp_path: Path) -> None:
    path = tmp_path / "kabar.atom"
    path.write_text(ATOM, encoding="utf-8")
    got = articles(list(read_path(path, CONFIG)))
    assert [(a.url, a.published, a.title) for a in got] == [
        ("https://a.id/a1", "2024-05-02", "Satu"),
        ("https://a.id/a2", None, "Dua"),
    ]


def test_feed_with_thousands_of_items(tmp_path: Path) -> None:
    items_xml = "".join(
        f"<item><title>Berita {i}</title><link>https://a.id/{i}</link>"
        f"<description>Isi berita {i}.</description></item>"
        for i in range(5000)
    )
    path = tmp_path / "besar.rss"
    path.write_text(f"<rss><channel>{items_xml}</channel></rss>", encoding="utf-8")
    got = articles(list(read_path(path, CONFIG)))
    assert len(got) == 5000 and got[-1].source_key == f"{path}#item5000"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<rss><channel><item>", "bad-feed"),
        ("<html><body>bukan feed</body></html>", "bad-feed"),
        ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', "unsupported"),
    ],
)
def test_not_a_feed_is_a_failure(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "x.xml"
    path.write_text(text, encoding="utf-8")
    assert reasons(list(read_path(path, CONFIG))) == [reason]


def test_a_reader_bug_becomes_the_files_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.corpus.readers as readers

    def broken(path: Path, config: Config):  # type: ignore[no-untyped-def]
        yield RawArticle(f"{path}#line1", b'{"text": "Satu."}', fmt="json")
        raise MemoryError("simulated")

    monkeypatch.setattr(readers, "read_jsonl", broken)
    (tmp_path / "a.jsonl").write_text("x\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Berita b.", encoding="utf-8")
    items = list(read_path(tmp_path, CONFIG))
    assert [a.source_key for a in articles(items)] == [f"{tmp_path}/a.jsonl#line1", f"{tmp_path}/b.txt"]
    assert reasons(items) == ["out-of-memory"] and failures(items)[0].source == f"{tmp_path}/a.jsonl"
