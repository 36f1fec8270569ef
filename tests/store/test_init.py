"""open_store: URL forms and the missing-extra error."""

from __future__ import annotations

import sys

import pytest

from warta.config import Config
from warta.errors import MissingExtra, StoreError
from warta.store import open_store


def test_sqlite_url_forms(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = open_store(None, Config())
    assert (tmp_path / "warta.db").exists() and store.url == "sqlite:///warta.db"
    store.close()
    store = open_store(f"sqlite:///{tmp_path}/sub/x.db")
    assert (tmp_path / "sub" / "x.db").exists()
    store.close()
    store = open_store("plain.db")
    assert store.url == "sqlite:///plain.db"
    store.close()


def test_memory_store_is_private():
    a, b = open_store("sqlite:///:memory:"), open_store("sqlite:///:memory:")
    from warta.record import Record

    a.put_many([Record(id="x", body="isi")])
    assert a.count() == 1 and b.count() == 0


def test_config_db_is_the_default(tmp_path):
    store = open_store(None, Config(db=f"sqlite:///{tmp_path}/cfg.db"))
    assert (tmp_path / "cfg.db").exists()
    store.close()


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://relative.db", "sqlite:///"])
def test_bad_urls(url):
    with pytest.raises(StoreError):
        open_store(url)


def test_postgres_without_psycopg_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(MissingExtra, match=r"warta\[postgres\]"):
        open_store("postgresql://postgres@127.0.0.1:1/none")


def test_unreachable_postgres_is_a_store_error():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError):
        open_store("postgresql://postgres@127.0.0.1:1/none")
