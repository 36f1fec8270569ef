"""analyse_batch and the ordered in-flight window shared by the engines."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from warta.config import Config
from warta.corpus.readers import RawArticle
from warta.engine.base import BatchResult, analyse_batch, iso_date, ordered_window
from warta.store.base import Failure


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-06", "2024-05-06"),
        ("2024-05-06T10:00:00+07:00", "2024-05-06"),
        ("Senin, 6 Mei 2024", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_analyse_batch_keeps_order_and_records_failures() -> None:
    batch: list[Any] = [
        RawArticle(
            "k1", "Harga cabai di Medan naik tajam pekan ini.", url="https://a.id/1", published="2024-05-06"
        ),
        Failure("k2", "bad-jsonl: rusak", "read"),
        RawArticle("k3", b"", fmt="text"),
        RawArticle(
            "k4", "<html><body><p>Banjir melanda Bekasi.</p></body></html>", fmt="html", title="Banjir"
        ),
    ]
    result = analyse_batch(batch, Config())
    assert result.items == 4
    assert [key for key, _ in result.records] == ["k1", "k4"]
    first = result.records[0][1]
    assert first.url == "https://a.id/1" and first.published.date == "2024-05-06"
    assert result.records[1][1].title == "Banjir"
    assert [(f.source, f.stage) for f in result.failures] == [("k2", "read"), ("k3", "load")]
    assert result.outcomes == {"ok": 2, "failed-read": 1, "bad-input": 1}
    assert result.stage_seconds["total"] > 0 and "load" in result.stage_seconds


def test_ordered_window_yields_in_submission_order() -> None:
    import time

    def work(batch: list[Any]) -> BatchResult:
        time.sleep(0.05 if batch[0] % 2 == 0 else 0.0)  # even batches finish last
        return BatchResult(items=batch[0])

    in_flight: list[int] = []
    with ThreadPoolExecutor(max_workers=4) as pool:

        def submit(batch: list[Any]) -> Future[BatchResult]:
            in_flight.append(batch[0])
            return pool.submit(work, batch)

        order = [r.items for r in ordered_window(submit, Future.result, ([i] for i in range(7)), window=3)]
    assert order == list(range(7))
    assert in_flight == list(range(7))
