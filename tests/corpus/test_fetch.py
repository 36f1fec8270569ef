"""Feed and sitemap fetching against a tiny HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from corpus.website import PAGE, Site, rss, serve
from warta.config import Config
from warta.corpus import fetch
from warta.corpus.fetch import Fetcher, FetchError, hosts_of, parse_listing, read_feed
from warta.corpus.readers import RawArticle
from warta.store.base import Failure


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as state:
        yield state


def fetcher(site: Site, config: Config | None = None, **kwargs: float) -> Fetcher:
    options = {"min_interval_s": 0.0, "retries": 2, "backoff_s": 0.01} | kwargs
    return Fetcher(config or Config(fetch_timeout_s=5), hosts_of([site.base]), **options)  # type: ignore[arg-type]


def split(items: list[RawArticle | Failure]) -> tuple[list[RawArticle], list[Failure]]:
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, Failure)]


def test_feed_items_are_fetched_and_robots_disallow_is_honoured(site: Site) -> None:
    site.add("/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", "text/plain")
    site.add("/berita/1", PAGE.format("Harga beras naik di Jakarta."))
    site.add("/rahasia/2", PAGE.format("Tidak boleh diambil."))
    site.add("/rss", rss(site, [("Beras", f"{site.base}/berita/1"), ("Rahasia", f"{site.base}/rahasia/2")]))
    with fetcher(site) as f:
        got, bad = split(list(read_feed(f"{site.base}/rss", Config(), fetcher=f)))
    assert [a.source_key for a in got] == [f"{site.base}/berita/1"]
    assert got[0].title == "Beras" and got[0].published == "2024-05-01" and got[0].fmt == "html"
    assert b"Harga beras naik" in got[0].data
    assert [(b.source, b.error.split(":")[0]) for b in bad] == [
        (f"{site.base}/rahasia/2", "robots-disallowed")
    ]
    assert "/rahasia/2" not in [path for path, _ in site.hits]


def test_hosts_outside_the_allow_list_are_not_fetched(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "MIN_INTERVAL_S", 0.0)
    other = f"http://localhost:{site.port}/berita/3"  # same server, but not an allowed host name
    site.add("/berita/1", PAGE.format("Satu."))
    site.add("/rss", rss(site, [("Satu", f"{site.base}/berita/1"), ("Lain", other)]))
    got, bad = split(list(read_feed(f"{site.base}/rss", Config(fetch_timeout_s=5))))
    assert [a.url for a in got] == [f"{site.base}/berita/1"]
    assert [(b.source, b.error.split(":")[0]) for b in bad] == [(other, "host-not-allowed")]
    # An explicit allow-list replaces the default (the feed's own host).
    config = Config(fetch_timeout_s=5, fetch_allowed_hosts=("localhost",))
    (failure,) = list(read_feed(f"{site.base}/rss", config))
    assert isinstance(failure, Failure) and failure.error.startswith("host-not-allowed")


def test_redirect_to_a_foreign_host_is_refused(site: Site) -> None:
    site.add("/pindah", "", status=302, Location=f"http://localhost:{site.port}/berita/1")
    site.add("/ok", "", status=301, Location="/berita/1")
    site.add("/berita/1", PAGE.format("Satu."))
    with fetcher(site) as f:
        assert f.get(f"{site.base}/ok").url == f"{site.base}/berita/1"
        with pytest.raises(FetchError) as caught:
            f.get(f"{site.base}/pindah")
    assert caught.value.reason == "host-not-allowed"


def test_sitemap_index_and_news_sitemap(site: Site) -> None:
    site.add(
        "/sitemap.xml",
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.base}/news.xml</loc></sitemap></sitemapindex>",
        "application/xml",
    )
    site.add(
        "/news.xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{site.base}/a</loc><news:news><news:publication_date>2024-05-03T10:00:00+07:00"
        "</news:publication_date><news:title>Gempa Cianjur</news:title></news:news></url>"
        f"<url><loc>{site.base}/b</loc><lastmod>2024-05-04</lastmod></url></urlset>",
        "application/xml",
    )
    site.add("/a", PAGE.format("Gempa."))
    site.add("/b", PAGE.format("Banjir."))
    with fetcher(site) as f:
        got, bad = split(list(read_feed(f"{site.base}/sitemap.xml", Config(), fetcher=f)))
    assert bad == []
    assert [(a.url, a.title, a.published) for a in got] == [
        (f"{site.base}/a", "Gempa Cianjur", "2024-05-03"),
        (f"{site.base}/b", None, "2024-05-04"),
    ]


def test_seen_entries_are_not_fetched(site: Site) -> None:
    site.add("/a", PAGE.format("A."))
    site.add("/b", PAGE.format("B."))
    site.add("/rss", rss(site, [("A", f"{site.base}/a"), ("B", f"{site.base}/b")]))
    with fetcher(site) as f:
        items = list(read_feed(f"{site.base}/rss", Config(), fetcher=f, seen=lambda url: url.endswith("/a")))
    assert [i.source_key for i in items if isinstance(i, RawArticle)] == [f"{site.base}/b"]
    assert "/a" not in [path for path, _ in site.hits]


def test_unreachable_feed_is_a_failure() -> None:
    with socket.socket() as sock:  # find a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/rss"
    with Fetcher(
        Config(fetch_timeout_s=2), hosts_of([url]), min_interval_s=0, retries=1, backoff_s=0.01
    ) as f:
        (failure,) = list(read_feed(url, Config(), fetcher=f))
    assert isinstance(failure, Failure)
    assert failure.source == url and failure.stage == "fetch"
    assert failure.error.startswith("robots-unreachable")


def test_retries_with_backoff_then_success(site: Site) -> None:
    site.add("/a", PAGE.format("A."))
    site.flaky["/a"] = 2
    with fetcher(site, retries=3, backoff_s=0.05) as f:
        started = time.monotonic()
        assert f.get(f"{site.base}/a").status == 200
        elapsed = time.monotonic() - started
    assert [p for p, _ in site.hits].count("/a") == 3
    assert elapsed >= 0.05 + 0.1 - 0.01  # two waits: 0.05 s, then 0.1 s
    site.flaky["/a"] = 5
    with fetcher(site, retries=1) as f, pytest.raises(FetchError) as caught:
        f.get(f"{site.base}/a")
    assert caught.value.reason == "http-status"


def test_size_limit(site: Site) -> None:
    site.add("/besar", "x" * 5000)
    with (
        fetcher(site, Config(fetch_max_bytes=1000, fetch_timeout_s=5)) as f,
        pytest.raises(FetchError) as caught,
    ):
        f.get(f"{site.base}/besar")
    assert caught.value.reason == "too-large"


def test_per_host_rate_limit(site: Site) -> None:
    for name in "abc":
        site.add(f"/{name}", PAGE.format(name))
    with fetcher(site, min_interval_s=0.15) as f:
        for name in "abc":
            f.get(f"{site.base}/{name}")
    times = [t for path, t in site.hits if path in ("/a", "/b", "/c")]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(gaps) == 2 and min(gaps) >= 0.14


def test_robots_crawl_delay_slows_requests(site: Site) -> None:
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", "text/plain")  # whole seconds only
    site.add("/a", PAGE.format("A."))
    site.add("/b", PAGE.format("B."))
    with fetcher(site) as f:
        f.get(f"{site.base}/a")
        f.get(f"{site.base}/b")
    times = [t for path, t in site.hits if path in ("/a", "/b")]
    assert times[1] - times[0] >= 0.99


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(FetchError) as caught:
        parse_listing(b"\x00\x01 bukan feed")
    assert caught.value.reason == "bad-feed"
