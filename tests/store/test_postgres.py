"""PostgreSQL-specific parts: placeholder rewriting, the tsvector column, schema isolation."""

from __future__ import annotations

import pytest

from warta.store.postgres import _pg_sql


def test_placeholders_are_rewritten_and_percent_doubled():
    assert _pg_sql("SELECT ? WHERE a LIKE '5%' AND b = ?") == "SELECT %s WHERE a LIKE '5%%' AND b = %s"


@pytest.mark.postgres
def test_tsvector_holds_prestemmed_words(pg_url, sample_records):
    from warta.store import open_store

    store = open_store(pg_url)
    store.put_many(sample_records()[:1])
    lexemes = store._scalar("SELECT tsv::text FROM articles WHERE id = ?", ("a1",))
    # "membantah" is stored as its stem; the simple config did not stem it further.
    assert "'bantah'" in lexemes and "'membantah'" not in lexemes
    assert "'korupsi'" in lexemes
    store.close()


@pytest.mark.postgres
def test_each_pg_url_is_an_empty_schema(pg_url):
    from warta.store import open_store

    store = open_store(pg_url)
    assert store.count() == 0
    schema = store._scalar("SELECT current_schema()")
    assert schema.startswith("warta_t_")
    store.close()
