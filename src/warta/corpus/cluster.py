"""Story clustering: group articles about the same event within a time window.

The method is described in ``docs/clustering.md``. In short: every article
becomes a set of canonical entity names and a short TF-IDF term vector;
articles within ``story_window_days`` that share a rare entity or a top term
are compared; the score is the mean of a rarity-weighted entity cosine and
the cosine of the term vectors; an article joins the story of its best-scoring
earlier article when the score reaches ``story_threshold``, else it starts a
new story. The pass is deterministic (articles sorted by date, then id), so a
rerun over the same articles gives the same stories.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from warta.record import Record

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
TERMS_KEPT = 60  # terms per article kept after counting (by frequency)
BLOCKING_TERMS = 5  # top TF-IDF terms that also nominate candidates
ENTITY_WEIGHT = 0.5  # share of the score from entities; the rest from text
MAX_POSTINGS_SCAN = 300  # newest postings looked at per shared key
# A key held by more than this share of the corpus ("Indonesia", "Jakarta")
# nominates no candidates; it still counts, with its low weight, in the score.
COMMON_KEY_SHARE = 0.05
COMMON_KEY_MIN = 50  # small corpora: every key may nominate


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.id.stop_words import STOP_WORDS
    except ImportError:  # spaCy is a core dependency; this only guards odd installs
        return frozenset()
    return frozenset(STOP_WORDS)


STOP_WORDS = _stop_words()


@dataclass(slots=True)
class Features:
    """What clustering needs of one article."""

    article_id: str
    day: int | None  # proleptic Gregorian ordinal of the publication date
    entities: frozenset[str]
    terms: dict[str, int]


def day_of(value: str | None) -> int | None:
    """Return the date ordinal of an ISO date or datetime string, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def features_of(record: Record) -> Features:
    """Extract the entity names and term counts of a record."""
    entities = frozenset(e.canonical.lower() for e in record.entities if e.canonical)
    counts = Counter(w for w in (t.lower() for t in WORD.findall(record.body)) if w not in STOP_WORDS)
    terms = dict(counts.most_common(TERMS_KEPT))
    return Features(record.id, day_of(record.published.date), entities, terms)


def cluster_stories(
    features: Iterable[Features], *, window_days: int = 3, threshold: float = 0.35
) -> dict[str, str]:
    """Assign a story id to every article; the id is the story's earliest article."""
    items = sorted(features, key=lambda f: (f.day is None, f.day or 0, f.article_id))
    total = len(items)
    if not total:
        return {}
    entity_df: Counter[str] = Counter()
    term_df: Counter[str] = Counter()
    for item in items:
        entity_df.update(item.entities)
        term_df.update(item.terms)
    # Smoothed IDF: an entity in every article weighs nothing, a one-off weighs log(N).
    entity_w = {e: math.log((1 + total) / (1 + n)) for e, n in entity_df.items()}
    common = max(COMMON_KEY_MIN, int(COMMON_KEY_SHARE * total))
    vectors = [_tfidf(item.terms, term_df, total) for item in items]

    story: dict[str, str] = {}
    postings: dict[str, list[tuple[int, int]]] = {}
    for index, item in enumerate(items):
        best, best_score = None, threshold
        if item.day is not None:
            keys = {f"e:{e}" for e in item.entities if entity_df[e] <= common}
            top = heapq.nlargest(BLOCKING_TERMS, vectors[index].items(), key=lambda kv: kv[1])
            keys.update(f"t:{t}" for t, _ in top if term_df[t] <= common)
            for other in _candidates(keys, postings, item.day - window_days):
                score = ENTITY_WEIGHT * _entity_overlap(item.entities, items[other].entities, entity_w)
                score += (1 - ENTITY_WEIGHT) * _cosine(vectors[index], vectors[other])
                if score >= best_score and (best is None or score > best_score or other < best):
                    best, best_score = other, score
            for key in keys:
                postings.setdefault(key, []).append((item.day, index))
        story[item.article_id] = item.article_id if best is None else story[items[best].article_id]
    return story


def _candidates(keys: set[str], postings: dict[str, list[tuple[int, int]]], earliest: int) -> set[int]:
    found: set[int] = set()
    for key in keys:
        posting = postings.get(key)
        if not posting:
            continue
        for day, other in reversed(posting[-MAX_POSTINGS_SCAN:]):
            if day < earliest:
                break
            found.add(other)
    return found


def _tfidf(terms: dict[str, int], df: Counter[str], total: int) -> dict[str, float]:
    vector = {t: (1 + math.log(n)) * math.log(1 + total / df[t]) for t, n in terms.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _entity_overlap(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Rarity-weighted cosine of two entity sets: shared weight over the geometric mean of totals."""
    if not a or not b:
        return 0.0
    shared = sum(weight[e] for e in a & b)
    if shared <= 0:
        return 0.0
    return shared / math.sqrt(sum(weight[e] for e in a) * sum(weight[e] for e in b))
