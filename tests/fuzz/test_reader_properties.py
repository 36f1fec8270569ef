"""Property tests: each reader, fed arbitrary bytes, never raises and accounts for every record."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.config import Config
from warta.corpus.inputs import InputFile
from warta.corpus.readers import RawArticle, read_input
from warta.errors import WartaError
from warta.store.base import Failure

CONFIG = Config(max_input_bytes=50_000)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PAGE = "<html><body><article><p>{}</p></article></body></html>"


def read(data: bytes, name: str, fmt: str) -> list[RawArticle | Failure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(read_input(InputFile(path, fmt), CONFIG))
        assert all(
            (i.source_key if isinstance(i, RawArticle) else i.source).startswith(str(path)) for i in items
        )
        return items


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["text", "html", "title", "url", "date"]), inner, max_size=4)
    ),
    max_leaves=12,
)
jsonl_line = st.one_of(
    json_values.map(json.dumps),
    st.text(max_size=60),
    st.binary(max_size=60).map(lambda b: b.decode("latin-1")),
)


@SETTINGS
@given(st.lists(jsonl_line, min_size=1, max_size=12), st.booleans())
def test_jsonl_accounts_for_every_nonblank_line(lines: list[str], compress: bool) -> None:
    encoded = [line.replace("\n", " ").replace("\r", " ").encode("utf-8", "surrogatepass") for line in lines]
    data = b"\n".join(encoded) + b"\n"
    items = read(gzip.compress(data) if compress else data, "a.jsonl.gz" if compress else "a.jsonl", "jsonl")
    keyed = {(i.source_key if isinstance(i, RawArticle) else i.source).rsplit("#", 1)[-1] for i in items}
    for number, line in enumerate(encoded, start=1):
        if line.strip():
            assert f"line{number}" in keyed
    if not any(line.strip() for line in encoded):
        assert [i.error.split(":")[0] for i in items if isinstance(i, Failure)] == ["no-records"]


def warc_record(url: str, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: "
        + url.encode()
        + b"\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
        + http
        + b"\r\n\r\n"
    )


@SETTINGS
@given(st.binary(max_size=400), st.integers(0, 3), st.booleans())
def test_warc_never_raises_and_reads_the_intact_records_before_damage(
    junk: bytes, good: int, compress: bool
) -> None:
    records = b"".join(warc_record(f"https://a.id/{i}", PAGE.format(i).encode()) for i in range(good))
    data = records + junk
    items = read(gzip.compress(data) if compress else data, "a.warc.gz" if compress else "a.warc", "warc")
    articles = [i for i in items if isinstance(i, RawArticle)]
    assert len(articles) >= good
    assert items  # an empty result would be an unaccounted file


@SETTINGS
@given(st.binary(max_size=2000))
def test_html_and_text_files_give_one_item_and_analyze_raises_only_warta_errors(data: bytes) -> None:
    (item,) = read(data, "a.html", "html")
    if isinstance(item, RawArticle):
        try:
            warta.analyze(item.data, name=item.source_key)
        except WartaError:
            pass


feed_item = st.builds(
    lambda title, body, date, link: (
        f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>{body}</description></item>"
    ),
    st.text(
        alphabet=st.characters(blacklist_characters="<&\x00", blacklist_categories=["Cs", "Cc"]), max_size=20
    ),
    st.text(
        alphabet=st.characters(blacklist_characters="<&\x00", blacklist_categories=["Cs", "Cc"]), max_size=60
    ),
    st.sampled_from(["Tue, 07 May 2024 10:00:00 +0700", "2024-13-45", "", "kemarin", "Mon, 99 Foo 20245"]),
    st.sampled_from(["https://a.id/1", "", "javascript:alert(1)"]),
)


@SETTINGS
@given(st.lists(feed_item, max_size=8), st.binary(max_size=20))
def test_feed_gives_one_item_per_entry_or_one_file_failure(entries: list[str], tail: bytes) -> None:
    data = f"<rss><channel>{''.join(entries)}</channel></rss>".encode() + tail
    items = read(data, "a.xml", "feed")
    keys = [i.source_key if isinstance(i, RawArticle) else i.source for i in items]
    if all(k.endswith(f"#item{n}") for n, k in enumerate(keys, start=1)) and keys:
        assert len(keys) == len(entries)
    else:
        assert len(items) == 1 and isinstance(items[0], Failure)  # unparseable or empty: one row
