"""Warnings for pages that are not one plain article: photo stories, videos, live blogs, multi-page.

By rule and data (``warta.lang.id.boilerplate``): a whole segment of the URL's path
("/foto/", "/video/", "/live/"), the schema.org type of the page's JSON-LD, ``og:type``
"video.*", and pagination: the URL's own page number (``?page=2``, ``/halaman-2``) or a
link to page 2 or later of the same article ("Halaman 2").
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import SplitResult, parse_qs
from urllib.parse import urlsplit as _urlsplit

from warta.lang.id.boilerplate import (
    PAGE_KIND_JSONLD_TYPES,
    PAGE_KIND_PATH_SEGMENTS,
    PAGINATION_LABELS,
    PAGINATION_PATH_WORDS,
    PAGINATION_QUERY_KEYS,
)
from warta.stages.dates import _alt  # the project's one guarded regex alternation

_PAGE_PATH_RE = re.compile(rf"[/-](?:{_alt(PAGINATION_PATH_WORDS)})[/-](?P<n>\d{{1,3}})/?$", re.I)
_PAGE_LABEL_RE = re.compile(rf"^\s*(?:{_alt(PAGINATION_LABELS)})\s*:?\s*(?P<n>\d{{1,3}})?\s*[»>›]*\s*$", re.I)
_JSONLD_TYPE_RE = re.compile(r'"@type"\s*:\s*"(?P<type>\w+)"')


def urlsplit(url: str) -> SplitResult:
    """``urllib.parse.urlsplit``, or an empty result for a malformed URL ("//[ccpa-preferences]")."""
    try:
        return _urlsplit(url)
    except ValueError:
        return _urlsplit("")


def page_number(url: str | None) -> int | None:
    """The page number the URL asks for (``?page=2``, ``/halaman-2``), or None."""
    if not url:
        return None
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for key in PAGINATION_QUERY_KEYS:
        values = query.get(key)
        if values and values[0].isdigit():
            return int(values[0])
    match = _PAGE_PATH_RE.search(parts.path)
    return int(match["n"]) if match else None


def page_warnings(tree: Any, url: str | None) -> list[str]:
    """The warnings of a page that is a photo story, a video, a live blog or one page of several."""
    warnings: list[str] = []
    kinds = _kinds(tree, url)
    warnings += [f"page-kind: {kind}" for kind in kinds]
    number = page_number(url)
    if number is not None and number >= 2:
        warnings.append(f"multi-page: this is page {number} of an article; the other pages are not read")
    elif _links_to_next_page(tree, url):
        warnings.append("multi-page: the article continues on other pages, which are not read")
    return warnings


def _kinds(tree: Any, url: str | None) -> list[str]:
    segments = {s.lower() for s in urlsplit(url).path.split("/") if s} if url else set()
    jsonld_types: set[str] = set()
    og_type = ""
    if tree is not None:
        for script in tree.xpath("//script[@type='application/ld+json']"):
            jsonld_types.update(m["type"] for m in _JSONLD_TYPE_RE.finditer(script.text_content()[:5000]))
        og_type = " ".join(tree.xpath("//meta[@property='og:type']/@content")).lower()
    found = []
    for kind, words in PAGE_KIND_PATH_SEGMENTS.items():
        by_type = any(t in jsonld_types for t in PAGE_KIND_JSONLD_TYPES[kind])
        if segments.intersection(words) or by_type or (kind == "video" and og_type.startswith("video")):
            found.append(kind)
    return found


def _links_to_next_page(tree: Any, url: str | None) -> bool:
    """A pagination link: "Halaman 2" or "2" pointing at page 2+ of this same path."""
    if tree is None:
        return False
    path = urlsplit(url).path.rstrip("/") if url else None
    for anchor in tree.iter("a"):
        href = anchor.get("href") or ""
        number = page_number(href if "//" in href or href.startswith("/") else f"/{href}")
        if number is None or number < 2:
            continue
        text = " ".join(anchor.text_content().split())
        same_path = path is None or urlsplit(href).path.rstrip("/").startswith(path) or href.startswith("?")
        if same_path and (text.isdigit() or _PAGE_LABEL_RE.match(text)):
            return True
    return False
