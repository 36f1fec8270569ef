"""Concurrent writers and crash safety on both backends.

Two ingests at once into one store (the same files, or disjoint halves) must
give the database of one sequential run: articles, duplicate groups, stories,
entity counters, failures and the corpus index. A run killed with ``kill -9``
at any point (reading, analysing, inside a batch's commit, inside the
duplicate linking, inside the story pass) and then resumed must give the
database of an uninterrupted run. The store serialises write transactions
(SQLite ``BEGIN IMMEDIATE``, PostgreSQL ``pg_advisory_xact_lock``), and groups
and stories do not depend on arrival order, which is what these tests check.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import warta
from corpus.planted import count_articles, table_contents, write_corpus
from warta.config import load_config
from warta.corpus import ingest as driver
from warta.engine.local import LocalEngine
from warta.store import open_store

SRC = str(Path(warta.__file__).resolve().parents[1])
CRASHING = str(Path(__file__).with_name("crashing.py"))
pytestmark = pytest.mark.slow  # subprocess ingests: 5-30 s each on the shared 2-core machine
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}


def ingest_here(sources: list[Path], url: str) -> driver.IngestStats:
    config = load_config(db=url)
    store = open_store(url, config)
    engine = LocalEngine(config)
    try:
        return driver.ingest([str(s) for s in sources], store, config, engine, batch_size=2)
    finally:
        engine.close()
        store.close()


def ingest_args(sources: list[Path], url: str) -> list[str]:
    # One process per ingest: the kill lands in the ingest itself (not in a pool worker), and two
    # concurrent ingests do not start four analysis processes on a two-core machine.
    return ["ingest", *map(str, sources), "--db", url, "--batch-size", "2", "--workers", "1"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small planted corpus, its two halves, and the tables of one sequential run of each layout."""
    folder = tmp_path_factory.mktemp("writers")
    planted = write_corpus(folder / "berita.jsonl", stories=6)
    lines = planted.path.read_text(encoding="utf-8").splitlines()
    # Near copies and their originals end up in different halves, so the halves' groups must
    # merge. The first copy of a story keeps its original's record id (only its dateline
    # differs), and of two inputs with one id the store keeps whichever commits first, so
    # those two stay in one half: which of them is kept is not order-independent.
    parts: list[list[str]] = [[], []]
    for number, members in enumerate(planted.stories):
        together, apart = members[:2], members[2:]
        parts[number % 2] += [lines[n - 1] for n in together]
        parts[1 - number % 2] += [lines[n - 1] for n in apart]
    parts[0] += [lines[n - 1] for n in planted.bad_lines]
    halves = [folder / "a.jsonl", folder / "b.jsonl"]
    for half, part in zip(halves, parts, strict=True):
        half.write_text("\n".join(part) + "\n", encoding="utf-8")
    whole_url = f"sqlite:///{folder / 'whole.db'}"
    halves_url = f"sqlite:///{folder / 'halves.db'}"
    ingest_here([planted.path], whole_url)
    ingest_here(halves, halves_url)
    whole = table_contents(whole_url)
    assert whole["dup_groups"] and whole["stories"] and whole["failures"]
    return {
        "path": planted.path,
        "halves": halves,
        "whole": whole,
        "halves_tables": table_contents(halves_url),
        "total": count_articles(whole_url),
    }


def no_orphans(url: str) -> None:
    store = open_store(url)
    try:
        assert (
            store._scalar(
                "SELECT count(*) FROM dup_groups g WHERE NOT EXISTS "
                "(SELECT 1 FROM articles a WHERE a.dup_group = g.id AND a.id = g.canonical_id)"
            )
            == 0
        )
        assert (
            store._scalar(
                "SELECT count(*) FROM stories s WHERE NOT EXISTS "
                "(SELECT 1 FROM articles a WHERE a.story_id = s.id)"
            )
            == 0
        )
        # Entity counters equal the mentions they count.
        assert (
            store._scalar(
                "SELECT count(*) FROM entities e WHERE e.articles <> "
                "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)"
            )
            == 0
        )
    finally:
        store.close()


@pytest.mark.parametrize("layout", ["same files", "disjoint halves"])
def test_two_concurrent_ingests_equal_one_sequential_run(
    corpus: dict[str, Any], store_url: str, layout: str
) -> None:
    if layout == "same files":
        jobs, expected = [[corpus["path"]], [corpus["path"]]], corpus["whole"]
    else:
        jobs, expected = [[h] for h in corpus["halves"]], corpus["halves_tables"]
    # The schema is created by the processes themselves, at the same time.
    procs = [
        subprocess.Popen([sys.executable, "-m", "warta.cli", "-q", *ingest_args(job, store_url)], env=ENV)
        for job in jobs
    ]
    for proc in procs:
        assert proc.wait(timeout=300) == 0
    assert table_contents(store_url) == expected
    no_orphans(store_url)


@pytest.mark.parametrize(
    ("point", "count"), [("reading", 5), ("analysing", 3), ("commit", 2), ("dedup", 4), ("stories", 1)]
)
def test_kill_9_then_resume_equals_an_uninterrupted_run(
    corpus: dict[str, Any], store_url: str, point: str, count: int
) -> None:
    proc = subprocess.run(
        [sys.executable, CRASHING, point, str(count), *ingest_args([corpus["path"]], store_url)],
        env=ENV,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL, f"the run was not killed at {point}"
    partial = count_articles(store_url)
    if point == "stories":
        assert partial == corpus["total"]  # every batch was committed; the story pass was not
        store = open_store(store_url)
        try:
            assert store.pending_story_days()[0]
        finally:
            store.close()
    else:
        assert partial < corpus["total"]
    stats = ingest_here([corpus["path"]], store_url)
    assert stats.stored == corpus["total"] - partial  # the summary counts what this run stored
    assert table_contents(store_url) == corpus["whole"]
    no_orphans(store_url)
