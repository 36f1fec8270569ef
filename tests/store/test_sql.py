"""Write path of the SQL store, on both backends: idempotent puts, transactions, groups, deletes."""

from __future__ import annotations

import pytest

from warta.errors import StoreError
from warta.record import Record
from warta.store.base import Failure, SearchQuery
from warta.store.sql import SqlStore


def test_put_many_is_idempotent_by_id(any_store, sample_records):
    assert any_store.put_many(sample_records()) == 6
    before = any_store.stats()["counts"]
    assert any_store.put_many(sample_records()) == 0
    assert any_store.stats()["counts"] == before
    # Entity counters count articles, so a re-put must not bump them.
    assert any_store.entity("Sri Mulyani Indrawati")["articles"] == 3


def test_put_many_counts_a_record_repeated_in_one_batch_once(any_store, sample_records):
    first = sample_records()[0]
    assert any_store.put_many([first, first]) == 1
    assert any_store.count() == 1


def test_record_round_trips_through_get(any_store, sample_records):
    records = sample_records()
    any_store.put_many(records)
    assert any_store.get("a1") == records[0]
    assert any_store.get("missing") is None
    assert [r.id for r in any_store.iter_records(batch_size=2)] == [r.id for r in records]


def test_get_meta_has_the_fields_the_web_layer_uses(any_store, sample_records):
    records = sample_records()
    records[0].origin = "feed.jsonl#3"
    any_store.put_many(records)
    meta = any_store.get_meta("a1")
    assert meta["url"] == "https://kompas.example/a1"
    assert meta["outlet"] == "Kompas"
    assert meta["day"] == "2024-05-06"
    assert meta["source"] == "feed.jsonl#3"
    assert meta["dup_group"] is None and meta["story_id"] is None
    assert any_store.get_meta("missing") is None
    assert {m["id"] for m in any_store.iter_meta()} == {r.id for r in records}


def test_record_without_id_is_refused(any_store):
    with pytest.raises(StoreError):
        any_store.put_many([Record(body="tanpa id")])


def test_source_keys_are_marked_with_the_batch(any_store, sample_records):
    assert not any_store.has_source("a.jsonl#1")
    any_store.put_many(sample_records()[:2], source_keys=["a.jsonl#1", "a.jsonl#2"])
    assert any_store.has_source("a.jsonl#1") and any_store.has_source("a.jsonl#2")
    any_store.mark_sources(["a.jsonl#2", "b.warc#0"])
    assert any_store.has_source("b.warc#0")
    assert any_store.stats()["counts"]["sources"] == 3


def test_failed_transaction_leaves_nothing(any_store, sample_records):
    with pytest.raises(RuntimeError), any_store.transaction():
        any_store.put_many(sample_records()[:3], source_keys=["x#1"])
        raise RuntimeError("killed mid-batch")
    assert any_store.count() == 0
    assert not any_store.has_source("x#1")
    assert any_store.search(SearchQuery(text="korupsi")).total == 0


def test_nested_transaction_failure_rolls_back_only_the_inner_part(any_store, sample_records):
    records = sample_records()
    with any_store.transaction():
        any_store.put_many(records[:1])
        with pytest.raises(RuntimeError), any_store.transaction():
            any_store.put_many(records[1:3])
            raise RuntimeError("inner")
    assert [r.id for r in any_store.iter_records()] == ["a1"]


def test_failures_are_recorded_in_order(any_store):
    any_store.add_failure(Failure(source="x.warc#12", error="truncated gzip", stage="read"))
    any_store.add_failure(Failure(source="y.jsonl#3", error="invalid JSON"))
    got = any_store.failures()
    assert [(f.source, f.error, f.stage) for f in got] == [
        ("x.warc#12", "truncated gzip", "read"),
        ("y.jsonl#3", "invalid JSON", None),
    ]
    assert all(f.at for f in got)


def test_duplicate_groups_keep_one_canonical(filled_store):
    filled_store.set_duplicate_group("a1", "g1", canonical=True)
    filled_store.set_duplicate_group("a2", "g1")
    assert [d["id"] for d in filled_store.duplicates("a2")] == ["a1"]
    assert filled_store.duplicates("a2")[0]["is_canonical"] is True
    filled_store.set_duplicate_group("a2", "g1", canonical=True)
    assert filled_store.get_meta("a1")["is_canonical"] is False
    assert filled_store.get_meta("a2")["is_canonical"] is True
    assert filled_store.duplicates("a4") == []


def test_clear_duplicate_group(filled_store):
    filled_store.set_duplicate_group("a1", "g1", canonical=True)
    filled_store.set_duplicate_group("a2", "g1")
    filled_store.clear_duplicate_group("a1")
    assert filled_store.get_meta("a1")["dup_group"] is None
    assert filled_store.get_meta("a1")["is_canonical"] is False
    assert filled_store._scalar("SELECT canonical_id FROM dup_groups WHERE id = ?", ("g1",)) is None
    filled_store.clear_duplicate_group("a2")
    filled_store.clear_duplicate_group("a4")  # in no group: nothing to do
    assert filled_store.stats()["counts"]["dup_groups"] == 0


def test_set_story_and_clear_it(filled_store):
    filled_store.set_story("a1", "s1")
    filled_store.set_story("a3", "s1")
    assert filled_store.get_meta("a3")["story_id"] == "s1"
    filled_store.set_story("a3", None)
    assert filled_store.get_meta("a3")["story_id"] is None
    assert filled_store.story("s1")["size"] == 1


def test_delete_article_removes_everything_derived(filled_store):
    assert filled_store.delete_article("a3") is True
    assert filled_store.delete_article("a3") is False
    assert filled_store.get("a3") is None
    assert filled_store.search(SearchQuery(text="menuding")).total == 0
    assert filled_store.search(SearchQuery(text="bukti", type="quote")).total == 0
    assert filled_store.search(SearchQuery(text="menyalahgunakan", type="claim")).total == 0
    assert filled_store.entity("Indonesia Corruption Watch")["articles"] == 0
    assert filled_store.entity("Sri Mulyani Indrawati")["articles"] == 2
    # Deleted, it can be stored again.
    assert filled_store.put_many([r for r in filled_store_records() if r.id == "a3"]) == 1


def filled_store_records() -> list[Record]:
    from sample_data import make_records

    return make_records()


def test_nul_characters_are_stored(any_store):
    assert any_store.put_many([Record(id="n1", title="nul\x00", body="teks dengan \x00 karakter")]) == 1
    assert any_store.search(SearchQuery(text="karakter")).total == 1


def test_migrate_twice_is_a_no_op(any_store):
    any_store.migrate()
    assert any_store.schema_version() >= 1
    assert isinstance(any_store, SqlStore)
