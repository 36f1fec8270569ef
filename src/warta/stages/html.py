"""HTML pages: main text through trafilatura, metadata through lxml.

Trafilatura keeps in-body "Baca juga" lines as text; the clean stage removes
them, and the anchors collected here give their URLs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from warta.lang.id.boilerplate import (
    AUTHOR_LABELS,
    CHROME_CLASS_TOKENS,
    RELATED_CLASS_TOKENS,
    RELATED_LINK_PREFIXES,
)

_META_TITLE = ("og:title", "twitter:title", "dc.title")
_META_DATE = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
    "dc.date", "dc.date.issued", "date", "datepublished", "content_publisheddate", "dtk:publishdate",
)  # fmt: skip
_META_AUTHOR = ("author", "article:author", "dc.creator", "content_author", "dtk:author")
_META_EDITOR = ("content_editor", "editor")
_META_SITE = ("og:site_name", "application-name", "twitter:site")
_META_KEYWORDS = ("keywords", "news_keywords", "article:tag")
_DATALAYER_RE = re.compile(r'"content_(PublishedDate|author|editor|tags|site)"\s*:\s*"([^"]*)"')
# Tribun's and Liputan6's tracking scripts: 'editor': 'Sri Juliati', "editors":"Fadila Adelin".
_SCRIPT_EDITOR_RE = re.compile(r"""["']editors?["']\s*:\s*["']([A-Z][^"'<>{}]{1,60})["']""")
# "Meilikhah - 13 Oktober 2016 23:11 wib": a name and a date in one byline element.
_NAME_DATE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})\s+[-|\u2013]\s+\d{1,2}\s+\w+\s+\d{4}"
)
_RELATED_RE = re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in RELATED_LINK_PREFIXES) + r")\b", re.I)


@dataclass(slots=True)
class Page:
    lines: list[str]
    hints: dict[str, Any] = field(default_factory=dict)
    url: str | None = None


def extract_page(html: str, *, url: str | None = None) -> Page:
    """Extract body lines and metadata hints from an HTML page (broken HTML tolerated)."""
    hints: dict[str, Any] = {}
    tree = _parse(html)
    if tree is not None:
        _collect_meta(tree, hints)
        _collect_jsonld(tree, hints)
        _collect_links(tree, hints)
        _collect_figure(tree, hints)
        _collect_bylines(tree, hints)
        _remove_related_and_chrome(tree, hints)
    _collect_datalayer(html, hints)
    document = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=url,
        with_metadata=True,
        favor_precision=True,
        fast=True,
        include_comments=False,
        include_tables=False,
    )
    lines: list[str] = []
    page_url = url
    if document is not None and not isinstance(document, dict):
        lines = (document.text or "").splitlines()
        hints.setdefault("meta_title", document.title)
        if document.date:
            hints.setdefault("meta_date", document.date)
            hints.setdefault("meta_date_source", "html")
        if document.sitename:
            hints.setdefault("meta_outlet", document.sitename)
        page_url = page_url or document.url
    if not lines and tree is not None:
        lines = [p.text_content().strip() for p in tree.iter("p") if p.text_content().strip()]
    if hints.get("meta_title"):
        hints["meta_title"] = strip_site_suffix(hints["meta_title"], hints.get("meta_outlet"))
    if hints.get("meta_outlet"):
        hints["meta_outlet"] = _SITE_JUNK_RE.sub("", hints["meta_outlet"]).strip()
    hints = {k: v for k, v in hints.items() if v}
    return Page(lines=lines, hints=hints, url=page_url)


_TITLE_SUFFIX_RE = re.compile(r"\s+[-|\u2013\u2014]\s+(?P<site>[^-|\u2013\u2014]{2,40})$")
_SITE_JUNK_RE = re.compile(r",?\s*all rights reserved\.?", re.I)


def strip_site_suffix(title: str, site: str | None) -> str:
    """Drop " - Tribunnews.com" or " | Kompas.com" from a page title."""
    match = _TITLE_SUFFIX_RE.search(title)
    if not match:
        return title.strip()
    suffix = match["site"].strip().lower()
    looks_like_site = (
        "." in suffix or (site and suffix in site.lower()) or suffix.endswith(("news", "online"))
    )
    return title[: match.start()].strip() if looks_like_site else title.strip()


def _parse(html: str) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = (node.get("content") or "").strip()
        if key and content:
            found.setdefault(key, content)
    return found


def _collect_meta(tree: Any, hints: dict[str, Any]) -> None:
    meta = _meta(tree)
    for key in _META_TITLE:
        if key in meta:
            hints.setdefault("meta_title", meta[key])
            break
    for key in _META_DATE:
        if key in meta:
            hints.setdefault("meta_date", meta[key])
            hints.setdefault("meta_date_source", "meta")
            break
    authors = [meta[k] for k in _META_AUTHOR if k in meta and not meta[k].startswith("http")]
    if authors:
        hints.setdefault("meta_authors", authors[:1])
    editors = [meta[k] for k in _META_EDITOR if k in meta]
    if editors:
        hints.setdefault("meta_editors", editors[:1])
    if "description" in meta or "og:description" in meta:
        hints.setdefault("meta_description", meta.get("og:description") or meta["description"])
    for key in _META_SITE:
        if key in meta and not meta[key].startswith("@"):
            hints.setdefault("meta_outlet", meta[key])
            break
    for key in _META_KEYWORDS:
        if key in meta:
            hints.setdefault("meta_tags", [t.strip() for t in meta[key].split(",") if t.strip()])
            break
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    if canonical:
        hints.setdefault("meta_url", canonical[0])
    if "og:url" in meta:
        hints.setdefault("meta_url", meta["og:url"])


def _collect_jsonld(tree: Any, hints: dict[str, Any]) -> None:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        for item in _iter_jsonld(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(k in ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting") for k in kinds):
                continue
            if isinstance(item.get("datePublished"), str):
                hints["meta_date"] = item["datePublished"]
                hints["meta_date_source"] = "jsonld"
            if isinstance(item.get("headline"), str):
                hints.setdefault("meta_title", item["headline"])
            names = _person_names(item.get("author"))
            if names:
                hints["meta_authors"] = names
            editors = _person_names(item.get("editor"))
            if editors:
                hints["meta_editors"] = editors
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                hints.setdefault("meta_outlet", publisher["name"])


def _iter_jsonld(data: Any) -> Any:
    if isinstance(data, list):
        for item in data:
            yield from _iter_jsonld(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _iter_jsonld(data["@graph"])


def _person_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"].strip())
        elif isinstance(item, str):
            names.append(item.strip())
    return [n for n in names if n]


def _collect_links(tree: Any, hints: dict[str, Any]) -> None:
    """Map anchor texts to URLs, so "Baca juga: <title>" lines keep their link."""
    links: dict[str, str] = {}
    for anchor in tree.iter("a"):
        text = " ".join(anchor.text_content().split())
        href = anchor.get("href")
        if text and href and not href.startswith(("#", "javascript:")):
            links.setdefault(_RELATED_RE.sub("", text).strip(" :-"), href)
    hints["link_urls"] = links


def _has_class_token(node: Any, tokens: tuple[str, ...]) -> bool:
    classes = (node.get("class") or "").lower()
    return any(token in classes for token in tokens)


def _remove_related_and_chrome(tree: Any, hints: dict[str, Any]) -> None:
    """Take related-link boxes out of the page (keeping their links) and drop comment/share widgets."""
    related: list[tuple[str, str | None]] = hints.setdefault("related_links", [])
    for node in list(tree.iter()):
        if not isinstance(node.tag, str) or node.getparent() is None:
            continue
        if _has_class_token(node, RELATED_CLASS_TOKENS) or (
            node.tag in ("p", "div")
            and _RELATED_RE.match(node.text_content() or "")
            and len(node) <= 3
            and node.find(".//a") is not None
            and len((node.text_content() or "").split()) <= 30
        ):
            for anchor in node.iter("a"):
                title = " ".join(anchor.text_content().split())
                if title:
                    related.append((title, anchor.get("href")))
            _drop_keeping_tail(node)
        elif _has_class_token(node, CHROME_CLASS_TOKENS):
            _drop_keeping_tail(node)


def _drop_keeping_tail(node: Any) -> None:
    """Remove an element but keep the text that follows it (lxml stores it on the element)."""
    parent = node.getparent()
    if node.tail and node.tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


_BYLINE_CLASS_TOKENS = ("author", "editor", "penulis", "reporter", "byline", "writer", "credit__")


def _collect_bylines(tree: Any, hints: dict[str, Any]) -> None:
    """Short texts of byline boxes ("Editor: Dewi Kartika", "Reporter Rizki Amalia")."""
    lines = hints.setdefault("byline_lines", [])
    for node in tree.iter("p", "span", "div", "strong", "b"):
        text = " ".join((node.text_content() or "").split())
        label = text.rstrip(":").lower()
        if label in AUTHOR_LABELS:
            # <p>Reporter</p><a>Nama</a>, or Liputan6's <div>Nama</div><div>Editor</div>
            for sibling in (node.getnext(), node.getprevious()):
                name = " ".join(sibling.text_content().split()) if sibling is not None else ""
                if name and len(name.split()) <= 6 and name.lower() not in AUTHOR_LABELS:
                    lines.append(f"{label.title()}: {name}")
                    break
        elif len(text) < 80 and (match := _NAME_DATE_RE.match(text)):
            lines.append(f"Penulis: {match['name']}")
    for node in tree.iter("div", "p", "span", "li"):
        if _has_class_token(node, _BYLINE_CLASS_TOKENS) or any(
            t in (node.get("id") or "") for t in _BYLINE_CLASS_TOKENS
        ):
            text = " ".join(node.text_content().split())
            if text and len(text.split()) <= 12 and text not in lines:
                lines.append(text)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _collect_figure(tree: Any, hints: dict[str, Any]) -> None:
    # Class names vary in case: "caption", "detailsCaption", "photo-Caption".
    lowered_class = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    for caption in tree.xpath(f"//figcaption | //*[contains({lowered_class}, 'caption')]"):
        if caption.tag in _HEADINGS:
            continue  # <h1 class="detailsTitleCaption"> is the headline
        text = " ".join(caption.text_content().split())
        if text and len(text) > 10:
            hints.setdefault("meta_caption", text)
            return


def _collect_datalayer(html: str, hints: dict[str, Any]) -> None:
    """Kompas and Tribun pages carry author, editor and date in a dataLayer script."""
    for key, value in _DATALAYER_RE.findall(html[:200_000]):
        value = value.strip()
        if not value:
            continue
        if key == "PublishedDate":
            hints.setdefault("meta_date", value)
            hints.setdefault("meta_date_source", "meta")
        elif key == "author":  # more specific than JSON-LD, which Kompas fills with the editor
            hints["meta_authors"] = [value]
        elif key == "editor":
            hints["meta_editors"] = [value]
        elif key == "tags":
            hints.setdefault("meta_tags", [t.strip() for t in value.split(",") if t.strip()])
    if "meta_editors" not in hints and (match := _SCRIPT_EDITOR_RE.search(html[:300_000])):
        hints["meta_editors"] = [match.group(1).strip()]
