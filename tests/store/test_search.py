"""Full-text search on both backends: stemming, phrases, filters, hostile queries, snippets, facets."""

from __future__ import annotations

import pytest

from warta.errors import StoreError
from warta.record import Published, Record
from warta.store.base import SearchQuery
from warta.store.query import QueryError


def ids(result):
    return [h.article_id for h in result.hits]


def test_stemmed_query_finds_other_forms(filled_store):
    # "dibantah" and "membantah" share the stem "bantah" (checked in tests/text/test_stem.py).
    got = set(ids(filled_store.search(SearchQuery(text="bantahan"))))
    assert got == {"a1", "a2", "a6"}
    assert set(ids(filled_store.search(SearchQuery(text="dibantah")))) == got


def test_all_words_must_match(filled_store):
    assert set(ids(filled_store.search(SearchQuery(text="harga beras")))) == {"a4", "a5"}
    assert ids(filled_store.search(SearchQuery(text="beras cabai"))) == ["a5"]


def test_phrase_query_needs_adjacent_words(filled_store):
    assert ids(filled_store.search(SearchQuery(text='"harga beras"'))) == ["a4"]
    assert ids(filled_store.search(SearchQuery(text='"beras harga"'))) == []
    assert ids(filled_store.search(SearchQuery(text='"harga beras" naik'))) == ["a4"]


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE articles; --",
        '"unbalanced',
        "NEAR(",
        "*",
        "beras*",
        "harga AND OR NOT",
        "title:beras",
        "a\\b%_",
        '""',
        ")(^-+:",
        "' OR 1=1 --",
    ],
)
def test_hostile_queries_never_fail(filled_store, text):
    # Either a result or a QueryError saying what is wrong: never an SQL or FTS syntax error.
    try:
        result = filled_store.search(SearchQuery(text=text))
    except QueryError as exc:
        assert str(exc)
    else:
        assert result.total >= 0
    assert filled_store.count() == 6  # nothing dropped


def test_prefix_and_unbalanced_quotes(filled_store):
    assert set(ids(filled_store.search(SearchQuery(text="bera*")))) == {"a4", "a5"}
    with pytest.raises(QueryError, match="unbalanced"):
        filled_store.search(SearchQuery(text='harga "beras'))


def test_filters_with_sql_in_them_match_nothing(filled_store):
    evil = "x' OR '1'='1"
    for field in ("outlet", "entity", "speaker"):
        query = SearchQuery(text="", **{field: evil})
        assert filled_store.search(query).total == 0


def test_bad_date_filter_is_a_store_error(filled_store):
    with pytest.raises(StoreError):
        filled_store.search(SearchQuery(text="beras", date_from="kemarin"))


def test_snippet_escapes_markup_and_marks_matches(filled_store):
    hit = filled_store.search(SearchQuery(text="peretas")).hits[0]
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>Peretas</mark>" in hit.snippet
    assert "<script>" not in hit.extra["title_html"]
    assert hit.title == "Serangan <script>alert(1)</script>"  # raw field; the caller escapes


def test_snippet_marks_stemmed_forms(filled_store):
    hit = filled_store.search(SearchQuery(text="bantahan", outlet="Kompas")).hits[0]
    assert "<mark>membantah</mark>" in hit.snippet


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (SearchQuery(text="beras", date_from="2024-04-01"), {"a4"}),
        (SearchQuery(text="beras", date_to="2024-03-31"), {"a5"}),
        (SearchQuery(text="beras", date_from="2024-03-01", date_to="2024-04-10"), {"a4", "a5"}),
        (SearchQuery(text="tuduhan", outlet="kompas"), {"a1"}),
        (SearchQuery(text="hibah", entity="Indonesia Corruption Watch"), {"a3"}),
        (SearchQuery(text="hibah", entity="per-sri-mulyani-indrawati"), {"a1", "a2", "a3"}),
        (SearchQuery(text="hibah", speaker="sri mulyani indrawati"), {"a1"}),
        (SearchQuery(text="", outlet="Kompas"), {"a1", "a5"}),
        (SearchQuery(text="hibah", entity="Tidak Ada"), set()),
    ],
)
def test_filters(filled_store, query, expected):
    assert set(ids(filled_store.search(query))) == expected


def test_recency_breaks_ties_between_equal_texts(any_store):
    body = "Banjir melanda kawasan pesisir utara."
    any_store.put_many(
        [
            Record(id=f"r{i}", title="Banjir", body=body, outlet="X", published=Published(date=d))
            for i, d in enumerate(["2024-01-01", "2024-06-01", "2024-03-01"])
        ]
    )
    result = any_store.search(SearchQuery(text="banjir"))
    assert ids(result) == ["r1", "r2", "r0"]
    assert result.hits[0].score > result.hits[-1].score > 0


def test_title_match_outranks_body_match(any_store):
    any_store.put_many(
        [
            Record(id="body", title="Berita daerah", body="Harga gabah naik. " + "Lain-lain. " * 5,
                   published=Published(date="2024-01-01")),
            Record(id="title", title="Gabah", body="Petani menjual hasil panen. " + "Lain-lain. " * 5,
                   published=Published(date="2024-01-01")),
        ]
    )  # fmt: skip
    assert ids(any_store.search(SearchQuery(text="gabah"))) == ["title", "body"]


def test_empty_query_lists_newest_first(filled_store):
    result = filled_store.search(SearchQuery(text=""))
    assert result.total == 6
    assert ids(result)[0] == "a6"
    days = [h.published[:10] for h in result.hits]
    assert days == sorted(days, reverse=True)


def test_pagination_and_total(filled_store):
    full = ids(filled_store.search(SearchQuery(text="", limit=10)))
    page = filled_store.search(SearchQuery(text="", limit=2, offset=2))
    assert page.total == 6
    assert ids(page) == full[2:4]


def test_facets_count_every_match(filled_store):
    result = filled_store.search(SearchQuery(text="hibah"))
    assert result.total == 3
    assert dict(result.facets["outlet"]) == {"Kompas": 1, "Antara": 1, "Tempo": 1}
    assert dict(result.facets["day"]) == {"2024-05-05": 1, "2024-05-06": 2}
    assert dict(result.facets["entity"])["Sri Mulyani Indrawati"] == 3
    assert dict(result.facets["type"]) == {"article": 3, "quote": 0, "claim": 2}


def test_facets_can_be_skipped(filled_store):
    result = filled_store.search(SearchQuery(text="hibah", facets=False))
    assert result.total == 3 and result.facets == {}


def test_quote_search(filled_store):
    result = filled_store.search(SearchQuery(text="benar", type="quote"))
    assert result.total == 1
    hit = result.hits[0]
    assert hit.type == "quote" and hit.article_id == "a1"
    assert hit.extra["speaker"] == "Sri Mulyani Indrawati"
    assert hit.snippet == "Tuduhan itu tidak <mark>benar</mark>,"
    by_speaker = filled_store.search(SearchQuery(type="quote", speaker="Indonesia Corruption Watch"))
    assert [h.extra["text"] for h in by_speaker.hits] == ["Kami punya bukti soal Sri Mulyani,"]
    # A quote that names an entity is found by that entity.
    about = filled_store.search(SearchQuery(type="quote", entity="Sri Mulyani Indrawati"))
    assert {h.article_id for h in about.hits} == {"a1", "a3"}


def test_claim_search(filled_store):
    result = filled_store.search(SearchQuery(text="hibah", type="claim"))
    assert {h.extra["claim_type"] for h in result.hits} == {"accusation", "denial"}
    query = SearchQuery(text="", type="claim", speaker="indonesia corruption watch")
    accusations = filled_store.search(query)
    assert [h.extra["claim_type"] for h in accusations.hits] == ["accusation"]


def test_unknown_type_is_refused(filled_store):
    with pytest.raises(StoreError):
        filled_store.search(SearchQuery(text="x", type="video"))


def test_facets_beyond_the_candidate_window_are_marked_inexact(filled_store, monkeypatch):
    from warta.store import search

    monkeypatch.setattr(search, "WINDOW", 2)
    result = filled_store.search(SearchQuery(text="hibah", limit=1))
    assert result.total == 3 and len(result.hits) == 1
    assert result.facets_exact is False
    assert sum(n for _, n in result.facets["outlet"]) == 2
    assert filled_store.search(SearchQuery(text="hibah", limit=5)).facets_exact is True
