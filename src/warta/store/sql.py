"""The SQL store shared by both backends: writes, reads and queries.

Backends (``sqlite.py``, ``postgres.py``) supply the connection, the
transaction statements and the few places where the dialects differ: the
search index and ``IN`` lists. SQL here is written with ``?`` placeholders;
the PostgreSQL backend rewrites them. Every value travels as a parameter.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from warta.errors import StoreError
from warta.record import Record
from warta.store.base import Failure, SearchQuery, SearchResult
from warta.store.migrations import MIGRATIONS, SCHEMA_MIGRATIONS_DDL, TABLES
from warta.text.stem import stem_text

log = logging.getLogger(__name__)

_EPOCH = dt.date(1970, 1, 1)
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CHUNK = 500  # ids per IN (...) list
ARTICLE_META_COLUMNS = (
    "id, url, title, outlet, published, day, language, source, dup_group, is_canonical, story_id"
)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def name_key(value: str | None) -> str | None:
    """Return the case- and space-insensitive lookup form of a name."""
    if value is None:
        return None
    key = " ".join(value.casefold().split())
    return key or None


def entity_id(type_: str, canonical: str) -> str:
    """Return a stable, URL-safe id for an entity: "per-sri-mulyani"."""
    ascii_name = unicodedata.normalize("NFKD", canonical).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:80]
    if not slug:  # a name with no Latin letters still needs an id
        slug = hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:12]
    return f"{type_.lower()}-{slug}"


def day_of(published: str | None) -> tuple[str | None, int | None]:
    """Return (YYYY-MM-DD, days since 1970) of an ISO date or datetime string."""
    if not published or not _DAY_RE.match(published):
        return None, None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None, None
    return day.isoformat(), (day - _EPOCH).days


def day_param(value: str | None, name: str) -> int | None:
    """Turn a YYYY-MM-DD filter into a day number; raise StoreError on anything else."""
    if value is None or value == "":
        return None
    try:
        return (dt.date.fromisoformat(str(value)[:10]) - _EPOCH).days
    except ValueError as exc:
        raise StoreError(f"{name}: not a YYYY-MM-DD date: {value!r}") from exc


@dataclass(slots=True)
class _Batch:
    """Rows for one put_many call, built in Python then written with executemany."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)
    article_stems: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[Any, ...]] = field(default_factory=list)
    entities: dict[str, list[Any]] = field(default_factory=dict)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    quote_stems: list[str] = field(default_factory=list)
    quote_entities: list[tuple[Any, ...]] = field(default_factory=list)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    claim_stems: list[str] = field(default_factory=list)


ARTICLE_INSERT_COLUMNS = (
    "id, url, title, outlet, outlet_key, published, day, day_num, language, source, body, record, added_at"
)
QUOTE_INSERT_COLUMNS = (
    "article_id, n, text, kind, speaker, speaker_key, speaker_entity_id, speaker_title, cue, "
    "start_char, end_char, day, day_num"
)
CLAIM_INSERT_COLUMNS = (
    "article_id, n, type, claimant, claimant_key, target, target_key, content, status, evidence, day, day_num"
)


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


class SqlStore:
    """A Store over a DB-API connection; subclasses fill in the dialect."""

    dialect = ""
    url: str

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.RLock()
        self._depth = 0

    # -- dialect hooks -----------------------------------------------------

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """Return ``column IN (…)`` SQL and its parameters."""
        raise NotImplementedError

    def _insert_search_rows(self, batch: _Batch) -> None:
        """Write articles, quotes and claims together with their search index entries."""
        raise NotImplementedError

    def _delete_search_rows(self, seq: int, quote_ids: list[int], claim_ids: list[int]) -> None:
        """Remove index entries of a deleted article (no-op where the index is a column)."""

    def _match(self, kind: str, fts: str) -> tuple[str, str, str, list[Any], list[Any]]:
        """Return (from_sql, where_sql, relevance_sql, from+where params, relevance params)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- helpers -----------------------------------------------------------

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._execute(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            row = self._execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._one(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: commit together or roll back together. Nested calls use savepoints."""
        with self._lock:
            depth = self._depth
            self._execute(self._begin_sql() if depth == 0 else f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                self._execute("ROLLBACK" if depth == 0 else f"ROLLBACK TO SAVEPOINT sp{depth}")
                raise
            self._depth -= 1
            self._execute("COMMIT" if depth == 0 else f"RELEASE SAVEPOINT sp{depth}")

    def _begin_sql(self) -> str:
        return "BEGIN"

    # -- schema ------------------------------------------------------------

    def migrate(self) -> None:
        """Apply every migration newer than the recorded version, each in its own transaction."""
        with self._lock:
            self._execute(SCHEMA_MIGRATIONS_DDL)
            done = {row[0] for row in self._all("SELECT version FROM schema_migrations")}
            for migration in MIGRATIONS:
                if migration.version in done:
                    continue
                with self.transaction():
                    for statement in migration.statements[self.dialect]:
                        self._execute(statement)
                    self._execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (migration.version, migration.name, now_iso()),
                    )
                log.info("applied migration %d: %s", migration.version, migration.name)

    def schema_version(self) -> int:
        return int(self._scalar("SELECT max(version) FROM schema_migrations") or 0)

    # -- writes ------------------------------------------------------------

    def put_many(self, records: Iterable[Record], *, source_keys: Iterable[str] | None = None) -> int:
        """Insert records not yet stored (by id) and mark ``source_keys``; return how many were new.

        The whole call is one transaction: a killed process leaves all of it or none.
        """
        records = list(records)
        for record in records:
            if not record.id:
                raise StoreError(f"record without id (url={record.url!r})")
        with self.transaction():
            existing = self._existing_ids([r.id for r in records])
            batch = _Batch()
            for record in records:
                if record.id in existing:
                    continue
                existing.add(record.id)  # a record repeated within the batch counts once
                self._add_to_batch(batch, record)
            if batch.articles:
                self._write_batch(batch)
            if source_keys is not None:
                self.mark_sources(source_keys)
        return len(batch.articles)

    def _existing_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), _CHUNK):
            clause, params = self._in("id", ids[i : i + _CHUNK])
            found.update(row[0] for row in self._all(f"SELECT id FROM articles WHERE {clause}", params))
        return found

    def _add_to_batch(self, batch: _Batch, record: Record) -> None:
        day, day_num = day_of(record.published.date if record.published else None)
        source = record.hints.get("source") if record.hints else None
        batch.articles.append(
            (
                record.id,
                record.url,
                record.title,
                record.outlet,
                name_key(record.outlet),
                record.published.date if record.published else None,
                day,
                day_num,
                record.language,
                str(source) if source is not None else None,
                record.body,
                record.to_json(),
                now_iso(),
            )
        )
        batch.article_stems.append((stem_text(record.title or ""), stem_text(record.body)))
        for n, link in enumerate(record.related_links):
            batch.links.append((record.id, n, link.title, link.url))

        # One mentions row per entity id, even if the record lists the entity twice.
        spans_by_entity: dict[str, list[tuple[int, int]]] = {}
        by_key: dict[str, str] = {}
        for entity in record.entities:
            if not entity.canonical or not entity.type:
                continue
            eid = entity_id(entity.type, entity.canonical)
            spans = [(int(m[0]), int(m[1])) for m in entity.mentions if len(m) >= 2]
            if not spans:
                spans = [(entity.start, entity.end)]
            if eid not in spans_by_entity:
                spans_by_entity[eid] = []
                row = batch.entities.get(eid)
                if row is None:
                    key = name_key(entity.canonical)
                    batch.entities[eid] = [
                        eid,
                        entity.canonical,
                        key,
                        entity.type,
                        entity.country,
                        entity.lat,
                        entity.lon,
                        1,
                    ]
                else:
                    row[7] += 1
                by_key.setdefault(name_key(entity.canonical) or "", eid)
            spans_by_entity[eid].extend(spans)
        for eid, spans in spans_by_entity.items():
            batch.mentions.append((record.id, eid, len(spans), min(s for s, _ in spans), day))

        for n, quote in enumerate(record.quotes):
            speaker_key = name_key(quote.speaker)
            batch.quotes.append(
                (
                    record.id,
                    n,
                    quote.text,
                    quote.kind,
                    quote.speaker,
                    speaker_key,
                    by_key.get(speaker_key or ""),
                    quote.speaker_title,
                    quote.cue,
                    quote.start,
                    quote.end,
                    day,
                    day_num,
                )
            )
            batch.quote_stems.append(stem_text(quote.text))
            # Entities named inside the quote: the quote is "about" them.
            for eid, spans in spans_by_entity.items():
                if any(quote.start <= s and e <= quote.end for s, e in spans):
                    batch.quote_entities.append((record.id, n, eid))

        for n, claim in enumerate(record.claims):
            batch.claims.append(
                (
                    record.id,
                    n,
                    claim.type,
                    claim.claimant,
                    name_key(claim.claimant),
                    claim.target,
                    name_key(claim.target),
                    claim.content,
                    claim.status,
                    json.dumps(claim.evidence, ensure_ascii=False),
                    day,
                    day_num,
                )
            )
            text = " ".join(x for x in (claim.content, claim.claimant, claim.target) if x)
            batch.claim_stems.append(stem_text(text))

    def _write_batch(self, batch: _Batch) -> None:
        self._insert_search_rows(batch)
        if batch.links:
            self._executemany(
                "INSERT INTO related_links (article_id, n, title, url) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (article_id, n) DO NOTHING",
                batch.links,
            )
        if batch.entities:
            # Sorted so concurrent writers lock entity rows in the same order (no deadlock).
            self._executemany(
                "INSERT INTO entities (id, canonical, canonical_key, type, country, lat, lon, articles) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "articles = entities.articles + excluded.articles, "
                "country = COALESCE(entities.country, excluded.country), "
                "lat = COALESCE(entities.lat, excluded.lat), lon = COALESCE(entities.lon, excluded.lon)",
                [tuple(batch.entities[k]) for k in sorted(batch.entities)],
            )
        if batch.mentions:
            self._executemany(
                "INSERT INTO mentions (article_id, entity_id, count, first_start, day) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, entity_id) DO NOTHING",
                batch.mentions,
            )
        if batch.quote_entities:
            self._executemany(
                "INSERT INTO quote_entities (article_id, n, entity_id) VALUES (?, ?, ?) "
                "ON CONFLICT (article_id, n, entity_id) DO NOTHING",
                batch.quote_entities,
            )

    def has_source(self, source_key: str) -> bool:
        return self._one("SELECT 1 FROM sources WHERE key = ?", (source_key,)) is not None

    def mark_sources(self, source_keys: Iterable[str]) -> None:
        stamp = now_iso()
        rows = [(key, stamp) for key in dict.fromkeys(source_keys)]
        if rows:
            with self.transaction():
                self._executemany(
                    "INSERT INTO sources (key, added_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", rows
                )

    def add_failure(self, failure: Failure) -> None:
        with self.transaction():
            self._execute(
                "INSERT INTO failures (source, error, stage, at) VALUES (?, ?, ?, ?)",
                (failure.source, failure.error, failure.stage, failure.at or now_iso()),
            )

    def failures(self) -> list[Failure]:
        rows = self._all("SELECT source, error, stage, at FROM failures ORDER BY id")
        return [Failure(source=r[0], error=r[1], stage=r[2], at=r[3]) for r in rows]

    def set_duplicate_group(self, article_id: str, group_id: str, canonical: bool = False) -> None:
        """Put an article in a duplicate group; ``canonical`` makes it the group's representative."""
        with self.transaction():
            self._execute("INSERT INTO dup_groups (id) VALUES (?) ON CONFLICT (id) DO NOTHING", (group_id,))
            if canonical:
                self._execute(
                    "UPDATE articles SET is_canonical = 0 WHERE dup_group = ? AND id <> ?",
                    (group_id, article_id),
                )
                self._execute("UPDATE dup_groups SET canonical_id = ? WHERE id = ?", (article_id, group_id))
            self._execute(
                "UPDATE articles SET dup_group = ?, is_canonical = ? WHERE id = ?",
                (group_id, 1 if canonical else 0, article_id),
            )

    def set_story(self, article_id: str, story_id: str | None) -> None:
        """Assign an article to a story (None removes it from its story)."""
        with self.transaction():
            if story_id is not None:
                self._execute(
                    "INSERT INTO stories (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                    (story_id, now_iso()),
                )
            self._execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))

    def set_story_label(self, story_id: str, label: str | None) -> None:
        with self.transaction():
            self._execute(
                "INSERT INTO stories (id, label, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET label = excluded.label",
                (story_id, label, now_iso()),
            )

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and everything derived from it; return whether it existed."""
        with self.transaction():
            row = self._one("SELECT seq, dup_group FROM articles WHERE id = ?", (article_id,))
            if row is None:
                return False
            seq, group = row
            quote_ids = [r[0] for r in self._all("SELECT id FROM quotes WHERE article_id = ?", (article_id,))]
            claim_ids = [r[0] for r in self._all("SELECT id FROM claims WHERE article_id = ?", (article_id,))]
            self._delete_search_rows(seq, quote_ids, claim_ids)
            self._execute(
                "UPDATE entities SET articles = articles - 1 "
                "WHERE id IN (SELECT entity_id FROM mentions WHERE article_id = ?)",
                (article_id,),
            )
            for table in ("mentions", "quote_entities", "quotes", "claims", "related_links"):
                self._execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self._execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if group is not None:
                self._execute(
                    "UPDATE dup_groups SET canonical_id = NULL WHERE id = ? AND canonical_id = ?",
                    (group, article_id),
                )
        return True

    # -- reads -------------------------------------------------------------

    def get(self, article_id: str) -> Record | None:
        raw = self._scalar("SELECT record FROM articles WHERE id = ?", (article_id,))
        return None if raw is None else Record.from_dict(json.loads(raw))

    def get_meta(self, article_id: str) -> dict[str, Any] | None:
        row = self._one(f"SELECT {ARTICLE_META_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return None if row is None else _meta(row)

    def iter_records(self, batch_size: int = 500) -> Iterator[Record]:
        """Yield every stored record in insertion order, a page at a time."""
        for raw, _ in self._pages("record", batch_size):
            yield Record.from_dict(json.loads(raw))

    def iter_meta(self, batch_size: int = 2000) -> Iterator[dict[str, Any]]:
        for row, _ in self._pages(ARTICLE_META_COLUMNS, batch_size, whole_row=True):
            yield _meta(row)

    def _pages(self, columns: str, batch_size: int, whole_row: bool = False) -> Iterator[tuple[Any, int]]:
        last = -1
        while True:
            rows = self._all(
                f"SELECT {columns}, seq FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch_size)
            )
            for row in rows:
                yield (row[:-1] if whole_row else row[0]), row[-1]
            if len(rows) < batch_size:
                return
            last = rows[-1][-1]

    def count(self) -> int:
        return int(self._scalar("SELECT count(*) FROM articles") or 0)

    def search(self, query: SearchQuery) -> SearchResult:
        from warta.store.search import run_search

        return run_search(self, query)

    # -- entities ----------------------------------------------------------

    def resolve_entities(self, value: str) -> list[tuple[str, str]]:
        """Return (id, canonical_key) of entities whose id or canonical name is ``value``."""
        rows = self._all(
            "SELECT id, canonical_key FROM entities WHERE id = ? OR canonical_key = ? ORDER BY articles DESC",
            (value, name_key(value) or ""),
        )
        return [(r[0], r[1]) for r in rows]

    def entity(self, entity_id_or_canonical: str, *, top: int = 20) -> dict[str, Any] | None:
        """Return an entity with its daily mentions, co-occurring entities, quotes and claims.

        Co-occurrence counts the entity's latest 5000 articles, to bound the cost for frequent names.
        """
        row = self._one(
            "SELECT id, canonical, type, country, lat, lon, articles FROM entities WHERE id = ?",
            (entity_id_or_canonical,),
        )
        if row is None:
            row = self._one(
                "SELECT id, canonical, type, country, lat, lon, articles FROM entities "
                "WHERE canonical_key = ? ORDER BY articles DESC, id LIMIT 1",
                (name_key(entity_id_or_canonical) or "",),
            )
        if row is None:
            return None
        eid, canonical, type_, country, lat, lon, articles = row
        key = name_key(canonical)
        per_day = self._all(
            "SELECT day, count(*), sum(count) FROM mentions WHERE entity_id = ? AND day IS NOT NULL "
            "GROUP BY day ORDER BY day",
            (eid,),
        )
        co = self._all(
            "SELECT e.id, e.canonical, e.type, count(*) AS n FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id "
            "WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ? "
            "ORDER BY day DESC LIMIT 5000) AND m.entity_id <> ? "
            "GROUP BY e.id, e.canonical, e.type ORDER BY n DESC, e.canonical LIMIT ?",
            (eid, eid, top),
        )
        quotes_by = self._quote_rows(
            "(x.speaker_entity_id = ? OR x.speaker_key = ?)", [eid, key], limit=top, offset=0
        )
        quotes_about = self._quote_rows(
            "EXISTS (SELECT 1 FROM quote_entities qe WHERE qe.article_id = x.article_id AND qe.n = x.n "
            "AND qe.entity_id = ?) AND (x.speaker_key IS NULL OR x.speaker_key <> ?) "
            "AND (x.speaker_entity_id IS NULL OR x.speaker_entity_id <> ?)",
            [eid, key, eid],
            limit=top,
            offset=0,
        )
        claims = self._claim_rows("(x.claimant_key = ? OR x.target_key = ?)", [key, key], limit=top, offset=0)
        return {
            "id": eid,
            "canonical": canonical,
            "type": type_,
            "country": country,
            "lat": lat,
            "lon": lon,
            "articles": int(articles),
            "first": per_day[0][0] if per_day else None,
            "last": per_day[-1][0] if per_day else None,
            "mentions_per_day": [{"day": d, "count": int(n), "mentions": int(m or 0)} for d, n, m in per_day],
            "cooccurring": [{"id": r[0], "canonical": r[1], "type": r[2], "count": int(r[3])} for r in co],
            "quotes_by": quotes_by,
            "quotes_about": quotes_about,
            "claims": claims,
        }

    def list_entities(self, type: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Return {"total", "items"}: entities, most-mentioned first, optionally of one type."""
        where, params = ("WHERE upper(type) = ?", [type.upper()]) if type else ("", [])
        total = self._scalar(f"SELECT count(*) FROM entities {where}", params)
        rows = self._all(
            f"SELECT id, canonical, type, country, lat, lon, articles FROM entities {where} "
            "ORDER BY articles DESC, canonical LIMIT ? OFFSET ?",
            [*params, _limit(limit), _offset(offset)],
        )
        items = [
            {"id": r[0], "canonical": r[1], "type": r[2], "country": r[3], "lat": r[4], "lon": r[5],
             "articles": int(r[6])}
            for r in rows
        ]  # fmt: skip
        return {"total": int(total or 0), "items": items}

    # -- quotes and claims -------------------------------------------------

    _QUOTE_COLUMNS = (
        "x.id, x.article_id, a.title, a.outlet, a.published, x.day, x.text, x.kind, x.speaker, "
        "x.speaker_entity_id, x.speaker_title, x.cue, x.start_char, x.end_char"
    )
    _CLAIM_COLUMNS = (
        "x.id, x.article_id, a.title, a.outlet, a.published, x.day, x.type, x.claimant, x.target, "
        "x.content, x.status, x.evidence"
    )

    def _quote_rows(self, where: str, params: list[Any], *, limit: int, offset: int) -> list[dict[str, Any]]:
        rows = self._all(
            f"SELECT {self._QUOTE_COLUMNS} FROM quotes x JOIN articles a ON a.id = x.article_id "
            f"WHERE {where} ORDER BY x.day_num DESC, x.id DESC LIMIT ? OFFSET ?",
            [*params, _limit(limit), _offset(offset)],
        )
        keys = ("id", "article_id", "title", "outlet", "published", "day", "text", "kind", "speaker",
                "speaker_entity_id", "speaker_title", "cue", "start", "end")  # fmt: skip
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def _claim_rows(self, where: str, params: list[Any], *, limit: int, offset: int) -> list[dict[str, Any]]:
        rows = self._all(
            f"SELECT {self._CLAIM_COLUMNS} FROM claims x JOIN articles a ON a.id = x.article_id "
            f"WHERE {where} ORDER BY x.day_num DESC, x.id DESC LIMIT ? OFFSET ?",
            [*params, _limit(limit), _offset(offset)],
        )
        keys = ("id", "article_id", "title", "outlet", "published", "day", "type", "claimant", "target",
                "content", "status", "evidence")  # fmt: skip
        out = []
        for r in rows:
            item = dict(zip(keys, r, strict=True))
            item["evidence"] = json.loads(item["evidence"] or "[]")
            out.append(item)
        return out

    def _quote_filter(
        self, speaker: str | None, entity: str | None, date_from: str | None, date_to: str | None
    ) -> tuple[list[str], list[Any]] | None:
        where: list[str] = []
        params: list[Any] = []
        if speaker:
            where.append("x.speaker_key = ?")
            params.append(name_key(speaker) or "")
        if entity:
            found = self.resolve_entities(entity)
            if not found:
                return None
            ids_sql, ids = self._in("qe.entity_id", [f[0] for f in found])
            sp_sql, sp = self._in("x.speaker_entity_id", [f[0] for f in found])
            key_sql, keys = self._in("x.speaker_key", sorted({f[1] for f in found}))
            where.append(
                f"({sp_sql} OR {key_sql} OR EXISTS (SELECT 1 FROM quote_entities qe "
                f"WHERE qe.article_id = x.article_id AND qe.n = x.n AND {ids_sql}))"
            )
            params += sp + keys + ids
        for value, op, name in ((date_from, ">=", "date_from"), (date_to, "<=", "date_to")):
            num = day_param(value, name)
            if num is not None:
                where.append(f"x.day_num {op} ?")
                params.append(num)
        return where, params

    def quotes(
        self,
        speaker: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        """Return {"total", "items"}: quotes, newest first, by speaker and/or about an entity."""
        built = self._quote_filter(speaker, entity, date_from, date_to)
        if built is None:
            return {"total": 0, "items": []}
        where, params = built
        clause = " AND ".join(where) or "1 = 1"
        total = self._scalar(f"SELECT count(*) FROM quotes x WHERE {clause}", params)
        items = self._quote_rows(clause, params, limit=limit, offset=offset)
        return {"total": int(total or 0), "items": items}

    def claims(self, status: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Return {"total", "items"}: claims, newest first; accusations list their denials."""
        clause, params = ("x.status = ?", [status]) if status else ("1 = 1", [])
        total = self._scalar(f"SELECT count(*) FROM claims x WHERE {clause}", params)
        items = self._claim_rows(clause, params, limit=limit, offset=offset)
        for item in items:
            item["denials"] = self._denials(item) if item["type"] == "accusation" else []
        return {"total": int(total or 0), "items": items}

    def _denials(self, accusation: dict[str, Any]) -> list[dict[str, Any]]:
        """Denials by the accused: in the same article, story or duplicate group."""
        target = name_key(accusation["target"])
        if not target:
            return []
        return self._claim_rows(
            "x.type = 'denial' AND x.claimant_key = ? AND (x.article_id = ? "
            "OR x.article_id IN (SELECT b.id FROM articles b WHERE b.story_id = "
            "(SELECT story_id FROM articles WHERE id = ?)) "
            "OR x.article_id IN (SELECT b.id FROM articles b WHERE b.dup_group = "
            "(SELECT dup_group FROM articles WHERE id = ?)))",
            [target, accusation["article_id"], accusation["article_id"], accusation["article_id"]],
            limit=20,
            offset=0,
        )

    # -- stories, duplicates, related --------------------------------------

    def stories(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Return {"total", "items"}: stories, most recent first, with size, outlets and dates."""
        total = self._scalar("SELECT count(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL")
        rows = self._all(
            "SELECT a.story_id, count(*), min(a.day), max(a.day) FROM articles a "
            "WHERE a.story_id IS NOT NULL GROUP BY a.story_id "
            "ORDER BY max(a.day_num) DESC, count(*) DESC, a.story_id LIMIT ? OFFSET ?",
            (_limit(limit), _offset(offset)),
        )
        if not rows:
            return {"total": int(total or 0), "items": []}
        clause, params = self._in("a.story_id", [r[0] for r in rows])
        members: dict[str, list[tuple[Any, ...]]] = {}
        for m in self._all(
            f"SELECT a.story_id, a.title, a.outlet, a.is_canonical, a.day_num, a.seq FROM articles a "
            f"WHERE {clause}",
            params,
        ):
            members.setdefault(m[0], []).append(m)
        label_clause, label_params = self._in("id", [r[0] for r in rows])
        labels = dict(self._all(f"SELECT id, label FROM stories WHERE {label_clause}", label_params))
        items = []
        for story_id, size, first, last in rows:
            group = members.get(story_id, [])
            lead = min(group, key=lambda m: (-m[3], m[4] if m[4] is not None else 1 << 30, m[5]))
            items.append(
                {
                    "id": story_id,
                    "title": labels.get(story_id) or lead[1],
                    "size": int(size),
                    "first": first,
                    "last": last,
                    "outlets": sorted({m[2] for m in group if m[2]}),
                }
            )
        return {"total": int(total or 0), "items": items}

    def story(self, story_id: str, *, top: int = 10) -> dict[str, Any] | None:
        """Return a story: its articles (oldest first), outlets, dates and top entities."""
        rows = self._all(
            f"SELECT {ARTICLE_META_COLUMNS} FROM articles WHERE story_id = ? ORDER BY day_num, seq",
            (story_id,),
        )
        if not rows:
            return None
        articles = [_meta(r) for r in rows]
        label = self._scalar("SELECT label FROM stories WHERE id = ?", (story_id,))
        lead = next((a for a in articles if a["is_canonical"]), articles[0])
        entities = self._all(
            "SELECT e.id, e.canonical, e.type, count(*) AS n FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
            "WHERE a.story_id = ? "
            "GROUP BY e.id, e.canonical, e.type ORDER BY n DESC, e.canonical LIMIT ?",
            (story_id, top),
        )
        days = [a["day"] for a in articles if a["day"]]
        return {
            "id": story_id,
            "title": label or lead["title"],
            "size": len(articles),
            "first": min(days) if days else None,
            "last": max(days) if days else None,
            "outlets": sorted({a["outlet"] for a in articles if a["outlet"]}),
            "entities": [e[1] for e in entities],
            "entity_details": [
                {"id": e[0], "canonical": e[1], "type": e[2], "count": int(e[3])} for e in entities
            ],
            "articles": articles,
        }

    def duplicates(self, article_id: str) -> list[dict[str, Any]]:
        """Return the other members of the article's duplicate group (canonical first)."""
        rows = self._all(
            f"SELECT {', '.join('b.' + c.strip() for c in ARTICLE_META_COLUMNS.split(','))} "
            "FROM articles a JOIN articles b ON b.dup_group = a.dup_group AND b.id <> a.id "
            "WHERE a.id = ? ORDER BY b.is_canonical DESC, b.day_num, b.seq",
            (article_id,),
        )
        return [_meta(r) | {"relation": "duplicate"} for r in rows]

    def related(self, article_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Return duplicates first, then other articles of the same story, oldest first."""
        out = self.duplicates(article_id)[:limit]
        seen = {m["id"] for m in out}
        if len(out) < limit:
            rows = self._all(
                f"SELECT {', '.join('b.' + c.strip() for c in ARTICLE_META_COLUMNS.split(','))} "
                "FROM articles a JOIN articles b ON b.story_id = a.story_id AND b.id <> a.id "
                "WHERE a.id = ? ORDER BY b.day_num, b.seq LIMIT ?",
                (article_id, limit + len(out)),
            )
            for r in rows:
                meta = _meta(r)
                if meta["id"] not in seen and len(out) < limit:
                    out.append(meta | {"relation": "story"})
        return out

    def stats(self) -> dict[str, Any]:
        """Return row counts per table, articles per outlet and the date range."""
        counts = {t: int(self._scalar(f"SELECT count(*) FROM {t}") or 0) for t in TABLES}
        outlets = self._all(
            "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
            "ORDER BY n DESC, outlet"
        )
        first, last = self._one("SELECT min(day), max(day) FROM articles") or (None, None)
        return {
            "counts": counts,
            "articles": counts["articles"],
            "outlets": [{"outlet": o, "count": int(n)} for o, n in outlets],
            "date_range": {"first": first, "last": last},
            "dup_groups": counts["dup_groups"],
            "stories": int(self._scalar("SELECT count(DISTINCT story_id) FROM articles") or 0),
            "schema_version": self.schema_version(),
            "backend": self.dialect,
        }


def _meta(row: Sequence[Any]) -> dict[str, Any]:
    keys = ("id", "url", "title", "outlet", "published", "day", "language", "source", "dup_group",
            "is_canonical", "story_id")  # fmt: skip
    meta = dict(zip(keys, row, strict=True))
    meta["is_canonical"] = bool(meta["is_canonical"])
    return meta


def _limit(value: int, cap: int = 1000) -> int:
    return max(0, min(int(value), cap))


def _offset(value: int) -> int:
    return max(0, int(value))
