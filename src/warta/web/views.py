"""Server-rendered HTML pages over the same query layer as the JSON API.

Page handlers are lenient where the API is strict: a malformed date or page
number in a form is ignored rather than answered with 422, since people
type these by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta.errors import WartaError
from warta.record import CLAIM_STATUSES, Record
from warta.store.base import SearchQuery
from warta.store.query import QueryError, looser, parse_query
from warta.store.search import MAX_DEPTH
from warta.web import charts
from warta.web.attention import MAX_SERIES
from warta.web.highlight import entity_href, highlight_body, safe_snippet
from warta.web.i18n import DEFAULT_LANGUAGE, LANGUAGES, translator
from warta.web.queries import Queries

log = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_PAGE = 5000
PLACE_TYPES = frozenset({"LOC", "GPE"})
LANG_COOKIE = "lang"
STAT_CARDS = ("articles", "entities", "mentions", "quotes", "claims", "dup_groups", "failures")

templates = Jinja2Templates(directory=str(resources.files("warta.web").joinpath("templates")))
templates.env.globals["entity_href"] = entity_href
templates.env.filters["snippet"] = safe_snippet

router = APIRouter(include_in_schema=False)


# -- helpers ------------------------------------------------------------------------------


def _lang(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    cookie = request.cookies.get(LANG_COOKIE)
    return cookie if cookie in LANGUAGES else DEFAULT_LANGUAGE


def _url(request: Request, **changes: Any) -> str:
    """Return the current path with query parameters changed (``None`` removes one)."""
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    lang = _lang(request)
    other = "en" if lang == "id" else "id"
    toggle = _url(request)
    toggle += ("&" if "?" in toggle else "?") + f"lang={other}"
    response = templates.TemplateResponse(
        request,
        name,
        {
            "lang": lang,
            "t": translator(lang),
            "toggle_url": toggle,
            "url": lambda **c: _url(request, **c),
            **context,
        },
        status_code=status_code,
    )
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def _queries(request: Request) -> Queries:
    return request.app.state.queries


def _text(request: Request, name: str, max_len: int = 500) -> str | None:
    value = (request.query_params.get(name) or "").strip()[:max_len]
    return value or None


def _date(request: Request, name: str, problems: list[str] | None = None) -> str | None:
    """A YYYY-MM-DD parameter; anything else is left out and, given ``problems``, reported there."""
    raw = (request.query_params.get(name) or "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        if problems is not None:
            problems.append(translator(_lang(request))("bad_date", name=name, value=raw[:40]))
        return None


def _date_range(request: Request, problems: list[str]) -> tuple[str | None, str | None]:
    """The date_from/date_to pair; an inverted range is reported and left out."""
    start, end = _date(request, "date_from", problems), _date(request, "date_to", problems)
    if start and end and start > end:
        problems.append(translator(_lang(request))("inverted_range", start=start, end=end))
        return None, None
    return start, end


def _export_links(request: Request, api_path: str, params: dict[str, Any]) -> dict[str, str]:
    """Links that download every row of the list shown, with the same filters."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return {fmt: f"{api_path}?" + urlencode({**kept, "format": fmt}) for fmt in ("csv", "jsonl")}


def _page(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return min(max(int(raw), 1), MAX_PAGE) if raw.isdigit() else 1


def _pager(
    request: Request, data: dict[str, Any], page: int, size: int = PAGE_SIZE, last_page: int | None = None
) -> dict[str, Any]:
    """Prev/next and numbered links: the first, the last, and two pages either side of this one."""
    shown = len(data["items"])
    total = int(data["total"] or 0)
    last = min(last_page or max(1, -(-total // size)), MAX_PAGE)
    numbers: list[int | None] = []
    for n in sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)}):
        if numbers and n - (numbers[-1] or 0) > 1:
            numbers.append(None)  # a gap, shown as an ellipsis
        numbers.append(n)
    return {
        "total": total,
        "shown": shown,
        "start": (page - 1) * size + 1 if shown else 0,
        "end": (page - 1) * size + shown,
        "prev": _url(request, page=page - 1 if page > 2 else None) if page > 1 else None,
        "next": _url(request, page=page + 1) if data["has_more"] and page < last else None,
        "page": page,
        "pages": [(n, _url(request, page=n if n > 1 else None) if n else None) for n in numbers]
        if last > 1
        else [],
    }


def _places(records: list[Record]) -> charts.DotMap | None:
    """Map the places with coordinates named in ``records``, sized by how many records name them."""
    counts: Counter[str] = Counter()
    coords: dict[str, tuple[float, float]] = {}
    for record in records:
        seen = set()
        for ent in record.entities:
            if ent.type in PLACE_TYPES and ent.lat is not None and ent.lon is not None:
                key = ent.canonical or ent.text
                coords.setdefault(key, (ent.lat, ent.lon))
                seen.add(key)
        counts.update(seen)
    return charts.dot_map(
        (name, lat, lon, counts[name], entity_href(name)) for name, (lat, lon) in coords.items()
    )


# -- pages ---------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request) -> Response:
    queries = _queries(request)
    page = _page(request)
    kind = request.query_params.get("type", "article")
    if kind not in ("article", "quote", "claim"):
        kind = "article"
    problems: list[str] = []
    date_from, date_to = _date_range(request, problems)
    query = SearchQuery(
        text=_text(request, "q") or "",
        type=kind,
        outlet=_text(request, "outlet"),
        entity=_text(request, "entity"),
        speaker=_text(request, "speaker"),
        date_from=date_from,
        date_to=date_to,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
        sort="date" if request.query_params.get("sort") == "date" else "relevance",
        collapse=request.query_params.get("collapse") == "1",
    )
    empty: dict[str, Any] = {"total": 0, "items": [], "has_more": False, "facets": {}}
    try:
        parsed = parse_query(query.text)
        result = queries.search(query)
    except QueryError as exc:
        parsed, result = None, empty
        problems.append(str(exc))
    # A page past the last one shows the last one (and says so) instead of an empty list.
    last_page = max(1, -(-min(result["total"], MAX_DEPTH) // PAGE_SIZE))
    if page > last_page and result["total"]:
        problems.append(translator(_lang(request))("bad_page", page=page, last=last_page))
        page = last_page
        query.offset = (page - 1) * PAGE_SIZE
        result = queries.search(query)
    ids = list(dict.fromkeys(hit["article_id"] for hit in result["items"]))
    records = [r for r in (queries.article(i) for i in ids) if r is not None]
    facets = result["facets"]
    suggestions: dict[str, Any] = {}
    if not result["total"] and not problems:
        suggestions = _suggestions(request, queries, query, parsed)
    filter_names = ("outlet", "entity", "speaker", "date_from", "date_to")
    api_params: dict[str, Any] = {name: getattr(query, name) for name in filter_names}
    api_params.update(sort=query.sort if query.sort != "relevance" else None,
                      collapse="true" if query.collapse else None)  # fmt: skip
    return render(
        request,
        "search.html",
        nav="search",
        query=query,
        result=result,
        facets=facets,
        problems=problems,
        suggestions=suggestions,
        facet_sections=_facet_sections(request, facets, query.text, parsed),
        active_filters=_active_filters(request, query.text, parsed),
        histogram=charts.time_bars((d, n) for d, n in facets.get("day", [])),
        bar_link=lambda bar: _url(request, date_from=bar.start, date_to=bar.end, page=None),
        place_map=_places(records),
        pager=_pager(request, result, page, last_page=last_page),
        filtered=any([query.outlet, query.entity, query.speaker, query.date_from, query.date_to]),
        exports=_export_links(request, "/api/search", {"q": query.text, "type": kind, **api_params}),
        names=queries.name_options(),
    )


# Facet sections of the search page: (facet key, filter field, message key).
FACET_SECTIONS = (
    ("outlet", "outlet", "facet_outlet"),
    ("entity_PER", "entity", "facet_people"),
    ("entity_ORG", "entity", "facet_organisations"),
    ("entity_GPE", "entity", "facet_places"),
    ("entity_LOC", "entity", "facet_other_places"),
)


def _facet_sections(request: Request, facets: dict[str, Any], text: str, parsed: Any) -> list[dict[str, Any]]:
    """Facet values with links that add the value as an alternative (multi-select), exclude it,
    or remove it again; selections live in the query text as ``outlet:"…"`` / ``-outlet:"…"``."""
    chosen = parsed.filters if parsed is not None else {}
    excluded = parsed.excluded_filters if parsed is not None else {}
    sections = []
    for key, field, title in FACET_SECTIONS:
        values = []
        for value, n in facets.get(key, [])[:10]:
            token = f'{field}:"{value.replace(chr(34), "")}"'
            selected = value in chosen.get(field, [])
            dropped = value in excluded.get(field, [])
            remove = " ".join(text.replace("-" + token, "").replace(token, "").split())
            values.append({
                "value": value, "count": n, "selected": selected, "excluded": dropped,
                "add": _url(request, q=f"{text} {token}".strip(), page=None),
                "exclude": _url(request, q=f"{text} -{token}".strip(), page=None),
                "remove": _url(request, q=remove, page=None) if selected or dropped else None,
            })  # fmt: skip
        if values:
            sections.append({"title": title, "values": values})
    return sections


def _active_filters(request: Request, text: str, parsed: Any) -> list[dict[str, Any]]:
    """The query's field filters as removable chips ("outlet: Kompas.com", "− entity: Rusia")."""
    if parsed is None:
        return []
    chips = []
    for excluded, filters in ((False, parsed.filters), (True, parsed.excluded_filters)):
        for field, values in filters.items():
            for value in values:
                token = ("-" if excluded else "") + f'{field}:"{value}"'
                bare = ("-" if excluded else "") + f"{field}:{value}"
                kept = [w for w in _split_keep_quotes(text) if w not in (token, bare)]
                chips.append({"field": field, "value": value, "excluded": excluded,
                              "remove": _url(request, q=" ".join(kept), page=None)})  # fmt: skip
    return chips


def _split_keep_quotes(text: str) -> list[str]:
    """Split on spaces outside double quotes: 'a outlet:"Kompas TV"' -> ['a', 'outlet:"Kompas TV"']."""
    return re.findall(r'(?:[^\s"]+|"[^"]*")+', text)


def _suggestions(request: Request, queries: Queries, query: SearchQuery, parsed: Any) -> dict[str, Any]:
    """What to try after a search found nothing: the nearest entities, a looser query, no filters."""
    out: dict[str, Any] = {}
    typed = query.entity or query.text
    if typed:
        out["entities"] = [
            {"canonical": e["canonical"], "href": _url(request, entity=e["id"], page=None)}
            for e in queries.suggest_entities(typed)
        ]
    hint = looser(parsed) if parsed is not None else None
    if hint:
        out["looser"] = {"text": hint, "href": _url(request, q=hint, page=None)}
    if any([query.outlet, query.entity, query.speaker, query.date_from, query.date_to]):
        out["unfiltered"] = _url(request, outlet=None, entity=None, speaker=None, date_from=None,
                                 date_to=None, page=None)  # fmt: skip
    return out


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    queries = _queries(request)
    record = queries.article(article_id)
    if record is None:
        raise StarletteHTTPException(404)
    entities = sorted(record.entities, key=lambda e: (-max(len(e.mentions), 1), e.canonical))
    meta = queries.article_meta(article_id)
    story = queries.story(meta["story_id"]) if meta.get("story_id") else None
    return render(
        request,
        "article.html",
        nav="search",
        record=record,
        paragraphs=highlight_body(record),
        entities=entities,
        meta=meta,
        story=story,
        related=queries.related(article_id),
        duplicates=queries.duplicates(article_id),
        place_map=_places([record]),
    )


@router.get("/entity/{key:path}", response_class=HTMLResponse)
def entity_page(request: Request, key: str) -> Response:
    data = _queries(request).entity(key)
    if data is None:
        raise StarletteHTTPException(404)
    place = None
    if data["lat"] is not None and data["lon"] is not None:
        place = charts.dot_map([(data["canonical"], data["lat"], data["lon"], 1, entity_href(data["id"]))])
    return render(
        request,
        "entity.html",
        place_map=place,
        nav="entities",
        entity=data,
        timeline=charts.time_bars((p["day"], p["count"]) for p in data["timeline"]),
        bar_link=lambda bar: (
            "/?" + urlencode({"entity": data["id"], "date_from": bar.start, "date_to": bar.end})
        ),
    )


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request) -> Response:
    page = _page(request)
    kind = _text(request, "type", 20)
    data = _queries(request).entities(type=kind, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "entities.html",
        nav="entities",
        data=data,
        kind=kind,
        pager=_pager(request, data, page),
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request) -> Response:
    page = _page(request)
    problems: list[str] = []
    date_from, date_to = _date_range(request, problems)
    filters = {
        "speaker": _text(request, "speaker"),
        "entity": _text(request, "entity"),
        "date_from": date_from,
        "date_to": date_to,
    }
    data = _queries(request).quotes(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "quotes.html",
        nav="quotes",
        data=data,
        filters=filters,
        problems=problems,
        pager=_pager(request, data, page),
        exports=_export_links(request, "/api/quotes", filters),
        names=_queries(request).name_options(),
    )


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> Response:
    page = _page(request)
    status = request.query_params.get("status")
    if status not in CLAIM_STATUSES:
        status = None
    data = _queries(request).claims(status=status, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    status_counts = _queries(request).claim_status_counts()
    # A denial already shown under its accusation on this page is not listed again.
    nested = {d["id"] for c in data["items"] for d in c["denials"]}
    shown = [c for c in data["items"] if c["type"] != "denial" or c["id"] not in nested]
    return render(
        request,
        "claims.html",
        nav="claims",
        data=data,
        claims=shown,
        status=status,
        statuses=CLAIM_STATUSES,
        status_counts=status_counts,
        exports=_export_links(request, "/api/claims", {"status": status}),
        pager=_pager(request, data, page),
    )


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request) -> Response:
    page = _page(request)
    data = _queries(request).stories(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, min_size=2)
    return render(request, "stories.html", nav="stories", data=data, pager=_pager(request, data, page))


@router.get("/attention", response_class=HTMLResponse)
def attention_page(request: Request) -> Response:
    """Attention over time for up to five queries on one chart (counts or share of all articles)."""
    problems: list[str] = []
    date_from, date_to = _date_range(request, problems)
    texts = [q.strip()[:500] for q in request.query_params.getlist("q") if q.strip()][:MAX_SERIES]
    mode = "share" if request.query_params.get("mode") == "share" else "count"
    base = SearchQuery(outlet=_text(request, "outlet"), entity=_text(request, "entity"),
                       speaker=_text(request, "speaker"), date_from=date_from, date_to=date_to)  # fmt: skip
    chart = None
    if texts:
        try:
            chart = _queries(request).attention(texts, base, mode)
        except QueryError as exc:
            problems.append(str(exc))
    params = [("q", t) for t in texts] + [
        (k, v) for k, v in (("mode", mode), ("outlet", base.outlet), ("entity", base.entity),
                            ("speaker", base.speaker), ("date_from", date_from), ("date_to", date_to)) if v
    ]  # fmt: skip
    downloads = {fmt: "/api/attention?" + urlencode([*params, ("format", fmt)]) for fmt in ("csv", "json")}
    return render(request, "attention.html", nav="attention", texts=texts + [""] * (MAX_SERIES - len(texts)),
                  mode=mode, chart=chart, problems=problems, downloads=downloads, base=base)  # fmt: skip


@router.get("/duplicates", response_class=HTMLResponse)
def duplicates_page(request: Request) -> Response:
    page = _page(request)
    data = _queries(request).duplicate_groups(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "duplicates.html",
        nav="duplicates",
        data=data,
        pager=_pager(request, data, page),
        exports=_export_links(request, "/api/duplicates", {}),
    )


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Response:
    data = _queries(request).story(story_id)
    if data is None:
        raise StarletteHTTPException(404)
    return render(request, "story.html", nav="stories", story=data)


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request) -> Response:
    stats = _queries(request).stats()
    counts = stats.get("counts", {})
    cards = [(key, counts.get(key, 0)) for key in STAT_CARDS if key in counts]
    if "stories" in stats:
        cards.insert(5, ("stories", stats["stories"]))
    return render(
        request,
        "stats.html",
        nav="stats",
        cards=cards,
        outlets=stats.get("outlets", []),
        date_range=stats.get("date_range") or {},
        backend=stats.get("backend"),
    )


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> Response:
    """List the API's endpoints from its own OpenAPI document (no CDN-hosted Swagger UI)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "in": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "tag": (op.get("tags") or [""])[0],
                }
            )
    return render(request, "docs.html", nav="api", endpoints=endpoints)


# -- errors -----------------------------------------------------------------------------------


def install_error_pages(app: FastAPI) -> None:
    """Answer errors on pages with HTML and errors under /api with JSON."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        key = "not_found" if exc.status_code == 404 else "bad_request"
        return render(request, "error.html", status_code=exc.status_code, error_key=key)

    @app.exception_handler(WartaError)
    async def store_error(request: Request, exc: WartaError) -> Response:
        # The detail stays in the log: it may name paths or SQL.
        log.warning("store error on %s: %s", request.url.path, exc)
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": "the store could not answer this request"}, status_code=503)
        return render(request, "error.html", status_code=503, error_key="unavailable")

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        return render(request, "error.html", status_code=400, error_key="bad_request", message=str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)
