"""Chart geometry: buckets by span, gaps kept, map bounds and projection."""

from __future__ import annotations

import pytest

from warta.web.charts import INDONESIA_BOUNDS, MIN_BARS, WORLD_BOUNDS, dot_map, time_bars


def test_daily_bars_keep_gaps_and_scale_to_the_maximum() -> None:
    chart = time_bars([("2024-05-03", 2), ("2024-05-01", 4), ("2024-05-01T10:00:00+07:00", 2)], width=300)
    assert chart is not None and chart.bucket == "day"
    # A short series is padded with empty days before it, up to MIN_BARS bars.
    assert len(chart.bars) == MIN_BARS
    assert chart.bars[0].start == "2024-04-20" and all(b.count == 0 for b in chart.bars[:-3])
    assert [b.start for b in chart.bars[-3:]] == ["2024-05-01", "2024-05-02", "2024-05-03"]
    assert [b.count for b in chart.bars[-3:]] == [6, 0, 2]
    assert chart.max_count == 6
    tallest, empty, small = chart.bars[-3:]
    assert tallest.y == 0 and tallest.height == chart.baseline
    assert empty.height == 0
    assert small.height == pytest.approx(chart.baseline / 3, abs=0.01)
    assert all(b.x + b.width <= 300 for b in chart.bars)


def test_long_spans_use_weeks_then_months() -> None:
    weekly = time_bars([("2024-01-01", 1), ("2024-06-30", 1)])
    assert weekly.bucket == "week"
    assert weekly.bars[0].start == "2024-01-01" and weekly.bars[0].end == "2024-01-07"
    monthly = time_bars([("2020-01-15", 3), ("2024-02-29", 1), ("2024-02-01", 1)])
    assert monthly.bucket == "month"
    assert monthly.bars[-1].start == "2024-02-01" and monthly.bars[-1].end == "2024-02-29"
    assert monthly.bars[-1].count == 2
    assert len(monthly.bars) == 50


def test_no_valid_days_gives_no_chart() -> None:
    assert time_bars([]) is None
    assert time_bars([("kemarin", 3), ("", 1)]) is None


def test_map_stays_on_indonesia_unless_a_place_is_outside() -> None:
    local = dot_map([("Jakarta", -6.2, 106.8, 3, "/e/j"), ("Jayapura", -2.5, 140.7, 1, "/e/p")])
    assert local.bounds == INDONESIA_BOUNDS
    jakarta, jayapura = local.points
    assert jakarta.name == "Jakarta" and jakarta.r > jayapura.r
    assert jakarta.x < jayapura.x and jakarta.y > jayapura.y  # west and south of Jayapura
    assert 0 <= jakarta.x <= local.width and 0 <= jakarta.y <= local.height
    world = dot_map([("Jakarta", -6.2, 106.8, 1, ""), ("Den Haag", 52.1, 4.3, 1, "")])
    assert world.bounds == WORLD_BOUNDS


def test_map_skips_invalid_coordinates() -> None:
    assert dot_map([("Nowhere", 200.0, 10.0, 1, ""), ("Null", None, None, 1, "")]) is None  # type: ignore[list-item]
