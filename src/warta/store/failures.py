"""Failure rows: written split into file, position, reason and detail; listed with filters.

Both backends share ``SqlStore``, so these queries are written once with ``?``
placeholders (the PostgreSQL store translates them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from warta.corpus.failures import split_failure
from warta.store.base import Failure
from warta.store.rows import now_iso

if TYPE_CHECKING:
    from warta.store.sql import SqlStore

INSERT_FAILURE = (
    "INSERT INTO failures (source, error, stage, at, file, position, reason, detail, run) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(slots=True, frozen=True)
class FailureRow:
    """One row of ``warta failures``."""

    file: str
    position: str | None
    reason: str
    detail: str
    stage: str | None
    run: str | None
    at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "position": self.position,
            "reason": self.reason,
            "detail": self.detail,
            "stage": self.stage,
            "run": self.run,
            "at": self.at,
        }


def failure_params(failure: Failure) -> tuple[Any, ...]:
    """The ``INSERT_FAILURE`` parameters of one failure."""
    parts = split_failure(failure)
    return (
        failure.source,
        failure.error,
        failure.stage,
        failure.at or now_iso(),
        parts.file,
        parts.position,
        parts.reason,
        parts.detail,
        failure.run,
    )


def list_failures(
    store: SqlStore,
    *,
    run: str | None = None,
    reason: str | None = None,
    file: str | None = None,
    limit: int | None = None,
) -> list[FailureRow]:
    """Failure rows in the order written; ``file`` matches a substring of the (escaped) name."""
    where, params = [], []
    if run:
        where.append("run = ?")
        params.append(run)
    if reason:
        where.append("reason = ?")
        params.append(reason)
    if file:
        where.append("file LIKE ? ESCAPE '!'")
        params.append("%" + file.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
    sql = "SELECT file, position, reason, detail, stage, run, at FROM failures"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [
        FailureRow(r[0] or "", r[1], r[2] or "", r[3] or "", r[4], r[5], r[6])
        for r in store._all(sql, params)  # noqa: SLF001  (the shared SQL helper of both backends)
    ]


def runs(store: SqlStore) -> list[tuple[str, int]]:
    """(run, failure count) of every run that wrote failures, newest last."""
    rows = store._all(  # noqa: SLF001
        "SELECT run, count(*), min(id) FROM failures WHERE run IS NOT NULL GROUP BY run ORDER BY min(id)"
    )
    return [(r[0], int(r[1])) for r in rows]
