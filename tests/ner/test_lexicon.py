"""Tests for warta.ner.lexicon: the place-name feature used by the NER model."""

from __future__ import annotations

import pytest

from warta.ner.lexicon import match_ids, place_names

NAMES = {"jawa timur", "bali", "kuala lumpur", "jawa"}


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        (["di", "Jawa", "Timur", "."], [0, 1, 2, 0]),
        (["di", "Jawa", "Barat"], [0, 3, 0]),
        (["Bali", "dan", "Kuala", "Lumpur"], [3, 0, 1, 2]),
        (["BALI"], [3]),
        ([], []),
    ],
)
def test_match_ids_prefers_the_longest_name(words: list[str], ids: list[int]) -> None:
    assert match_ids(words, NAMES) == ids


def test_place_names_cover_indonesian_and_foreign_places() -> None:
    names = place_names()
    for name in ("jakarta", "surabaya", "jawa timur", "amerika serikat", "korea utara", "london"):
        assert name in names
    for word in ("dan", "yang", "presiden"):
        assert word not in names
