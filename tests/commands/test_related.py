"""`warta related ID`: duplicates first, then articles of the same story."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from warta.cli import main
from warta.record import Record
from warta.store import open_store


@pytest.fixture
def db(store_url: str, sample_records: Callable[[], list[Record]]) -> str:
    store = open_store(store_url)
    try:
        store.put_many(sample_records())
        store.set_duplicate_group("a1", "a1", canonical=True)
        store.set_duplicate_group("a2", "a1")
        for article in ("a1", "a2", "a3"):
            store.set_story(article, "a3")
    finally:
        store.close()
    return store_url


def test_related_lists_duplicates_then_story(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "a2", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["duplicate", "story"]
    assert " * a1 " in lines[0] and "a3" in lines[1]


def test_related_jsonl_and_lonely_article(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "a3", "--db", db, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["id"], r["relation"]) for r in rows} == {("a1", "story"), ("a2", "story")}
    assert main(["related", "a5", "--db", db]) == 0
    assert "no related articles" in capsys.readouterr().out


def test_unknown_id(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "tidak-ada", "--db", db]) == 1
    assert "no article with id" in capsys.readouterr().err
