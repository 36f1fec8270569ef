"""Find quotations in text: straight, curly, mixed ("…\u201d), single and guillemet marks."""

from __future__ import annotations

from warta.lang.id.cues import QUOTE_PAIRS

# A single-quoted stretch shorter than this is an apostrophe or a scare quote ("Jum'at").
_MIN_SINGLE_QUOTE_CHARS = 15


def quoted_spans(text: str, *, nested: bool = False) -> list[tuple[int, int]]:
    """Inner spans of quotations; mixed marks ("…”) accepted. ``nested`` looks inside a quote."""
    spans: list[tuple[int, int]] = []
    if not any(mark in text for mark in QUOTE_PAIRS):
        return spans
    i = 0
    while i < len(text):
        char = text[i]
        closers = QUOTE_PAIRS.get(char)
        single = char in "'\u2018"
        if closers and (i == 0 or not text[i - 1].isalnum()) and (single or not nested):
            j = i + 1
            while j < len(text):
                if text[j] in closers and (j + 1 == len(text) or not text[j + 1].isalnum()):
                    if not single or j - i > _MIN_SINGLE_QUOTE_CHARS:
                        break
                j += 1
            if j < len(text) and j > i + 1:
                spans.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return spans
