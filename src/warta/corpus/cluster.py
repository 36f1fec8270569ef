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
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from warta.lang.id.stop_words import STOP_WORDS
from warta.record import Record

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
TERMS_KEPT = 40  # terms per article kept after counting (by frequency)
BLOCKING_TERMS = 5  # top TF-IDF terms that also nominate candidates
ENTITY_WEIGHT = 0.5  # share of the score from entities; the rest from text
MAX_POSTINGS_SCAN = 300  # newest postings looked at per shared key
# A key held by more than this share of the corpus ("Indonesia", "Jakarta")
# nominates no candidates; it still counts, with its low weight, in the score.
COMMON_KEY_SHARE = 0.05
COMMON_KEY_MIN = 50  # small corpora: every key may nominate


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
    corpus = StoryCorpus()
    for item in features:
        corpus.add(item)
    return corpus.assign(window_days, threshold)


class StoryCorpus:
    """Features of many articles, held as integer ids and typed arrays (about 1.4 kB an article).

    ``add`` articles in any order, then ``assign`` stories; the result does not
    depend on the order of ``add`` calls.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.days: list[int | None] = []
        self.entities: list[tuple[int, ...]] = []
        self.terms: list[array[int]] = []
        self.counts: list[array[int]] = []
        self.entity_ids: dict[str, int] = {}
        self.term_ids: dict[str, int] = {}
        self.entity_df: list[int] = []
        self.term_df: list[int] = []

    def add(self, item: Features) -> None:
        self.ids.append(item.article_id)
        self.days.append(item.day)
        self.entities.append(
            tuple(sorted(_intern(self.entity_ids, self.entity_df, e) for e in item.entities))
        )
        pairs = sorted(
            (_intern(self.term_ids, self.term_df, t), min(n, 65535)) for t, n in item.terms.items()
        )
        self.terms.append(array("i", (t for t, _ in pairs)))
        self.counts.append(array("H", (n for _, n in pairs)))

    def _vectors(self) -> list[array[float]]:
        """Turn term counts into L2-normalised TF-IDF weights, freeing the counts."""
        total = len(self.ids)
        idf = [math.log(1 + total / n) for n in self.term_df]
        vectors = []
        for terms, counts in zip(self.terms, self.counts, strict=True):
            weights = [(1 + math.log(n)) * idf[t] for t, n in zip(terms, counts, strict=True)]
            norm = math.sqrt(sum(w * w for w in weights)) or 1.0
            vectors.append(array("f", (w / norm for w in weights)))
        self.counts = []
        return vectors

    def __len__(self) -> int:
        return len(self.ids)

    def assign(self, window_days: int, threshold: float) -> dict[str, str]:
        """Return article id -> story id (the story's earliest article); see the module docstring."""
        total = len(self.ids)
        if not total:
            return {}
        order = sorted(range(total), key=lambda i: (self.days[i] is None, self.days[i] or 0, self.ids[i]))
        vectors = self._vectors()
        # Smoothed IDF: an entity in every article weighs nothing, a one-off weighs log(N).
        entity_w = [math.log((1 + total) / (1 + n)) for n in self.entity_df]
        common = max(COMMON_KEY_MIN, int(COMMON_KEY_SHARE * total))
        story: list[int] = list(range(total))  # article position -> position of the story's first article
        postings: dict[int, array[int]] = {}  # entity id * 2 or term id * 2 + 1 -> positions, oldest first
        days = self.days
        for index in order:
            day = days[index]
            if day is None:
                continue
            terms, weights = self.terms[index], vectors[index]
            keys = [2 * e for e in self.entities[index] if self.entity_df[e] <= common]
            top = heapq.nlargest(BLOCKING_TERMS, range(len(terms)), key=weights.__getitem__)
            keys += [2 * terms[k] + 1 for k in top if self.term_df[terms[k]] <= common]
            mine = dict(zip(terms, weights, strict=True))
            entities = set(self.entities[index])
            best, best_score = -1, threshold
            # Candidates in id order, so ties go to the smallest id whatever the input order.
            for other in sorted(
                _candidates(keys, postings, days, day - window_days), key=self.ids.__getitem__
            ):
                score = ENTITY_WEIGHT * _entity_overlap(entities, self.entities[other], entity_w)
                score += (1 - ENTITY_WEIGHT) * _cosine(mine, self.terms[other], vectors[other])
                if score > best_score or (best < 0 and score >= best_score):
                    best, best_score = other, score
            for key in keys:
                postings.setdefault(key, array("i")).append(index)
            if best >= 0:
                story[index] = story[best]
        return {self.ids[i]: self.ids[story[i]] for i in range(total)}


def _intern(ids: dict[str, int], df: list[int], name: str) -> int:
    number = ids.get(name)
    if number is None:
        number = ids[name] = len(df)
        df.append(0)
    df[number] += 1
    return number


def _candidates(
    keys: list[int], postings: dict[int, array[int]], days: list[int | None], earliest: int
) -> set[int]:
    found: set[int] = set()
    for key in keys:
        posting = postings.get(key)
        if not posting:
            continue
        for other in reversed(posting[-MAX_POSTINGS_SCAN:]):
            if (days[other] or 0) < earliest:
                break
            found.add(other)
    return found


def _cosine(mine: dict[int, float], terms: array[int], weights: array[float]) -> float:
    return sum(w * mine.get(t, 0.0) for t, w in zip(terms, weights, strict=True))


def _entity_overlap(mine: set[int], other: tuple[int, ...], weight: list[float]) -> float:
    """Rarity-weighted cosine of two entity sets: shared weight over the geometric mean of totals."""
    if not mine or not other:
        return 0.0
    shared = sum(weight[e] for e in other if e in mine)
    if shared <= 0:
        return 0.0
    return shared / math.sqrt(sum(weight[e] for e in mine) * sum(weight[e] for e in other))
