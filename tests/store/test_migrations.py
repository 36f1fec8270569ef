"""Numbered migrations: recorded, applied once, the same tables on both backends."""

from __future__ import annotations

from warta.store import open_store
from warta.store.migrations import MIGRATIONS, TABLES


def test_versions_are_numbered_in_order():
    # Numbers are reserved per feature (2 corpus, 3 events, 4 ui, 5 hostile), so gaps are allowed.
    versions = [m.version for m in MIGRATIONS]
    assert versions[0] == 1 and versions == sorted(set(versions))
    assert all(set(m.statements) == {"sqlite", "postgresql"} for m in MIGRATIONS)


def test_every_migration_is_recorded_once(store_url):
    store = open_store(store_url)
    store.close()
    store = open_store(store_url)  # reopening re-applies nothing
    rows = store._all("SELECT version, name FROM schema_migrations ORDER BY version")
    assert sorted(r[0] for r in rows) == sorted(m.version for m in MIGRATIONS)
    for table in TABLES:
        assert store._scalar(f"SELECT count(*) FROM {table}") == 0
    store.close()
