"""Decode the input and split it into lines, with the evidence of an HTML page or a JSON object."""

from __future__ import annotations

import json
import re

from warta.config import Config
from warta.errors import BadInput
from warta.extract import html as html_extract
from warta.extract import json as json_extract
from warta.extract.urls import url_dates
from warta.record import Evidence, Record
from warta.text.decode import decode

_HTML_START_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAG_RE = re.compile(r"</?(?:p|div|article|span|br|h[1-6]|a|section|figure|meta|title)\b", re.I)


def load(record: Record, config: Config) -> Record:
    """Fill ``raw``, ``raw_format``, ``raw_lines`` and ``evidence`` from ``record.input``.

    An HTML page that is a photo story, a video, a live blog or one page of several adds
    a warning (``warta.extract.pagekind``).
    """
    source = record.input if record.input else record.raw
    name = record.origin
    text = decode(source, config, name=name)
    record.input = ""  # decoded: the undecoded copy is not needed any more
    fmt = sniff_format(text)
    if fmt == "json":
        text, fmt = _from_json(record, text, name)
    record.raw, record.raw_format = text, fmt
    if fmt == "html":
        page = html_extract.extract_page(text, url=record.url)
        record.raw_lines = page.lines
        record.warnings += page.warnings
        _merge(record.evidence, page.evidence)
        if not record.url and page.url:
            record.url = page.url
    else:
        record.raw_lines = text.splitlines()
    canonical = [found.value for found in record.evidence.urls]
    record.evidence.dates += url_dates([record.url, *canonical])
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
    try:
        article = json_extract.read_object(data)
    except json_extract.NoArticleText as exc:
        raise BadInput(f"JSON object has {exc}", source=name) from exc
    if not record.url and article.url:
        record.url = article.url
    _merge(record.evidence, article.evidence)
    return article.content, article.fmt


def _merge(into: Evidence, found: Evidence) -> None:
    """Append ``found``'s evidence after what ``into`` already holds (earlier sources first)."""
    for name in Evidence.__dataclass_fields__:
        current = getattr(into, name)
        if isinstance(current, dict):
            for key, value in getattr(found, name).items():
                current.setdefault(key, value)
        else:
            current += getattr(found, name)
