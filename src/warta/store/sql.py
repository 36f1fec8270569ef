"""The SQL store shared by both backends: writes, reads and queries.

Backends (``sqlite.py``, ``postgres.py``) supply the connection, the
transaction statements and the few places where the dialects differ: the
search index and ``IN`` lists. SQL here is written with ``?`` placeholders;
the PostgreSQL backend rewrites them. Every value travels as a parameter.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warta.errors import StoreError
from warta.record import Record
from warta.store.base import Failure, SearchQuery, SearchResult
from warta.store.migrations import MIGRATIONS, SCHEMA_MIGRATIONS_DDL
from warta.store.reads import ReadQueries
from warta.store.rows import ARTICLE_META_COLUMNS, day_of, entity_id, meta_dict, name_key, now_iso
from warta.text.stem import stem_text

if TYPE_CHECKING:
    from warta.store.search import Plan

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN (...) list


@dataclass(slots=True)
class _Batch:
    """Rows for one put_many call, built in Python then written with executemany."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)
    article_stems: list[tuple[str, str]] = field(default_factory=list)
    records: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[Any, ...]] = field(default_factory=list)
    entities: dict[str, list[Any]] = field(default_factory=dict)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    quote_stems: list[str] = field(default_factory=list)
    quote_entities: list[tuple[Any, ...]] = field(default_factory=list)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    claim_stems: list[str] = field(default_factory=list)


ARTICLE_INSERT_COLUMNS = (
    "id, url, title, outlet, outlet_key, published, day, day_num, language, source, added_at"
)
QUOTE_INSERT_COLUMNS = (
    "article_id, n, text, kind, speaker, speaker_key, speaker_entity_id, speaker_title, cue, "
    "start_char, end_char, day, day_num, outlet_key"
)
CLAIM_INSERT_COLUMNS = (
    "article_id, n, type, claimant, claimant_key, target, target_key, content, status, evidence, "
    "day, day_num, outlet_key"
)


def _values(columns: str) -> str:
    return ", ".join("?" * len(columns.split(",")))


ARTICLE_VALUES = _values(ARTICLE_INSERT_COLUMNS)
QUOTE_VALUES = _values(QUOTE_INSERT_COLUMNS)
CLAIM_VALUES = _values(CLAIM_INSERT_COLUMNS)


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


class SqlStore(ReadQueries):
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

    def _match_count(self, plan: Plan, text: str) -> int:
        """Count the items of ``plan`` whose index matches ``text`` (FTS5 or tsquery syntax)."""
        raise NotImplementedError

    def _match_top(self, plan: Plan, text: str, n: int) -> list[tuple[Any, float]]:
        """Return up to ``n`` (key, relevance) candidates of ``plan`` matching ``text``."""
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
                self._store_aliases(records)
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
        outlet_key = name_key(record.outlet)
        source = record.origin
        batch.articles.append(
            (
                record.id,
                record.url,
                record.title,
                record.outlet,
                outlet_key,
                record.published.date if record.published else None,
                day,
                day_num,
                record.language,
                str(source) if source is not None else None,
                now_iso(),
            )
        )
        batch.records.append((record.id, record.to_json()))
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
                    outlet_key,
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
                    outlet_key,
                )
            )
            text = " ".join(x for x in (claim.content, claim.claimant, claim.target) if x)
            batch.claim_stems.append(stem_text(text))

    def _write_batch(self, batch: _Batch) -> None:
        self._insert_search_rows(batch)
        self._executemany(
            "INSERT INTO article_records (article_id, record) VALUES (?, ?) "
            "ON CONFLICT (article_id) DO NOTHING",
            batch.records,
        )
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

    def clear_duplicate_group(self, article_id: str) -> None:
        """Take an article out of its duplicate group; a group left empty is deleted."""
        with self.transaction():
            group = self._scalar("SELECT dup_group FROM articles WHERE id = ?", (article_id,))
            if group is None:
                return
            self._execute(
                "UPDATE articles SET dup_group = NULL, is_canonical = 0 WHERE id = ?", (article_id,)
            )
            self._execute(
                "UPDATE dup_groups SET canonical_id = NULL WHERE id = ? AND canonical_id = ?",
                (group, article_id),
            )
            self._execute(
                "DELETE FROM dup_groups WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM articles WHERE dup_group = ?)",
                (group, group),
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
            for table in (
                "mentions",
                "quote_entities",
                "quotes",
                "claims",
                "related_links",
                "article_records",
            ):
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
        raw = self._scalar("SELECT record FROM article_records WHERE article_id = ?", (article_id,))
        return None if raw is None else Record.from_dict(json.loads(raw))

    def get_meta(self, article_id: str) -> dict[str, Any] | None:
        row = self._one(f"SELECT {ARTICLE_META_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return None if row is None else meta_dict(row)

    def iter_records(self, batch_size: int = 500) -> Iterator[Record]:
        """Yield every stored record in insertion order, a page at a time."""
        for row in self._pages(
            "r.record", "JOIN article_records r ON r.article_id = articles.id", batch_size
        ):
            yield Record.from_dict(json.loads(row[0]))

    def iter_meta(self, batch_size: int = 2000) -> Iterator[dict[str, Any]]:
        """Yield ``get_meta`` dicts of every article in insertion order."""
        columns = ", ".join(f"articles.{c.strip()}" for c in ARTICLE_META_COLUMNS.split(","))
        for row in self._pages(columns, "", batch_size):
            yield meta_dict(row)

    def _pages(self, columns: str, join: str, batch_size: int) -> Iterator[tuple[Any, ...]]:
        # Keyset pagination: no cursor stays open between pages, so writes may interleave.
        last = -1
        while True:
            rows = self._all(
                f"SELECT {columns}, articles.seq FROM articles {join} WHERE articles.seq > ? "
                "ORDER BY articles.seq LIMIT ?",
                (last, batch_size),
            )
            for row in rows:
                yield row[:-1]
            if len(rows) < batch_size:
                return
            last = rows[-1][-1]

    def count(self) -> int:
        return int(self._scalar("SELECT count(*) FROM articles") or 0)

    def search(self, query: SearchQuery) -> SearchResult:
        from warta.store.search import run_search

        return run_search(self, query)
