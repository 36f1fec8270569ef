"""Polite fetching of RSS/Atom feeds, sitemaps and the articles they list.

``Fetcher`` wraps an httpx client with the rules a crawler owes a news site:
only hosts on the allow-list, robots.txt obeyed (RFC 9309: a 4xx robots.txt
allows everything, an unreachable one disallows everything), one request per
host per ``min_interval_s`` (or the site's Crawl-delay when longer), a
timeout, a response size cap, and retries with exponential backoff on
network errors, 429 and 5xx.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from warta.config import Config
from warta.corpus.readers import RawArticle
from warta.store.base import Failure

log = logging.getLogger(__name__)

USER_AGENT = "warta/0.1 (news research crawler)"
ROBOTS_AGENT = "warta"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MIN_INTERVAL_S = 1.0  # default gap between two requests to one host
BACKOFF_S = 0.5  # first retry wait; each further retry waits twice as long
MAX_REDIRECTS = 5
MAX_SITEMAP_DEPTH = 2
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` is a short kebab-case label."""

    def __init__(self, reason: str, detail: str = "", *, transient: bool = False) -> None:
        self.reason = reason
        # The server was down or busy (after this fetcher's own retries): worth a later try.
        self.transient = transient
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    location: str | None = None  # a redirect's target


def hosts_of(urls: Iterable[str]) -> frozenset[str]:
    """Return the lower-cased host names of ``urls``."""
    return frozenset(h.lower() for h in (urlsplit(u).hostname for u in urls) if h)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


class Fetcher:
    """Fetch URLs politely; see the module docstring for the rules."""

    def __init__(
        self,
        config: Config,
        allowed_hosts: Iterable[str],
        *,
        min_interval_s: float | None = None,
        retries: int = 3,
        backoff_s: float | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)
        self.min_interval_s = MIN_INTERVAL_S if min_interval_s is None else min_interval_s
        self.retries = retries
        self.backoff_s = BACKOFF_S if backoff_s is None else backoff_s
        self._client = httpx.Client(
            timeout=httpx.Timeout(config.fetch_timeout_s),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
            transport=transport,
            trust_env=False,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str) -> Response:
        """Fetch ``url`` following redirects; raise ``FetchError`` when not allowed or failed."""
        for _ in range(MAX_REDIRECTS + 1):
            self._check_allowed(url)
            response = self._request(url)
            if response.location is not None:
                url = urljoin(url, response.location)
                continue
            if response.status != 200:
                raise FetchError("http-status", f"{response.status} for {url}")
            return response
        raise FetchError("too-many-redirects", url)

    def _check_allowed(self, url: str) -> None:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host:
            raise FetchError("bad-url", url)
        if host not in self.allowed_hosts:
            raise FetchError("host-not-allowed", host)
        robots = self._robots_for(parts.scheme, parts.netloc)
        if robots is None:
            raise FetchError(
                "robots-unreachable", f"{parts.scheme}://{parts.netloc}/robots.txt", transient=True
            )
        if not robots.can_fetch(ROBOTS_AGENT, url):
            raise FetchError("robots-disallowed", url)

    def _robots_for(self, scheme: str, netloc: str) -> urllib.robotparser.RobotFileParser | None:
        key = f"{scheme}://{netloc}"
        if key not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            assert parser is not None
            try:
                response = self._request(f"{key}/robots.txt")
            except FetchError:
                parser = None
            else:
                if response.status >= 500:
                    parser = None
                elif response.status >= 400:
                    parser.parse([])  # no robots.txt: everything allowed
                else:
                    parser.parse(response.content.decode("utf-8", "replace").splitlines())
            self._robots[key] = parser
        return self._robots[key]

    def _wait_turn(self, host: str) -> None:
        robots = next((r for k, r in self._robots.items() if urlsplit(k).hostname == host and r), None)
        delay = robots.crawl_delay(ROBOTS_AGENT) if robots else None
        interval = max(self.min_interval_s, float(delay or 0))
        with self._lock:
            now = time.monotonic()
            ready = self._last_request.get(host, -interval) + interval
            self._last_request[host] = max(now, ready)
        if ready > now:
            time.sleep(ready - now)

    def _request(self, url: str) -> Response:
        """One GET with retries; a redirect comes back as a response with ``location`` set."""
        host = (urlsplit(url).hostname or "").lower()
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
            self._wait_turn(host)
            self.requests += 1
            try:
                response = self._read(url)
            except httpx.TransportError as exc:
                last = FetchError("unreachable", f"{url}: {type(exc).__name__}: {exc}", transient=True)
                continue
            if response.status in RETRY_STATUS:
                last = FetchError("http-status", f"{response.status} for {url}", transient=True)
                continue
            return response
        assert last is not None
        raise last if isinstance(last, FetchError) else FetchError("unreachable", str(last), transient=True)

    def _read(self, url: str) -> Response:
        limit = self.config.fetch_max_bytes
        with self._client.stream("GET", url) as response:
            if response.is_redirect:
                location = response.headers.get("location", "")
                return Response(url, response.status_code, b"", "", location=location)
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError("too-large", f"{url} declares {declared} bytes")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError("too-large", f"{url} is over {limit} bytes")
                chunks.append(chunk)
            return Response(
                str(response.url),
                response.status_code,
                b"".join(chunks),
                response.headers.get("content-type", ""),
            )


@dataclass(slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None


def parse_listing(content: bytes) -> tuple[str, list[FeedEntry]]:
    """Parse a feed or sitemap; return its kind (feed | sitemap | sitemapindex) and its entries."""
    head = content[:4096].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _parse_sitemap(content)
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise FetchError("bad-feed", str(parsed.get("bozo_exception", "not a feed or sitemap")))
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        entries.append(FeedEntry(link, entry.get("title") or None, published))
    return "feed", entries


def _parse_sitemap(content: bytes) -> tuple[str, list[FeedEntry]]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError("bad-sitemap", str(exc)) from exc
    kind = "sitemapindex" if root.tag.endswith("sitemapindex") else "sitemap"
    entries = []
    for node in root:
        loc = node.findtext(f"{SITEMAP_NS}loc") or node.findtext("loc")
        if not loc:
            continue
        title = node.findtext(f"{NEWS_NS}news/{NEWS_NS}title")
        date = node.findtext(f"{NEWS_NS}news/{NEWS_NS}publication_date") or node.findtext(
            f"{SITEMAP_NS}lastmod"
        )
        entries.append(FeedEntry(loc.strip(), title, date[:10] if date else None))
    return kind, entries


def read_feed(
    url: str,
    config: Config,
    *,
    fetcher: Fetcher | None = None,
    seen: Callable[[str], bool] | None = None,
) -> Iterator[RawArticle | Failure]:
    """Read an RSS/Atom feed or a sitemap (index) and fetch each article it lists.

    Entries whose URL ``seen`` reports as stored are not fetched again. Every
    failure (the listing itself or one article) is yielded, never raised.
    """
    own = fetcher is None
    if fetcher is None:
        fetcher = Fetcher(config, config.fetch_allowed_hosts or hosts_of([url]))
    try:
        yield from _read_listing(url, fetcher, seen, depth=0)
    finally:
        if own:
            fetcher.close()


def _read_listing(
    url: str, fetcher: Fetcher, seen: Callable[[str], bool] | None, depth: int
) -> Iterator[RawArticle | Failure]:
    try:
        kind, entries = parse_listing(fetcher.get(url).content)
    except FetchError as exc:
        yield Failure(url, str(exc), "fetch")
        return
    log.info("%s: %s with %d entries", url, kind, len(entries))
    for entry in entries:
        if kind == "sitemapindex":
            if depth < MAX_SITEMAP_DEPTH:
                yield from _read_listing(entry.url, fetcher, seen, depth + 1)
            continue
        if seen is not None and seen(entry.url):
            continue
        try:
            page = fetcher.get(entry.url)
        except FetchError as exc:
            yield Failure(entry.url, str(exc), "fetch", transient=exc.transient)
            continue
        yield RawArticle(
            entry.url, page.content, url=page.url, title=entry.title, published=entry.published, fmt="html"
        )


# Namespaces of the feed elements a feed file's items are read from.
ATOM_NS = "{http://www.w3.org/2005/Atom}"
RSS1_NS = "{http://purl.org/rss/1.0/}"
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}"
DC_NS = "{http://purl.org/dc/elements/1.1/}"


def read_feed_file(path: Path, config: Config) -> Iterator[RawArticle | Failure]:
    """Read an RSS 2.0, RSS 1.0 or Atom file on disk: one article per item, from its content.

    Items are keyed ``path#itemN`` (from 1). The item's ``content:encoded``, Atom
    ``content`` or else its description/summary is the article HTML; an item with none
    is a failure "no-article-text" (a feed on disk cannot be fetched, being offline).
    The XML parser resolves no entities and loads no DTD or network resource, so a
    "billion laughs" file costs its own size; an unparseable date is dropped, not fatal.
    """
    from lxml import etree

    from warta.corpus.failures import NO_ARTICLE_TEXT
    from warta.corpus.inputs import escape_name

    key = escape_name(str(path))
    size = path.stat().st_size
    if size > config.max_input_bytes:
        yield Failure(key, f"too-large: {size} bytes; the limit is {config.max_input_bytes}", "read")
        return
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(path.read_bytes(), parser)
    except etree.XMLSyntaxError as exc:
        yield Failure(key, f"bad-feed: {exc}"[:500], "read")
        return
    tag = root.tag if isinstance(root.tag, str) else ""
    local = tag.rsplit("}", 1)[-1].lower()
    if local in ("urlset", "sitemapindex"):
        yield Failure(key, "unsupported: a sitemap file lists URLs only; give the sitemap's URL", "read")
        return
    if local == "feed":
        items, fields = root.iter(f"{ATOM_NS}entry"), _ATOM_FIELDS
    elif local in ("rss", "rdf"):
        items, fields = _rss_items(root), _RSS_FIELDS
    else:
        yield Failure(key, f"bad-feed: root element <{local or '?'}> is not RSS or Atom", "read")
        return
    for number, item in enumerate(items, start=1):
        item_key = f"{key}#item{number}"
        entry = _feed_item(item, fields)
        if not entry.content.strip():
            yield Failure(item_key, f"{NO_ARTICLE_TEXT}: feed item has no content", "read")
            continue
        yield RawArticle(
            item_key, entry.content, url=entry.url, title=entry.title, published=entry.published, fmt="html"
        )


@dataclass(slots=True)
class _FeedFields:
    link: tuple[str, ...]
    title: tuple[str, ...]
    date: tuple[str, ...]
    content: tuple[str, ...]


_RSS_FIELDS = _FeedFields(
    link=("link", f"{RSS1_NS}link"),
    title=("title", f"{RSS1_NS}title"),
    date=("pubDate", f"{DC_NS}date"),
    content=(f"{CONTENT_NS}encoded", "description", f"{RSS1_NS}description"),
)
_ATOM_FIELDS = _FeedFields(
    link=(f"{ATOM_NS}link",),
    title=(f"{ATOM_NS}title",),
    date=(f"{ATOM_NS}published", f"{ATOM_NS}updated"),
    content=(f"{ATOM_NS}content", f"{ATOM_NS}summary"),
)


@dataclass(slots=True)
class _FeedItem:
    content: str
    url: str | None
    title: str | None
    published: str | None


def _rss_items(root: Any) -> Iterator[Any]:
    yield from root.iter("item")
    yield from root.iter(f"{RSS1_NS}item")


def _feed_item(item: Any, fields: _FeedFields) -> _FeedItem:
    def first(names: tuple[str, ...]) -> Any:
        for name in names:
            node = item.find(name)
            if node is not None:
                return node
        return None

    link = first(fields.link)
    url = (link.get("href") or _text_of(link)).strip() or None if link is not None else None
    title_node, date_node, content_node = first(fields.title), first(fields.date), first(fields.content)
    title = _text_of(title_node).strip() or None if title_node is not None else None
    published = _feed_date(_text_of(date_node)) if date_node is not None else None
    content = ""
    if content_node is not None:
        if content_node.get("type") == "xhtml" and len(content_node):
            from lxml import etree

            content = "".join(etree.tostring(child, encoding="unicode") for child in content_node)
        else:
            content = _text_of(content_node)
    return _FeedItem(content, url, title, published)


def _text_of(node: Any) -> str:
    """The text of ``node`` and its descendants, leaving unresolved entity references out."""
    from lxml import etree

    parts = [node.text or ""]
    for child in node:
        if not isinstance(child, etree._Entity):
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _feed_date(value: str) -> str | None:
    """Return an ISO date (YYYY-MM-DD) of an RFC 822 or ISO 8601 feed date, or None."""
    import datetime as dt
    import email.utils

    value = value.strip()
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
