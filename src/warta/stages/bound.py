"""Bound the body before analysis: cap its length; say whether a body is article text at all.

Runs right after ``clean``: every later stage (segmenting, NER, quotes, claims,
tone) costs time in the body's length, so a body over ``Config.max_body_chars`` is
cut at the last paragraph end (else sentence end, else space) before the cap and the
record is marked ``truncated``. The default cap (200,000 characters) is five times the
longest body Warta extracts from the 1,114 real pages in ``shared/data/devpages``
(see docs/reliability.md for the measurement).
"""

from __future__ import annotations

import re

from warta.config import Config
from warta.record import Record

# Raw text kept before cleaning, in multiples of max_body_chars (see bound_lines).
RAW_FACTOR = 4
# A body needs at least one word of two letters or digits to be an article.
_WORD_RE = re.compile(r"[^\W_]{2}")
# Where a cut may fall, best first: a paragraph break, a sentence end, any space.
_CUT_MARKS = ("\n\n", ". ", " ")
# A cut is taken at a mark only in the last tenth of the cap, else at the cap itself.
_CUT_WINDOW = 0.1


def bound(record: Record, config: Config) -> Record:
    """Cut ``body`` (and ``paragraphs``) at ``max_body_chars`` and mark the record ``truncated``."""
    limit = config.max_body_chars
    if limit > 0 and len(record.body) > limit:
        cut = cut_point(record.body, limit)
        record.body = record.body[:cut].rstrip()
        record.paragraphs = _paragraphs_within(record.paragraphs, len(record.body))
        record.truncated = True
    return record


def bound_lines(record: Record, config: Config) -> Record:
    """Keep the raw lines up to ``RAW_FACTOR`` times ``max_body_chars`` (before cleaning).

    Cleaning a 5 MB text costs seconds though only the first ``max_body_chars`` of its
    body are analysed; boilerplate removed by ``clean`` rarely takes more than half the
    lines, so four times the cap leaves ``bound`` a full body to cut.
    """
    limit = config.max_body_chars * RAW_FACTOR
    if config.max_body_chars <= 0 or sum(len(line) for line in record.raw_lines) <= limit:
        return record
    kept: list[str] = []
    total = 0
    for line in record.raw_lines:
        if total + len(line) > limit:
            kept.append(line[: limit - total])
            break
        kept.append(line)
        total += len(line) + 1
    record.raw_lines = kept
    record.truncated = True
    return record


def has_article_text(body: str) -> bool:
    """Whether a body holds a word (two letters or digits): a record without is no article.

    The ingest driver refuses such records ("no-article-text") instead of storing an empty
    article; ``warta.analyze`` still returns them, with the title and dates it found.
    """
    return _WORD_RE.search(body) is not None


def cut_point(text: str, limit: int) -> int:
    """Return an index <= ``limit`` where ``text`` may be cut: a paragraph, sentence or word end."""
    floor = int(limit * (1 - _CUT_WINDOW))
    for mark in _CUT_MARKS:
        found = text.rfind(mark, floor, limit)
        if found > 0:
            return found + (1 if mark == ". " else 0)
    return limit


def _paragraphs_within(paragraphs: list[str], length: int) -> list[str]:
    """The paragraphs that fit in the first ``length`` characters of "\\n\\n".join(paragraphs)."""
    kept: list[str] = []
    position = 0
    for paragraph in paragraphs:
        if position >= length:
            break
        room = length - position
        kept.append(paragraph if len(paragraph) <= room else paragraph[:room].rstrip())
        position += len(paragraph) + 2
    return kept
