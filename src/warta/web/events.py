"""Events and incidents on the web: /api/events, /api/incidents and the /events page.

The page is a who-did-what list with the sentence as evidence, type and quad facets, event
counts over time, a map of event places and an actor-to-actor table; every part reads the
same queries as the JSON API (``warta.store.events``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from warta.errors import StoreError
from warta.record import EVENT_QUADS, EVENT_TYPES
from warta.store.events import (
    EventQuery,
    actor_pairs,
    event_places,
    event_timeline,
    find_events,
    find_incidents,
)
from warta.web import charts

router = APIRouter()
PAGE_SIZE = 25
# Page words in both interface languages (the shared i18n table belongs to the UI module).
WORDS = {
    "title": {"id": "Peristiwa", "en": "Events"},
    "intro": {
        "id": "Siapa melakukan apa kepada siapa, dikodekan dalam PLOVER dengan kode CAMEO.",
        "en": "Who did what to whom, coded in PLOVER with CAMEO codes.",
    },
    "actor": {"id": "Pelaku", "en": "Actor"},
    "recipient": {"id": "Sasaran", "en": "Recipient"},
    "type": {"id": "Jenis", "en": "Type"},
    "quad": {"id": "Kuadran", "en": "Quad class"},
    "place": {"id": "Tempat", "en": "Place"},
    "date": {"id": "Tanggal", "en": "Date"},
    "evidence": {"id": "Kalimat", "en": "Sentence"},
    "negated": {"id": "disangkal", "en": "negated"},
    "reports": {"id": "laporan", "en": "reports"},
    "pairs": {"id": "Pelaku dan sasaran", "en": "Actor to recipient"},
    "count": {"id": "Jumlah", "en": "Count"},
    "over_time": {"id": "Peristiwa per hari", "en": "Events over time"},
    "any": {"id": "Semua", "en": "Any"},
    "none": {"id": "Tidak ada peristiwa.", "en": "No events."},
}


def _query(
    type: str | None,
    actor: str | None,
    recipient: str | None,
    country: str | None,
    sector: str | None,
    date_from: str | None,
    date_to: str | None,
    outlet: str | None,
    incident: str | None,
    quad: str | None,
    limit: int,
    offset: int,
) -> EventQuery:
    if type and type.upper() not in EVENT_TYPES:
        raise HTTPException(422, f"type: one of {', '.join(EVENT_TYPES)}")
    if quad and quad not in EVENT_QUADS:
        raise HTTPException(422, f"quad: one of {', '.join(EVENT_QUADS)}")
    return EventQuery(
        type=type, actor=actor, recipient=recipient, country=country, sector=sector, date_from=date_from,
        date_to=date_to, outlet=outlet, incident=incident, quad=quad, limit=limit, offset=offset,
    )  # fmt: skip


Text = Annotated[str | None, Query(max_length=200)]
# Integers go to SQL: bounded, so a huge value is a 422, not an overflow in the driver.
MAX_OFFSET = 1_000_000


@router.get("/api/events")
def api_events(
    request: Request,
    type: Text = None,
    actor: Text = None,
    recipient: Text = None,
    country: Annotated[str | None, Query(max_length=3)] = None,
    sector: Annotated[str | None, Query(max_length=8)] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    outlet: Text = None,
    incident: Text = None,
    quad: Text = None,
    limit: Annotated[int, Query(ge=0, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Events, newest first, with type and quad facets for the same filters."""
    query = _query(type, actor, recipient, country, sector, date_from, date_to, outlet, incident, quad,
                   limit, offset)  # fmt: skip
    try:
        return find_events(request.app.state.store, query)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.get("/api/incidents")
def api_incidents(
    request: Request,
    type: Text = None,
    min_reports: Annotated[int, Query(ge=1, le=MAX_OFFSET)] = 1,
    limit: Annotated[int, Query(ge=0, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Incidents (events of one happening across reports), most reported first."""
    if type and type.upper() not in EVENT_TYPES:
        raise HTTPException(422, f"type: one of {', '.join(EVENT_TYPES)}")
    return find_incidents(
        request.app.state.store, type=type, min_reports=min_reports, limit=limit, offset=offset
    )


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request) -> Response:
    from warta.web.views import _date, _lang, _page, _text, _url, render

    params = request.query_params
    type_ = (params.get("type") or "").upper() or None
    quad = params.get("quad") or None
    page = _page(request)
    query = EventQuery(
        type=type_ if type_ in EVENT_TYPES else None,
        quad=quad if quad in EVENT_QUADS else None,
        actor=_text(request, "actor", 200),
        recipient=_text(request, "recipient", 200),
        country=_text(request, "country", 3),
        sector=_text(request, "sector", 8),
        date_from=_date(request, "from"),
        date_to=_date(request, "to"),
        outlet=_text(request, "outlet", 200),
        incident=_text(request, "incident", 200),
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    store = request.app.state.store
    data = find_events(store, query)
    per_day: dict[str, int] = {}
    for row in event_timeline(store, query):
        per_day[row["day"]] = per_day.get(row["day"], 0) + row["count"]
    place_map = charts.dot_map(
        (p["location"], p["lat"], p["lon"], p["count"], _url(request, location=None, page=None))
        for p in event_places(store, query)
    )
    lang = _lang(request)
    shown = len(data["events"])
    pager = {
        "total": data["total"],
        "shown": shown,
        "start": (page - 1) * PAGE_SIZE + 1 if shown else 0,
        "end": (page - 1) * PAGE_SIZE + shown,
        "prev": _url(request, page=page - 1 if page > 2 else None) if page > 1 else None,
        "next": _url(request, page=page + 1) if page * PAGE_SIZE < data["total"] else None,
    }
    return render(
        request,
        "events.html",
        nav="events",
        w=lambda key: WORDS[key][lang],
        data=data,
        query=query,
        types=EVENT_TYPES,
        quads=EVENT_QUADS,
        chart=charts.time_bars(sorted(per_day.items())),
        chart_id="events-chart",
        place_map=place_map,
        pairs=actor_pairs(store, query),
        pager=pager,
    )
