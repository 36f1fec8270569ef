"""Browser tests (headless Chromium) of the analyst's tasks: names as typed, every operator,
CSV export, right-to-left overrides, keyboard reach, filters on phones.

They run against a uvicorn server over the web test corpus plus ``analyst_records()``
(``webdata.open_analyst_store``); screenshots go where ``test_browser`` puts its own.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

import pytest
from test_browser import browser, page, shot  # noqa: F401  (fixtures)
from webdata import open_analyst_store

from browsing import served
from warta.config import Config
from warta.web.api import create_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_analyst_store(f"sqlite:///{tmp_path_factory.mktemp('analyst-browser') / 'a.db'}")
    with served(create_app(store, Config())) as url:
        yield url
    store.close()


def hit_ids(pg: Any) -> set[str]:
    return {
        h.split("/article/")[1] for h in pg.locator(".hit h3 a").evaluate_all("as => as.map(a => a.href)")
    }


def test_indonesian_names_resolve(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/entity/Rusia")
    assert page.locator("h1").inner_text().strip() == "Russia"
    page.goto(base_url + "/")
    page.locator("details.filters-top summary").click()
    page.fill("#f-entity", "Rusia")
    page.fill("#f-outlet", "kompas")
    page.locator(".filter-form button[type=submit]").click()
    page.wait_for_url("**entity=Rusia**")
    assert hit_ids(page) == {"x-rusia"}
    shot(page, "search-alias")


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("korupsi suap", {"x-rusia", "x-kpk"}),
        ("korupsi -suap", {"x-as", "x-rtl", "a-korupsi"}),
        ("pajak OR jalan", {"x-as", "x-rtl", "x-kpk"}),
        ("korup*", {"x-rusia", "x-kpk", "x-as", "x-rtl", "a-korupsi"}),
        ('"korupsi pajak"', {"x-as", "x-rtl"}),
        ("speaker:Yilmaz", {"x-rusia"}),
    ],
)
def test_every_operator_from_the_search_box(page: Any, base_url: str, q: str, expected: set[str]) -> None:  # noqa: F811
    page.goto(base_url + "/")
    page.fill("input#q", q)
    page.press("input#q", "Enter")
    page.wait_for_url("**/?q=*")
    assert hit_ids(page) == expected


def test_unbalanced_quote_is_reported(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/")
    page.fill("input#q", 'korupsi "suap')
    page.press("input#q", "Enter")
    page.wait_for_url("**/?q=*")
    assert "unbalanced quote" in page.locator(".problems[role=alert]").inner_text()
    assert page.locator(".hit").count() == 0
    shot(page, "search-problem", full_page=False)


def test_csv_export_of_a_filtered_quote_search(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/?type=quote&speaker=Menteri")
    assert page.locator(".hit").count() == 1
    with page.expect_download() as download_info:
        page.locator(".exports a", has_text="CSV").click()
    path = download_info.value.path()
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Mehmet Yilmaz", "Kami tidak pernah menerima suap,")
    ]


def test_rtl_override_keeps_the_attribution_readable(page: Any, base_url: str) -> None:  # noqa: F811
    """The speaker after a quote holding U+202E is drawn left to right: its first letter leftmost."""
    order_js = """el => {
        const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
        const r = document.createRange();
        r.setStart(node, 0); r.setEnd(node, 1); const first = r.getBoundingClientRect().left;
        r.setStart(node, node.length - 1); r.setEnd(node, node.length);
        const last = r.getBoundingClientRect().left;
        return first < last; }"""
    for path in ("/article/x-rtl", "/quotes?speaker=Dewi"):
        page.goto(base_url + path)
        speaker = page.locator("a.speaker", has_text="Dewi Lestari").first
        assert speaker.evaluate(order_js), path
    shot(page, "quotes-rtl", full_page=False)


def test_first_result_within_ten_tab_presses(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/?q=beras")
    first = page.locator(".hit h3 a").first.get_attribute("href")
    presses = 0
    while presses < 10:
        page.keyboard.press("Tab")
        presses += 1
        active = page.evaluate(
            "[document.activeElement.className, document.activeElement.getAttribute('href')]"
        )
        if "skip-link" in (active[0] or ""):
            page.keyboard.press("Enter")
            continue
        if active[1] == first:
            break
    else:
        pytest.fail("the first result was not reached in 10 Tab presses")
    assert presses <= 3


def test_filters_above_the_results_on_a_phone(browser: Any, base_url: str) -> None:  # noqa: F811
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    pg = context.new_page()
    try:
        pg.goto(base_url + "/?q=korupsi")
        filters = pg.locator("details.filters-top summary").bounding_box()
        results = pg.locator("#results-h").bounding_box()
        assert filters and results and filters["y"] < results["y"] and filters["y"] < 844
        pg.locator("details.filters-top summary").click()
        assert pg.locator("#f-outlet").is_visible()
        assert pg.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
        shot(pg, "phone-filters", full_page=False)
    finally:
        context.close()


def test_multi_select_facets(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/?q=korupsi")
    outlets = page.locator("aside .facet", has=page.locator("h2", has_text="Media"))
    outlets.get_by_role("link", name="Tambahkan Kompas.com").click()
    page.wait_for_url("**outlet*")
    assert hit_ids(page) == {"x-rusia", "x-kpk"}
    page.goto(base_url + "/?q=" + 'korupsi outlet:"Kompas.com" outlet:"detikNews"'.replace(" ", "+"))
    assert hit_ids(page) == {"x-rusia", "x-kpk", "x-as", "x-rtl"}
    page.goto(base_url + "/?q=korupsi")
    page.get_by_role("link", name="Kecualikan Kompas.com").click()
    page.wait_for_url("**outlet*")
    assert hit_ids(page) == {"x-as", "x-rtl", "a-korupsi"}
    chip = page.locator(".active-filters .is-excluded").first
    assert "Kompas.com" in chip.inner_text()
    chip.get_by_role("link").click()  # removing the exclusion brings the articles back
    page.wait_for_url("**/?q=korupsi")
    assert "x-rusia" in hit_ids(page)
    page.goto(base_url + "/?q=korupsi")
    page.get_by_role("link", name="Kecualikan Kompas.com").click()
    shot(page, "search-facets")


def test_compared_queries_chart(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/attention")
    page.fill("#aq-1", "korupsi")
    page.fill("#aq-2", "beras")
    page.get_by_label("Persentase dari semua artikel").check()
    page.get_by_role("button", name="Bandingkan").click()
    page.wait_for_url("**/attention?*")
    assert page.locator("svg polyline.line").count() == 2
    box = page.locator("figure.attention-chart").bounding_box()
    assert box and box["width"] > 1000  # full width at 1280 px
    assert page.locator("svg text.tick").first.text_content() == "0%"
    with page.expect_download() as download_info:
        page.locator(".attention-chart a", has_text="CSV").click()
    with open(download_info.value.path(), encoding="utf-8") as f:
        assert f.readline().strip() == "period,korupsi,beras"
    shot(page, "attention")


def test_duplicate_groups_page(page: Any, base_url: str) -> None:  # noqa: F811
    page.goto(base_url + "/")
    page.get_by_role("link", name="Duplikat", exact=True).first.click()
    page.wait_for_url("**/duplicates")
    group = page.locator(".dup-group").first
    assert group.locator(".dup-original .badge").inner_text() == "ASLI"
    assert group.locator(".dup-copies li").count() == 2
    assert group.locator(".dup-copies .badge").all_inner_texts() == ["SINDIKASI", "MIRIP"]
    shot(page, "duplicates")
