"""The JSON API through FastAPI's TestClient: pages, filters, errors, admin and hostile input."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from webdata import ADMIN_TOKEN, XSS_IMG, XSS_SCRIPT

from warta.config import Config
from warta.web.api import create_app

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def test_search_pages_do_not_overlap(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "beras", "limit": 10}).json()
    second = client.get("/api/search", params={"q": "beras", "limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] >= 25
    assert len(first["items"]) == len(second["items"]) == 10
    assert first["has_more"] and second["has_more"]
    assert not {h["article_id"] for h in first["items"]} & {h["article_id"] for h in second["items"]}
    last = client.get("/api/search", params={"q": "beras", "limit": 10, "offset": 20}).json()
    assert not last["has_more"]
    assert len(last["items"]) == first["total"] - 20


def test_search_filters_by_outlet_and_date(client: TestClient) -> None:
    data = client.get(
        "/api/search",
        params={
            "q": "beras",
            "outlet": "Warta Bandung",
            "date_from": "2024-05-10",
            "date_to": "2024-05-19",
            "limit": 100,
        },
    ).json()
    assert data["items"], data
    for hit in data["items"]:
        assert hit["outlet"] == "Warta Bandung"
        assert "2024-05-10" <= hit["published"][:10] <= "2024-05-19"
    # The odd days 11..19 are Warta Bandung's.
    assert data["total"] == 5


def test_search_facets_count_outlets(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "beras"}).json()
    outlets = dict(data["facets"]["outlet"])
    assert outlets["Warta Bandung"] == 13
    assert outlets["Kabar Contoh"] == 12
    assert data["facets"]["day"]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"date_from": "kemarin"},
        {"type": "tweet"},
        {"q": "x" * 501},
    ],
)
def test_search_rejects_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/search", params=params).status_code == 422


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE articles; --",
        '"unbalanced',
        'beras" OR 1=1 --',
        "NEAR(beras harga)",
        "harga*",
        "title:beras",
        "\\",
        "%_%",
        XSS_SCRIPT,
    ],
)
def test_hostile_queries_never_fail(client: TestClient, text: str) -> None:
    for params in (
        {"q": text},
        {"q": "beras", "outlet": text},
        {"q": "", "entity": text},
        {"type": "quote", "speaker": text},
    ):
        response = client.get("/api/search", params=params)
        # A query the language cannot parse is a 422 that says why; nothing is a 500.
        assert response.status_code in (200, 422), (params, response.text)
        if response.status_code == 422:
            assert params.get("q") == text and response.json()["detail"]
    assert client.get("/api/quotes", params={"speaker": text, "entity": text}).status_code == 200
    assert client.get("/api/entities/" + text.replace("/", "%2F").replace("?", "%3F")).status_code in (
        200,
        404,
    )
    # The tables survived.
    assert client.get("/api/search", params={"q": "beras"}).json()["total"] >= 25


def test_article_has_record_and_neighbours(client: TestClient) -> None:
    data = client.get("/api/articles/a-korupsi").json()
    assert data["record"]["title"].startswith("Sri Mulyani")
    assert {e["canonical"] for e in data["record"]["entities"]} >= {"Sri Mulyani", "Jakarta"}
    assert isinstance(data["related"], list) and isinstance(data["duplicates"], list)


def test_missing_things_are_404(client: TestClient) -> None:
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/entities/Tidak Ada Orang Ini").status_code == 404
    assert client.get("/api/stories/nope").status_code == 404
    assert client.get("/api/nothing-here").status_code == 404


def test_entity_timeline_and_quotes(client: TestClient) -> None:
    data = client.get("/api/entities/Ridwan Kamil").json()
    assert data["canonical"] == "Ridwan Kamil"
    assert sum(d["count"] for d in data["timeline"]) == 25
    assert len(data["timeline"]) == 25
    assert all(q["speaker"] == "Ridwan Kamil" for q in data["quotes_by"])
    assert data["quotes_by"]
    assert "Bandung" in {e["canonical"] for e in data["cooccurring"]}


def test_quotes_filter_by_speaker_and_date(client: TestClient) -> None:
    data = client.get(
        "/api/quotes", params={"speaker": "ridwan kamil", "date_from": "2024-05-20", "limit": 100}
    ).json()
    assert len(data["items"]) == 6
    assert all(q["speaker"] == "Ridwan Kamil" and q["published"][:10] >= "2024-05-20" for q in data["items"])
    page = client.get("/api/quotes", params={"speaker": "Ridwan Kamil", "limit": 10}).json()
    assert len(page["items"]) == 10 and page["has_more"]


def test_claims_filter_by_status(client: TestClient) -> None:
    denied = client.get("/api/claims", params={"status": "denied"}).json()["items"]
    assert denied and all(c["status"] == "denied" for c in denied)
    assert any(c["claimant"] == "Indonesia Corruption Watch" for c in denied)
    opened = client.get("/api/claims", params={"status": "open"}).json()["items"]
    assert [c["article_id"] for c in opened] == ["a-hostile"]
    assert client.get("/api/claims", params={"status": "maybe"}).status_code == 422


def test_stories_and_stats(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories["items"] and all(s["size"] >= 2 for s in stories["items"])
    everything = client.get("/api/stories", params={"min_size": 1}).json()
    assert everything["total"] >= stories["total"]
    assert client.get("/api/stories", params={"min_size": 0}).status_code == 422
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 27


def test_hostile_text_is_returned_as_data(client: TestClient) -> None:
    """JSON carries the text verbatim; escaping is the HTML pages' job, and the type says JSON."""
    response = client.get("/api/articles/a-hostile")
    assert response.headers["content-type"].startswith("application/json")
    record = response.json()["record"]
    assert XSS_SCRIPT in record["title"] and XSS_IMG in record["title"]
    quotes = client.get("/api/quotes", params={"speaker": XSS_SCRIPT}).json()["items"]
    assert quotes and XSS_IMG in quotes[0]["text"]


def test_search_snippets_escape_markup(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "peretas"}).json()["items"]
    assert hits
    snippet = hits[0]["snippet"]
    assert "<script" not in snippet and "<img" not in snippet
    assert "&lt;script&gt;" in snippet or "&lt;img" in snippet


def test_security_headers_and_no_cors(client: TestClient) -> None:
    response = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_openapi_without_cdn_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/quotes", "/api/claims", "/api/stats"} <= set(spec["paths"])
    assert client.get("/redoc").status_code == 404
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "/api/search" in docs.text


# -- admin --------------------------------------------------------------------------------

RAW = (
    "Jakarta - Presiden Joko Widodo meresmikan jalan tol baru di Semarang pada Selasa (7/5/2024).\n\n"
    '"Jalan tol ini mempercepat distribusi barang," kata Joko Widodo.'
)


def test_admin_needs_the_token(client: TestClient) -> None:
    body = {"text": RAW}
    assert client.post("/api/admin/articles", json=body).status_code == 401
    bad = {"Authorization": "Bearer wrong-token"}
    assert client.post("/api/admin/articles", json=body, headers=bad).status_code == 401
    assert client.delete("/api/admin/articles/a-beras-01", headers=bad).status_code == 401
    assert client.delete("/api/admin/articles/a-beras-01").status_code == 401
    assert client.get("/api/articles/a-beras-01").status_code == 200


def test_admin_disabled_without_configured_token(store: Any) -> None:
    with TestClient(create_app(store, Config(admin_token=None))) as c:
        response = c.delete("/api/admin/articles/a-beras-01", headers={"Authorization": "Bearer "})
        assert response.status_code == 403
        assert c.get("/api/articles/a-beras-01").status_code == 200


def test_admin_delete(fresh_client: TestClient) -> None:
    client = fresh_client
    assert client.delete("/api/admin/articles/a-beras-25", headers=AUTH).json() == {
        "id": "a-beras-25",
        "deleted": True,
    }
    assert client.get("/api/articles/a-beras-25").status_code == 404
    assert client.delete("/api/admin/articles/a-beras-25", headers=AUTH).status_code == 404


@pytest.mark.slow
def test_admin_ingest_analyzes_and_stores(fresh_client: TestClient) -> None:
    client = fresh_client
    response = client.post(
        "/api/admin/articles",
        json={"text": RAW, "published": "2024-05-07", "title": "Tol baru"},
        headers=AUTH,
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["created"] is True
    record = client.get(f"/api/articles/{created['id']}").json()["record"]
    assert record["title"] == "Tol baru"
    assert "Semarang" in record["body"]


def test_admin_ingest_validates_body(client: TestClient) -> None:
    assert client.post("/api/admin/articles", json={"text": ""}, headers=AUTH).status_code == 422
    assert client.post("/api/admin/articles", content=b"not json", headers=AUTH).status_code == 422


def test_large_bodies_get_413(client: TestClient) -> None:
    big = json.dumps({"text": "a" * 2_100_000})
    response = client.post(
        "/api/admin/articles", content=big, headers={**AUTH, "content-type": "application/json"}
    )
    assert response.status_code == 413

    def chunks():  # no content-length: the limit must count streamed bytes
        for _ in range(30):
            yield b"x" * 100_000

    response = client.post("/api/admin/articles", content=chunks(), headers=AUTH)
    assert response.status_code == 413
