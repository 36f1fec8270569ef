"""The local engine: analyse batches in this process, or in a process pool of N workers."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from warta.config import Config
from warta.engine.base import BatchResult, Item, analyse_batch, ordered_window

log = logging.getLogger(__name__)


def exit_with_parent(driver_pid: int, poll_s: float = 1.0) -> None:
    """In a pool worker: exit as soon as the driver process ``driver_pid`` is gone.

    Idle workers wait on their task queue, which stays open while any worker holds it, so a
    driver killed with -9 would leave them running (and holding memory) for ever. The pid is
    the driver's own, passed in: a slow worker may start after its driver has died.
    """

    def watch() -> None:
        while os.getppid() == driver_pid:
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


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
            # Spawned, not forked: a forked worker inherits the driver's open database
            # connection (and with it a PostgreSQL transaction and its write lock), and a worker
            # outlives a driver killed with -9, holding that lock for every later run.
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=exit_with_parent,
                initargs=(os.getpid(),),
            )
        pool = self._pool

        def submit(batch: list[Item]) -> Future[BatchResult]:
            return pool.submit(analyse_batch, batch, self.config)

        yield from ordered_window(submit, Future.result, batches, window=2 * self.workers)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
