"""Parsing search text (AND, OR, -, "phrases", prefix*, field:value) into FTS5 and tsquery."""

from __future__ import annotations

import pytest

from warta.store.query import MAX_QUERY_WORDS, QueryError, looser, parse_query


def test_words_are_stemmed_and_anded():
    q = parse_query("Membantah tuduhan")
    assert q.terms == ["bantah", "tuduh"]
    assert q.fts5() == '"bantah" AND "tuduh"'
    assert q.tsquery() == "'bantah' & 'tuduh'"
    assert parse_query("membantah AND tuduhan").fts5() == q.fts5()


def test_quoted_words_are_a_phrase():
    q = parse_query('"harga beras" naik')
    assert q.phrases == [["harga", "beras"]] and q.terms == ["naik"]
    assert q.fts5() == '"harga beras" AND "naik"'
    assert q.tsquery() == "('harga' <-> 'beras') & 'naik'"


def test_or_binds_tighter_than_and():
    q = parse_query("hibah korupsi OR suap")
    assert q.fts5() == '"hibah" AND ("korupsi" OR "suap")'
    assert q.tsquery() == "'hibah' & ('korupsi' | 'suap')"


@pytest.mark.parametrize("text", ["korupsi -suap", "korupsi NOT suap"])
def test_exclusion_is_not_and_not_highlighted(text):
    q = parse_query(text)
    assert q.fts5() == '("korupsi") NOT "suap"'
    assert q.tsquery() == "('korupsi') & !'suap'"
    assert q.stems == {"korupsi"}


def test_excluded_phrase():
    q = parse_query('beras -"harga beras"')
    assert q.fts5() == '("beras") NOT "harga beras"'
    assert q.tsquery() == "('beras') & !('harga' <-> 'beras')"


def test_prefix_keeps_the_typed_word():
    q = parse_query("korup*")
    assert q.fts5() == '"korup"*'
    assert q.tsquery() == "'korup':*"


def test_field_filters_leave_the_text():
    q = parse_query('speaker:Yilmaz outlet:"Kompas.com" entity:Rusia beras')
    assert q.filters == {"speaker": ["Yilmaz"], "outlet": ["Kompas.com"], "entity": ["Rusia"]}
    assert q.fts5() == '"beras"'
    assert parse_query("speaker:Yilmaz").empty


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"', "unbalanced quote"),
        ('naik "harga beras', "unbalanced quote"),
        ("-suap", "exclusions only"),
        ("OR suap", "OR needs"),
        ("korupsi OR", "OR needs"),
        ("korupsi OR OR suap", "OR needs"),
        ("korupsi NOT", "NOT needs"),
        ("AND korupsi", "AND needs"),
        ("outlet:", "needs a value"),
        ("a OR -b", "OR cannot"),
    ],
)
def test_what_cannot_be_parsed_is_reported(text, message):
    with pytest.raises(QueryError, match=message):
        parse_query(text)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("'; DROP TABLE articles; --", ["drop", "table", "articles"]),
        ("NEAR(", ["near"]),
        ("*", []),
        ("x' or '1'='1", ["x", "or"]),
    ],
)
def test_sql_and_fts_syntax_become_plain_words(text, terms):
    q = parse_query(text)
    assert q.terms == terms
    assert "'" not in q.fts5() and "NEAR" not in q.fts5()


def test_one_word_phrase_is_a_term_and_empty_text_is_empty():
    assert parse_query('"beras"').terms == ["beras"]
    assert parse_query("").empty and parse_query('"" * ?').empty


def test_long_queries_are_refused():
    with pytest.raises(QueryError, match="more than"):
        parse_query(" ".join(f"kata{i}" for i in range(MAX_QUERY_WORDS + 1)))


def test_stems_collects_terms_and_phrase_words():
    assert parse_query('"harga beras" dibantah').stems == {"harga", "beras", "bantah"}


def test_looser_query_joins_clauses_by_or():
    assert looser(parse_query('"harga beras" naik -impor')) == '"harga beras" OR naik'
    assert looser(parse_query("beras")) is None
