"""Split paragraphs into sentences, with offsets into the body.

Rules: a sentence ends at . ! ? (and a closing quote after them) followed by
space and a capital, digit or quote; not after an abbreviation (Dr., Jl., S.H.,
dll.), an initial ("M. Yusuf"), or inside a quotation that closes later in the
same paragraph, so a multi-sentence quote stays with its attribution.
"""

from __future__ import annotations

import re

from warta.config import Config
from warta.lang.id.abbreviations import ABBREVIATIONS, DEGREES_AFTER_NAME
from warta.record import Record, Sentence
from warta.stages.quotemarks import quoted_spans

# A closing mark (\u201d) also opens quotes in some outlets' copy: ". \u201dSehari …".
# A boundary starts only where a run of . ! ? starts, and the run and its closing marks are
# taken whole (possessive): a shorter part of either is followed by more of the same, never by
# the space the lookahead needs, so this finds the same boundaries in linear time, where the
# plain pattern retried every position of a run of 100,000 dots (quadratic: over a minute).
_BOUNDARY_RE = re.compile(
    r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s+[\"'\u201c\u201d\u2018(\[]?[A-Z0-9])"
)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z.]+)\.$")


def segment(record: Record, config: Config) -> Record:
    """Fill ``record.sentences`` from ``record.paragraphs``."""
    sentences: list[Sentence] = []
    offset = 0
    for index, paragraph in enumerate(record.paragraphs):
        for start, end in split_sentences(paragraph):
            sentences.append(Sentence(paragraph[start:end], offset + start, offset + end, index))
        offset += len(paragraph) + 2  # paragraphs are joined by a blank line
    record.sentences = sentences
    return record


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in one paragraph."""
    inside = _quote_regions(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end()
        if _is_abbreviation(text, match.start()) or any(a < match.start() and end < b for a, b in inside):
            continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE_RE.search(text[max(0, dot - 20) : dot + 1])
    if not match:
        return False
    word = match.group(1)
    if word.replace(".", "").lower() in DEGREES_AFTER_NAME and "." in word:
        return False  # "… Abdul Rahman, S.H., M.H. Jaksa menyebut …" ends at the degree
    if "." in word:  # "a.n.", "Jkt.Pst."
        return True
    if len(word) == 1 and word.isupper():  # an initial: "M. Yusuf"
        return True
    return word.lower() in ABBREVIATIONS


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of balanced quotations in the paragraph (single quotes too, as in quotes.quoted_spans)."""
    return [(a - 1, b + 1) for a, b in quoted_spans(text)]
