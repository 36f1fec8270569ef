"""HTML pages: main text through trafilatura, metadata evidence through lxml.

Every value found (meta tags, JSON-LD, the dataLayer script, byline boxes,
figure captions, related-link boxes, trafilatura's own metadata) becomes a
``Found`` in the page's ``Evidence`` with its source; the ``meta`` stage
chooses between them. Trafilatura keeps in-body "Baca juga" lines as text; the
clean stage removes them, and the anchors collected here give their URLs.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from warta.extract import bylines, pagekind
from warta.extract.urls import url_date
from warta.lang.id.boilerplate import (
    AUTHOR_LABELS,
    CHROME_CLASS_TOKENS,
    RELATED_CLASS_TOKENS,
    RELATED_LINK_PREFIXES,
)
from warta.record import Author, Evidence, Found, RelatedLink, Source
from warta.stages.dates import _alt  # the project's one guarded regex alternation

_META_TITLE = ("og:title", "twitter:title", "dc.title")
_META_DATE = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
    "dc.date", "dc.date.issued", "date", "datepublished", "content_publisheddate", "dtk:publishdate",
)  # fmt: skip
_META_AUTHOR = ("author", "article:author", "dc.creator", "content_author", "dtk:author")
_META_EDITOR = ("content_editor", "editor")
_META_SITE = ("og:site_name", "application-name", "twitter:site")
_META_KEYWORDS = ("keywords", "news_keywords", "article:tag")
_ARTICLE_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting")
_DATALAYER_RE = re.compile(r'"content_(PublishedDate|author|editor|tags|site)"\s*:\s*"([^"]*)"')
# Tribun's and Liputan6's tracking scripts: 'editor': 'Sri Juliati', "editors":"Fadila Adelin".
_SCRIPT_EDITOR_RE = re.compile(r"""["']editors?["']\s*:\s*["']([A-Z][^"'<>{}]{1,60})["']""")
# "Meilikhah - 13 Oktober 2016 23:11 wib": a name and a date in one byline element.
_NAME_DATE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})\s+[-|\u2013]\s+\d{1,2}\s+\w+\s+\d{4}"
)
_RELATED_RE = re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in RELATED_LINK_PREFIXES) + r")\b", re.I)
# How far into the page the analytics scripts are searched (they sit in <head>).
_DATALAYER_CHARS = 200_000
_SCRIPT_EDITOR_CHARS = 300_000


# The cascade's floor: a main text shorter than this (in characters) is "short", and the
# next candidate is tried. Real article bodies are longer; teasers, captions and cookie
# notes are shorter (the devpages' median body gold is about 3,000 characters).
MIN_BODY_CHARS = 600


# htmldate inside trafilatura without its extensive search: the extensive one parses free
# text with dateparser (most of the page's CPU time on pages in many languages), and the
# page's metadata or URL usually gives the date; it runs only when nothing else does.
_QUICK_DATE_SEARCH = {"original_date": True, "extensive_search": False}
_DATE_SOURCES = frozenset({Source.JSONLD, Source.META, Source.DATALAYER, Source.TRAFILATURA})


_STRUCTURED = frozenset({Source.JSONLD, Source.META, Source.DATALAYER})


def _metadata_gap(evidence: Evidence, url: str | None) -> bool:
    """The page's own metadata lacks a title, a date (the URL's counts), a writer or the outlet."""
    has_title = any(found.source in _STRUCTURED for found in evidence.titles)
    has_writer = any(a.source in _STRUCTURED and a.value.role != "editor" for a in evidence.authors)
    has_outlet = any(found.source in _STRUCTURED for found in evidence.outlets)
    return not (has_title and has_writer and has_outlet and _has_date(evidence, url))


def _has_date(evidence: Evidence, url: str | None) -> bool:
    return any(found.source in _DATE_SOURCES for found in evidence.dates) or url_date(url) is not None


def _extensive_date(tree: Any, url: str | None) -> str | None:
    """htmldate's extensive search (dates in the page's text too), for pages with no other date."""
    import htmldate

    try:
        return htmldate.find_date(copy.deepcopy(tree), url=url, extensive_search=True, original_date=True)
    except ValueError:
        return None


@dataclass(slots=True)
class Candidate:
    """One extractor's main text for the page, one paragraph a line."""

    method: str  # precision, recall, paragraphs
    lines: list[str]

    @property
    def chars(self) -> int:
        return sum(len(line.strip()) for line in self.lines)


def choose(candidates: list[Candidate]) -> Candidate:
    """The cascade's rule: the first candidate (in cascade order) that is not short, else the longest.

    The cascade order is the order of trust: trafilatura's precision pass, then its
    recall settings with its own fallbacks (readability, justext, the baseline), then the
    page's own paragraphs. An empty or short candidate is thus never chosen while
    another one has more text.
    """
    for candidate in candidates:
        if candidate.chars >= MIN_BODY_CHARS:
            return candidate
    return max(candidates, key=lambda c: c.chars)


def _recall_text(source: Any, url: str | None) -> list[str]:
    """trafilatura's defaults with its fallbacks on (no ``fast``), preferring recall."""
    document = trafilatura.bare_extraction(
        source, url=url, with_metadata=False, favor_recall=True, include_comments=False, include_tables=False
    )
    if document is None or isinstance(document, dict):
        return []
    return (document.text or "").splitlines()


# A line is a teaser link when one anchor's text covers at least this share of it.
_LINK_LINE_SHARE = 0.5


def without_link_lines(lines: list[str], anchors: dict[str, str]) -> list[str]:
    """Drop the lines that are mostly the text of one link: teaser lists that recall lets in.

    The recall settings keep "Metro - 13 Oktober 2016 Judul berita lain" lists around the
    article; a line led by a related-link label ("Baca juga: …") is kept for the clean stage.
    """
    texts = sorted((t for t in anchors if len(t) >= _MIN_LINK_CHARS), key=len, reverse=True)

    def is_link(line: str) -> bool:
        flat = " ".join(line.split())
        if not flat or _RELATED_RE.match(flat):
            return False
        return any(len(t) >= _LINK_LINE_SHARE * len(flat) and t in flat for t in texts)

    return [line for line in lines if not is_link(line)]


_MIN_LINK_CHARS = 12
_SENTENCE_ENDS = tuple('.!?"\u201d\u2019)') + tuple("\u3002\uff01\uff1f\u300d\u300f")
# A prose paragraph: this many words (or characters, for scripts without spaces) and a sentence end.
_PROSE_WORDS = 10
_PROSE_CHARS = 100


def without_teaser_tail(lines: list[str]) -> list[str]:
    """Cut what follows the last prose paragraph: the recall settings' page-end lists and labels.

    After the article, recall keeps "TRENDING TOPIC", "# tag" and "Rubrik - 2 jam Judul" lines;
    none of them is a sentence, so the article ends at its last sentence-like paragraph.
    """
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        long_enough = len(line.split()) >= _PROSE_WORDS or len(line) >= _PROSE_CHARS
        if long_enough and line.endswith(_SENTENCE_ENDS):
            return lines[: index + 1]
    return lines


# A paragraph of the page's own fallback must say something: shorter <p>s are labels.
_MIN_PARAGRAPH_CHARS = 30


def container_paragraphs(tree: Any) -> list[str]:
    """The <p> paragraphs of the element that holds the most paragraph text (the main container)."""
    totals: dict[Any, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            size = len(" ".join(paragraph.text_content().split()))
            if size >= _MIN_PARAGRAPH_CHARS:
                totals[parent] = totals.get(parent, 0) + size
    if not totals:
        return []
    container = max(totals, key=lambda node: totals[node])
    texts = (" ".join(p.text_content().split()) for p in container.iterchildren("p"))
    return [text for text in texts if len(text) >= _MIN_PARAGRAPH_CHARS]


@dataclass(slots=True)
class Page:
    """The main text of a page, one paragraph a line, and the evidence found around it."""

    lines: list[str]
    evidence: Evidence = field(default_factory=Evidence)
    url: str | None = None
    # Photo story, video, live blog, one page of several: see ``warta.extract.pagekind``.
    warnings: list[str] = field(default_factory=list)


def extract_page(html: str, *, url: str | None = None) -> Page:
    """Extract body lines and metadata evidence from an HTML page (broken HTML tolerated)."""
    evidence = Evidence()
    tree = _parse(html)
    if tree is not None:
        _collect_meta(tree, evidence)
        _collect_jsonld(tree, evidence)
        _collect_links(tree, evidence)
        _collect_figure(tree, evidence)
        _collect_bylines(tree, evidence)
        _remove_related_and_chrome(tree, evidence)
    _collect_datalayer(html, evidence)
    source = tree if tree is not None else html
    page_url = url or (evidence.urls[0].value if evidence.urls else None)
    # trafilatura's metadata fills the gaps of the page's own (meta tags, JSON-LD, the
    # dataLayer); its search is a third of the page's CPU time, so it runs only for a gap.
    metadata = tree is None or _metadata_gap(evidence, page_url)
    document = trafilatura.bare_extraction(
        source,
        url=url,
        with_metadata=metadata,
        favor_precision=True,
        fast=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_QUICK_DATE_SEARCH,
    )
    precise: list[str] = []
    if document is not None and not isinstance(document, dict):
        precise = (document.text or "").splitlines()
        if metadata:
            _add(evidence.titles, document.title, Source.TRAFILATURA)
            _add(evidence.dates, document.date, Source.TRAFILATURA)
            _add(evidence.outlets, document.sitename, Source.TRAFILATURA)
            for name in (document.author or "").split(";"):
                evidence.authors += _names(name.strip(), "author", Source.TRAFILATURA) if name.strip() else []
            page_url = page_url or document.url
    if tree is not None and not _has_date(evidence, page_url):
        _add(evidence.dates, _extensive_date(tree, page_url), Source.HTMLDATE)
    candidates = [Candidate("precision", precise)]
    if candidates[-1].chars < MIN_BODY_CHARS:
        recall = _recall_text(source, url)
        candidates.append(
            Candidate("recall", without_teaser_tail(without_link_lines(recall, evidence.anchors)))
        )
    if tree is not None and max(c.chars for c in candidates) < MIN_BODY_CHARS:
        candidates.append(Candidate("paragraphs", container_paragraphs(tree)))
    lines = choose(candidates).lines
    for outlet in evidence.outlets:
        outlet.value = _SITE_JUNK_RE.sub("", outlet.value).strip()
    evidence.outlets = [o for o in evidence.outlets if o.value]
    site = evidence.outlets[0].value if evidence.outlets else None
    for title in evidence.titles:
        title.value = strip_site_suffix(title.value, site)
    warnings = pagekind.page_warnings(tree, url or page_url)
    return Page(lines=lines, evidence=evidence, url=page_url, warnings=warnings)


def _add(found: list[Found[str]], value: Any, source: Source) -> None:
    """Append a non-blank string value."""
    if isinstance(value, str) and value.strip():
        found.append(Found(value.strip(), source))


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
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    if not isinstance(tree.tag, str):
        # A page that opens with a comment parses to that comment: take the document's root.
        tree = tree.getroottree().getroot()
    return tree if isinstance(tree.tag, str) else None


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = (node.get("content") or "").strip()
        if key and content:
            found.setdefault(key, content)
    return found


def _names(value: str, role: str, source: Source) -> list[Found[Author]]:
    return [Found(Author(name, role), source, value) for name in bylines.split_names(value)]


def _collect_meta(tree: Any, evidence: Evidence) -> None:
    meta = _meta(tree)
    for key in _META_TITLE:
        _add(evidence.titles, meta.get(key), Source.META)
    for key in _META_DATE:
        _add(evidence.dates, meta.get(key), Source.META)
    authors = [meta[k] for k in _META_AUTHOR if k in meta and not meta[k].startswith("http")]
    if authors:
        evidence.authors += _names(authors[0], "author", Source.META)
    editors = [meta[k] for k in _META_EDITOR if k in meta]
    if editors:
        evidence.authors += _names(editors[0], "editor", Source.META)
    _add(evidence.descriptions, meta.get("og:description") or meta.get("description"), Source.META)
    for key in _META_SITE:
        if key in meta and not meta[key].startswith("@"):
            _add(evidence.outlets, meta[key], Source.META)
    for key in _META_KEYWORDS:
        if key in meta:
            evidence.tags += [Found(t.strip(), Source.META) for t in meta[key].split(",") if t.strip()]
            break
    for canonical in tree.xpath("//link[@rel='canonical']/@href")[:1]:
        _add(evidence.urls, canonical, Source.META)
    _add(evidence.urls, meta.get("og:url"), Source.META)


def _collect_jsonld(tree: Any, evidence: Evidence) -> None:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        for item in _iter_jsonld(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(k in _ARTICLE_TYPES for k in kinds):
                continue
            _add(evidence.dates, item.get("datePublished"), Source.JSONLD)
            _add(evidence.titles, item.get("headline"), Source.JSONLD)
            for name in _person_names(item.get("author")):
                evidence.authors += _names(name, "author", Source.JSONLD)
            for name in _person_names(item.get("editor")):
                evidence.authors += _names(name, "editor", Source.JSONLD)
            publisher = item.get("publisher")
            if isinstance(publisher, dict):
                _add(evidence.outlets, publisher.get("name"), Source.JSONLD)


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


def _collect_links(tree: Any, evidence: Evidence) -> None:
    """Map anchor texts to URLs, so "Baca juga: <title>" lines keep their link."""
    links = evidence.anchors
    for anchor in tree.iter("a"):
        text = " ".join(anchor.text_content().split())
        href = anchor.get("href")
        if text and href and not href.startswith(("#", "javascript:")):
            links.setdefault(_RELATED_RE.sub("", text).strip(" :-"), href)


def _class_word_re(tokens: tuple[str, ...]) -> re.Pattern[str]:
    """Match a token as a whole word of a class attribute ("post-comments", not "commentary").

    Words are separated by spaces, "-" and "_"; a plural "s" is allowed.
    """
    return re.compile(rf"(?<![a-z0-9])(?:{_alt(t.strip('-_') for t in tokens)})s?(?![a-z0-9])")


_RELATED_CLASS_RE = _class_word_re(RELATED_CLASS_TOKENS)
_CHROME_CLASS_RE = _class_word_re(CHROME_CLASS_TOKENS)


def _has_class_token(node: Any, pattern: re.Pattern[str]) -> bool:
    return pattern.search((node.get("class") or "").lower()) is not None


def _holds_article(node: Any) -> bool:
    """A wrapper around the article itself ("<div class='post has-comments'>") is never a widget."""
    return node.tag == "article" or any(True for _ in node.iter("article", "h1"))


def _remove_related_and_chrome(tree: Any, evidence: Evidence) -> None:
    """Take related-link boxes out of the page (keeping their links) and drop comment/share widgets."""
    for node in list(tree.iter()):
        if not isinstance(node.tag, str) or node.getparent() is None:
            continue
        if (_has_class_token(node, _RELATED_CLASS_RE) and not _holds_article(node)) or (
            node.tag in ("p", "div") and len(node) <= 3 and _is_related_line(node)
        ):
            for anchor in node.iter("a"):
                title = " ".join(anchor.text_content().split())
                if title:
                    link = RelatedLink(title, anchor.get("href"))
                    evidence.related_links.append(Found(link, Source.RELATED))
            _drop_keeping_tail(node)
        elif _has_class_token(node, _CHROME_CLASS_RE) and not _holds_article(node):
            _drop_keeping_tail(node)


def _is_related_line(node: Any) -> bool:
    """A short "Baca juga: <a>Judul</a>" paragraph (the cheap tests first: pages have many divs)."""
    if node.find(".//a") is None:
        return False
    text = node.text_content() or ""
    return bool(_RELATED_RE.match(text)) and len(text.split()) <= 30


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
_BYLINE_CLASS_RE = re.compile("|".join(_BYLINE_CLASS_TOKENS))
_BYLINE_MAX_WORDS = 12
_BYLINE_MAX_CHILDREN = 4


def _collect_bylines(tree: Any, evidence: Evidence) -> None:
    """Byline boxes: "Editor: Dewi Kartika", "Reporter Rizki Amalia", <p>Reporter</p><a>Nama</a>."""
    lines: list[str] = []
    for node in tree.iter("p", "span", "div", "strong", "b"):
        if len(node) > _BYLINE_MAX_CHILDREN:
            continue  # a container, not a label or a "Nama - 13 Oktober 2016" line
        text = " ".join((node.text_content() or "").split())
        label = text.rstrip(":").lower()
        if label in AUTHOR_LABELS:
            # <p>Reporter</p><a>Nama</a>, or Liputan6's <div>Nama</div><div>Editor</div>
            for sibling in (node.getnext(), node.getprevious()):
                # A comment or processing instruction between the label and the name has no text.
                is_element = sibling is not None and isinstance(sibling.tag, str)
                name = " ".join(sibling.text_content().split()) if is_element else ""
                if name and len(name.split()) <= 6 and name.lower() not in AUTHOR_LABELS:
                    lines.append(f"{label.title()}: {name}")
                    break
        elif len(text) < 80 and (match := _NAME_DATE_RE.match(text)):
            lines.append(f"Penulis: {match['name']}")
    for node in tree.iter("div", "p", "span", "li"):
        if _has_class_token(node, _BYLINE_CLASS_RE) or any(
            t in (node.get("id") or "") for t in _BYLINE_CLASS_TOKENS
        ):
            text = " ".join(node.text_content().split())
            if text and len(text.split()) <= _BYLINE_MAX_WORDS and text not in lines:
                lines.append(text)
    for line in lines:
        evidence.authors += [Found(author, Source.BYLINE, line) for author in bylines.author_line(line) or []]


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MIN_CAPTION_CHARS = 10


# Class names vary in case ("caption", "detailsCaption", "photo-Caption", "CAPTION").
_CAPTION_XPATH = etree.XPath(
    "//figcaption | //*[contains(@class, 'caption') or contains(@class, 'Caption')"
    " or contains(@class, 'CAPTION')]"
)


def _collect_figure(tree: Any, evidence: Evidence) -> None:
    for caption in _CAPTION_XPATH(tree):
        if caption.tag in _HEADINGS:
            continue  # <h1 class="detailsTitleCaption"> is the headline
        text = " ".join(caption.text_content().split())
        if text and len(text) > _MIN_CAPTION_CHARS:
            evidence.captions.append(Found(text, Source.FIGURE))
            return


def _collect_datalayer(html: str, evidence: Evidence) -> None:
    """Kompas and Tribun pages carry author, editor and date in a dataLayer script."""
    for key, value in _DATALAYER_RE.findall(html[:_DATALAYER_CHARS]):
        value = value.strip()
        if not value:
            continue
        if key == "PublishedDate":
            evidence.dates.append(Found(value, Source.DATALAYER))
        elif key == "author":
            evidence.authors += _names(value, "author", Source.DATALAYER)
        elif key == "editor":
            evidence.authors += _names(value, "editor", Source.DATALAYER)
        elif key == "tags":
            evidence.tags += [Found(t.strip(), Source.DATALAYER) for t in value.split(",") if t.strip()]
    has_editor = any(a.value.role == "editor" for a in evidence.authors if a.source != Source.BYLINE)
    if not has_editor and (match := _SCRIPT_EDITOR_RE.search(html[:_SCRIPT_EDITOR_CHARS])):
        evidence.authors += _names(match.group(1).strip(), "editor", Source.DATALAYER)
