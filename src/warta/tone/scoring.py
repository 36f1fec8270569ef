"""Article and entity tone from the classifier's sentence probabilities.

An article's label weighs its headline against its body: the headline states the news and
its framing (the same text type as the CNBC headlines the model learnt from), and the body's
sentences say how it unfolds. An entity's tone is read from the sentences that mention it,
each reduced to the clause holding the mention when the sentence turns ("namun", "tetapi",
"sementara itu"), because the annotators' rule is that the stressed clause decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
    """The clause of the sentence that holds the mention."""
    start = 0
    for match in _BREAK_RE.finditer(mention.sentence):
        if match.start() >= mention.end:
            return mention.sentence[start : match.start()]
        if match.end() <= mention.start:
            start = match.end()
    return mention.sentence[start:]


_EDGE_WORD_RE = re.compile(r"\w+")


def only_mentioned(mention: Mention) -> bool:
    """The mention is a place, source or speaker ("di Jakarta", "kata Yusri", "Polri menyatakan")."""
    before = _EDGE_WORD_RE.findall(mention.sentence[: mention.start])
    after = _EDGE_WORD_RE.findall(mention.sentence[mention.end :])
    return bool(before and before[-1].lower() in MENTION_ONLY_BEFORE) or bool(
        after and after[0].lower() in MENTION_ONLY_AFTER
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
