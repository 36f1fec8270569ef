"""Attention over time: how many articles match each of several queries, per period, on one chart.

Like the Media Cloud explorer's attention chart: one line per query, counts or share of all
articles in the period (so a busy news week does not look like a rise in interest), a y-axis
with labelled ticks, and the same numbers as a table and a download. Inline SVG, no script.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from warta.web.charts import DAY_BUCKET_MAX_SPAN, WEEK_BUCKET_MAX_SPAN, _bucket_start, _next_bucket

MAX_SERIES = 5  # queries compared on one chart
WIDTH, HEIGHT = 960, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 28  # plot margins in SVG units
Y_TICKS = 4


@dataclass(slots=True)
class Series:
    label: str
    values: list[float]  # one per period
    points: str = ""  # SVG polyline points


@dataclass(slots=True)
class AttentionChart:
    periods: list[str]  # first day of each period (ISO)
    bucket: str  # day | week | month
    mode: str  # count | share
    series: list[Series]
    y_ticks: list[tuple[float, str]]  # (y position, label)
    x_ticks: list[tuple[float, str]]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    plot_bottom: int = HEIGHT - BOTTOM

    def rows(self) -> list[dict[str, object]]:
        """The chart's data, one row per period: what the table and the downloads hold."""
        return [
            {"period": p, **{s.label: round(s.values[i], 4) for s in self.series}}
            for i, p in enumerate(self.periods)
        ]


def _nice_max(value: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above ``value`` (the axis top)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def attention_chart(
    counts: Sequence[tuple[str, list[tuple[str, int]]]], totals: list[tuple[str, int]], mode: str = "count"
) -> AttentionChart | None:
    """Lay out one line per (label, per-day counts); ``totals`` (all articles per day) gives shares."""
    days = sorted({d for _, rows in counts for d, _ in rows})
    if not days:
        return None
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    span = (last - first).days
    bucket = "day" if span <= DAY_BUCKET_MAX_SPAN else "week" if span <= WEEK_BUCKET_MAX_SPAN else "month"
    starts = [_bucket_start(first, bucket)]
    while starts[-1] < _bucket_start(last, bucket):
        starts.append(_next_bucket(starts[-1], bucket))
    index = {s: i for i, s in enumerate(starts)}

    def per_period(rows: list[tuple[str, int]]) -> list[float]:
        summed: Counter[int] = Counter()
        for day, n in rows:
            start = _bucket_start(dt.date.fromisoformat(day), bucket)
            if start in index:
                summed[index[start]] += n
        return [float(summed[i]) for i in range(len(starts))]

    all_articles = per_period(totals)
    series = []
    for label, rows in counts[:MAX_SERIES]:
        values = per_period(rows)
        if mode == "share":
            values = [100.0 * v / t if t else 0.0 for v, t in zip(values, all_articles, strict=True)]
        series.append(Series(label, values))
    top = _nice_max(max((v for s in series for v in s.values), default=0.0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(starts) - 1, 1)
    for s in series:
        s.points = " ".join(
            f"{LEFT + i * step:.1f},{TOP + plot_h * (1 - v / top):.1f}" for i, v in enumerate(s.values)
        )
    unit = "%" if mode == "share" else ""
    y_ticks = []
    for k in range(Y_TICKS + 1):
        value = top * k / Y_TICKS
        text = (
            f"{value:.3g}{unit}" if mode == "share" else f"{value:,.0f}" if top >= Y_TICKS else f"{value:.2g}"
        )
        y_ticks.append((TOP + plot_h * (1 - k / Y_TICKS), text))
    label_every = max(1, len(starts) // 8)
    fmt = "%Y-%m" if bucket == "month" else "%Y-%m-%d"
    x_ticks = [(LEFT + i * step, s.strftime(fmt)) for i, s in enumerate(starts) if i % label_every == 0]
    return AttentionChart([s.isoformat() for s in starts], bucket, mode, series, y_ticks, x_ticks)
