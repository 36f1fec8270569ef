"""Full-text search over articles, quotes and claims, the same on both backends.

Ranking is the backend's relevance (SQLite ``bm25()``, PostgreSQL ``ts_rank_cd``)
times a recency boost: ``1 + RECENCY_WEIGHT / (1 + age / RECENCY_DAYS)``, where
age is counted in days back from the newest article in the store, so an archive
ranks the same whenever it is searched. Without query words hits are listed
newest first. Snippets are built in Python from the original text (see
``warta.text.snippet``), because the index only holds stems.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warta.errors import StoreError
from warta.store.base import SEARCH_TYPES, SearchHit, SearchQuery, SearchResult
from warta.store.query import ParsedQuery, parse_query
from warta.store.rows import day_param, name_key
from warta.text.snippet import highlight, snippet

if TYPE_CHECKING:
    from warta.store.sql import SqlStore

RECENCY_WEIGHT = 0.5  # the newest article's relevance is multiplied by 1.5
RECENCY_DAYS = 30.0  # at this age the boost is half of the newest article's
ENTITY_FACET_DOCS = 200  # the entity facet counts entities of this many best hits
FACET_TOP = 20  # values kept in the outlet and entity facets
MAX_LIMIT = 200


@dataclass(slots=True)
class _Plan:
    """The FROM/WHERE of one search type; ``None`` plans match nothing."""

    kind: str
    from_sql: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    rel_sql: str = "1.0"
    rel_params: list[Any] = field(default_factory=list)

    @property
    def alias(self) -> str:
        return "a" if self.kind == "article" else "x"

    @property
    def key(self) -> str:
        return "a.seq" if self.kind == "article" else "x.id"

    @property
    def where_sql(self) -> str:
        return " AND ".join(self.where) if self.where else "1 = 1"


def _plan(store: SqlStore, query: SearchQuery, kind: str, parsed: ParsedQuery) -> _Plan | None:

    alias = "a" if kind == "article" else "x"
    table = {"article": "articles", "quote": "quotes", "claim": "claims"}[kind]
    if parsed.empty:
        plan = _Plan(kind, f"{table} {alias}")
    else:
        text = parsed.fts5() if store.dialect == "sqlite" else parsed.tsquery()
        from_sql, where_sql, rel_sql, params, rel_params = store._match(kind, text)
        plan = _Plan(kind, from_sql, [where_sql], list(params), rel_sql, list(rel_params))
    if kind != "article":
        plan.from_sql += " JOIN articles a ON a.id = x.article_id"

    for value, op, name in ((query.date_from, ">=", "date_from"), (query.date_to, "<=", "date_to")):
        num = day_param(value, name)
        if num is not None:
            plan.where.append(f"{alias}.day_num {op} ?")
            plan.params.append(num)
    if query.outlet:
        plan.where.append("a.outlet_key = ?")
        plan.params.append(name_key(query.outlet) or "")
    if query.entity:
        found = store.resolve_entities(query.entity)
        if not found:
            return None
        ids = [f[0] for f in found]
        keys = sorted({f[1] for f in found})
        if kind == "article":
            clause, params = store._in("m.entity_id", ids)
            plan.where.append(f"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND {clause})")
            plan.params += params
        elif kind == "quote":
            ids_sql, ids_p = store._in("qe.entity_id", ids)
            sp_sql, sp_p = store._in("x.speaker_entity_id", ids)
            plan.where.append(
                f"({sp_sql} OR EXISTS (SELECT 1 FROM quote_entities qe "
                f"WHERE qe.article_id = x.article_id AND qe.n = x.n AND {ids_sql}))"
            )
            plan.params += sp_p + ids_p
        else:
            c_sql, c_p = store._in("x.claimant_key", keys)
            t_sql, t_p = store._in("x.target_key", keys)
            plan.where.append(f"({c_sql} OR {t_sql})")
            plan.params += c_p + t_p
    if query.speaker:
        key = name_key(query.speaker) or ""
        if kind == "article":
            plan.where.append(
                "EXISTS (SELECT 1 FROM quotes q2 WHERE q2.article_id = a.id AND q2.speaker_key = ?)"
            )
        elif kind == "quote":
            plan.where.append("x.speaker_key = ?")
        else:
            plan.where.append("x.claimant_key = ?")
        plan.params.append(key)
    return plan


def _count(store: SqlStore, plan: _Plan | None) -> int:
    if plan is None:
        return 0
    sql = f"SELECT count(*) FROM {plan.from_sql} WHERE {plan.where_sql}"
    return int(store._scalar(sql, plan.params) or 0)


def run_search(store: SqlStore, query: SearchQuery) -> SearchResult:
    """Run one search: rank, count, facet and build snippets for one page of hits."""
    if query.type not in SEARCH_TYPES:
        raise StoreError(f"unknown search type {query.type!r}; expected one of {', '.join(SEARCH_TYPES)}")
    limit = max(0, min(int(query.limit), MAX_LIMIT))
    offset = max(0, int(query.offset))
    parsed = parse_query(query.text)
    plan = _plan(store, query, query.type, parsed)
    if plan is None:
        facets = {"outlet": [], "day": [], "entity": [], "type": []} if query.facets else {}
        return SearchResult(total=0, hits=[], facets=facets)

    alias = plan.alias
    article_col = "a.id"
    if parsed.empty:
        score_sql, score_params = "1.0", []
        order = f"{alias}.day_num DESC NULLS LAST, {plan.key} DESC"
    else:
        newest = store._scalar("SELECT max(day_num) FROM articles") or 0
        score_sql = f"({plan.rel_sql}) * (1.0 + ? / (1.0 + abs(? - COALESCE({alias}.day_num, 0)) / ?))"
        score_params = [*plan.rel_params, RECENCY_WEIGHT, int(newest), RECENCY_DAYS]
        order = f"score DESC, {plan.key} DESC"
    depth = offset + limit
    if query.facets:
        depth = max(depth, ENTITY_FACET_DOCS)
    ranked = store._all(
        f"SELECT {plan.key}, {article_col}, {score_sql} AS score FROM {plan.from_sql} "
        f"WHERE {plan.where_sql} ORDER BY {order} LIMIT ?",
        [*score_params, *plan.params, depth],
    )

    facets: dict[str, list[tuple[str, int]]] = {}
    if query.facets:
        groups = store._all(
            f"SELECT a.outlet, {alias}.day, count(*) FROM {plan.from_sql} WHERE {plan.where_sql} "
            f"GROUP BY a.outlet, {alias}.day",
            plan.params,
        )
        outlets: Counter[str] = Counter()
        days: Counter[str] = Counter()
        for outlet, day, n in groups:
            if outlet:
                outlets[outlet] += n
            if day:
                days[day] += n
        total = sum(n for _, _, n in groups)
        facets["outlet"] = sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_TOP]
        facets["day"] = sorted(days.items())
        facets["entity"] = _entity_facet(store, list(dict.fromkeys(r[1] for r in ranked)))
        counts = {query.type: total}
        for other in SEARCH_TYPES:
            if other != query.type:
                counts[other] = _count(store, _plan(store, query, other, parsed))
        facets["type"] = [(t, counts[t]) for t in SEARCH_TYPES]
    else:
        total = _count(store, plan)

    page = ranked[offset : offset + limit]
    hits = _hits(store, query.type, page, parsed.stems)
    return SearchResult(total=total, hits=hits, facets=facets)


def _entity_facet(store: SqlStore, article_ids: list[str]) -> list[tuple[str, int]]:
    if not article_ids:
        return []
    clause, params = store._in("m.article_id", article_ids)
    rows = store._all(
        "SELECT e.canonical, count(DISTINCT m.article_id) AS n FROM mentions m "
        f"JOIN entities e ON e.id = m.entity_id WHERE {clause} "
        "GROUP BY e.canonical ORDER BY n DESC, e.canonical LIMIT ?",
        [*params, FACET_TOP],
    )
    return [(r[0], int(r[1])) for r in rows]


def _hits(store: SqlStore, kind: str, page: list[tuple[Any, ...]], stems: set[str]) -> list[SearchHit]:
    if not page:
        return []
    keys = [r[0] for r in page]
    scores = {r[0]: float(r[2]) for r in page}
    if kind == "article":
        clause, params = store._in("a.seq", keys)
        rows = store._all(
            f"SELECT a.seq, a.id, a.title, a.outlet, a.published, a.url, a.day, a.record FROM articles a "
            f"WHERE {clause}",
            params,
        )
        by_key = {
            r[0]: SearchHit(
                type="article",
                article_id=r[1],
                title=r[2],
                outlet=r[3],
                published=r[4],
                score=scores[r[0]],
                snippet=snippet(json.loads(r[7]).get("body") or "", stems),
                extra={"title_html": highlight(r[2] or "", stems), "url": r[5], "day": r[6]},
            )
            for r in rows
        }
    elif kind == "quote":
        clause, params = store._in("x.id", keys)
        rows = store._all(
            "SELECT x.id, a.id, a.title, a.outlet, a.published, x.text, x.speaker, x.kind, x.cue, "
            "x.speaker_title, x.speaker_entity_id, x.day "
            f"FROM quotes x JOIN articles a ON a.id = x.article_id WHERE {clause}",
            params,
        )
        by_key = {
            r[0]: SearchHit(
                type="quote",
                article_id=r[1],
                title=r[2],
                outlet=r[3],
                published=r[4],
                score=scores[r[0]],
                snippet=snippet(r[5] or "", stems, 400),
                extra={
                    "quote_id": r[0],
                    "text": r[5],
                    "speaker": r[6],
                    "kind": r[7],
                    "cue": r[8],
                    "speaker_title": r[9],
                    "speaker_entity_id": r[10],
                    "day": r[11],
                },
            )  # fmt: skip
            for r in rows
        }
    else:
        clause, params = store._in("x.id", keys)
        rows = store._all(
            "SELECT x.id, a.id, a.title, a.outlet, a.published, x.content, x.type, x.claimant, x.target, "
            "x.status, x.day FROM claims x JOIN articles a ON a.id = x.article_id "
            f"WHERE {clause}",
            params,
        )
        by_key = {
            r[0]: SearchHit(
                type="claim",
                article_id=r[1],
                title=r[2],
                outlet=r[3],
                published=r[4],
                score=scores[r[0]],
                snippet=snippet(r[5] or "", stems, 400),
                extra={
                    "claim_id": r[0],
                    "claim_type": r[6],
                    "claimant": r[7],
                    "target": r[8],
                    "status": r[9],
                    "day": r[10],
                },
            )  # fmt: skip
            for r in rows
        }
    return [by_key[k] for k in keys if k in by_key]
