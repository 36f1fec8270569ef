"""The FastAPI application: JSON under ``/api``, HTML pages from ``views``.

``create_app(store, config)`` wires the store into both. Security choices:
no CORS headers unless configured, a request-size limit (413), strict
security headers (the pages load nothing from other origins), and admin
endpoints that need ``config.admin_token`` as a bearer token.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import logging
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta import __version__
from warta.config import Config
from warta.errors import WartaError
from warta.record import CLAIM_STATUSES
from warta.store.base import SearchQuery
from warta.store.search import MAX_DEPTH
from warta.web.export import EXPORT_FORMATS, export_response, flatten_hit, iter_rows
from warta.web.queries import MAX_LIMIT, Queries

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 2_000_000
SEARCH_TYPES = ("article", "quote", "claim")
MAX_TEXT_PARAM = 500

# -- response models (the API's public contract) -----------------------------------


class Page(BaseModel):
    total: int = Field(description="matching items in all pages")
    limit: int
    offset: int
    has_more: bool = Field(description="whether a next page exists")


class Hit(BaseModel):
    type: str
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str = Field(description="HTML-escaped text with <mark> around matched words")
    extra: dict[str, Any]


class SearchPage(Page):
    items: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = Field(description="outlet, day, entity, type: [value, count]")


class ArticleRef(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    relation: str | None = Field(default=None, description="duplicate or story")


class ArticleOut(BaseModel):
    record: dict[str, Any] = Field(description="the stored Warta record (see docs/record.md)")
    meta: dict[str, Any]
    related: list[ArticleRef]
    duplicates: list[ArticleRef]


class EntityRef(BaseModel):
    id: str
    canonical: str
    type: str | None
    count: int


class EntityPage(Page):
    items: list[EntityRef]


class DayCount(BaseModel):
    day: str
    count: int


class QuoteOut(BaseModel):
    article_id: str
    article_title: str | None
    outlet: str | None
    published: str | None
    text: str
    kind: str | None
    speaker: str | None
    speaker_id: str | None = Field(description="the speaker's entity id, when linked")
    speaker_title: str | None
    cue: str | None
    start: int | None = Field(description="character offset of the quote in the article body")


class ClaimOut(BaseModel):
    id: int | str | None
    article_id: str
    article_title: str | None
    outlet: str | None
    published: str | None
    type: str | None
    claimant: str | None
    target: str | None
    content: str
    status: str | None
    evidence: list[str]
    denials: list[ClaimOut] = []


ClaimOut.model_rebuild()


class EntityOut(EntityRef):
    country: str | None
    lat: float | None
    lon: float | None
    first: str | None = Field(description="first day mentioned")
    last: str | None = Field(description="last day mentioned")
    timeline: list[DayCount] = Field(description="articles mentioning the entity, per day")
    cooccurring: list[EntityRef]
    quotes_by: list[QuoteOut]
    quotes_about: list[QuoteOut]
    claims: list[ClaimOut]


class QuotePage(Page):
    items: list[QuoteOut]


class ClaimPage(Page):
    items: list[ClaimOut]


class StoryOut(BaseModel):
    id: str
    title: str | None
    size: int
    outlets: list[str]
    first: str | None
    last: str | None
    entities: list[str]
    articles: list[ArticleRef]


class StoryPage(Page):
    items: list[StoryOut]


class IngestIn(BaseModel):
    text: str = Field(min_length=1, description="raw article: plain text, HTML or a JSON object")
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None
    title: str | None = Field(default=None, max_length=1000)


class IngestOut(BaseModel):
    id: str
    title: str | None
    created: bool


class DeleteOut(BaseModel):
    id: str
    deleted: bool


class ErrorOut(BaseModel):
    detail: str


# -- shared parameters ---------------------------------------------------------------

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Outlet = Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="outlet name (any case)")]
EntityParam = Annotated[
    str | None, Query(max_length=MAX_TEXT_PARAM, description="entity id or canonical name (any case)")
]
Speaker = Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="speaker or claimant name")]
Day = Annotated[dt.date | None, Query(description="ISO date, inclusive")]
Format = Annotated[
    Literal["json", "csv", "jsonl"],
    Query(
        description="json: one page (limit, offset); csv or jsonl: every matching row, streamed "
        "(search: at most the 10,000 best)"
    ),
]

# CSV columns of each list (JSON Lines carries whole items).
SEARCH_COLUMNS = ["type", "article_id", "title", "outlet", "published", "url", "speaker", "text",
                  "claim_type", "claimant", "target", "status", "score"]  # fmt: skip
QUOTE_COLUMNS = ["article_id", "article_title", "outlet", "published", "speaker", "speaker_title", "text",
                 "kind", "cue"]  # fmt: skip
CLAIM_COLUMNS = ["id", "article_id", "article_title", "outlet", "published", "type", "claimant", "target",
                 "content", "status"]  # fmt: skip
ENTITY_COLUMNS = ["id", "canonical", "type", "count"]
STORY_COLUMNS = ["id", "title", "size", "first", "last", "outlets", "entities"]

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _range(date_from: dt.date | None, date_to: dt.date | None) -> tuple[str | None, str | None]:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, f"date_from {date_from} is after date_to {date_to}")
    return _iso(date_from), _iso(date_to)


def get_queries(request: Request) -> Queries:
    return request.app.state.queries


QueriesDep = Annotated[Queries, Depends(get_queries)]


# Declared as an HTTP Bearer security scheme, so OpenAPI shows it as one (not as a header field).
_BEARER = HTTPBearer(auto_error=False, description="the admin token from the config's admin_token")


def require_admin(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)] = None
) -> None:
    """Check the bearer token against ``config.admin_token``; no token configured disables admin."""
    token = request.app.state.config.admin_token
    if not token:
        raise HTTPException(403, "admin endpoints are disabled (no admin_token configured)")
    given = credentials.credentials if credentials and credentials.scheme.lower() == "bearer" else ""
    if not given or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


# -- routes ------------------------------------------------------------------------------

router = APIRouter(prefix="/api")


@router.get("/search", response_model=SearchPage, tags=["search"], summary="Search")
def api_search(
    queries: QueriesDep,
    q: Annotated[
        str,
        Query(
            max_length=MAX_TEXT_PARAM,
            description='words (ANDed), OR, -exclusion, "phrases", prefix*, speaker:/outlet:/entity: '
            "filters (docs/web.md); an unparsable query is a 422 saying why",
        ),
    ] = "",
    type: Annotated[
        str, Query(pattern="^(article|quote|claim)$", description="article, quote or claim")
    ] = "article",
    outlet: Outlet = None,
    entity: EntityParam = None,
    speaker: Speaker = None,
    date_from: Day = None,
    date_to: Day = None,
    sort: Annotated[Literal["relevance", "date"], Query(description="relevance, or date (newest first)")] = (
        "relevance"
    ),
    collapse: Annotated[bool, Query(description="one article per duplicate group (its original)")] = False,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Format = "json",
) -> Any:
    """Full-text search over articles, quotes or claims, with facets."""
    start, end = _range(date_from, date_to)
    query = SearchQuery(
        text=q,
        type=type,
        outlet=_blank_to_none(outlet),
        entity=_blank_to_none(entity),
        speaker=_blank_to_none(speaker),
        date_from=start,
        date_to=end,
        limit=limit,
        offset=offset,
        sort=sort,
        collapse=collapse,
    )
    if format in EXPORT_FORMATS:
        # A query that cannot be parsed fails here, as a 422, rather than midway through a stream.
        queries.search(dataclasses.replace(query, limit=1, facets=False))

        def page(size: int, skip: int) -> dict[str, Any]:
            data = queries.search(dataclasses.replace(query, limit=size, offset=skip, facets=False))
            return {**data, "items": [flatten_hit(h) for h in data["items"]]}

        return export_response(iter_rows(page, MAX_DEPTH), format, SEARCH_COLUMNS, "search")
    return queries.search(query)


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=NOT_FOUND, tags=["articles"])
def api_article(article_id: str, queries: QueriesDep) -> dict[str, Any]:
    """One stored article: the record, its metadata, related and duplicate articles."""
    record = queries.article(article_id)
    if record is None:
        raise HTTPException(404, "article not found")
    return {
        "record": record.to_dict(),
        "meta": queries.article_meta(article_id),
        "related": queries.related(article_id),
        "duplicates": queries.duplicates(article_id),
    }


@router.get("/entities", response_model=EntityPage, tags=["entities"])
def api_entities(
    queries: QueriesDep,
    type: Annotated[str | None, Query(max_length=20, description="PER, ORG, LOC, GPE …")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Format = "json",
) -> Any:
    """Entities ordered by how many articles mention them."""
    kind = _blank_to_none(type)
    if format in EXPORT_FORMATS:
        rows = iter_rows(lambda size, skip: queries.entities(type=kind, limit=size, offset=skip))
        return export_response(rows, format, ENTITY_COLUMNS, "entities")
    return queries.entities(type=kind, limit=limit, offset=offset)


@router.get("/entities/{entity_id}", response_model=EntityOut, responses=NOT_FOUND, tags=["entities"])
def api_entity(entity_id: str, queries: QueriesDep) -> dict[str, Any]:
    """An entity (by id or canonical name): mentions per day, co-occurring entities, quotes."""
    data = queries.entity(entity_id)
    if data is None:
        raise HTTPException(404, "entity not found")
    return data


@router.get("/quotes", response_model=QuotePage, tags=["quotes"])
def api_quotes(
    queries: QueriesDep,
    speaker: Speaker = None,
    entity: EntityParam = None,
    date_from: Day = None,
    date_to: Day = None,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Format = "json",
) -> Any:
    """Quotes, filtered by speaker (any words of the name or title), by an entity they mention or
    whose speaker it is (aliases resolve), and by date."""
    start, end = _range(date_from, date_to)
    filters = {"speaker": _blank_to_none(speaker), "entity": _blank_to_none(entity), "date_from": start,
               "date_to": end}  # fmt: skip
    if format in EXPORT_FORMATS:
        rows = iter_rows(lambda size, skip: queries.quotes(**filters, limit=size, offset=skip))
        return export_response(rows, format, QUOTE_COLUMNS, "quotes")
    return queries.quotes(**filters, limit=limit, offset=offset)


@router.get("/claims", response_model=ClaimPage, tags=["claims"])
def api_claims(
    queries: QueriesDep,
    status: Annotated[
        str | None,
        Query(pattern="^(" + "|".join(CLAIM_STATUSES) + ")$", description="open, denied or confirmed"),
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
    format: Format = "json",
) -> Any:
    """Accusations with their denials or confirmations, filtered by status."""
    if format in EXPORT_FORMATS:
        rows = iter_rows(lambda size, skip: queries.claims(status=status, limit=size, offset=skip))
        return export_response(rows, format, CLAIM_COLUMNS, "claims")
    return queries.claims(status=status, limit=limit, offset=offset)


@router.get("/stories", response_model=StoryPage, tags=["stories"])
def api_stories(
    queries: QueriesDep,
    limit: Limit = 20,
    offset: Offset = 0,
    min_size: Annotated[int, Query(ge=1, le=1000, description="fewest articles a story has")] = 2,
    format: Format = "json",
) -> Any:
    """Stories (clusters of articles about one event), most recent first; by default only
    those that more than one article tells."""
    if format in EXPORT_FORMATS:
        rows = iter_rows(lambda size, skip: queries.stories(limit=size, offset=skip, min_size=min_size))
        return export_response(rows, format, STORY_COLUMNS, "stories")
    return queries.stories(limit=limit, offset=offset, min_size=min_size)


@router.get("/stories/{story_id}", response_model=StoryOut, responses=NOT_FOUND, tags=["stories"])
def api_story(story_id: str, queries: QueriesDep) -> dict[str, Any]:
    """One story with its articles."""
    data = queries.story(story_id)
    if data is None:
        raise HTTPException(404, "story not found")
    return data


class DuplicateMember(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    canonical: bool = Field(description="whether this is the group's original")
    kind: str | None = Field(default=None, description="copies: exact, syndicated or near")


class DuplicateGroupOut(BaseModel):
    id: str
    size: int
    first: str | None
    last: str | None
    original: DuplicateMember
    copies: list[DuplicateMember]
    outlets: list[str]


class DuplicateGroupPage(Page):
    items: list[DuplicateGroupOut]


DUPLICATE_COLUMNS = ["group", "role", "kind", "id", "title", "outlet", "published"]


def _duplicate_rows(groups: Any) -> Any:
    for group in groups:
        for member in [group["original"], *group["copies"]]:
            role = "original" if member is group["original"] else "copy"
            yield {"group": group["id"], "role": role, **member}


@router.get("/duplicates", response_model=DuplicateGroupPage, tags=["stories"], summary="Duplicate groups")
def api_duplicates(
    queries: QueriesDep, limit: Limit = 20, offset: Offset = 0, format: Format = "json"
) -> Any:
    """Groups of duplicate and syndicated copies, newest first: the original and each copy's kind."""
    if format in EXPORT_FORMATS:
        groups = iter_rows(lambda size, skip: queries.duplicate_groups(limit=size, offset=skip))
        rows = _duplicate_rows(groups) if format == "csv" else groups
        return export_response(rows, format, DUPLICATE_COLUMNS, "duplicates")
    return queries.duplicate_groups(limit=limit, offset=offset)


class AttentionSeries(BaseModel):
    query: str
    values: list[float] = Field(description="one per period: articles, or percent of all articles")


class AttentionOut(BaseModel):
    bucket: str = Field(description="day, week or month (chosen from the span)")
    mode: str = Field(description="count or share")
    periods: list[str] = Field(description="first day of each period")
    series: list[AttentionSeries]


@router.get("/attention", response_model=AttentionOut, tags=["search"], summary="Attention over time")
def api_attention(
    queries: QueriesDep,
    q: Annotated[list[str], Query(min_length=1, max_length=5, description="one to five queries (repeat q)")],
    mode: Annotated[
        Literal["count", "share"], Query(description="count, or share of all articles")
    ] = "count",
    outlet: Outlet = None,
    entity: EntityParam = None,
    speaker: Speaker = None,
    date_from: Day = None,
    date_to: Day = None,
    format: Annotated[Literal["json", "csv"], Query(description="json, or csv: one row per period")] = "json",
) -> Any:
    """Articles matching each query per period, the numbers behind the attention chart."""
    if any(len(text) > MAX_TEXT_PARAM for text in q):
        raise HTTPException(422, f"a query is longer than {MAX_TEXT_PARAM} characters")
    start, end = _range(date_from, date_to)
    base = SearchQuery(outlet=_blank_to_none(outlet), entity=_blank_to_none(entity),
                       speaker=_blank_to_none(speaker), date_from=start, date_to=end)  # fmt: skip
    chart = queries.attention(list(q), base, mode)
    if chart is None:
        return {
            "bucket": "day",
            "mode": mode,
            "periods": [],
            "series": [{"query": t, "values": []} for t in q],
        }
    if format == "csv":
        columns = ["period", *(s.label for s in chart.series)]
        return export_response(iter(chart.rows()), "csv", columns, "attention")
    return {"bucket": chart.bucket, "mode": chart.mode, "periods": chart.periods,
            "series": [{"query": s.label, "values": s.values} for s in chart.series]}  # fmt: skip


class Completion(BaseModel):
    value: str = Field(description="the name to put in the filter")
    label: str = Field(description="the name as shown, with the alias that matched")
    type: str | None = Field(description="entity type, or speaker / outlet")
    id: str | None = None
    count: int | None = Field(default=None, description="articles that mention the entity")


@router.get("/complete", response_model=list[Completion], tags=["search"], summary="Autocomplete a name")
def api_complete(
    queries: QueriesDep,
    q: Annotated[str, Query(min_length=1, max_length=100, description="what was typed so far")],
    field: Annotated[
        Literal["entity", "speaker", "outlet"], Query(description="which filter the name is for")
    ] = "entity",
    limit: Annotated[int, Query(ge=1, le=50, description="names returned")] = 10,
) -> list[dict[str, Any]]:
    """Names starting with what was typed (any word of the name or of an alias), most used first."""
    return queries.complete(q, field, limit)


@router.get("/stats", response_model=dict[str, Any], tags=["stats"])
def api_stats(queries: QueriesDep) -> dict[str, Any]:
    """Corpus counts: articles, entities, quotes, claims, stories, outlets."""
    return queries.stats()


@router.post(
    "/admin/articles",
    response_model=IngestOut,
    status_code=201,
    dependencies=[Depends(require_admin)],
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 422: {"model": ErrorOut}},
    tags=["admin"],
)
def api_ingest(body: IngestIn, request: Request, queries: QueriesDep) -> dict[str, Any]:
    """Analyze one raw article and store it (needs the admin token)."""
    from warta.analysis import analyze

    try:
        record = analyze(
            body.text,
            url=body.url,
            published=_iso(body.published),
            title=body.title,
            name="api",
            config=request.app.state.config,
        )
    except WartaError as exc:
        raise HTTPException(422, str(exc)) from exc
    created = queries.put(record)
    return {"id": record.id, "title": record.title, "created": created > 0}


@router.delete(
    "/admin/articles/{article_id}",
    response_model=DeleteOut,
    dependencies=[Depends(require_admin)],
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, **NOT_FOUND},
    tags=["admin"],
)
def api_delete(article_id: str, queries: QueriesDep) -> dict[str, Any]:
    """Delete one article and its facts (needs the admin token)."""
    if not queries.delete(article_id):
        raise HTTPException(404, "article not found")
    return {"id": article_id, "deleted": True}


# -- middleware -----------------------------------------------------------------------------


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with 413, whether declared or streamed.

    A body without a Content-Length (chunked) is read up to the limit before
    the app sees it, then replayed: bodies are small, and refusing midway
    through the app's own read would surface as a 400.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class HeadAsGet:
    """Answer HEAD wherever GET is answered: run the GET and send its headers without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


async def _too_large(send: Send, limit: int) -> None:
    body = f'{{"detail":"request body larger than {limit} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            # This middleware answers before the security-headers middleware runs: add them here.
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            + [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()],
        }
    )
    await send({"type": "http.response.body", "body": body})


SECURITY_HEADERS = {
    # Everything is served from this origin; inline SVG needs no inline script or style.
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


# -- the app --------------------------------------------------------------------------------


def create_app(
    store: Any,
    config: Config | None = None,
    *,
    cors_origins: tuple[str, ...] = (),
    max_request_bytes: int = MAX_REQUEST_BYTES,
) -> FastAPI:
    """Build the web application over ``store``.

    Args:
        cors_origins: origins allowed to call the API from a browser; empty (the default) sends no
            CORS headers at all.
        max_request_bytes: larger request bodies get 413.
    """
    from warta.web import events, views

    config = config or Config()
    # Default /docs and /redoc load JavaScript from a CDN, so they are off; views serves its own /docs.
    app = FastAPI(
        title="Warta",
        version=__version__,
        description="Search Indonesian news: articles, entities, quotes, claims and stories.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.config = config
    app.state.queries = Queries(store)
    app.include_router(router)
    app.include_router(events.router)
    app.include_router(views.router)
    static_dir = resources.files("warta.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    views.install_error_pages(app)

    _add_security_headers(app)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"])
    app.add_middleware(BodySizeLimit, max_bytes=max_request_bytes)
    app.add_middleware(HeadAsGet)
    return app
