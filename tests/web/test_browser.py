"""End-to-end tests in headless Chromium (Playwright) against a real uvicorn server.

The server runs in a thread on a free 127.0.0.1 port over the demo database
(built from ``samples/corpus/`` with ``warta.demo.build``; the hand-built web
test corpus stands in while that folder is absent). Screenshots go to
``docs/screenshots/`` (override with ``WARTA_SCREENSHOT_DIR``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.browser

from webdata import open_test_store  # noqa: E402

from browsing import SHOTS, launch, served, sync_api  # noqa: E402  (skips without Chromium)
from warta.config import Config  # noqa: E402
from warta.web.api import create_app  # noqa: E402


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from warta.demo import DEFAULT_CORPUS, build
    from warta.store import open_store

    db = tmp_path_factory.mktemp("browser") / "demo.db"
    if DEFAULT_CORPUS.is_dir():
        build(db, DEFAULT_CORPUS, Config())
        store = open_store(f"sqlite:///{db}", Config())
    else:
        store = open_test_store(db)
    yield store
    store.close()


@pytest.fixture(scope="module")
def base_url(demo_store: Any) -> Iterator[str]:
    with served(create_app(demo_store, Config())) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    pg = context.new_page()
    pg.set_default_timeout(45_000)  # the CI machine may be busy
    errors: list[str] = []
    # CSP violations and failed asset loads show up as console errors.
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, errors


def shot(pg: Any, name: str, *, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def _search_word(demo_store: Any) -> str:
    """Return a query with hits: "banjir" (an event in the sample corpus), else a title word."""
    from warta.store.base import SearchQuery

    if demo_store.search(SearchQuery(text="banjir", limit=1, facets=False)).total:
        return "banjir"
    hits = demo_store.search(SearchQuery(limit=1, facets=False)).hits
    words = [w for w in (hits[0].title or "").split() if len(w) > 4 and w.isalpha()]
    return words[0] if words else "beras"


def test_search_click_through_article_and_entity(page: Any, base_url: str, demo_store: Any) -> None:
    page.goto(base_url + "/")
    word = _search_word(demo_store)
    page.fill("input#q", word)
    page.press("input#q", "Enter")
    page.wait_for_url("**/?q=*")
    hits = page.locator("ol.hits li.hit")
    assert hits.count() > 0
    assert page.locator(".facets").is_visible()
    shot(page, "search")

    first = hits.first.locator("h3 a")
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/article/**")
    assert page.locator("h1").inner_text() == title
    assert page.locator("dl.meta").is_visible()
    shot(page, "article")

    # A quote's speaker makes the richest entity page (timeline, co-occurring names and quotes).
    entity = page.locator(".quote-list a.speaker").first
    if entity.count() == 0:
        entity = page.locator(".article-body a.hl-ent, .entity-chips a").first
    entity.click()
    page.wait_for_url("**/entity/**")
    assert page.locator("h1").is_visible()
    assert page.locator("#timeline-h").is_visible()
    shot(page, "entity")


def test_quotes_explorer_and_claims_tracker(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_role("link", name="Kutipan", exact=True).first.click()
    page.wait_for_url("**/quotes")
    assert page.locator("h1").inner_text() == "Penjelajah kutipan"
    cards = page.locator(".quote-card")
    assert cards.count() > 0
    shot(page, "quotes")
    speaker = cards.first.locator("a.speaker")
    if speaker.count():
        name = speaker.inner_text()
        page.fill("#f-speaker", name)
        page.get_by_role("button", name="Terapkan").click()
        page.wait_for_url("**/quotes?speaker=*")
        assert page.locator(".quote-card a.speaker").first.inner_text() == name

    page.get_by_role("link", name="Klaim", exact=True).first.click()
    page.wait_for_url("**/claims")
    assert page.locator("h1").inner_text() == "Pelacak klaim"
    assert page.locator("article.claim").count() > 0
    shot(page, "claims")
    page.locator(".tabs a", has_text="Dibantah").click()
    page.wait_for_url("**/claims?status=denied")
    statuses = page.locator("article.claim > .claim-head .status").all_inner_texts()
    assert statuses and set(statuses) == {"Dibantah"}


def test_keyboard_skip_link_and_language_toggle(page: Any, base_url: str) -> None:
    page.goto(base_url + "/claims")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert page.locator("a.skip-link").is_visible()  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#content"
    page.locator("a.lang-toggle").click()
    page.wait_for_url("**lang=en")
    assert page.locator("h1").inner_text() == "Claims tracker"
    assert page.evaluate("document.documentElement.lang") == "en"


def test_phone_width_has_no_horizontal_scroll(browser: Any, base_url: str, demo_store: Any) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    pg = context.new_page()
    pg.set_default_timeout(45_000)
    try:
        word = _search_word(demo_store)
        for path, name in ((f"/?q={word}", "phone-search"), ("/quotes", None), ("/claims", None)):
            pg.goto(base_url + path)
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, (path, overflow)
            if name:
                shot(pg, name, full_page=False)
        pg.goto(base_url + "/")
        pg.locator("ol.hits li.hit h3 a").first.click()
        pg.wait_for_url("**/article/**")
        assert pg.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
        shot(pg, "phone-article", full_page=False)
    finally:
        context.close()
