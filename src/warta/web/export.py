"""Stream every row of a list as CSV or JSON Lines, page by page from the query layer.

A list is exported by calling its page function with growing offsets until a page comes back
short, so memory holds one page at a time and the same filters apply as on screen.
Ranked search stops at ``warta.store.search.MAX_DEPTH`` hits (its deepest page); every other
list (quotes, claims, entities, stories) is exported whole.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse

EXPORT_PAGE = 200  # rows fetched per query while streaming
EXPORT_FORMATS = ("csv", "jsonl")
_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}

PageFunction = Callable[[int, int], dict[str, Any]]  # (limit, offset) -> {"items", "has_more"}


def iter_rows(page: PageFunction, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield every item of a paged list, EXPORT_PAGE at a time."""
    offset = 0
    while max_rows is None or offset < max_rows:
        limit = EXPORT_PAGE if max_rows is None else min(EXPORT_PAGE, max_rows - offset)
        data = page(limit, offset)
        items = data.get("items", [])
        yield from items
        if len(items) < limit or not data.get("has_more", True):
            return
        offset += len(items)


def _cell(value: Any) -> str:
    """A CSV cell: lists joined by "; ", dicts as JSON, and formula starts defused.

    A cell opening with = + - @ is run as a formula by spreadsheet programs (CSV injection):
    article text is hostile input, so such a cell gets a leading apostrophe.
    """
    if value is None:
        return ""
    if isinstance(value, list):
        text = "; ".join(_cell(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_lines(rows: Iterator[dict[str, Any]], columns: list[str]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for n, row in enumerate(rows, 1):
        writer.writerow([_cell(row.get(c)) for c in columns])
        if n % 100 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def export_response(
    rows: Iterator[dict[str, Any]], fmt: str, columns: list[str], name: str
) -> StreamingResponse:
    """A streamed download of ``rows`` as ``fmt`` (csv: the given columns; jsonl: whole items)."""
    body = _csv_lines(rows, columns) if fmt == "csv" else _jsonl_lines(rows)
    return StreamingResponse(
        body,
        media_type=_MEDIA[fmt],
        headers={"content-disposition": f'attachment; filename="warta-{name}.{fmt}"'},
    )


def flatten_hit(hit: dict[str, Any]) -> dict[str, Any]:
    """A search hit with its ``extra`` fields alongside (for CSV columns)."""
    return {**{k: v for k, v in hit.items() if k != "extra"}, **hit.get("extra", {})}
