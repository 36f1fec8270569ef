"""Body highlighting: every segment escaped, marks nested inside quotes, bad spans ignored."""

from __future__ import annotations

from bs4 import BeautifulSoup

from warta.record import DateMention, Entity, Quote, Record
from warta.web.highlight import entity_href, highlight_body, safe_snippet


def _record(body: str, **fields) -> Record:  # noqa: ANN003
    return Record(id="x", body=body, **fields)


def test_entities_dates_and_quotes_are_marked() -> None:
    body = 'Jokowi tiba di Solo pada 1 Mei.\n\n"Saya senang di Solo," kata Jokowi.'
    solo = [[body.index("Solo"), body.index("Solo") + 4], [body.rindex("Solo"), body.rindex("Solo") + 4]]
    q_start = body.index("Saya")
    q_end = body.index(",", q_start) + 1
    record = _record(
        body,
        entities=[Entity("Solo", "LOC", "Surakarta", mentions=solo)],
        dates=[DateMention("1 Mei", "2024-05-01", False, body.index("1 Mei"), body.index("1 Mei") + 5)],
        quotes=[Quote("Saya senang di Solo,", "direct", "Jokowi", "Jokowi", None, "kata", q_start, q_end, 1)],
    )
    paragraphs = highlight_body(record)
    assert len(paragraphs) == 2
    first = BeautifulSoup(str(paragraphs[0]), "html.parser")
    assert first.select_one("a.hl-loc")["href"] == "/entity/Surakarta"
    assert first.select_one("time")["datetime"] == "2024-05-01"
    second = BeautifulSoup(str(paragraphs[1]), "html.parser")
    quote = second.select_one("q.hl-quote")
    assert quote["id"] == f"q-{q_start}"
    assert quote.select_one("a.hl-ent").text == "Solo"  # the entity nests inside the quote
    assert second.text == body.split("\n\n")[1]


def test_markup_in_text_is_escaped() -> None:
    body = 'Kata <script>alert(1)</script> dan "><img src=x onerror=alert(1)>.'
    evil = body.index("<script>")
    record = _record(body, entities=[Entity("<script>", "PER", '"><b>', mentions=[[evil, evil + 8]])])
    html = "".join(str(p) for p in highlight_body(record))
    assert "<script>" not in html and "<img" not in html
    page = BeautifulSoup(html, "html.parser")
    assert not page.find_all(["script", "img", "b"])
    assert page.text == body
    assert page.select_one("a")["href"] == entity_href('"><b>')


def test_overlapping_and_out_of_range_spans_are_dropped() -> None:
    body = "Bank Indonesia menaikkan suku bunga."
    record = _record(
        body,
        entities=[
            Entity("Bank Indonesia", "ORG", "Bank Indonesia", mentions=[[0, 14]]),
            Entity("Indonesia", "LOC", "Indonesia", mentions=[[5, 14]]),
            Entity("x", "PER", "x", mentions=[[30, 99]]),
        ],
    )
    page = BeautifulSoup(str(highlight_body(record)[0]), "html.parser")
    assert [a.text for a in page.select("a")] == ["Bank Indonesia"]
    assert page.text == body


def test_snippet_keeps_only_mark_tags() -> None:
    out = str(safe_snippet("a <mark>b</mark> &lt;script&gt; <img src=x> <mark>c"))
    assert out.count("<mark>") == 2 and out.count("</mark>") == 2
    assert "<img" not in out and "<script" not in out
    assert "&lt;script&gt;" in out
