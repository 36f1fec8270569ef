"""Highlighted snippets: HTML-escaped text with <mark> around words whose stem matches.

Matching is done on stems, so a query for "membantah" marks "bantahan" in the text,
the same way the index matched it. Both backends use this, so snippets look alike.
"""

from __future__ import annotations

import html
from collections.abc import Collection

from warta.text.stem import WORD_RE, stem_word

ELLIPSIS = "…"
_MAX_OPENINGS = 40


def _matches(text: str, stems: Collection[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD_RE.finditer(text) if stem_word(m.group().lower()) in stems]


def _render(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    out: list[str] = []
    pos = start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def highlight(text: str, stems: Collection[str]) -> str:
    """Return the whole text escaped, with every matching word in <mark>."""
    return _render(text, _matches(text, stems) if stems else [], 0, len(text))


def snippet(text: str, stems: Collection[str], max_chars: int = 220) -> str:
    """Return an escaped excerpt of about ``max_chars`` around the densest run of matches.

    Without matches (or without query words) the excerpt is the start of the text.
    """
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return highlight(text, stems)
    spans = _matches(text, stems) if stems else []
    start = 0
    if spans:
        # Pick the window, opening a little before a match, that holds the most distinct stems.
        # Only the first matches are tried as openings: a stop word can match hundreds of times.
        stems_at = [stem_word(text[a:b].lower()) for a, b in spans]
        best = -1
        for i, (s, _) in enumerate(spans[:_MAX_OPENINGS]):
            lo = max(0, s - max_chars // 5)
            found = set()
            for (_a, b), stem in zip(spans[i:], stems_at[i:], strict=True):
                if b > lo + max_chars:
                    break
                found.add(stem)
            if len(found) > best:
                best, start = len(found), lo
    end = min(len(text), start + max_chars)
    # Move the cuts to word boundaries so no word is split.
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + max_chars // 2 else end
    body = _render(text, spans, start, end)
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(text) else "")
