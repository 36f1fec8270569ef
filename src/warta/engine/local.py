"""The local engine: analyse batches in this process, or in a process pool of N workers."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from warta.config import Config
from warta.engine.base import BatchResult, Item, analyse_batch, ordered_window

log = logging.getLogger(__name__)


class LocalEngine:
    """Run ``analyse_batch`` here (``workers=1``) or in a pool of ``workers`` processes."""

    name = "local"

    def __init__(self, config: Config, workers: int = 1) -> None:
        self.config = config
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def map(self, batches: Iterable[list[Item]]) -> Iterator[BatchResult]:
        if self.workers == 1:
            for batch in batches:
                yield analyse_batch(batch, self.config)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        pool = self._pool

        def submit(batch: list[Item]) -> Future[BatchResult]:
            return pool.submit(analyse_batch, batch, self.config)

        yield from ordered_window(submit, Future.result, batches, window=2 * self.workers)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
