"""Turn an article body and its spans into safe HTML paragraphs.

Every piece of text is escaped here, segment by segment; only the tags this
module writes itself (``<p>``, ``<q>``, ``<a>``, ``<mark>``, ``<time>``) are
left as markup. Quotes wrap the inner marks (entities and dates); an inner
mark that straddles a quote edge is dropped rather than mis-nested.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from warta.record import Record

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_MARK_TAG = re.compile(r"(</?mark>)")


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    kind: str  # entity | date
    label: str = ""  # entity type, or the ISO value of a date
    target: str = ""  # link target for entities


@dataclass(slots=True)
class _QuoteSpan:
    start: int
    end: int
    speaker: str | None


def entity_href(canonical: str) -> str:
    """Return the page address of an entity given its canonical name or id."""
    return "/entity/" + url_quote(canonical, safe="")


# Explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). A snippet
# joins a quote and its attribution in one run of text, where an override inside the quote
# would reverse "kata Dewi Lestari" too; snippets drop them (the article page keeps the text
# as written and isolates each quote instead).
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def safe_snippet(snippet: str) -> Markup:
    """Re-escape a store snippet, keeping only its ``<mark>`` tags.

    The store promises escaped text, but the page must not depend on that:
    each text segment is unescaped and escaped again, so stray markup
    can never reach the browser.
    """
    out: list[str] = []
    for part in _MARK_TAG.split(snippet or ""):
        if part in ("<mark>", "</mark>"):
            out.append(part)
        else:
            out.append(str(escape(html.unescape(part).translate(_BIDI_CONTROLS))))
    # Balance the tags a truncated snippet may have left open.
    opened = sum(1 for p in out if p == "<mark>") - sum(1 for p in out if p == "</mark>")
    out.extend(["</mark>"] * max(opened, 0))
    return Markup("".join(out))


def _inner_marks(record: Record) -> list[_Mark]:
    marks: list[_Mark] = []
    for ent in record.entities:
        spans = ent.mentions or ([[ent.start, ent.end]] if ent.end > ent.start else [])
        for span in spans:
            if len(span) >= 2 and 0 <= span[0] < span[1] <= len(record.body):
                marks.append(_Mark(span[0], span[1], "entity", ent.type, ent.canonical or ent.text))
    for date in record.dates:
        if 0 <= date.start < date.end <= len(record.body):
            marks.append(_Mark(date.start, date.end, "date", date.value))
    # Keep the earliest, then longest, of overlapping marks.
    marks.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mark] = []
    for mark in marks:
        if not kept or mark.start >= kept[-1].end:
            kept.append(mark)
    return kept


def _quote_spans(record: Record) -> list[_QuoteSpan]:
    spans = [
        _QuoteSpan(q.start, q.end, q.speaker)
        for q in record.quotes
        if 0 <= q.start < q.end <= len(record.body)
    ]
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[_QuoteSpan] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _render_mark(mark: _Mark, text: str) -> str:
    if mark.kind == "date":
        value = escape(mark.label)
        return f'<time class="hl-date" datetime="{value}" title="{value}">{escape(text)}</time>'
    kind = escape(mark.label.lower())
    href = escape(entity_href(mark.target))
    title = escape(f"{mark.target} ({mark.label})")
    return f'<a class="hl-ent hl-{kind}" href="{href}" title="{title}">{escape(text)}</a>'


def _render_range(body: str, start: int, end: int, marks: list[_Mark]) -> str:
    """Render ``body[start:end]`` with the marks lying wholly inside it."""
    out: list[str] = []
    pos = start
    for mark in marks:
        if mark.start < start or mark.end > end:
            continue
        if mark.start > pos:
            out.append(str(escape(body[pos : mark.start])))
        out.append(_render_mark(mark, body[mark.start : mark.end]))
        pos = mark.end
    if pos < end:
        out.append(str(escape(body[pos:end])))
    return "".join(out)


def _paragraph_ranges(body: str) -> list[tuple[int, int]]:
    ranges = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        ranges.append((pos, match.start()))
        pos = match.end()
    ranges.append((pos, len(body)))
    return [(s, e) for s, e in ranges if body[s:e].strip()]


def highlight_body(record: Record) -> list[Markup]:
    """Return the body as a list of HTML paragraphs with entities, dates and quotes marked."""
    body = record.body or ""
    marks = _inner_marks(record)
    quotes = _quote_spans(record)
    paragraphs: list[Markup] = []
    for p_start, p_end in _paragraph_ranges(body):
        out: list[str] = []
        pos = p_start
        for quote in quotes:
            # Clip quotes to the paragraph; a quote spanning paragraphs is marked in each part.
            q_start, q_end = max(quote.start, p_start), min(quote.end, p_end)
            if q_start >= q_end:
                continue
            out.append(_render_range(body, pos, q_start, marks))
            speaker = escape(quote.speaker or "")
            # Only the first part of a quote that spans paragraphs carries the anchor id.
            anchor = f' id="q-{quote.start}"' if q_start == quote.start else ""
            out.append(
                f'<q class="hl-quote"{anchor} data-speaker="{speaker}">'
                f"{_render_range(body, q_start, q_end, marks)}</q>"
            )
            pos = q_end
        out.append(_render_range(body, pos, p_end, marks))
        paragraphs.append(Markup("".join(out)))
    return paragraphs
