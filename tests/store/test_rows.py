"""Helpers for rows: entity ids, name keys, days."""

from __future__ import annotations

import pytest

from warta.errors import StoreError
from warta.store.rows import day_of, day_param, entity_id, name_key


def test_entity_id_is_a_readable_slug():
    assert entity_id("PER", "Sri Mulyani Indrawati") == "per-sri-mulyani-indrawati"
    assert entity_id("LOC", "Bogor (Jawa Barat)") == "loc-bogor-jawa-barat"
    assert entity_id("ORG", "Kementerian Keuangan") != entity_id("LOC", "Kementerian Keuangan")


def test_entity_id_without_latin_letters_uses_a_hash():
    eid = entity_id("PER", "習近平")
    assert eid.startswith("per-") and len(eid) == 16
    assert eid == entity_id("PER", "習近平")


def test_name_key_folds_case_and_spaces():
    assert name_key("  Sri   MULYANI ") == "sri mulyani"
    assert name_key("") is None and name_key(None) is None


@pytest.mark.parametrize(
    ("published", "day"),
    [("2024-05-06T10:00:00+07:00", "2024-05-06"), ("2024-05-06", "2024-05-06"), ("6 Mei 2024", None),
     (None, None), ("2024-13-45", None)],
)  # fmt: skip
def test_day_of(published, day):
    assert day_of(published)[0] == day


def test_day_numbers_count_from_1970():
    assert day_of("1970-01-02")[1] == 1
    assert day_param("1970-01-11", "date_from") == 10
    assert day_param(None, "x") is None and day_param("", "x") is None
    with pytest.raises(StoreError, match="date_to"):
        day_param("besok", "date_to")
