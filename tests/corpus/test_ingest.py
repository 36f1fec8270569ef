"""The ingest driver on both backends: storing, failures, duplicate groups, idempotence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from corpus.planted import table_contents, write_corpus
from corpus.website import PAGE, rss, serve
from warta.config import Config
from warta.corpus import fetch
from warta.corpus import ingest as driver
from warta.engine.local import LocalEngine
from warta.store import open_store


def run_ingest(sources: list[str], url: str, config: Config | None = None, batch_size: int = 4) -> Any:
    config = config or Config(db=url)
    store = open_store(url, config)
    engine = LocalEngine(config)
    try:
        return driver.ingest(sources, store, config, engine, batch_size=batch_size)
    finally:
        engine.close()
        store.close()


def test_ingest_stores_groups_and_is_idempotent(tmp_path: Path, store_url: str) -> None:
    planted = write_corpus(tmp_path / "berita.jsonl", stories=10)
    stats = run_ingest([str(planted.path)], store_url)
    lines = sum(len(s) for s in planted.stories)
    assert stats.read == lines + 1
    assert stats.outcomes["ok"] == lines and stats.outcomes["failed-read"] == 1
    assert stats.stored + stats.outcomes["dup-exact"] == lines

    store = open_store(store_url)
    try:
        (failure,) = store.failures()
        assert failure.source == f"{planted.path}#line{planted.bad_lines[0]}" and failure.stage == "read"
        metas = {m["url"]: m for m in store.iter_meta()}
    finally:
        store.close()
    # Every stored copy of a reprinted story sits in one group whose canonical is the original.
    for number, story in enumerate(planted.stories):
        if len(story) > 1:
            group = {m["dup_group"] for m in metas.values() if m["url"].endswith(f"/{number}")}
            assert len(group) == 1 and None not in group
    canonical = [m for m in metas.values() if m["is_canonical"]]
    assert all(m["url"].startswith("https://kompas.example/") for m in canonical)
    assert {m["dup_group"] for m in canonical} == {m["dup_group"] for m in metas.values()} - {None}

    before = table_contents(store_url)
    again = run_ingest([str(planted.path)], store_url)
    assert again.read == 0 and again.stored == 0 and again.seen == lines + 1
    assert table_contents(store_url) == before


def test_incremental_groups_equal_a_batch_rebuild(tmp_path: Path, store_url: str) -> None:
    planted = write_corpus(tmp_path / "all.jsonl", stories=8)
    lines = planted.path.read_text(encoding="utf-8").splitlines()
    # Copies arrive before their originals in the second file: groups must not care.
    (tmp_path / "a.jsonl").write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(lines[0::2]) + "\n", encoding="utf-8")
    run_ingest([str(tmp_path / "a.jsonl")], store_url)
    run_ingest([str(tmp_path / "b.jsonl")], store_url)
    incremental = table_contents(store_url)
    config = Config(db=store_url)
    store = open_store(store_url, config)
    try:
        groups = driver.rebuild_groups(store, config)
        driver.rebuild_stories(store, config)
    finally:
        store.close()
    assert groups >= 3
    assert table_contents(store_url) == incremental


def test_a_failing_article_never_stops_the_batch(
    tmp_path: Path, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warta.analysis

    real = warta.analysis.analyze

    def flaky(source: str | bytes, **kwargs: Any) -> Any:
        if "meledak" in str(source):
            raise RuntimeError("bug di tahap analisis")
        return real(source, **kwargs)

    monkeypatch.setattr(warta.analysis, "analyze", flaky)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text(
        "Harga cabai di Medan naik tajam pekan ini menurut pedagang.", encoding="utf-8"
    )
    (folder / "2.txt").write_text("Program ini meledak saat dianalisis.", encoding="utf-8")
    (folder / "3.txt").write_bytes(b"")
    (folder / "4.txt").write_text(
        "Banjir merendam ratusan rumah di Bekasi setelah hujan deras.", encoding="utf-8"
    )
    stats = run_ingest([str(folder)], store_url, batch_size=10)
    assert stats.stored == 2
    assert stats.outcomes["error-analyze"] == 1 and stats.outcomes["bad-input"] == 1
    store = open_store(store_url)
    try:
        failures = {Path(f.source).name: f for f in store.failures()}
        assert store.count() == 2
    finally:
        store.close()
    assert set(failures) == {"2.txt", "3.txt"}
    assert "RuntimeError" in failures["2.txt"].error
    assert failures["3.txt"].error.startswith("bad-input")


def test_estimate_total(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("c", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"x")
    assert driver.estimate_total([str(tmp_path)]) == 3
    assert driver.estimate_total([str(tmp_path / "b.txt"), "https://a.id/rss"]) is None


def test_batched() -> None:
    assert [len(b) for b in driver.batched(iter(range(10)), 4)] == [4, 4, 2]  # type: ignore[arg-type]


def test_feed_ingest_fetches_each_article_once(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "MIN_INTERVAL_S", 0.05)
    body = "Harga beras medium di Palembang naik menjadi Rp 14.500 per kilogram, kata pedagang pasar {}."
    with serve() as site:
        site.add("/robots.txt", "User-agent: *\nDisallow: /tertutup/\n", "text/plain")
        site.add("/a", PAGE.format(body.format("Cinde")))
        site.add("/b", PAGE.format(body.format("Lemabang")))
        site.add("/tertutup/c", PAGE.format(body.format("Kertapati")))
        links = [("A", f"{site.base}/a"), ("B", f"{site.base}/b"), ("C", f"{site.base}/tertutup/c")]
        site.add("/rss", rss(site, links), "application/rss+xml")
        stats = run_ingest([f"{site.base}/rss"], store_url)
        assert stats.stored == 2 and stats.outcomes["failed-fetch"] == 1
        again = run_ingest([f"{site.base}/rss"], store_url)
        paths = [path for path, _ in site.hits]
    assert again.read == 0 and again.stored == 0
    assert paths.count("/a") == 1 and paths.count("/b") == 1 and "/tertutup/c" not in paths
    assert paths.count("/rss") == 2
    store = open_store(store_url)
    try:
        assert sorted(m["url"] for m in store.iter_meta()) == [f"{site.base}/a", f"{site.base}/b"]
        (failure,) = store.failures()
    finally:
        store.close()
    assert failure.source == f"{site.base}/tertutup/c" and failure.error.startswith("robots-disallowed")


def test_feed_article_a_busy_server_refused_is_fetched_on_the_next_run(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "MIN_INTERVAL_S", 0.01)
    monkeypatch.setattr(fetch, "BACKOFF_S", 0.01)
    body = "Harga cabai di Pasar Cinde naik menjadi Rp 60.000 per kilogram, kata pedagang {}."
    with serve() as site:
        site.add("/robots.txt", "User-agent: *\n", "text/plain")
        site.add("/a", PAGE.format(body.format("Ani")))
        site.add("/b", PAGE.format(body.format("Budi")))
        site.add("/rss", rss(site, [("A", f"{site.base}/a"), ("B", f"{site.base}/b")]), "application/rss+xml")
        site.flaky["/b"] = 100  # 503 on every try of the first run
        first = run_ingest([f"{site.base}/rss"], store_url)
        site.flaky["/b"] = 0
        second = run_ingest([f"{site.base}/rss"], store_url)
        third = run_ingest([f"{site.base}/rss"], store_url)
    assert (first.stored, first.outcomes["failed-fetch"]) == (1, 1)
    assert second.stored == 1 and second.outcomes["failed-fetch"] == 0
    assert third.read == 0  # now stored: not fetched again
    store = open_store(store_url)
    try:
        assert store.count() == 2
        (failure,) = store.failures()  # the first run's failure stays on record
    finally:
        store.close()
    assert "503" in failure.error


SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "corpus"


@pytest.mark.slow
def test_sample_corpus_incremental_equals_rebuild(store_url: str) -> None:
    """The bundled sample (340 articles with exact, near and syndicated copies) in two runs, then rebuilt."""
    if not (SAMPLE / "txt").is_dir():
        pytest.skip(f"no sample corpus at {SAMPLE}")
    # Later folders hold copies of articles in earlier ones and the other way round.
    run_ingest([str(SAMPLE / "html"), str(SAMPLE / "feeds")], store_url, batch_size=16)
    run_ingest([str(SAMPLE / p) for p in ("txt", "json", "warc", "hostile")], store_url, batch_size=16)
    incremental = table_contents(store_url)
    config = Config(db=store_url)
    store = open_store(store_url, config)
    try:
        groups = driver.rebuild_groups(store, config)
        stories = driver.rebuild_stories(store, config)
        kinds = {row[0] for row in store._all("SELECT dup_kind FROM articles")}
    finally:
        store.close()
    assert groups >= 10 and stories >= 10
    assert {"near", "syndicated"} <= kinds
    assert table_contents(store_url) == incremental


def test_deleting_articles_leaves_no_orphan_groups_stories_or_index_rows(
    tmp_path: Path, store_url: str
) -> None:
    planted = write_corpus(tmp_path / "berita.jsonl", stories=4)
    run_ingest([str(planted.path)], store_url)
    store = open_store(store_url)
    try:
        metas = list(store.iter_meta())
        groups = [m["dup_group"] for m in metas if m["dup_group"]]
        group = max(set(groups), key=groups.count)
        members = sorted((m["id"] for m in metas if m["dup_group"] == group), key=lambda i: i != group)
        assert len(members) >= 2 and members[0] == group  # the canonical first
        for copy in members[1:-1]:
            store.delete_article(copy)
        assert {m["id"] for m in store.iter_meta() if m["dup_group"] == group} == {members[0], members[-1]}
        store.delete_article(members[0])  # the canonical: one member left, so no group
        left = store.get_meta(members[-1])
        assert left is not None and left["duplicate_group"] is None and left["duplicate_kind"] is None
        for table in ("dedup_signatures", "dedup_bands", "story_features"):
            ids = {r[0] for r in store._all(f"SELECT article_id FROM {table}")}
            assert ids == {m["id"] for m in store.iter_meta()}
        assert store._scalar("SELECT count(*) FROM dup_groups") == store.group_count()
        assert not store._all(
            "SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"
        )
        assert store.group_count() == len({m["dup_group"] for m in store.iter_meta() if m["dup_group"]})
    finally:
        store.close()


def test_stories_command_finishes_and_rebuilds(tmp_path: Path, store_url: str, capsys: Any) -> None:
    from warta.cli import main

    planted = write_corpus(tmp_path / "berita.jsonl", stories=4)
    run_ingest([str(planted.path)], store_url)
    before = table_contents(store_url)
    assert main(["stories", "--db", store_url]) == 0
    assert main(["stories", "--rebuild", "--db", store_url]) == 0
    assert "stories with 2+ articles" in capsys.readouterr().out
    assert table_contents(store_url) == before
    # A wider window can only merge stories.
    assert main(["-q", "stories", "--rebuild", "--window-days", "30", "--db", store_url]) == 0
    wider = {r[0] for r in table_contents(store_url)["stories"]}
    assert len(wider) <= len(before["stories"])
