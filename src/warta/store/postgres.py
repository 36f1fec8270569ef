"""The PostgreSQL backend (psycopg 3): the same tables, a tsvector column per searchable table.

The tsvectors use the ``simple`` configuration over text already stemmed by
``warta.text.stem``; ``ts_rank_cd`` stands in for BM25.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from warta.errors import MissingExtra, StoreError
from warta.store.sql import (
    ARTICLE_INSERT_COLUMNS,
    ARTICLE_VALUES,
    CLAIM_INSERT_COLUMNS,
    CLAIM_VALUES,
    QUOTE_INSERT_COLUMNS,
    QUOTE_VALUES,
    SqlStore,
    _Batch,
)

if TYPE_CHECKING:
    from warta.store.search import Plan

WRITE_LOCK_CLASS = 0x5741  # "WA": the first key of Warta's advisory lock
_TSV = "to_tsvector('simple', ?)"
# Title words rank above body words (weights A and B).
_ARTICLE_TSV = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """Rewrite ``?`` placeholders as psycopg's ``%s`` (a literal % must be doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _no_nul(row: Sequence[Any]) -> tuple[Any, ...]:
    # PostgreSQL text cannot hold NUL characters; scraped input sometimes does.
    return tuple(v.replace("\x00", "") if isinstance(v, str) else v for v in row)


class PostgresStore(SqlStore):
    """A Store in a PostgreSQL database (or the schema named by ``options=-csearch_path=…``)."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            import psycopg
        except ImportError as exc:
            raise MissingExtra("psycopg", "postgres") from exc
        self._errors = psycopg.Error
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}".strip()) from exc
        self.migrate()

    def _take_write_lock(self) -> None:
        # One writer at a time per schema, held until COMMIT/ROLLBACK: duplicate-group and
        # story decisions read the store and must see every earlier writer's rows. The
        # key is per schema so separate stores in one database do not wait on each other.
        self._execute("SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))", (WRITE_LOCK_CLASS,))

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(_pg_sql(sql), params or None)
        except self._errors as exc:
            raise StoreError(f"postgresql: {exc}".strip()) from exc

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            with self._conn.cursor() as cur:
                cur.executemany(_pg_sql(sql), [_no_nul(r) for r in rows])
        except self._errors as exc:
            raise StoreError(f"postgresql: {exc}".strip()) from exc

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        if not values:
            return "1 = 0", []
        return f"{column} = ANY(?)", [list(values)]

    def _insert_search_rows(self, batch: _Batch) -> None:
        self._executemany(
            f"INSERT INTO articles ({ARTICLE_INSERT_COLUMNS}, tsv) "
            f"VALUES ({ARTICLE_VALUES}, {_ARTICLE_TSV}) ON CONFLICT (id) DO NOTHING",
            [(*row, t, b) for row, (t, b) in zip(batch.articles, batch.article_stems, strict=True)],
        )
        if batch.quotes:
            self._executemany(
                f"INSERT INTO quotes ({QUOTE_INSERT_COLUMNS}, tsv) VALUES ({QUOTE_VALUES}, {_TSV}) "
                "ON CONFLICT (article_id, n) DO NOTHING",
                [(*q, s) for q, s in zip(batch.quotes, batch.quote_stems, strict=True)],
            )
        if batch.claims:
            self._executemany(
                f"INSERT INTO claims ({CLAIM_INSERT_COLUMNS}, tsv) VALUES ({CLAIM_VALUES}, {_TSV}) "
                "ON CONFLICT (article_id, n) DO NOTHING",
                [(*c, s) for c, s in zip(batch.claims, batch.claim_stems, strict=True)],
            )

    def _match_count(self, plan: Plan, text: str) -> int:
        # No LIMIT here: with one, the planner picks a sequential scan that de-TOASTs every
        # tsvector (150 ms at 100k articles); the bitmap scan counts 35,000 matches in 25 ms.
        match = f"{plan.alias}.tsv @@ to_tsquery('simple', ?)"
        sql = f"SELECT count(*) FROM {plan.base} WHERE {match} AND {plan.where_sql}"
        return int(self._scalar(sql, [text, *plan.params]))

    def _match_top(self, plan: Plan, text: str, n: int) -> list[tuple[Any, float]]:
        # ts_rank_cd reads each row's tsvector: rank the newest n matches, not all of them.
        rows = self._all(
            f"SELECT s.k, ts_rank_cd(s.tsv, to_tsquery('simple', ?)) FROM (SELECT {plan.key} AS k, "
            f"{plan.alias}.tsv AS tsv FROM {plan.base} WHERE {plan.alias}.tsv @@ to_tsquery('simple', ?) "
            f"AND {plan.where_sql} ORDER BY {plan.alias}.day_num DESC NULLS LAST LIMIT ?) s",
            [text, text, *plan.params, n],
        )
        return [(r[0], float(r[1])) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
