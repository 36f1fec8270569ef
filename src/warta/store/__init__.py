"""Storage backends: SQLite (default) and PostgreSQL, behind one ``Store`` protocol."""

from __future__ import annotations

from warta.config import Config
from warta.errors import StoreError
from warta.store.base import Failure, SearchHit, SearchQuery, SearchResult, Store

DEFAULT_URL = "sqlite:///warta.db"

__all__ = ["DEFAULT_URL", "Failure", "SearchHit", "SearchQuery", "SearchResult", "Store", "open_store"]


def open_store(url: str | None = None, config: Config | None = None) -> Store:
    """Open (and migrate) the store at ``url``, else ``config.db``, else ``warta.db`` here.

    ``sqlite:///rel/path.db``, ``sqlite:////abs/path.db``, ``sqlite:///:memory:``, a bare
    file path, or ``postgresql://user@host:port/db`` (needs the ``postgres`` extra).
    """
    url = url or (config.db if config is not None else None) or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        from warta.store.postgres import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite:"):
        if not url.startswith("sqlite:///"):
            raise StoreError(f"{url}: expected sqlite:///PATH (three slashes) or sqlite:///:memory:")
        path = url[len("sqlite:///") :]
        if not path:
            raise StoreError(f"{url}: no database path")
    elif "://" in url:
        raise StoreError(f"{url}: unsupported store URL (use sqlite:///PATH or postgresql://…)")
    else:
        path, url = url, f"sqlite:///{url}"
    from warta.store.sqlite import SQLiteStore

    return SQLiteStore(url, path)
