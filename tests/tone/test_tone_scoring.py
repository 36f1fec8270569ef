"""Tone scoring helpers: clause and edge-word lookups agree with a plain scan and stay linear."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang.id.tone_words import MENTION_ONLY_AFTER, MENTION_ONLY_BEFORE
from warta.tone.scoring import _BREAK_RE, Mention, clause_of, only_mentioned

_WORD = re.compile(r"\w+")


def scan_clause(mention: Mention) -> str:
    """The plain scan the bisecting version replaces: one pass over every break."""
    start = 0
    for match in _BREAK_RE.finditer(mention.sentence):
        if match.start() >= mention.end:
            return mention.sentence[start : match.start()]
        if match.end() <= mention.start:
            start = match.end()
    return mention.sentence[start:]


def scan_only_mentioned(mention: Mention) -> bool:
    before = _WORD.findall(mention.sentence[: mention.start])
    after = _WORD.findall(mention.sentence[mention.end :])
    return bool(before and before[-1].lower() in MENTION_ONLY_BEFORE) or bool(
        after and after[0].lower() in MENTION_ONLY_AFTER
    )


PIECES = [
    "Bank Indonesia",
    " namun ",
    "; ",
    ": ",
    ", tetapi ",
    " di ",
    " kata ",
    " menyatakan ",
    "naik",
    " ",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data())
def test_bisect_lookups_equal_the_plain_scan(pieces: list[str], data: st.DataObject) -> None:
    sentence = "".join(pieces)
    start = data.draw(st.integers(0, len(sentence) - 1))
    end = data.draw(st.integers(start + 1, len(sentence)))
    mention = Mention(sentence, start, end)
    assert clause_of(mention) == scan_clause(mention)
    assert only_mentioned(mention) == scan_only_mentioned(mention)


def test_many_mentions_in_one_sentence_cost_linear_time() -> None:
    # 20,000 mentions in one 300 KB sentence: the plain scan takes minutes (quadratic).
    unit = "Bank Indonesia, namun "
    sentence = unit * 20_000
    mentions = [Mention(sentence, i * len(unit), i * len(unit) + 14) for i in range(20_000)]
    started = time.process_time()
    clauses = {clause_of(m) for m in mentions}
    flags = {only_mentioned(m) for m in mentions}
    assert time.process_time() - started < 5.0
    assert {c.strip() for c in clauses} == {"Bank Indonesia"} and flags == {False}
