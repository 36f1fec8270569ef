"""Decode the raw input and split it into lines, with metadata hints from HTML or JSON."""

from __future__ import annotations

import json
import re

from warta.config import Config
from warta.errors import BadInput
from warta.record import Record
from warta.stages import html as html_stage
from warta.text.decode import decode

_HTML_START_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAG_RE = re.compile(r"</?(?:p|div|article|span|br|h[1-6]|a|section|figure|meta|title)\b", re.I)
JSON_TEXT_KEYS = ("text", "body", "content", "maintext", "article")
JSON_HTML_KEYS = ("html", "raw_html", "content_html")
JSON_DATE_KEYS = ("published", "date", "date_publish", "datePublished", "published_at", "pubdate")


def load(record: Record, config: Config) -> Record:
    """Fill ``raw``, ``raw_format`` and ``raw_lines`` from ``hints['source']``."""
    source = record.hints.pop("source", record.raw)
    name = record.hints.get("name")
    text = decode(source, config, name=name)
    fmt = sniff_format(text)
    if fmt == "json":
        text, fmt = _from_json(record, text, name)
    record.raw, record.raw_format = text, fmt
    if fmt == "html":
        page = html_stage.extract_page(text, url=record.url)
        record.raw_lines = page.lines
        for key, value in page.hints.items():
            record.hints.setdefault(key, value)
        if not record.url and page.url:
            record.url = page.url
    else:
        record.raw_lines = text.splitlines()
    if not any(line.strip() for line in record.raw_lines):
        raise BadInput("no article text found", source=name)
    return record


def sniff_format(text: str) -> str:
    """Return "json", "html" or "text"."""
    head = text.lstrip()[:2000]
    if head.startswith("{"):
        return "json"
    if _HTML_START_RE.match(head) or len(_HTML_TAG_RE.findall(text[:20000])) >= 3:
        return "html"
    return "text"


def _from_json(record: Record, text: str, name: str | None) -> tuple[str, str]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        if _HTML_TAG_RE.search(text):
            return text, "html"
        return text, "text"  # prose that happens to start with "{"
    if not isinstance(data, dict):
        raise BadInput("JSON input must be an object", source=name)
    for key in ("title", "headline"):
        if isinstance(data.get(key), str) and data[key].strip():
            record.hints.setdefault("meta_title", data[key].strip())
            break
    if not record.url and isinstance(data.get("url"), str):
        record.url = data["url"]
    for key in JSON_DATE_KEYS:
        if isinstance(data.get(key), str) and data[key].strip():
            record.hints.setdefault("meta_date", data[key].strip())
            record.hints.setdefault("meta_date_source", "json")
            break
    for key in ("outlet", "source", "site", "sitename"):
        if isinstance(data.get(key), str) and data[key].strip():
            record.hints.setdefault("meta_outlet", data[key].strip())
            break
    authors = data.get("authors") or data.get("author")
    if isinstance(authors, str):
        authors = [authors]
    if isinstance(authors, list):
        record.hints.setdefault("meta_authors", [a for a in authors if isinstance(a, str)])
    tags = data.get("tags") or data.get("keywords")
    if isinstance(tags, list):
        record.hints.setdefault("meta_tags", [t for t in tags if isinstance(t, str)])
    for key in JSON_HTML_KEYS:
        if isinstance(data.get(key), str) and data[key].strip():
            return data[key], "html"
    for key in JSON_TEXT_KEYS:
        if isinstance(data.get(key), str) and data[key].strip():
            return data[key], "text"
    raise BadInput("JSON object has no text or html field", source=name)
