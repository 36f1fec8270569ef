"""Full-text search over articles, quotes and claims, the same on both backends.

A search runs in three steps:

1. count every match (text and filters) for ``total``;
2. take up to ``WINDOW`` candidates from the index: on SQLite the best by
   ``bm25()`` (title words weigh 4x), on PostgreSQL the newest matches, ranked by
   ``ts_rank_cd`` (reading every match's tsvector to rank 50,000 rows takes seconds);
   without query words, the newest articles;
3. re-rank the candidates in Python by relevance times a recency boost,
   ``1 + RECENCY_WEIGHT / (1 + age / RECENCY_DAYS)``, where age is counted in days back
   from the newest article in the store (so an archive ranks the same whenever it is
   searched), and count the outlet and day facets over them.

When a query matches at most ``WINDOW`` items, ranking and facets are exact;
beyond that they cover the candidates and ``SearchResult.facets_exact`` is False.
``total`` is always exact.
Snippets are built from the original text (``warta.text.snippet``), because the
index only holds stems.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warta.errors import StoreError
from warta.store.base import SEARCH_TYPES, SearchHit, SearchQuery, SearchResult
from warta.store.names import outlet_family
from warta.store.query import FIELDS, ParsedQuery, parse_query
from warta.store.rows import day_param
from warta.text.snippet import highlight, snippet

if TYPE_CHECKING:
    from warta.store.sql import SqlStore

RECENCY_WEIGHT = 0.5  # the newest article's relevance is multiplied by 1.5
RECENCY_DAYS = 30.0  # at this age the boost is half of the newest article's
WINDOW = 2000  # candidates ranked and faceted per search
MAX_DEPTH = 10_000  # deepest hit a page may reach (offset + limit)
ENTITY_FACET_DOCS = 200  # the entity facet counts entities of this many best hits
FACET_TOP = 20  # values kept in the outlet and entity facets
MAX_LIMIT = 200
SORTS = ("relevance", "date")


@dataclass(slots=True)
class Plan:
    """What to search (one type) and its filters, as SQL over ``base`` (aliases a and x)."""

    kind: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    @property
    def alias(self) -> str:
        return "a" if self.kind == "article" else "x"

    @property
    def key(self) -> str:
        return "a.seq" if self.kind == "article" else "x.id"

    @property
    def base(self) -> str:
        """The table the filters read (quotes and claims carry their article's day and outlet)."""
        return {"article": "articles a", "quote": "quotes x", "claim": "claims x"}[self.kind]

    @property
    def joined(self) -> str:
        """The item joined to its article, for the columns hits and facets show."""
        if self.kind == "article":
            return self.base
        return f"{self.base} JOIN articles a ON a.id = x.article_id"

    @property
    def where_sql(self) -> str:
        return " AND ".join(self.where) if self.where else "1 = 1"


def _name_clause(store: SqlStore, kind: str, name: str, value: str) -> tuple[str, list[Any]] | None:
    """SQL for "the item matches the ``name`` filter ``value``"; None when the name resolves to nothing.

    Names resolve as people type them (``warta.store.names``): an outlet to every stored spelling
    of it, an entity through its aliases, a speaker through words of the name or title.
    """
    alias = "a" if kind == "article" else "x"
    if name == "outlet":
        keys = store.outlet_keys(value)
        return store._in(f"{alias}.outlet_key", keys) if keys else None
    if name == "speaker":
        keys = store.speaker_keys(value)
        if not keys:
            return None
        if kind == "article":
            clause, params = store._in("q2.speaker_key", keys)
            return f"a.id IN (SELECT q2.article_id FROM quotes q2 WHERE {clause})", params
        return store._in("x.speaker_key" if kind == "quote" else "x.claimant_key", keys)
    found = store.resolve_entities(value)
    if not found:
        return None
    ids = [f[0] for f in found]
    if kind == "article":
        clause, params = store._in("m.entity_id", ids)
        return f"a.id IN (SELECT m.article_id FROM mentions m WHERE {clause})", params
    if kind == "quote":
        ids_sql, ids_p = store._in("qe.entity_id", ids)
        sp_sql, sp_p = store._in("x.speaker_entity_id", ids)
        about = f"(x.article_id, x.n) IN (SELECT qe.article_id, qe.n FROM quote_entities qe WHERE {ids_sql})"
        sql = f"({sp_sql} OR {about})"
        return sql, sp_p + ids_p
    keys = sorted({f[1] for f in found})
    c_sql, c_p = store._in("x.claimant_key", keys)
    t_sql, t_p = store._in("x.target_key", keys)
    return f"({c_sql} OR {t_sql})", c_p + t_p


def make_plan(
    store: SqlStore, query: SearchQuery, kind: str, parsed: ParsedQuery | None = None
) -> Plan | None:
    """Turn the filters into SQL; None when nothing can match (a name that resolves to nothing).

    A parameter (``outlet=``) must hold; the values of one field in the text
    (``outlet:Kompas outlet:Tempo``) are alternatives; ``-outlet:Kompas`` excludes.
    Filters on other tables are uncorrelated ``IN (SELECT …)`` sets: a correlated EXISTS let
    SQLite pick the speaker index and rescan it for each of 100,000 articles (20 s).
    """
    parsed = parsed or ParsedQuery()
    plan = Plan(kind)
    alias = plan.alias
    for value, op, name in ((query.date_from, ">=", "date_from"), (query.date_to, "<=", "date_to")):
        num = day_param(value, name)
        if num is not None:
            plan.where.append(f"{alias}.day_num {op} ?")
            plan.params.append(num)
    if query.collapse:
        # A duplicate group shows as its original; articles in no group are their own original.
        originals = "(b.dup_group IS NULL OR b.is_canonical = 1)"
        if kind == "article":
            plan.where.append(originals.replace("b.", "a."))
        else:
            plan.where.append(f"x.article_id IN (SELECT b.id FROM articles b WHERE {originals})")
    for name in FIELDS:
        given = getattr(query, name)
        if given:
            built = _name_clause(store, kind, name, given)
            if built is None:
                return None
            plan.where.append(built[0])
            plan.params += built[1]
        alternatives = [
            c for c in (_name_clause(store, kind, name, v) for v in parsed.filters.get(name, [])) if c
        ]
        if parsed.filters.get(name):
            if not alternatives:
                return None
            plan.where.append("(" + " OR ".join(sql for sql, _ in alternatives) + ")")
            plan.params += [p for _, params in alternatives for p in params]
        for value in parsed.excluded_filters.get(name, []):
            built = _name_clause(store, kind, name, value)
            if built is not None:  # excluding a name that matches nothing excludes nothing
                # IS NOT TRUE, not NOT: an item without an outlet is not "from Kompas" either.
                plan.where.append(f"({built[0]}) IS NOT TRUE")
                plan.params += built[1]
    return plan


def _index_text(store: SqlStore, parsed: ParsedQuery) -> str:
    return parsed.fts5() if store.dialect == "sqlite" else parsed.tsquery()


def count_matches(store: SqlStore, plan: Plan | None, parsed: ParsedQuery) -> int:
    if plan is None:
        return 0
    if parsed.empty:
        sql = f"SELECT count(*) FROM {plan.base} WHERE {plan.where_sql}"
        return int(store._scalar(sql, plan.params) or 0)
    return store._match_count(plan, _index_text(store, parsed))


def run_search(store: SqlStore, query: SearchQuery) -> SearchResult:
    """Run one search: count, rank, facet and build snippets for one page of hits."""
    if query.sort not in SORTS:
        raise StoreError(f"unknown sort {query.sort!r}; expected one of {', '.join(SORTS)}")
    if query.type not in SEARCH_TYPES:
        raise StoreError(f"unknown search type {query.type!r}; expected one of {', '.join(SEARCH_TYPES)}")
    limit = max(0, min(int(query.limit), MAX_LIMIT))
    offset = max(0, min(int(query.offset), MAX_DEPTH - limit))
    parsed = parse_query(query.text)  # raises QueryError, which the web layer reports
    plan = make_plan(store, query, query.type, parsed)
    if plan is None:
        empty: dict[str, list[tuple[str, int]]] = {
            "outlet": [],
            "day": [],
            "type": [],
            **_entity_facet(store, []),
        }
        return SearchResult(total=0, hits=[], facets=empty if query.facets else {})

    depth = max(WINDOW, offset + limit)
    candidates = _candidates(store, plan, parsed, depth)
    if query.sort == "date":
        # Newest first among the ranked candidates: every match when there are at most WINDOW.
        candidates.sort(key=lambda r: (-(r[4] if r[4] is not None else -(1 << 30)), -r[0]))
    # Fewer candidates than asked for means they are every match: no count needed.
    if len(candidates) < depth:
        total = len(candidates)
    else:
        total = count_matches(store, plan, parsed)

    facets: dict[str, list[tuple[str, int]]] = {}
    if query.facets:
        facets["outlet"] = _outlet_facet(c[2] for c in candidates if c[2])
        days: Counter[str] = Counter(c[3] for c in candidates if c[3])
        facets["day"] = sorted(days.items())
        top_articles = list(dict.fromkeys(c[1] for c in candidates[:ENTITY_FACET_DOCS]))
        facets.update(_entity_facet(store, top_articles))
        counts = {query.type: total}
        for other in SEARCH_TYPES:
            if other != query.type:
                counts[other] = count_matches(store, make_plan(store, query, other, parsed), parsed)
        facets["type"] = [(t, counts[t]) for t in SEARCH_TYPES]

    page = candidates[offset : offset + limit]
    hits = _hits(store, query.type, page, parsed.stems)
    return SearchResult(
        total=total,
        hits=hits,
        facets=facets,
        facets_exact=total <= len(candidates),
    )


def _candidates(store: SqlStore, plan: Plan, parsed: ParsedQuery, depth: int) -> list[tuple[Any, ...]]:
    """Return up to ``depth`` rows (key, article_id, outlet, day, day_num, score), best first."""
    alias = plan.alias
    columns = f"{plan.key}, a.id, a.outlet, {alias}.day, {alias}.day_num"
    if parsed.empty:
        rows = store._all(
            f"SELECT {columns} FROM {plan.joined} WHERE {plan.where_sql} "
            f"ORDER BY {alias}.day_num DESC NULLS LAST, {plan.key} DESC LIMIT ?",
            [*plan.params, depth],
        )
        return [(*r, 1.0) for r in rows]

    relevance = dict(store._match_top(plan, _index_text(store, parsed), depth))
    clause, params = store._in(plan.key, list(relevance))
    rows = store._all(f"SELECT {columns} FROM {plan.joined} WHERE {clause}", params)
    newest = store._scalar("SELECT max(day_num) FROM articles") or 0
    scored = []
    for key, article_id, outlet, day, day_num in rows:
        age = abs(newest - day_num) if day_num is not None else 36_500
        score = float(relevance[key]) * (1.0 + RECENCY_WEIGHT / (1.0 + age / RECENCY_DAYS))
        scored.append((key, article_id, outlet, day, day_num, score))
    scored.sort(key=lambda r: (-r[5], -r[0]))
    return scored


def _outlet_facet(outlets: Iterable[str]) -> list[tuple[str, int]]:
    """Count outlets as one per family ("Kompas.com" and "KOMPAS.com" together), each under
    its most frequent spelling."""
    spellings: dict[str, Counter[str]] = {}
    for outlet, n in Counter(outlets).items():  # a few distinct outlets among 2,000 candidates
        spellings.setdefault(outlet_family(outlet), Counter())[outlet] += n
    merged = [(held.most_common(1)[0][0], sum(held.values())) for held in spellings.values()]
    return sorted(merged, key=lambda kv: (-kv[1], kv[0]))[:FACET_TOP]


ENTITY_FACET_TYPES = ("PER", "ORG", "GPE", "LOC")


def _entity_facet(store: SqlStore, article_ids: list[str]) -> dict[str, list[tuple[str, int]]]:
    """The entity facet over all types ("entity") and per type ("entity_PER" … "entity_LOC")."""
    empty: dict[str, list[tuple[str, int]]] = {
        "entity": [],
        **{f"entity_{t}": [] for t in ENTITY_FACET_TYPES},
    }
    if not article_ids:
        return empty
    clause, params = store._in("m.article_id", article_ids)
    rows = store._all(
        "SELECT e.canonical, upper(e.type), count(DISTINCT m.article_id) AS n FROM mentions m "
        f"JOIN entities e ON e.id = m.entity_id WHERE {clause} "
        "GROUP BY e.canonical, upper(e.type) ORDER BY n DESC, e.canonical",
        params,
    )
    totals: Counter[str] = Counter()
    for canonical, type_, n in rows:
        totals[canonical] += int(n)
        key = f"entity_{type_}"
        if key in empty and len(empty[key]) < FACET_TOP:
            empty[key].append((canonical, int(n)))
    empty["entity"] = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_TOP]
    return empty


# Quote and claim hits: their table, the column the snippet comes from, and the fields
# their ``extra`` carries as (name, column).
_CHILD_HITS: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "quote": (
        "quotes",
        "x.text",
        (
            ("text", "x.text"),
            ("speaker", "x.speaker"),
            ("kind", "x.kind"),
            ("cue", "x.cue"),
            ("speaker_title", "x.speaker_title"),
            ("speaker_entity_id", "x.speaker_entity_id"),
            ("day", "x.day"),
        ),
    ),
    "claim": (
        "claims",
        "x.content",
        (
            ("claim_type", "x.type"),
            ("claimant", "x.claimant"),
            ("target", "x.target"),
            ("status", "x.status"),
            ("day", "x.day"),
        ),
    ),
}


def _hits(store: SqlStore, kind: str, page: list[tuple[Any, ...]], stems: set[str]) -> list[SearchHit]:
    if not page:
        return []
    keys = [r[0] for r in page]
    scores = {r[0]: float(r[5]) for r in page}
    if kind == "article":
        clause, params = store._in("a.seq", keys)
        rows = store._all(
            "SELECT a.seq, a.id, a.title, a.outlet, a.published, a.url, a.day, r.record FROM articles a "
            f"JOIN article_records r ON r.article_id = a.id WHERE {clause}",
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
    else:
        table, text_column, fields = _CHILD_HITS[kind]
        columns = ", ".join(column for _, column in fields)
        clause, params = store._in("x.id", keys)
        rows = store._all(
            f"SELECT x.id, a.id, a.title, a.outlet, a.published, {text_column}, {columns} "
            f"FROM {table} x JOIN articles a ON a.id = x.article_id WHERE {clause}",
            params,
        )
        by_key = {
            r[0]: SearchHit(
                type=kind,
                article_id=r[1],
                title=r[2],
                outlet=r[3],
                published=r[4],
                score=scores[r[0]],
                snippet=snippet(r[5] or "", stems, 400),
                extra={f"{kind}_id": r[0], **{name: v for (name, _), v in zip(fields, r[6:], strict=True)}},
            )
            for r in rows
        }
    return [by_key[k] for k in keys if k in by_key]


def attention(store: SqlStore, query: SearchQuery) -> list[tuple[str, int]]:
    """Count every article matching ``query`` (text and filters) per day, exactly, oldest first.

    Unlike the search's day facet this reads every match (not the ranked candidates), so the
    attention chart is exact however many articles match.
    """
    parsed = parse_query(query.text)
    plan = make_plan(store, query, "article", parsed)
    if plan is None:
        return []
    if parsed.empty:
        rows = store._all(
            f"SELECT a.day, count(*) FROM articles a WHERE a.day IS NOT NULL AND {plan.where_sql} "
            "GROUP BY a.day",
            plan.params,
        )
    elif store.dialect == "sqlite":
        rows = store._all(
            "SELECT a.day, count(*) FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
            f"WHERE articles_fts MATCH ? AND a.day IS NOT NULL AND {plan.where_sql} GROUP BY a.day",
            [parsed.fts5(), *plan.params],
        )
    else:
        rows = store._all(
            "SELECT a.day, count(*) FROM articles a WHERE a.tsv @@ to_tsquery('simple', ?) "
            f"AND a.day IS NOT NULL AND {plan.where_sql} GROUP BY a.day",
            [parsed.tsquery(), *plan.params],
        )
    return sorted((str(d), int(n)) for d, n in rows)


def articles_per_day(store: SqlStore) -> list[tuple[str, int]]:
    """Every stored article per day: the denominator of a share-of-coverage chart."""
    rows = store._all("SELECT day, count(*) FROM articles WHERE day IS NOT NULL GROUP BY day")
    return sorted((str(d), int(n)) for d, n in rows)
