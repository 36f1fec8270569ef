"""Fixtures for the web tests: a store filled with the hand-built corpus and an app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402
from webdata import ADMIN_TOKEN, records  # noqa: E402

from warta.config import Config  # noqa: E402
from warta.web.api import create_app  # noqa: E402


def open_test_store(path: Path) -> Any:
    """Open a fresh SQLite store at ``path`` holding the test corpus."""
    from warta.store import open_store

    store = open_store(f"sqlite:///{path}", Config())
    store.put_many(records())
    # Corpus-level passes, set by hand: the rice reports form one story, two of them are duplicates.
    with store.transaction():
        for n in range(1, 26):
            store.set_story(f"a-beras-{n:02d}", "s-beras")
        store.set_duplicate_group("a-beras-01", "g-beras", canonical=True)
        store.set_duplicate_group("a-beras-02", "g-beras")
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    s = open_test_store(tmp_path_factory.mktemp("web") / "web.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def app(store: Any) -> Any:
    return create_app(store, Config(admin_token=ADMIN_TOKEN))


@pytest.fixture(scope="module")
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client over its own store, for tests that write."""
    s = open_test_store(tmp_path / "fresh.db")
    with TestClient(create_app(s, Config(admin_token=ADMIN_TOKEN))) as c:
        yield c
    s.close()
