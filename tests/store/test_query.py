"""Parsing search text into safe FTS5 and tsquery expressions."""

from __future__ import annotations

import pytest

from warta.store.query import MAX_QUERY_WORDS, parse_query


def test_words_are_stemmed_terms():
    q = parse_query("Membantah tuduhan")
    assert q.terms == ["bantah", "tuduh"]
    assert q.fts5() == '"bantah" "tuduh"'
    assert q.tsquery() == "'bantah' & 'tuduh'"


def test_quoted_words_are_a_phrase():
    q = parse_query('"harga beras" naik')
    assert q.phrases == [["harga", "beras"]] and q.terms == ["naik"]
    assert q.fts5() == '"naik" "harga beras"'
    assert q.tsquery() == "'naik' & ('harga' <-> 'beras')"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("'; DROP TABLE articles; --", ["drop", "table", "articles"]),
        ("NEAR(", ["near"]),
        ("*", []),
        ("a:b", ["a", "b"]),
        ("x' OR '1'='1", ["x", "or", "1"]),
    ],
)
def test_operators_and_quotes_become_plain_words(text, terms):
    q = parse_query(text)
    assert q.terms == terms
    assert "'" not in q.fts5() and "(" not in q.fts5()


def test_unbalanced_quote_runs_to_the_end():
    q = parse_query('naik "harga beras')
    assert q.terms == ["naik"] and q.phrases == [["harga", "beras"]]


def test_one_word_phrase_is_a_term_and_empty_text_is_empty():
    assert parse_query('"beras"').terms == ["beras"]
    assert parse_query("").empty and parse_query('"" * ?').empty


def test_long_queries_are_cut():
    q = parse_query(" ".join(f"kata{i}" for i in range(100)))
    assert len(q.terms) == MAX_QUERY_WORDS


def test_stems_collects_terms_and_phrase_words():
    assert parse_query('"harga beras" dibantah').stems == {"harga", "beras", "bantah"}
