"""Run ``warta ingest`` and ``kill -9`` itself at a chosen point (for tests/store/test_writers.py).

    python crashing.py POINT N ingest SOURCE --db URL ...

POINT is where the process dies, at the Nth time it gets there:

``reading``    after N inputs were read (nothing of the batch analysed yet)
``analysing``  inside the Nth batch's analysis
``commit``     inside the Nth batch's transaction, after its rows were written, before COMMIT
``dedup``      inside a batch's transaction, after the Nth article was linked into the duplicate index
``stories``    inside the story pass, after its decisions were written, before COMMIT
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any


def _die_on(count: int) -> Callable[[], None]:
    calls = 0

    def tick() -> None:
        nonlocal calls
        calls += 1
        if calls >= count:
            os.kill(os.getpid(), signal.SIGKILL)

    return tick


def install(point: str, count: int) -> None:
    from warta.corpus import dedup, ingest
    from warta.engine import local
    from warta.store.sql import SqlStore

    tick = _die_on(count)
    if point == "reading":
        real_unseen = ingest.unseen

        def unseen(*args: Any, **kwargs: Any) -> Iterator[Any]:
            for item in real_unseen(*args, **kwargs):
                tick()
                yield item

        ingest.unseen = unseen  # type: ignore[assignment]
    elif point == "analysing":
        real_analyse = local.analyse_batch

        def analyse_batch(*args: Any, **kwargs: Any) -> Any:
            tick()
            return real_analyse(*args, **kwargs)

        local.analyse_batch = analyse_batch  # type: ignore[assignment]
    elif point in ("commit", "dedup", "stories"):
        owner: Any = {"commit": SqlStore, "dedup": dedup.StoredIndex, "stories": SqlStore}[point]
        name = {"commit": "put_many", "dedup": "link", "stories": "write_story_decisions"}[point]
        real = getattr(owner, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            result = real(*args, **kwargs)
            tick()
            return result

        setattr(owner, name, wrapped)
    else:
        raise SystemExit(f"unknown point {point!r}")


if __name__ == "__main__":
    install(sys.argv[1], int(sys.argv[2]))
    from warta.cli import main

    sys.exit(main(["-q", *sys.argv[3:]]))
