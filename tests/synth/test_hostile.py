"""Hostile articles: payloads survive parsing as plain text, and live markup is really there."""

from __future__ import annotations

import json

import lxml.html

from warta.synth.hostile import SQL_DROP, XSS_IMG, XSS_SCRIPT, hostile_articles


def test_titles_carry_the_payloads() -> None:
    titles = " ".join(a.title for a in hostile_articles())
    for payload in (XSS_SCRIPT, XSS_IMG, SQL_DROP, "{{7*7}}"):
        assert payload in titles


def test_html_pages_parse_to_the_hostile_title() -> None:
    pages = [a for a in hostile_articles() if a.fmt == "html"]
    assert len(pages) == 2
    for a in pages:
        doc = lxml.html.fromstring(a.content)
        assert doc.xpath("string(//h1)") == a.title
        assert doc.xpath("string(//title)").startswith(a.title)
    # live script and event-handler markup that extraction must drop
    first = lxml.html.fromstring(pages[0].content)
    assert first.xpath("//script") and first.xpath("//*[@onerror]") and first.xpath("//iframe")


def test_json_and_text_articles() -> None:
    by_fmt = {a.fmt: a for a in hostile_articles()}
    record = json.loads(by_fmt["json"].content)
    assert record["title"] == by_fmt["json"].title
    assert "</script><script>alert(1)</script>" in record["text"]
    assert "\u202e" in record["text"] and XSS_SCRIPT in record["tags"]
    assert by_fmt["txt"].title in by_fmt["txt"].content.splitlines()
    assert by_fmt["txt"].content.count(SQL_DROP) >= 3


def test_ids_and_files_are_distinct() -> None:
    arts = hostile_articles()
    assert len({a.id for a in arts}) == len({a.filename for a in arts}) == len({a.url for a in arts}) == 4
    assert all(a.filename.startswith("hostile/") and a.filename.endswith("." + a.fmt) for a in arts)
