"""The SQLite backend (default): one file, WAL journal, FTS5 over pre-stemmed text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.errors import StoreError
from warta.store.sql import (
    ARTICLE_INSERT_COLUMNS,
    ARTICLE_VALUES,
    CLAIM_INSERT_COLUMNS,
    CLAIM_VALUES,
    QUOTE_INSERT_COLUMNS,
    QUOTE_VALUES,
    SqlStore,
    _Batch,
    _placeholders,
)

if TYPE_CHECKING:
    from warta.store.search import Plan

_CHUNK = 500

# FTS table per search type, and bm25() column weights: title words weigh 4x body words.
_FTS = {
    "article": ("articles_fts", "4.0, 1.0"),
    "quote": ("quotes_fts", "1.0"),
    "claim": ("claims_fts", "1.0"),
}


class SQLiteStore(SqlStore):
    """A Store in one SQLite file (or ``:memory:``)."""

    dialect = "sqlite"

    def __init__(self, url: str, path: str) -> None:
        super().__init__(url)
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
            # check_same_thread=False: the web server calls from a thread pool; self._lock serialises.
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            if path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable across process crashes in WAL mode (only power loss can drop
            # the last commits), which is what "kill -9 then re-run" needs.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA cache_size = -65536")
            self._conn.execute("PRAGMA temp_store = MEMORY")
            self.migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{url}: cannot open SQLite database: {exc}") from exc

    def _begin_sql(self) -> str:
        # Take the write lock up front so two writers never deadlock upgrading a read lock.
        # It also serialises the duplicate-group and story decisions across processes.
        return "BEGIN IMMEDIATE"

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"sqlite: {exc}") from exc

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise StoreError(f"sqlite: {exc}") from exc

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        if not values:
            return "1 = 0", []
        if len(values) > 50:  # one JSON parameter instead of thousands of placeholders
            return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(values))]
        return f"{column} IN ({_placeholders(len(values))})", list(values)

    def _ids(self, sql: str, column: str, keys: list[str]) -> list[tuple[Any, ...]]:
        """Run ``sql`` (with a ``{clause}`` slot) for ``column IN keys``, a chunk at a time."""
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(keys), _CHUNK):
            clause, params = self._in(column, keys[i : i + _CHUNK])
            rows += self._all(sql.format(clause=clause), params)
        return rows

    def _insert_search_rows(self, batch: _Batch) -> None:
        self._executemany(
            f"INSERT INTO articles ({ARTICLE_INSERT_COLUMNS}) VALUES ({ARTICLE_VALUES}) "
            "ON CONFLICT (id) DO NOTHING",
            batch.articles,
        )
        ids = [row[0] for row in batch.articles]
        seqs = dict((r[1], r[0]) for r in self._ids("SELECT seq, id FROM articles WHERE {clause}", "id", ids))
        self._executemany(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            [(seqs[row[0]], t, b) for row, (t, b) in zip(batch.articles, batch.article_stems, strict=True)],
        )
        if batch.quotes:
            self._executemany(
                f"INSERT INTO quotes ({QUOTE_INSERT_COLUMNS}) VALUES ({QUOTE_VALUES}) "
                "ON CONFLICT (article_id, n) DO NOTHING",
                batch.quotes,
            )
            sql = "SELECT id, article_id, n FROM quotes WHERE {clause}"
            qids = {(r[1], r[2]): r[0] for r in self._ids(sql, "article_id", ids)}
            self._executemany(
                "INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)",
                [(qids[(q[0], q[1])], s) for q, s in zip(batch.quotes, batch.quote_stems, strict=True)],
            )
        if batch.claims:
            self._executemany(
                f"INSERT INTO claims ({CLAIM_INSERT_COLUMNS}) VALUES ({CLAIM_VALUES}) "
                "ON CONFLICT (article_id, n) DO NOTHING",
                batch.claims,
            )
            sql = "SELECT id, article_id, n FROM claims WHERE {clause}"
            cids = {(r[1], r[2]): r[0] for r in self._ids(sql, "article_id", ids)}
            self._executemany(
                "INSERT INTO claims_fts (rowid, text) VALUES (?, ?)",
                [(cids[(c[0], c[1])], s) for c, s in zip(batch.claims, batch.claim_stems, strict=True)],
            )

    def _delete_search_rows(self, seq: int, quote_ids: list[int], claim_ids: list[int]) -> None:
        self._execute("DELETE FROM articles_fts WHERE rowid = ?", (seq,))
        for qid in quote_ids:
            self._execute("DELETE FROM quotes_fts WHERE rowid = ?", (qid,))
        for cid in claim_ids:
            self._execute("DELETE FROM claims_fts WHERE rowid = ?", (cid,))

    def _restrict(self, plan: Plan, fts: str) -> tuple[str, list[Any]]:
        # Filters become a rowid set, so the FTS5 query never joins every match to its row.
        # The unary + stops FTS5 from running one index lookup per rowid in the set.
        if not plan.where:
            return "", []
        subquery = f"SELECT {plan.key} FROM {plan.base} WHERE {plan.where_sql}"
        return f" AND +{fts}.rowid IN ({subquery})", plan.params

    def _match_count(self, plan: Plan, text: str) -> int:
        fts, _ = _FTS[plan.kind]
        restrict, params = self._restrict(plan, fts)
        sql = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?{restrict}"
        return int(self._scalar(sql, [text, *params]))

    def _match_top(self, plan: Plan, text: str, n: int) -> list[tuple[Any, float]]:
        fts, weights = _FTS[plan.kind]
        restrict, params = self._restrict(plan, fts)
        # bm25() is lower for better matches; negate it so higher is better on both backends.
        rows = self._all(
            f"SELECT {fts}.rowid, -bm25({fts}, {weights}) FROM {fts} WHERE {fts} MATCH ?{restrict} "
            f"ORDER BY bm25({fts}, {weights}) LIMIT ?",
            [text, *params, n],
        )
        return [(r[0], float(r[1])) for r in rows]

    def close(self) -> None:
        with self._lock:
            try:
                # SQLite's advice for long-lived databases: refresh planner statistics on close.
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass  # read-only or busy: statistics can wait for the next close
            self._conn.close()
