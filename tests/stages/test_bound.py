"""The bound stage: bodies over max_body_chars are cut at a boundary and marked truncated."""

from __future__ import annotations

import pytest

from warta.config import Config
from warta.record import Record
from warta.stages.bound import bound, cut_point, has_article_text


def record_with(paragraphs: list[str]) -> Record:
    return Record(body="\n\n".join(paragraphs), paragraphs=list(paragraphs))


def test_short_body_is_untouched() -> None:
    record = bound(record_with(["Banjir di Bekasi.", "Warga mengungsi."]), Config(max_body_chars=1000))
    assert record.body == "Banjir di Bekasi.\n\nWarga mengungsi." and not record.truncated


def test_long_body_is_cut_at_a_paragraph_and_marked() -> None:
    paragraphs = [f"Paragraf nomor {i} tentang banjir di Bekasi." for i in range(100)]
    record = bound(record_with(paragraphs), Config(max_body_chars=1000))
    assert record.truncated and len(record.body) <= 1000
    assert record.body == "\n\n".join(record.paragraphs)
    assert record.paragraphs == paragraphs[: len(record.paragraphs)]
    assert len(record.body) > 900  # cut near the cap, not far before it


def test_one_huge_word_is_cut_at_the_cap() -> None:
    record = bound(record_with(["a" * 5000]), Config(max_body_chars=1000))
    assert record.truncated and record.body == "a" * 1000 and record.paragraphs == ["a" * 1000]


def test_a_sentence_end_is_preferred_to_a_space() -> None:
    text = ("kata " * 190) + "akhir. " + ("lagi " * 100)
    assert text[: cut_point(text, 1000)].endswith("akhir.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [("", False), ("q", False), ("  .,;!? \n", False), ("Ya", True), ("12", True), ("东京", True)],
)
def test_article_text_needs_a_word(body: str, expected: bool) -> None:
    assert has_article_text(body) is expected
