"""Article and entity tone from the classifier's sentence probabilities.

An article's label weighs its headline against its body: the headline states the news and
its framing (the same text type as the CNBC headlines the model learnt from), and the body's
sentences say how it unfolds. An entity's tone is read from the sentences that mention it,
each reduced to the clause holding the mention when the sentence turns ("namun", "tetapi",
"sementara itu"), because the annotators' rule is that the stressed clause decides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from warta.lang.id.tone_words import CLAUSE_BREAKS, MENTION_ONLY_AFTER, MENTION_ONLY_BEFORE
from warta.record import ToneLabel
from warta.tone.model import ToneModel, verdict

TITLE_WEIGHT = 0.3  # share of the headline in the article's probabilities (tuned on eval/tone dev)
LEAD_SENTENCES = 1000  # body sentences that count (all: tuned on eval/tone dev)

_BREAK_RE = re.compile(r"(?:[;:]|,?\s+\b(?:" + "|".join(CLAUSE_BREAKS) + r")\b)", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mention: the sentence it is in and its offsets inside that sentence."""

    sentence: str
    start: int
    end: int


def article_probabilities(model: ToneModel, title: str | None, sentences: Sequence[str]) -> np.ndarray:
    """(negative, neutral, positive) probabilities of a whole article."""
    body = list(sentences[:LEAD_SENTENCES])
    texts = ([title] if title else []) + body
    if not texts:
        return np.array([0.0, 1.0, 0.0])
    probabilities = model.probabilities(texts)
    if title and body:
        return TITLE_WEIGHT * probabilities[0] + (1 - TITLE_WEIGHT) * probabilities[1:].mean(axis=0)
    return probabilities.mean(axis=0)  # type: ignore[no-any-return]


def clause_of(mention: Mention) -> str:
    """The clause of the sentence that holds the mention.

    The clause runs from the end of the last break wholly before the mention to the
    start of the first break at or after its end (a break overlapping the mention does
    not count). Break positions are found once per sentence and bisected, so a sentence
    with many mentions costs its length once, not once per mention.
    """
    index = _sentence_index(mention.sentence)
    after = bisect.bisect_left(index.break_starts, mention.end)
    before = bisect.bisect_right(index.break_ends, mention.start) - 1
    start = index.break_ends[before] if before >= 0 else 0
    end = index.break_starts[after] if after < len(index.break_starts) else len(mention.sentence)
    return mention.sentence[start:end]


_EDGE_WORD_RE = re.compile(r"\w+")


def only_mentioned(mention: Mention) -> bool:
    """The mention is a place, source or speaker ("di Jakarta", "kata Yusri", "Polri menyatakan")."""
    index = _sentence_index(mention.sentence)
    sentence = mention.sentence
    # The last word starting before the mention, cut at it (as if the prefix alone were searched).
    last = bisect.bisect_left(index.word_starts, mention.start) - 1
    if last >= 0:
        word = sentence[index.word_starts[last] : min(index.word_ends[last], mention.start)]
        if word.lower() in MENTION_ONLY_BEFORE:
            return True
    # The first word ending after the mention, from the mention's end on.
    first = bisect.bisect_right(index.word_ends, mention.end)
    if first < len(index.word_ends):
        word = sentence[max(index.word_starts[first], mention.end) : index.word_ends[first]]
        if word.lower() in MENTION_ONLY_AFTER:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _SentenceIndex:
    break_starts: list[int]
    break_ends: list[int]
    word_starts: list[int]
    word_ends: list[int]


@lru_cache(maxsize=256)
def _sentence_index(sentence: str) -> _SentenceIndex:
    """Clause-break and word positions of one sentence (sorted: matches do not overlap)."""
    breaks = [m.span() for m in _BREAK_RE.finditer(sentence)]
    words = [m.span() for m in _EDGE_WORD_RE.finditer(sentence)]
    return _SentenceIndex(
        [b[0] for b in breaks], [b[1] for b in breaks], [w[0] for w in words], [w[1] for w in words]
    )


def entity_tone(model: ToneModel, mentions: Sequence[Mention]) -> ToneLabel | None:
    """The tone of the text toward one entity, from the clauses of the mentions that evaluate it."""
    if not mentions:
        return None
    evaluated = [m for m in mentions if not only_mentioned(m)]
    if not evaluated:
        return ToneLabel("neutral", 0.0)
    probabilities = model.probabilities([clause_of(m) for m in evaluated])
    return verdict(probabilities.mean(axis=0))


def entity_tones(model: ToneModel, mentions: Sequence[Sequence[Mention]]) -> list[ToneLabel | None]:
    """``entity_tone`` for many entities, scored in one batch (one article's entities)."""
    clauses: dict[str, int] = {}
    for group in mentions:
        for m in group:
            if not only_mentioned(m):
                clauses.setdefault(clause_of(m), len(clauses))
    probabilities = model.probabilities(list(clauses)) if clauses else np.zeros((0, 3))
    out: list[ToneLabel | None] = []
    for group in mentions:
        if not group:
            out.append(None)
            continue
        rows = [clauses[clause_of(m)] for m in group if not only_mentioned(m)]
        out.append(verdict(probabilities[rows].mean(axis=0)) if rows else ToneLabel("neutral", 0.0))
    return out
