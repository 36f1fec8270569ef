"""A per-input time budget for analysis, enforced with SIGALRM where it can be.

A signal reaches Python code only between bytecodes, so an input stuck inside one
long C call (a regex, a tokenizer) is stopped when that call returns: the budget
bounds the damage of a slow input, while the linear-time stages and the body cap
(``stages/bound.py``) are what keep every input fast. SIGALRM exists only on POSIX and
only the main thread may set it: elsewhere (Dask worker threads) no budget applies.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class InputTimeout(BaseException):
    """The input ran past its time budget.

    A ``BaseException``, like ``KeyboardInterrupt``, so that the ``except Exception``
    of a stage or a library cannot swallow it on the way out.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"analysis ran past {seconds:g} s")


def can_budget() -> bool:
    """Whether this thread can set a SIGALRM budget."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ``InputTimeout`` in the block once ``seconds`` have passed (0 or less: no budget)."""
    if seconds <= 0 or not can_budget():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise InputTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
