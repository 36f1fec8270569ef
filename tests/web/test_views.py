"""The HTML pages: structure, links, language toggle and escaping, checked with BeautifulSoup."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from webdata import XSS_IMG, XSS_SCRIPT

PAGES = ["/", "/?q=beras", "/article/a-korupsi", "/entity/Sri%20Mulyani", "/entities", "/quotes", "/claims",
         "/stories", "/duplicates", "/attention?q=beras&q=korupsi", "/stats", "/docs"]  # fmt: skip


def soup(client: TestClient, path: str, status: int = 200) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return BeautifulSoup(response.text, "html.parser")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_skip_link_nav_and_one_h1(client: TestClient, path: str) -> None:
    page = soup(client, path)
    skip = page.select_one("a.skip-link")
    # The search page skips straight to its results; every other page to its content.
    assert skip is not None and skip["href"] == ("#results-h" if path.split("?")[0] == "/" else "#content")
    assert page.select_one(skip["href"]) is not None
    assert page.select_one("main#content") is not None
    assert page.select_one("nav.main-nav a[aria-current=page]") is not None or path.startswith("/article")
    assert len(page.find_all("h1")) == 1
    assert page.html["lang"] == "id"
    # Nothing loads from another origin.
    for tag in page.find_all(["script", "link", "img"]):
        src = tag.get("src") or tag.get("href") or ""
        assert not re.match(r"(https?:)?//", src), src


def test_search_lists_hits_with_marks_and_facets(client: TestClient) -> None:
    page = soup(client, "/?q=beras")
    hits = page.select("ol.hits li.hit")
    assert len(hits) == 20
    assert hits[0].select_one("h3 a")["href"].startswith("/article/a-beras-")
    assert any(h.select_one(".snippet mark") for h in hits)
    outlets = [a.select_one(".facet-name").text for a in page.select(".facet-list a:has(.facet-name)")]
    assert "Warta Bandung" in outlets
    assert page.select_one("svg.bars rect.bar") is not None
    assert page.select_one("nav.pager a[rel=next]")["href"] == "/?q=beras&page=2"


def test_search_second_page_and_outlet_filter(client: TestClient) -> None:
    page = soup(client, "/?q=beras&page=2")
    assert len(page.select("ol.hits li.hit")) == 5
    filtered = soup(client, "/?q=beras&outlet=Warta+Bandung")
    metas = [m.select_one(".outlet").text for m in filtered.select(".hit-meta")]
    assert metas and set(metas) == {"Warta Bandung"}


def test_search_map_places_from_results(client: TestClient) -> None:
    page = soup(client, "/?q=beras")
    names = {t.text for t in page.select("figure.map a.place text")}
    assert "Bandung" in names


def test_bad_form_values_are_ignored_not_errors(client: TestClient) -> None:
    page = soup(client, "/?q=beras&date_from=kemarin&page=abc&type=tweet")
    assert len(page.select("ol.hits li.hit")) == 20


def test_article_body_links_entities_and_marks_quotes(client: TestClient) -> None:
    page = soup(client, "/article/a-korupsi")
    body = page.select_one(".article-body")
    links = {a.text: a["href"] for a in body.select("a.hl-ent")}
    assert links["Sri Mulyani"].startswith("/entity/")
    assert "Indonesia Corruption Watch" in links
    assert body.select_one("time.hl-date")["datetime"] == "2024-05-06"
    quote = body.select_one("q.hl-quote")
    assert quote.text.startswith("Tuduhan itu tidak benar")
    speaker = page.select_one(".quote-list a.speaker")
    assert speaker.text == "Sri Mulyani"
    assert page.select_one(".quote-list a.quote-jump")["href"] == "#" + quote["id"]
    # The metadata panel and the claim with its status.
    assert "Kabar Contoh" in page.select_one("dl.meta").text
    assert page.select_one(".claim .status-denied") is not None


def test_article_escapes_hostile_text(client: TestClient) -> None:
    response = client.get("/article/a-hostile")
    assert response.status_code == 200
    html = response.text
    assert XSS_SCRIPT not in html
    assert "<img src=x" not in html
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    page = BeautifulSoup(html, "html.parser")
    assert not page.find_all("script")
    assert not page.find_all("img")
    assert XSS_SCRIPT in page.select_one("h1").text
    # A javascript: URL is shown as text, never as a link.
    assert not page.select('a[href^="javascript:"]')


@pytest.mark.parametrize(
    "path", ["/quotes", "/claims", "/?q=peretas", "/entity/%3Cscript%3Ealert('xss')%3C%2Fscript%3E"]
)
def test_listings_escape_hostile_text(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert XSS_SCRIPT not in response.text and "<img src=x" not in response.text
    assert not BeautifulSoup(response.text, "html.parser").find_all(["script", "img"])


def test_hostile_query_parameters_are_escaped(client: TestClient) -> None:
    for path in ("/", "/quotes"):
        response = client.get(path, params={"q": XSS_IMG, "speaker": XSS_IMG, "entity": XSS_SCRIPT})
        assert response.status_code == 200
        page = BeautifulSoup(response.text, "html.parser")
        assert not page.find_all(["script", "img"])


def test_entity_page_timeline_cooccurring_quotes(client: TestClient) -> None:
    page = soup(client, "/entity/Ridwan%20Kamil")
    assert page.select_one("h1").text == "Ridwan Kamil"
    assert len(page.select("svg.bars rect.bar")) == 25
    assert "Bandung" in [a.text for a in page.select(".rank-list a")]
    cards = page.select(".quote-card")
    assert cards and all(c.select_one("a.speaker").text == "Ridwan Kamil" for c in cards)


def test_quotes_explorer_filters(client: TestClient) -> None:
    page = soup(client, "/quotes?speaker=Sri+Mulyani")
    cards = page.select(".quote-card")
    assert len(cards) == 1
    assert cards[0].select_one("blockquote").text.startswith("Tuduhan itu")
    assert page.select_one("input#f-speaker")["value"] == "Sri Mulyani"
    link = cards[0].select_one(".source a")["href"]
    assert link.startswith("/article/a-korupsi#q-")


def test_claims_tracker_status_tabs(client: TestClient) -> None:
    page = soup(client, "/claims?status=denied")
    claims = page.select("article.claim")
    assert claims and all("claim-denied" in c["class"] for c in claims)
    current = page.select_one(".tabs a[aria-current=true]")
    assert current.contents[0].strip() == "Dibantah" and current.select_one(".count").text.isdigit()


def test_english_toggle_sets_cookie(app) -> None:  # noqa: ANN001
    client = TestClient(app)  # its own cookie jar
    response = client.get("/quotes?lang=en")
    assert response.cookies.get("lang") == "en"
    page = BeautifulSoup(response.text, "html.parser")
    assert page.html["lang"] == "en"
    assert page.select_one("h1").text == "Quotes explorer"
    toggle = page.select_one("a.lang-toggle")
    assert toggle["href"] == "/quotes?lang=id"
    # The cookie keeps the choice on later pages.
    later = BeautifulSoup(client.get("/claims").text, "html.parser")
    assert later.select_one("h1").text == "Claims tracker"
    client.get("/?lang=id")
    assert BeautifulSoup(client.get("/claims").text, "html.parser").select_one("h1").text == "Pelacak klaim"


def test_unknown_pages_are_html_404(client: TestClient) -> None:
    page = soup(client, "/article/nope", status=404)
    assert page.select_one("h1").text == "Tidak ditemukan"
    soup(client, "/entity/Tidak%20Ada", status=404)
    soup(client, "/story/nope", status=404)


def test_static_assets_are_served(client: TestClient) -> None:
    css = client.get("/static/warta.css")
    assert css.status_code == 200 and "@media" in css.text
    assert "url(http" not in css.text


def test_story_pages(client: TestClient) -> None:
    listing = soup(client, "/stories")
    assert listing.select_one('a[href="/story/s-beras"]') is not None
    page = soup(client, "/story/s-beras")
    links = page.select("ol.timeline li a")
    assert len(links) == 25
    assert "Ridwan Kamil" in [a.text for a in page.select(".entity-chips a")]


def test_article_shows_duplicates_and_story(client: TestClient) -> None:
    page = soup(client, "/article/a-beras-02")
    panels = {p.select_one("h2").text: p for p in page.select("aside .panel")}
    dup_links = [a["href"] for a in panels["Duplikat"].select("a")]
    assert dup_links == ["/article/a-beras-01"]
    assert panels["Artikel terkait"].select("a")
    assert page.select_one('dl.meta a[href="/story/s-beras"]') is not None


def test_store_errors_are_503_without_details() -> None:
    """A failing store gives a 503 page (HTML) or JSON, never its error text."""
    from warta.config import Config
    from warta.errors import StoreError
    from warta.web.api import create_app

    class Broken:
        def __getattr__(self, name: str):  # noqa: ANN204
            def fail(*args: object, **kwargs: object) -> None:
                raise StoreError("sqlite: no such table: secret_table")

            return fail

    with TestClient(create_app(Broken(), Config())) as c:
        page = c.get("/quotes")
        assert page.status_code == 503 and "secret_table" not in page.text
        assert BeautifulSoup(page.text, "html.parser").select_one("h1").text == "Layanan tidak tersedia"
        api = c.get("/api/stats")
        assert api.status_code == 503 and "secret_table" not in api.text
