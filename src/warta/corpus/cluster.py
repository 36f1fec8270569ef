"""Story clustering: group articles about the same event within a time window.

The method is described in ``docs/clustering.md``. In short: every article
becomes a set of canonical entity names and a short TF-IDF term vector;
articles within ``story_window_days`` that share a rare entity or a top term
are compared; the score is the mean of a rarity-weighted entity cosine and
the cosine of the term vectors; an article joins the story of its best-scoring
earlier article (its *parent*) when the score reaches ``story_threshold``,
else it starts a new story.

Every statistic of a decision (document frequencies, rarity, which keys are
too common to nominate candidates) is counted over the articles of the
article's window only: the days ``[day - window_days, day]``. So an article's
parent depends on the articles of its window and nothing else, and articles
are placed in (day, id) order. That makes the result independent of arrival
order and lets ingest work incrementally: new articles on day d can only
change the decisions of days ``[d, d + window_days]``; later articles only
inherit a changed story id through their parent (``place_pending``). A full
pass (``warta stories --rebuild``) runs the same code over every day.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING

from warta.lang.id.stop_words import STOP_WORDS
from warta.record import Record

if TYPE_CHECKING:
    from warta.store.base import Store, StoryRow

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
TERMS_KEPT = 40  # terms per article kept after counting (by frequency)
BLOCKING_TERMS = 5  # top TF-IDF terms that also nominate candidates
ENTITY_WEIGHT = 0.5  # share of the score from entities; the rest from text
MAX_POSTINGS_SCAN = 300  # newest postings looked at per shared key
# A key held by more than this share of the window's articles ("Indonesia", "Jakarta")
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


def features_to_json(item: Features) -> tuple[str, str]:
    """The stored form of features: (entities, terms) as JSON text."""
    return (
        json.dumps(sorted(item.entities), ensure_ascii=False),
        json.dumps(dict(sorted(item.terms.items())), ensure_ascii=False),
    )


def features_from_row(row: StoryRow) -> Features:
    return Features(row.article_id, row.day, frozenset(json.loads(row.entities)), json.loads(row.terms))


def posting_keys(item: Features) -> tuple[str, ...]:
    """Every key an article can be found under: all its entities and kept terms.

    Which of them *nominate* is decided by the later article, from its own window,
    so the postings never depend on the statistics of the day they were made.
    """
    return tuple([f"e:{e}" for e in sorted(item.entities)] + [f"t:{t}" for t in sorted(item.terms)])


@dataclass(slots=True)
class Placed:
    """An article placed in the window: its features, blocking keys, parent and story."""

    item: Features
    day: int
    keys: tuple[str, ...] = ()
    parent: str | None = None
    story: str = ""


@dataclass(slots=True)
class Window:
    """The placed articles of the last ``window_days + 1`` days and their document frequencies."""

    window_days: int
    threshold: float
    days: deque[tuple[int, list[Placed]]] = field(default_factory=deque)
    entity_df: Counter[str] = field(default_factory=Counter)
    term_df: Counter[str] = field(default_factory=Counter)
    total: int = 0
    postings: dict[str, deque[Placed]] = field(default_factory=dict)  # key -> placed, oldest first
    by_id: dict[str, Placed] = field(default_factory=dict)
    _vectors: dict[str, dict[str, float]] = field(default_factory=dict)  # for the current day's statistics

    def enter_day(self, day: int, items: list[Features]) -> list[Placed]:
        """Drop days older than the window, count ``items`` into the statistics, return them unplaced."""
        earliest = day - self.window_days
        while self.days and self.days[0][0] < earliest:
            _, gone = self.days.popleft()
            for placed in gone:
                self.total -= 1
                self.entity_df.subtract(placed.item.entities)
                self.term_df.subtract(placed.item.terms.keys())
                del self.by_id[placed.item.article_id]
                for key in placed.keys:
                    posting = self.postings.get(key)
                    while posting and posting[0].day < earliest:
                        posting.popleft()
                    if posting is not None and not posting:
                        del self.postings[key]
        placed_today = [Placed(item, day) for item in items]
        for placed in placed_today:
            self.total += 1
            self.entity_df.update(placed.item.entities)
            self.term_df.update(placed.item.terms.keys())
        self.days.append((day, placed_today))
        self._vectors = {}
        return placed_today

    def _vector(self, item: Features) -> dict[str, float]:
        """L2-normalised TF-IDF weights of ``item`` under the current window's statistics."""
        vector = self._vectors.get(item.article_id)
        if vector is None:
            total, df = self.total, self.term_df
            weights = {
                t: (1 + math.log(n)) * math.log(1 + total / max(1, df[t]))
                for t, n in sorted(item.terms.items())
            }
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            vector = self._vectors[item.article_id] = {t: w / norm for t, w in weights.items()}
        return vector

    def decide(self, placed: Placed) -> None:
        """Find ``placed``'s parent among the earlier articles of the window and set its story."""
        item = placed.item
        total = self.total
        common = max(COMMON_KEY_MIN, int(COMMON_KEY_SHARE * total))
        mine = self._vector(item)
        placed.keys = posting_keys(item)
        # Ties broken by term so that the choice never depends on dict order.
        top = sorted(mine, key=lambda t: (-mine[t], t))[:BLOCKING_TERMS]
        nominating = [f"e:{e}" for e in sorted(item.entities) if self.entity_df[e] <= common]
        nominating += [f"t:{t}" for t in top if self.term_df[t] <= common]
        found: dict[str, Placed] = {}
        for key in nominating:
            posting = self.postings.get(key)
            if not posting:
                continue
            for n, other in enumerate(reversed(posting)):
                if n >= MAX_POSTINGS_SCAN:
                    break
                found[other.item.article_id] = other
        entity_w = {e: math.log((1 + total) / (1 + self.entity_df[e])) for e in item.entities}
        best: Placed | None = None
        best_score = self.threshold
        # Candidates in id order, so ties go to the smallest id whatever the input order.
        for other_id in sorted(found):
            other = found[other_id]
            score = ENTITY_WEIGHT * _entity_overlap(item.entities, other.item.entities, entity_w, self)
            theirs = self._vector(other.item)
            score += (1 - ENTITY_WEIGHT) * sum(w * mine.get(t, 0.0) for t, w in theirs.items())
            if score > best_score or (best is None and score >= best_score):
                best, best_score = other, score
        placed.parent = best.item.article_id if best is not None else None
        placed.story = best.story if best is not None else item.article_id

    def inherit(self, placed: Placed, parent: str | None, stored_story: str | None) -> None:
        """Keep a stored decision: the parent's (possibly new) story, else the stored story."""
        placed.parent = parent
        item = placed.item
        placed.keys = posting_keys(item)
        if parent is not None and parent in self.by_id:
            placed.story = self.by_id[parent].story
        else:
            placed.story = stored_story or item.article_id

    def add(self, placed: Placed) -> None:
        """Make a placed article a candidate for the ones after it."""
        self.by_id[placed.item.article_id] = placed
        for key in placed.keys:
            self.postings.setdefault(key, deque()).append(placed)


def cluster_stories(
    features: Iterable[Features], *, window_days: int = 3, threshold: float = 0.35
) -> dict[str, str]:
    """Assign a story id to every article; the id is the story's earliest article."""
    items = list(features)
    stories = {item.article_id: item.article_id for item in items if item.day is None}
    dated = sorted((i for i in items if i.day is not None), key=lambda i: (i.day or 0, i.article_id))
    window = Window(window_days, threshold)
    for day, group in groupby(dated, key=lambda i: i.day or 0):
        for placed in window.enter_day(day, list(group)):
            window.decide(placed)
            window.add(placed)
            stories[placed.item.article_id] = placed.story
    return stories


def _merged(days: list[int], window_days: int) -> list[tuple[int, int]]:
    """Merge the day ranges ``[d, d + window_days]`` of ``days`` (sorted)."""
    out: list[tuple[int, int]] = []
    for day in days:
        if out and day <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], day + window_days))
        else:
            out.append((day, day + window_days))
    return out


def _by_day(rows: Iterator[StoryRow]) -> Iterator[tuple[int, list[StoryRow]]]:
    for day, group in groupby(rows, key=lambda r: r.day):
        yield day, list(group)


def place_pending(store: Store, window_days: int, threshold: float, flush: int = 1000) -> int:
    """Place every pending article in a story and update the stories that change; return decisions written.

    Run inside the store's write transaction. Days ``[d, d + window_days]`` of
    each pending day d are decided again; after them, articles inherit their
    parent's story until a whole window passes with no change.
    """
    days, undated = store.pending_story_days()
    decisions: list[tuple[str, str | None, str]] = [(a, None, a) for a in undated]
    written = 0
    intervals = _merged(days, window_days)
    index = 0
    last_change = -(10**9)
    start = intervals[0][0] - window_days if intervals else None
    while start is not None:
        restart: int | None = None
        window = Window(window_days, threshold)
        for day, rows in _by_day(store.iter_story_rows(start)):
            while index < len(intervals) and intervals[index][1] < day:
                index += 1
            dirty = index < len(intervals) and intervals[index][0] <= day
            if not dirty and day > last_change + window_days:
                if index >= len(intervals):
                    break
                if day < intervals[index][0] - window_days:
                    restart = intervals[index][0] - window_days
                    break
            placed_today = window.enter_day(day, [features_from_row(r) for r in rows])
            for row, placed in zip(rows, placed_today, strict=True):
                if dirty:
                    window.decide(placed)
                else:
                    window.inherit(placed, row.parent_id, row.story_id)
                window.add(placed)
                if placed.story != row.story_id or placed.parent != row.parent_id:
                    decisions.append((row.article_id, placed.parent, placed.story))
                    last_change = day
            if len(decisions) >= flush:
                store.write_story_decisions(decisions)
                written += len(decisions)
                decisions = []
        start = restart
    if decisions:
        store.write_story_decisions(decisions)
        written += len(decisions)
    store.finish_story_pass()
    return written


def _entity_overlap(
    mine: frozenset[str], other: frozenset[str], weight: dict[str, float], window: Window
) -> float:
    """Rarity-weighted cosine of two entity sets: shared weight over the geometric mean of totals."""
    if not mine or not other:
        return 0.0
    # Sums run in sorted order: set order varies between processes (string hashing is
    # salted), and a last-bit difference must never flip a decision at the threshold.
    theirs_sorted = sorted(other)
    shared = sum(weight[e] for e in theirs_sorted if e in mine)
    if shared <= 0:
        return 0.0
    total = window.total
    theirs = sum(math.log((1 + total) / (1 + window.entity_df[e])) for e in theirs_sorted)
    mine_total = sum(weight[e] for e in sorted(mine))
    return shared / math.sqrt(mine_total * theirs) if theirs > 0 else 0.0
