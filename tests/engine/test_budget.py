"""The per-input time budget: a slow input becomes a "timeout" failure and the batch goes on."""

from __future__ import annotations

import time

import pytest

from warta.config import Config
from warta.corpus.readers import RawArticle
from warta.engine import base
from warta.engine.budget import InputTimeout, time_budget


def test_budget_interrupts_python_code() -> None:
    started = time.monotonic()
    with pytest.raises(InputTimeout), time_budget(0.2):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_budget_is_cleared_after_the_block() -> None:
    with time_budget(0.1):
        pass
    time.sleep(0.3)  # no late alarm


def test_no_budget_when_zero() -> None:
    with time_budget(0):
        time.sleep(0.05)


def test_a_slow_input_is_a_timeout_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.analysis

    real = warta.analysis.analyze

    def analyze(data, **kwargs):  # type: ignore[no-untyped-def]
        if b"lambat" in data:
            while True:
                time.sleep(0.01)
        return real(data, **kwargs)

    real("Pemanasan: model dimuat sebelum anggaran waktu berlaku.")  # load the models first
    monkeypatch.setattr(warta.analysis, "analyze", analyze)
    batch = [
        RawArticle("a.txt", b"Presiden Joko Widodo meresmikan bendungan di Bogor."),
        RawArticle("lambat.txt", b"lambat"),
        RawArticle("b.txt", b"Harga cabai di Medan naik tajam pekan ini."),
    ]
    result = base.analyse_batch(batch, Config(input_timeout_s=3.0))  # type: ignore[list-item]
    assert [key for key, _ in result.records] == ["a.txt", "b.txt"]
    (failure,) = result.failures
    assert failure.source == "lambat.txt" and failure.error.startswith("timeout")
    assert result.outcomes["timeout"] == 1
