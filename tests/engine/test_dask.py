"""The Dask engine on a 2-worker LocalCluster writes the same database as the local engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from corpus.planted import table_contents, write_corpus
from warta.config import Config
from warta.corpus import ingest as driver
from warta.engine.local import LocalEngine
from warta.store import open_store

pytest.importorskip("dask.distributed")

pytestmark = [pytest.mark.dask, pytest.mark.slow]


def run(engine: Any, source: Path, url: str) -> Any:
    config = Config(db=url)
    store = open_store(url, config)
    try:
        return driver.ingest([str(source)], store, config, engine, batch_size=3)
    finally:
        engine.close()
        store.close()


def test_dask_local_cluster_equals_local_engine(tmp_path: Path, store_url: str) -> None:
    from warta.engine.dask import DaskEngine

    planted = write_corpus(tmp_path / "berita.jsonl", stories=8)
    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    run(LocalEngine(Config()), planted.path, local_url)
    engine = DaskEngine(Config(), workers=2)
    assert engine.workers == 2
    stats = run(engine, planted.path, store_url)
    assert stats.stored > 0 and stats.outcomes["failed-read"] == 1
    assert table_contents(store_url) == table_contents(local_url)


def test_engine_on_a_given_scheduler_address() -> None:
    from dask.distributed import LocalCluster

    from warta.corpus.readers import RawArticle
    from warta.engine.dask import DaskEngine

    with LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster:
        engine = DaskEngine(Config(), scheduler=cluster.scheduler_address)
        try:
            assert engine.workers == 1
            batches = [[RawArticle("k1", "Banjir merendam ratusan rumah di Bekasi setelah hujan deras.")]]
            (result,) = list(engine.map(batches))
        finally:
            engine.close()
        assert [key for key, _ in result.records] == ["k1"]
        # Closing the engine leaves a cluster it did not start running.
        assert cluster.scheduler_info["workers"]
