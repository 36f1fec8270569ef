"""The analyst's questions through the API and the pages, on both backends: names as people
type them, the query language, visible errors, exports, autocomplete, HEAD and the Bearer scheme."""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from webdata import ADMIN_TOKEN, RLO, open_analyst_store

from warta.config import Config
from warta.web.api import create_app

PG_URL = os.environ.get("WARTA_TEST_POSTGRES") or "postgresql://postgres@127.0.0.1:54329/warta_test"


def _postgres_schema() -> tuple[str, str]:
    psycopg = pytest.importorskip("psycopg")
    try:
        conn = psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        pytest.skip(f"no PostgreSQL at {PG_URL} (set WARTA_TEST_POSTGRES): {exc}")
    schema = f"warta_t_{uuid.uuid4().hex[:10]}"
    with conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return schema, f"{PG_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('analyst') / 'a.db'}"
    else:
        schema, url = _postgres_schema()
    store = open_analyst_store(url)
    with TestClient(create_app(store, Config(admin_token=ADMIN_TOKEN))) as c:
        yield c
    store.close()
    if schema:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def ids(client: TestClient, **params: Any) -> set[str]:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    return {h["article_id"] for h in response.json()["items"]}


def soup(client: TestClient, path: str, **params: Any) -> BeautifulSoup:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return BeautifulSoup(response.text, "html.parser")


# -- names as people type them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Rusia", "Russia"), ("Korea Selatan", "South Korea"), ("KPK", "Komisi Pemberantasan Korupsi"),
     ("AS", "United States"), ("korsel", "South Korea")],
)  # fmt: skip
def test_entity_pages_and_api_resolve_indonesian_names(client: TestClient, name: str, canonical: str) -> None:
    assert soup(client, f"/entity/{name}").select_one("h1").text.strip() == canonical
    assert client.get(f"/api/entities/{name}").json()["canonical"] == canonical


def test_entity_filter_resolves_aliases(client: TestClient) -> None:
    assert ids(client, entity="Rusia") == ids(client, entity="Russia") == {"x-rusia"}
    assert ids(client, q="entity:KPK") == {"x-kpk"}


@pytest.mark.parametrize("outlet", ["Kompas", "Kompas.com", "KOMPAS.com", "kompas.com"])
def test_outlet_spellings_are_one_outlet(client: TestClient, outlet: str) -> None:
    assert ids(client, outlet=outlet) == {"x-rusia", "x-kpk"}


def test_detik_sections_are_one_outlet(client: TestClient) -> None:
    assert ids(client, outlet="detik") == ids(client, outlet="detikNews") == {"x-as", "x-rtl"}


@pytest.mark.parametrize("speaker", ["Yilmaz", "Mehmet Yilmaz", "Menteri", "menteri luar negeri"])
def test_partial_speaker_names_and_titles(client: TestClient, speaker: str) -> None:
    quotes = client.get("/api/quotes", params={"speaker": speaker}).json()
    assert [q["speaker"] for q in quotes["items"]] == ["Mehmet Yilmaz"]
    assert ids(client, type="quote", speaker=speaker) == {"x-rusia"}


def test_autocomplete(client: TestClient) -> None:
    got = client.get("/api/complete", params={"q": "rus"}).json()
    assert got[0]["value"] == "Russia"
    got = client.get("/api/complete", params={"q": "yil", "field": "speaker"}).json()
    assert [g["value"] for g in got] == ["mehmet yilmaz"]
    got = client.get("/api/complete", params={"q": "komp", "field": "outlet"}).json()
    assert {g["value"] for g in got} <= {"Kompas.com", "KOMPAS.com"} and got
    assert client.get("/api/complete", params={"q": ""}).status_code == 422
    assert client.get("/api/complete", params={"q": "x", "field": "nope"}).status_code == 422


def test_filters_offer_a_datalist(client: TestClient) -> None:
    page = soup(client, "/")
    entity_input = page.select_one("#f-entity")
    options = [o["value"] for o in page.select(f"datalist#{entity_input['list']} option")]
    assert "Russia" in options
    outlets = {o["value"].casefold() for o in page.select("datalist#dl-outlet option")}
    assert "kompas.com" in outlets and outlets & {"detiknews", "detikcom"}  # one spelling per outlet


def test_zero_results_suggest_an_entity_and_a_looser_query(client: TestClient) -> None:
    page = soup(client, "/", entity="Komisi Korupsi Pusat")
    links = [a.text for a in page.select(".suggest a")]
    assert "Komisi Pemberantasan Korupsi" in links
    page = soup(client, "/", q="korupsi zzzyyx")
    looser = page.select(".suggest a")
    assert any(a.text == "korupsi OR zzzyyx" for a in looser)
    assert ids(client, q="korupsi OR zzzyyx")  # and following it finds something


# -- the query language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("korupsi suap", {"x-rusia", "x-kpk"}),
        ("korupsi -suap", {"x-as", "x-rtl", "a-korupsi"}),
        ("pajak OR jalan", {"x-as", "x-rtl", "x-kpk"}),
        ("korup*", {"x-rusia", "x-kpk", "x-as", "x-rtl", "a-korupsi"}),
        ('"korupsi pajak"', {"x-as", "x-rtl"}),
        ("speaker:Yilmaz", {"x-rusia"}),
        ("korupsi outlet:Kompas", {"x-rusia", "x-kpk"}),
    ],
)
def test_every_operator(client: TestClient, q: str, expected: set[str]) -> None:
    assert ids(client, q=q, limit=50) == expected
    page = soup(client, "/", q=q)
    assert {a["href"].split("/article/")[1] for a in page.select(".hit h3 a")} == expected


def test_excluded_words_are_not_highlighted(client: TestClient) -> None:
    for hit in client.get("/api/search", params={"q": "korupsi -suap"}).json()["items"]:
        assert "<mark>suap" not in hit["snippet"].lower()


@pytest.mark.parametrize("q", ['"', 'korupsi "suap', "-suap", "korupsi OR", "outlet:"])
def test_unparsable_queries_are_reported(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 422 and isinstance(response.json()["detail"], str)
    page = soup(client, "/", q=q)
    assert page.select_one(".problems[role=alert]") is not None
    assert not page.select(".hit")


@pytest.mark.parametrize(
    "params", [{"date_from": "2023-13-01"}, {"date_from": "2024-06-05", "date_to": "2024-06-01"}]
)
def test_bad_dates_are_a_visible_message_and_a_422(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/api/search", params=params).status_code == 422
    assert client.get("/api/quotes", params=params).status_code == 422
    problems = soup(client, "/", **params).select(".problems li")
    assert problems and any(v in problems[0].text for v in params.values())


# -- exports -------------------------------------------------------------------------------


def test_csv_export_of_a_filtered_quote_search(client: TestClient) -> None:
    response = client.get("/api/search", params={"type": "quote", "q": "korupsi OR suap OR benar",
                                                 "speaker": "Yilmaz", "format": "csv"})  # fmt: skip
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Mehmet Yilmaz", "Kami tidak pernah menerima suap,")
    ]


def test_exports_stream_every_row_with_the_same_filters(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"limit": 100}).json()
    response = client.get("/api/quotes", params={"format": "jsonl"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == quotes["total"] and lines == quotes["items"]
    everything = client.get("/api/search", params={"q": "beras", "format": "csv"}).text
    assert len(list(csv.DictReader(io.StringIO(everything)))) == 25  # more than one page of 20
    for path in ("/api/claims", "/api/entities", "/api/stories"):
        response = client.get(path, params={"format": "csv"})
        assert response.status_code == 200 and response.text.count("\n") >= 2, path


def test_csv_cells_cannot_run_as_formulas(client: TestClient) -> None:
    from warta.web.export import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("-5") == "'-5" and _cell("ok") == "ok"


def test_pages_link_their_export(client: TestClient) -> None:
    page = soup(client, "/", q="korupsi", outlet="Kompas")
    link = page.select_one(".exports a[href*='format=csv']")["href"]
    assert link.startswith("/api/search?") and "outlet=Kompas" in link and "q=korupsi" in link
    rows = list(csv.DictReader(io.StringIO(client.get(link).text)))
    assert {r["article_id"] for r in rows} == {"x-rusia", "x-kpk"}


# -- safety and access -----------------------------------------------------------------------


def test_rtl_override_is_isolated(client: TestClient) -> None:
    for path, params in (("/quotes", {"speaker": "Dewi"}), ("/article/x-rtl", {})):
        page = soup(client, path, **params)
        holders = [t for t in page.find_all(string=lambda s: s and RLO in s)]
        assert holders, path
        for text in holders:
            # <bdi> isolates by itself; the article body's <q> through the stylesheet's rule below.
            assert text.find_parent(["bdi", "q"]) is not None, (path, text)
    css = client.get("/static/warta.css").text
    assert "body * { unicode-bidi: isolate; }" in css


def test_head_is_answered_where_get_is(client: TestClient) -> None:
    for path in ("/", "/api/search", "/api/stats", "/quotes"):
        response = client.head(path)
        assert response.status_code == 200 and response.content == b"", path


def test_admin_auth_is_an_http_bearer_scheme(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert any(s == {"type": "http", "scheme": "bearer", **({"description": s.get("description")}
               if "description" in s else {})} for s in schemes.values())  # fmt: skip
    params = spec["paths"]["/api/admin/articles"]["post"].get("parameters", [])
    assert not any(p["name"].lower() == "authorization" for p in params)
    assert client.delete("/api/admin/articles/nope").status_code == 401
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    assert client.delete("/api/admin/articles/nope", headers=headers).status_code == 404


def test_pager_has_numbers_and_clamps_the_last_page(client: TestClient) -> None:
    page = soup(client, "/", q="beras", page="999")
    assert page.select_one(".problems") is not None
    assert [a.text for a in page.select(".pager-pages a")] == ["1", "2"]
    assert page.select_one(".pager-pages a[aria-current=page]").text == "2"
    assert len(page.select(".hit")) == 5  # 25 matches: the second page holds the last five


def test_results_come_before_the_facets_and_bars_are_not_tab_stops(client: TestClient) -> None:
    page = soup(client, "/", q="beras")
    html = str(page)
    assert html.index('id="results-h"') < html.index('class="facets"')
    assert html.index('class="filters-top"') < html.index('id="results-h"')
    assert all(a.get("tabindex") == "-1" for a in page.select("svg.bars a"))


# -- duplicate groups ---------------------------------------------------------------------


def test_duplicate_groups_name_the_original_and_each_copy(client: TestClient) -> None:
    data = client.get("/api/duplicates").json()
    assert data["total"] == 1
    group = data["items"][0]
    assert group["original"]["id"] == "a-beras-01" and group["original"]["canonical"]
    kinds = {c["id"]: c["kind"] for c in group["copies"]}
    # 02 is another outlet's copy; 03 is the original outlet's own edited copy.
    assert kinds == {"a-beras-02": "syndicated", "a-beras-03": "near"}
    page = soup(client, "/duplicates")
    assert page.select_one(".dup-original a")["href"] == "/article/a-beras-01"
    assert [b.text for b in page.select(".dup-copies .badge")] == ["Sindikasi", "Mirip"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/duplicates", params={"format": "csv"}).text)))
    assert [(r["role"], r["id"]) for r in rows] == [
        ("original", "a-beras-01"), ("copy", "a-beras-02"), ("copy", "a-beras-03")
    ]  # fmt: skip


# -- facets ---------------------------------------------------------------------------------


def test_facets_multi_select_and_exclude(client: TestClient) -> None:
    page = soup(client, "/", q="korupsi")
    sections = {s.select_one("h2").text: s for s in page.select("aside .facet") if s.select_one("h2")}
    assert "Tempat (negara, provinsi, kota)" in sections  # GPE places have their own facet
    outlets = sections["Media"]
    add = {a.select_one(".facet-name").text: a["href"] for a in outlets.select(".facet-item > a:first-child")}
    # Adding two outlets keeps both (either may match); excluding one drops its articles.
    first = client.get(add["Kompas.com"]).text
    chosen = BeautifulSoup(first, "html.parser")
    assert chosen.select_one("input#q")["value"] == 'korupsi outlet:"Kompas.com"'
    second = chosen.select_one("aside .facet-item > a[aria-current]")
    assert second is not None  # the selected value links to its removal
    both = ids(client, q='korupsi outlet:"Kompas.com" outlet:"detikNews"', limit=50)
    assert both == {"x-rusia", "x-kpk", "x-as", "x-rtl"}
    exclude = {a["aria-label"]: a["href"] for a in outlets.select("a.facet-exclude")}
    excluded = BeautifulSoup(client.get(exclude["Kecualikan Kompas.com"]).text, "html.parser")
    assert {a["href"].split("/article/")[1] for a in excluded.select(".hit h3 a")} == {
        "x-as",
        "x-rtl",
        "a-korupsi",
    }


# -- attention over time --------------------------------------------------------------------


def test_attention_compares_queries_with_counts_and_shares(client: TestClient) -> None:
    data = client.get("/api/attention", params=[("q", "korupsi"), ("q", "beras")]).json()
    assert [s["query"] for s in data["series"]] == ["korupsi", "beras"]
    totals = {s["query"]: sum(s["values"]) for s in data["series"]}
    search_totals = {
        q: client.get("/api/search", params={"q": q}).json()["total"] for q in ("korupsi", "beras")
    }
    assert totals == search_totals  # every match counted, not only the ranked candidates
    share = client.get("/api/attention", params=[("q", "beras"), ("mode", "share")]).json()
    assert (
        all(0 <= v <= 100 for v in share["series"][0]["values"]) and max(share["series"][0]["values"]) == 100
    )
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/api/attention", params=[("q", "beras"), ("format", "csv")]).text)
        )
    )
    assert sum(float(r["beras"]) for r in rows) == search_totals["beras"]
    assert client.get("/api/attention").status_code == 422
    assert client.get("/api/attention", params={"q": '"'}).status_code == 422


def test_attention_page_draws_one_line_per_query_with_a_y_axis(client: TestClient) -> None:
    page = soup(client, "/attention", q=["korupsi", "beras"])
    assert len(page.select("svg polyline.line")) == 2
    ticks = [t.text for t in page.select("svg text.tick")]
    assert ticks[0] == "0" and len(ticks) > 5
    assert [li.text for li in page.select(".legend li")] == ["korupsi", "beras"]
    link = page.select_one(".attention-chart a[href*='format=csv']")["href"]
    assert client.get(link).status_code == 200
    assert not page.select("svg a")  # nothing in the chart is a tab stop


def test_sort_by_date_and_collapse_duplicates(client: TestClient) -> None:
    by_date = client.get("/api/search", params={"q": "korupsi", "sort": "date", "limit": 50}).json()["items"]
    days = [h["published"][:10] for h in by_date]
    assert days == sorted(days, reverse=True)
    full = client.get("/api/search", params={"q": "beras", "limit": 50}).json()["total"]
    collapsed = client.get("/api/search", params={"q": "beras", "collapse": True, "limit": 50}).json()
    assert collapsed["total"] == full - 2  # the group's two copies fold into its original
    assert "a-beras-01" in {h["article_id"] for h in collapsed["items"]}
    assert not {"a-beras-02", "a-beras-03"} & {h["article_id"] for h in collapsed["items"]}
    page = soup(client, "/", q="beras", collapse="1", sort="date")
    assert page.select_one("#f-sort option[selected]")["value"] == "date"
    assert "collapse=true" in page.select_one(".exports a")["href"]
    assert client.get("/api/search", params={"sort": "random"}).status_code == 422


def test_quotes_and_claims_pages_report_and_export(client: TestClient) -> None:
    page = soup(client, "/quotes", speaker="Menteri", date_from="2024-02-30")
    assert "2024-02-30" in page.select_one(".problems li").text
    link = page.select_one(".exports a[href*='format=csv']")["href"]
    rows = list(csv.DictReader(io.StringIO(client.get(link).text)))
    assert [r["speaker"] for r in rows] == ["Mehmet Yilmaz"]
    claims = soup(client, "/claims")
    counts = {a.contents[0].strip(): int(a.select_one(".count").text) for a in claims.select(".tabs a")}
    total = client.get("/api/claims").json()["total"]
    assert counts["Semua"] == total and sum(v for k, v in counts.items() if k != "Semua") == total


def test_snippets_drop_bidi_overrides(client: TestClient) -> None:
    snippets = [s.text for s in soup(client, "/", q="korupsi pajak").select(".hit .snippet")]
    assert any("kata Dewi Lestari" in s for s in snippets) and not any(RLO in s for s in snippets)
    quote_hits = soup(client, "/", q="sekali", type="quote").select(".hit .snippet")
    assert quote_hits and all(RLO not in s.text for s in quote_hits)


def test_entity_page_links_to_every_quote(client: TestClient) -> None:
    page = soup(client, "/entity/Mehmet Yilmaz")
    link = page.select_one("section[aria-labelledby=qby-h] a[href^='/quotes?']")["href"]
    quotes = BeautifulSoup(client.get(link).text, "html.parser")
    assert [a.text for a in quotes.select(".quote-card a.speaker")] == ["Mehmet Yilmaz"]
