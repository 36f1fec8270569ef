"""JSON article objects: one key table, used by ``warta analyze`` and ``warta ingest`` alike.

A JSON object (a ``.json`` file, one line of a JSONL file, or the ``analyze``
input) gives the article's text or HTML and, under the keys below, evidence for
its fields. Keys are tried in the order listed; the first one holding a
non-empty value is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warta.extract.bylines import split_names
from warta.record import Author, Evidence, Found, Source

TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
DATE_KEYS = ("published", "date", "date_publish", "datePublished", "published_at", "pubdate")
OUTLET_KEYS = ("outlet", "source", "site", "sitename")
AUTHOR_KEYS = ("authors", "author")
TAG_KEYS = ("tags", "keywords")
HTML_KEYS = ("html", "raw_html", "content_html")
TEXT_KEYS = ("text", "body", "content", "maintext", "article")


class NoArticleText(ValueError):
    """The JSON object has none of the text or HTML keys."""


@dataclass(slots=True)
class JsonArticle:
    """The content of a JSON article object and the evidence its keys give."""

    content: str
    fmt: str  # "html" or "text"
    url: str | None = None
    evidence: Evidence = field(default_factory=Evidence)


def read_object(data: dict[str, Any]) -> JsonArticle:
    """Read an article object; raise ``NoArticleText`` when it has no text or HTML field."""
    html = first_string(data, HTML_KEYS)
    text = None if html else first_string(data, TEXT_KEYS)
    if html is None and text is None:
        raise NoArticleText(f"no text or html field (looked for {', '.join(HTML_KEYS + TEXT_KEYS)})")
    evidence = Evidence()
    if title := first_string(data, TITLE_KEYS):
        evidence.titles.append(Found(title.strip(), Source.JSON))
    if date := first_string(data, DATE_KEYS):
        evidence.dates.append(Found(date.strip(), Source.JSON))
    if outlet := first_string(data, OUTLET_KEYS):
        evidence.outlets.append(Found(outlet.strip(), Source.JSON))
    for value in _strings(_first_present(data, AUTHOR_KEYS)):
        evidence.authors += [Found(Author(name), Source.JSON, value) for name in split_names(value)]
    for tag in _strings(_first_present(data, TAG_KEYS), lists_only=True):
        evidence.tags.append(Found(tag, Source.JSON))
    url = first_string(data, URL_KEYS)
    if html is not None:
        return JsonArticle(html, "html", url, evidence)
    assert text is not None
    return JsonArticle(text, "text", url, evidence)


def first_string(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` whose value is a non-blank string."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _first_present(data: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if data.get(key):
            return data[key]
    return None


def _strings(value: Any, *, lists_only: bool = False) -> list[str]:
    """A string or a list of strings as a list (other items dropped)."""
    if isinstance(value, str) and not lists_only:
        value = [value]
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]
