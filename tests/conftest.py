"""Shared fixtures: a PostgreSQL URL with a fresh schema, hand-built records, stores on both backends.

PostgreSQL comes from ``WARTA_TEST_POSTGRES`` (set by ``.ci/run`` through
``scripts/pg-start.sh``) or, when unset, the address that script uses. Tests
that need it skip with the reason when no server answers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sample_data import make_records
from warta.record import Record

PG_DEFAULT_URL = "postgresql://postgres@127.0.0.1:54329/warta_test"
_pg_state: dict[str, str | None] = {}


def _pg_base_url() -> tuple[str | None, str]:
    """Return (url, why-not) for the test server, probing it once per session."""
    if "url" not in _pg_state:
        url = os.environ.get("WARTA_TEST_POSTGRES") or PG_DEFAULT_URL
        try:
            import psycopg
        except ImportError:
            _pg_state.update(url=None, why="psycopg is not installed")
        else:
            try:
                psycopg.connect(url, connect_timeout=3).close()
                _pg_state.update(url=url, why="")
            except psycopg.Error as exc:
                _pg_state.update(url=None, why=f"no PostgreSQL at {url} (set WARTA_TEST_POSTGRES): {exc}")
    return _pg_state["url"], _pg_state["why"] or ""


def _new_schema(base: str) -> tuple[str, str]:
    import psycopg

    schema = f"warta_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    return schema, f"{base}{sep}options=-csearch_path%3D{schema}"


def _drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a new, empty schema, dropped after the test."""
    base, why = _pg_base_url()
    if base is None:
        pytest.skip(why)
    schema, url = _new_schema(base)
    yield url
    _drop_schema(base, schema)


@pytest.fixture(scope="session")
def _pg_shared_url() -> Iterator[str]:
    """One migrated schema for the session; ``any_store`` empties it before each test."""
    base, why = _pg_base_url()
    if base is None:
        pytest.skip(why)
    schema, url = _new_schema(base)
    yield url
    _drop_schema(base, schema)


_BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=_BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """A store URL on each backend: an SQLite file in tmp_path, then a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'warta.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=_BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Any]:
    """An empty, migrated store on each backend (PostgreSQL: a shared schema, truncated)."""
    from warta.store import open_store
    from warta.store.migrations import TABLES

    if request.param == "sqlite":
        store = open_store(f"sqlite:///{tmp_path / 'warta.db'}")
    else:
        store = open_store(request.getfixturevalue("_pg_shared_url"))
        store._execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY")
    yield store
    store.close()


@pytest.fixture
def sample_records() -> Callable[[], list[Record]]:
    """A factory of fresh copies of the six hand-built records (see ``make_records``)."""
    return make_records


@pytest.fixture
def filled_store(any_store: Any) -> Any:
    """A store on each backend holding ``make_records()``."""
    any_store.put_many(make_records())
    return any_store
