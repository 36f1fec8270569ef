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
from warta.store.base import DedupEntry, Failure, SearchQuery, SearchResult, StoryRow
from warta.store.migrations import MIGRATIONS, SCHEMA_MIGRATIONS_DDL
from warta.store.reads import ReadQueries
from warta.store.rows import (
    ARTICLE_META_COLUMNS,
    corpus_fields,
    day_of,
    entity_id,
    meta_dict,
    name_key,
    now_iso,
)
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
            if depth == 0:
                self._take_write_lock()
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

    def _take_write_lock(self) -> None:
        """Serialise write transactions across processes (a no-op where BEGIN already does)."""

    # -- schema ------------------------------------------------------------

    def migrate(self) -> None:
        """Apply every migration newer than the recorded version, each in its own transaction."""
        with self._lock:
            with self.transaction():  # under the write lock: two first opens must not race
                self._execute(SCHEMA_MIGRATIONS_DDL)
            done = {row[0] for row in self._all("SELECT version FROM schema_migrations")}
            for migration in MIGRATIONS:
                if migration.version in done:
                    continue
                with self.transaction():
                    # Another process may have applied it while this one waited for the lock.
                    if self._one("SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)):
                        continue
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
            from warta.store.failures import INSERT_FAILURE, failure_params

            self._execute(INSERT_FAILURE, failure_params(failure))

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
                "UPDATE articles SET dup_group = NULL, is_canonical = 0, dup_kind = NULL WHERE id = ?",
                (article_id,),
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
            row = self._one("SELECT seq, dup_group, story_id FROM articles WHERE id = ?", (article_id,))
            if row is None:
                return False
            seq, group, story = row
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
                "dedup_bands",
                "dedup_signatures",
                "story_features",
            ):
                self._execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self._execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if group is not None:
                self._execute(
                    "UPDATE dup_groups SET canonical_id = NULL WHERE id = ? AND canonical_id = ?",
                    (group, article_id),
                )
                # A group left with one member is no group (the next rebuild recomputes the rest).
                left = [r[0] for r in self._all("SELECT id FROM articles WHERE dup_group = ?", (group,))]
                if len(left) < 2:
                    for member in left:
                        self.clear_duplicate_group(member)
                    self._execute("DELETE FROM dup_groups WHERE id = ?", (group,))
            if story is not None:
                self._execute(
                    "DELETE FROM stories WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM articles WHERE story_id = ?)",
                    (story, story),
                )
        return True

    # -- corpus index: near-duplicate signatures and bands ---------------------

    def corpus_setting(self, name: str) -> str | None:
        value = self._scalar("SELECT value FROM corpus_settings WHERE name = ?", (name,))
        return None if value is None else str(value)

    def set_corpus_setting(self, name: str, value: str) -> None:
        with self.transaction():
            self._execute(
                "INSERT INTO corpus_settings (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def add_dedup_entry(
        self, article_id: str, signature: bytes, published: str | None, length: int, bands: Sequence[int]
    ) -> None:
        """Store an article's signature and its band keys (``bands[i]`` is band i's key)."""
        with self.transaction():
            self._execute(
                "INSERT INTO dedup_signatures (article_id, signature, published, length) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (article_id) DO NOTHING",
                (article_id, signature, published, length),
            )
            self._executemany(
                "INSERT INTO dedup_bands (bkey, band, article_id) VALUES (?, ?, ?) "
                "ON CONFLICT (bkey, band, article_id) DO NOTHING",
                [(key, band, article_id) for band, key in enumerate(bands)],
            )

    def dedup_candidates(self, bands: Sequence[int]) -> set[str]:
        """Ids of the articles sharing at least one band key with ``bands``."""
        clause, params = self._in("bkey", list(bands))
        rows = self._all(f"SELECT band, bkey, article_id FROM dedup_bands WHERE {clause}", params)
        wanted = set(enumerate(bands))
        return {r[2] for r in rows if (r[0], r[1]) in wanted}

    def dedup_entries(self, ids: Sequence[str]) -> dict[str, DedupEntry]:
        """Signature, date, length, outlet and current group of each indexed article of ``ids``."""
        out: dict[str, DedupEntry] = {}
        ids = list(ids)
        for i in range(0, len(ids), _CHUNK):
            clause, params = self._in("s.article_id", ids[i : i + _CHUNK])
            for row in self._all(
                "SELECT s.article_id, s.signature, s.published, s.length, a.outlet_key, a.dup_group "
                f"FROM dedup_signatures s JOIN articles a ON a.id = s.article_id WHERE {clause}",
                params,
            ):
                out[row[0]] = DedupEntry(row[0], bytes(row[1]), row[2], int(row[3]), row[4], row[5])
        return out

    def group_member_ids(self, group_ids: Sequence[str]) -> set[str]:
        clause, params = self._in("dup_group", list(group_ids))
        return {r[0] for r in self._all(f"SELECT id FROM articles WHERE {clause}", params)}

    def write_group(self, group_id: str, kinds: dict[str, str | None], replaced: Sequence[str] = ()) -> None:
        """Make ``kinds`` (member id -> duplicate kind, None for the canonical) one group.

        ``replaced`` groups were merged into it: their rows go, so none is left orphaned.
        """
        with self.transaction():
            canonical = next(m for m, kind in kinds.items() if kind is None)
            for old in replaced:
                if old != group_id:
                    self._execute("DELETE FROM dup_groups WHERE id = ?", (old,))
            self._execute(
                "INSERT INTO dup_groups (id, canonical_id) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET canonical_id = excluded.canonical_id",
                (group_id, canonical),
            )
            self._executemany(
                "UPDATE articles SET dup_group = ?, is_canonical = ?, dup_kind = ? WHERE id = ?",
                [(group_id, 1 if kind is None else 0, kind, m) for m, kind in sorted(kinds.items())],
            )

    def reset_dedup(self) -> None:
        """Forget every signature, band and group (a rebuild starts from here)."""
        with self.transaction():
            self._execute("UPDATE articles SET dup_group = NULL, is_canonical = 0, dup_kind = NULL "
                          "WHERE dup_group IS NOT NULL")  # fmt: skip
            for table in ("dup_groups", "dedup_bands", "dedup_signatures"):
                self._execute(f"DELETE FROM {table}")

    # -- corpus index: story features and assignments -------------------------

    def add_story_features(self, article_id: str, day: int | None, entities: str, terms: str) -> None:
        """Store an article's story features (JSON), pending until a story pass places it."""
        with self.transaction():
            self._execute(
                "INSERT INTO story_features (article_id, day_num, entities, terms, pending) "
                "VALUES (?, ?, ?, ?, 1) ON CONFLICT (article_id) DO NOTHING",
                (article_id, day, entities, terms),
            )

    def pending_story_days(self) -> tuple[list[int], list[str]]:
        """(days holding unplaced articles, ids of unplaced articles without a date)."""
        rows = self._all("SELECT DISTINCT day_num FROM story_features WHERE pending = 1 ORDER BY day_num")
        days = [int(r[0]) for r in rows if r[0] is not None]
        undated = [
            r[0]
            for r in self._all(
                "SELECT article_id FROM story_features WHERE pending = 1 AND day_num IS NULL "
                "ORDER BY article_id"
            )
        ]
        return days, undated

    def iter_story_rows(self, from_day: int, batch_size: int = 2000) -> Iterator[StoryRow]:
        """Dated story features from ``from_day`` on, by (day, id), with the stored parent and story."""
        last_day, last_id = from_day, ""
        while True:
            rows = self._all(
                "SELECT f.article_id, f.day_num, f.entities, f.terms, f.parent_id, a.story_id "
                "FROM story_features f JOIN articles a ON a.id = f.article_id "
                "WHERE f.day_num IS NOT NULL AND (f.day_num > ? OR (f.day_num = ? AND f.article_id > ?)) "
                "ORDER BY f.day_num, f.article_id LIMIT ?",
                (last_day, last_day, last_id, batch_size),
            )
            for row in rows:
                yield StoryRow(row[0], int(row[1]), row[2], row[3], row[4], row[5])
            if len(rows) < batch_size:
                return
            last_day, last_id = int(rows[-1][1]), rows[-1][0]

    def write_story_decisions(self, decisions: Sequence[tuple[str, str | None, str]]) -> None:
        """Store (article id, parent id, story id) decisions; create stories, drop the ones left empty."""
        with self.transaction():
            stamp = now_iso()
            story_ids = sorted({story for _, _, story in decisions})
            self._executemany(
                "INSERT INTO stories (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                [(story, stamp) for story in story_ids],
            )
            self._executemany(
                "UPDATE articles SET story_id = ? WHERE id = ?", [(s, a) for a, _, s in decisions]
            )
            self._executemany(
                "UPDATE story_features SET parent_id = ?, pending = 0 WHERE article_id = ?",
                [(p, a) for a, p, _ in decisions],
            )

    def finish_story_pass(self) -> int:
        """Mark every article placed and delete stories no article belongs to; return how many went."""
        with self.transaction():
            self._execute("UPDATE story_features SET pending = 0 WHERE pending = 1")
            orphans = [
                r[0]
                for r in self._all(
                    "SELECT id FROM stories WHERE NOT EXISTS "
                    "(SELECT 1 FROM articles a WHERE a.story_id = stories.id)"
                )
            ]
            self._executemany("DELETE FROM stories WHERE id = ?", [(o,) for o in orphans])
        return len(orphans)

    def reset_stories(self) -> None:
        """Mark every article unplaced and clear its parent (a rebuild recomputes all)."""
        with self.transaction():
            self._execute("UPDATE story_features SET pending = 1, parent_id = NULL")

    def group_count(self) -> int:
        return int(self._scalar("SELECT count(*) FROM dup_groups") or 0)

    def story_count(self, min_size: int = 2) -> int:
        return int(
            self._scalar(
                "SELECT count(*) FROM (SELECT story_id FROM articles WHERE story_id IS NOT NULL "
                "GROUP BY story_id HAVING count(*) >= ?) s",
                (min_size,),
            )
            or 0
        )

    # -- reads -------------------------------------------------------------

    def get(self, article_id: str) -> Record | None:
        raw = self._scalar("SELECT record FROM article_records WHERE article_id = ?", (article_id,))
        return None if raw is None else Record.from_dict(json.loads(raw))

    def get_meta(self, article_id: str) -> dict[str, Any] | None:
        """The article's metadata plus its corpus fields (``rows.corpus_fields``)."""
        row = self._one(
            f"SELECT {ARTICLE_META_COLUMNS}, dup_kind, "
            "(SELECT canonical_id FROM dup_groups g WHERE g.id = articles.dup_group) "
            "FROM articles WHERE id = ?",
            (article_id,),
        )
        if row is None:
            return None
        meta = meta_dict(row[:-2])
        return meta | corpus_fields(meta["id"], meta["dup_group"], row[-1], row[-2], meta["story_id"])

    def iter_exported(
        self, *, collapse: bool = False, batch_size: int = 500
    ) -> Iterator[tuple[Record, dict[str, Any]]]:
        """Yield (record, corpus fields) of every article in insertion order.

        ``collapse`` keeps one article per duplicate group, its canonical member.
        """
        join = (
            "JOIN article_records r ON r.article_id = articles.id "
            "LEFT JOIN dup_groups g ON g.id = articles.dup_group"
        )
        where = "(articles.dup_group IS NULL OR articles.is_canonical = 1)" if collapse else ""
        columns = (
            "r.record, articles.id, articles.dup_group, g.canonical_id, articles.dup_kind, articles.story_id"
        )
        for row in self._pages(columns, join, batch_size, where):
            record = Record.from_dict(json.loads(row[0]))
            yield record, corpus_fields(row[1], row[2], row[3], row[4], row[5])

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

    def _pages(self, columns: str, join: str, batch_size: int, where: str = "") -> Iterator[tuple[Any, ...]]:
        # Keyset pagination: no cursor stays open between pages, so writes may interleave.
        last = -1
        condition = f"{where} AND " if where else ""
        while True:
            rows = self._all(
                f"SELECT {columns}, articles.seq FROM articles {join} WHERE {condition}articles.seq > ? "
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
