"""Fixtures for the web tests: a store filled with the hand-built corpus and an app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402
from webdata import ADMIN_TOKEN, open_test_store  # noqa: E402

from warta.config import Config  # noqa: E402
from warta.web.api import create_app  # noqa: E402


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
