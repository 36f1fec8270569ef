"""`warta dedup --rebuild`: regroup the stored articles, for example with another threshold."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.planted import table_contents, write_corpus
from warta.cli import main


@pytest.fixture
def db(tmp_path: Path, store_url: str) -> str:
    planted = write_corpus(tmp_path / "berita.jsonl", stories=6)
    assert main(["-q", "ingest", str(planted.path), "--db", store_url]) == 0
    return store_url


def _groups(url: str) -> set[tuple[str, str | None]]:
    from warta.store import open_store

    store = open_store(url)
    try:
        return {(m["id"], m["dup_group"]) for m in store.iter_meta()}
    finally:
        store.close()


def test_rebuild_at_the_same_threshold_changes_nothing(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ingested = table_contents(db)
    assert main(["dedup", "--db", db]) == 0
    assert "near-duplicate groups" in capsys.readouterr().out
    assert table_contents(db) == ingested
    assert main(["dedup", "--rebuild", "--db", db]) == 0
    assert table_contents(db)["articles"] == ingested["articles"]


def test_rebuild_with_a_lower_threshold_only_merges(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = {a: g for a, g in _groups(db) if g is not None}
    assert main(["dedup", "--rebuild", "--threshold", "0.3", "--db", db]) == 0
    after = dict(_groups(db))
    assert all(after[a] is not None for a in before)
    # Articles grouped together before are still together.
    pairs = {(a, b) for a in before for b in before if before[a] == before[b]}
    assert all(after[a] == after[b] for a, b in pairs)


def test_rebuild_with_a_higher_threshold_splits_groups_and_back(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ingested = table_contents(db)
    assert main(["dedup", "--rebuild", "--threshold", "0.999", "--db", db]) == 0
    assert "0 near-duplicate groups" in capsys.readouterr().out
    assert {g for _, g in _groups(db)} == {None}
    assert main(["dedup", "--rebuild", "--db", db]) == 0
    assert table_contents(db)["articles"] == ingested["articles"]
