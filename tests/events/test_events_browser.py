"""The /events page in headless Chromium against a real uvicorn server.

The screenshot goes to docs/screenshots/events.png (override with ``WARTA_SCREENSHOT_DIR``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.browser

from eventdata import ingest_reports  # noqa: E402

from browsing import SHOTS, launch, served, sync_api  # noqa: E402  (skips without Chromium)
from warta.config import Config  # noqa: E402
from warta.web.api import create_app  # noqa: E402


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("events-browser")
    store = ingest_reports(folder / "reports.jsonl", f"sqlite:///{folder / 'events.db'}")
    with served(create_app(store, Config())) as url:
        yield url
    store.close()


def test_events_page_filters_by_facet(base_url: str) -> None:
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="id-ID")
        page.set_default_timeout(45_000)
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(base_url + "/events")
        assert page.locator("h1").inner_text() == "Peristiwa"
        rows = page.locator("table.events tbody tr")
        assert rows.count() >= 5
        assert page.locator("figure.chart svg").is_visible()
        assert page.locator("figure.map svg circle").count() >= 1
        assert page.locator("table.actor-pairs").is_visible()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "events.png"), full_page=True)
        page.locator("nav.event-facets a", has_text="COERCE").first.click()
        page.wait_for_url("**/events?type=COERCE")
        tags = page.locator("table.events tbody tr td:nth-child(3) .tag").all_inner_texts()
        assert tags and set(tags) == {"COERCE"}
        browser.close()
    assert not errors, errors
