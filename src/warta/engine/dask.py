"""The Dask engine: analyse batches on a LocalCluster or on a running Dask scheduler.

Workers only analyse; the driver process stays the single writer of the
database, so a Dask run stores exactly what a local run stores. A remote
cluster needs warta (and its NER model) installed on every worker; nothing
else changes. See docs/scaling.md.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from warta.config import Config
from warta.engine.base import BatchResult, Item, analyse_batch, ordered_window
from warta.errors import MissingExtra, WartaError

log = logging.getLogger(__name__)


class DaskEngine:
    """Submit ``analyse_batch`` calls to Dask workers, a few batches ahead per worker."""

    name = "dask"

    def __init__(self, config: Config, workers: int = 2, scheduler: str | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise MissingExtra("dask.distributed", "dask") from exc
        self.config = config
        self._cluster: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="20s")
            else:
                import dask

                # Workers sample their stacks every 10 ms for the dashboard's profile by default;
                # on a CPU-bound ingest that sampling costs the analysis time (docs/scaling.md).
                dask.config.set({"distributed.worker.profile.enabled": False})
                # Processes, one thread each: the analysis is CPU-bound Python.
                self._cluster = LocalCluster(
                    n_workers=max(1, workers),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # loopback only, any free port
                )
                self._client = Client(self._cluster)
        except OSError as exc:
            raise WartaError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from exc
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)
        log.info("dask: %d workers at %s", self.workers, self._client.scheduler.address)

    def map(self, batches: Iterable[list[Item]]) -> Iterator[BatchResult]:
        client = self._client

        def submit(batch: list[Item]) -> Any:
            return client.submit(analyse_batch, batch, self.config, pure=False)

        def wait(future: Any) -> BatchResult:
            result: BatchResult = future.result()
            future.release()
            return result

        yield from ordered_window(submit, wait, batches, window=2 * self.workers)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
