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

from warta.record import Claim, Entity, Published, Quote, Record

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


# -- hand-built records -----------------------------------------------------------------------


def _spans(body: str, text: str) -> list[list[int]]:
    out, pos = [], body.find(text)
    while pos >= 0:
        out.append([pos, pos + len(text)])
        pos = body.find(text, pos + 1)
    assert out, f"{text!r} not in body"
    return out


def entity(body: str, text: str, type_: str, canonical: str | None = None, **extra: Any) -> Entity:
    """An entity with every occurrence of ``text`` in ``body`` as a mention."""
    spans = _spans(body, text)
    return Entity(text=text, type=type_, canonical=canonical or text, start=spans[0][0], end=spans[0][1],
                  mentions=spans, **extra)  # fmt: skip


def quote(body: str, text: str, speaker: str | None, cue: str = "kata") -> Quote:
    start = body.index(text)
    return Quote(text=text, kind="direct", speaker=speaker, speaker_mention=speaker, speaker_title=None,
                 cue=cue, start=start, end=start + len(text), sentence=0)  # fmt: skip


def make_records() -> list[Record]:
    """Six short articles: a denial, its syndicated copy, an accusation, rice prices, hostile markup."""
    b1 = (
        "Jakarta - Menteri Keuangan Sri Mulyani membantah tuduhan korupsi dana hibah. "
        '"Tuduhan itu tidak benar," kata Sri Mulyani di Jakarta.'
    )
    b3 = (
        "Indonesia Corruption Watch menuding Kementerian Keuangan menyalahgunakan dana hibah. "
        '"Kami punya bukti soal Sri Mulyani," ujar Indonesia Corruption Watch.'
    )
    b4 = "Surabaya - Harga beras di pasar tradisional naik tajam pekan ini."
    b5 = "Bandung - Beras impor tiba di gudang Bulog, sementara harga cabai turun."
    b6 = "Yogyakarta - Peretas <script>alert('x')</script> menyerang situs pemerintah yang dibantah polisi."
    jakarta = {"lat": -6.2146, "lon": 106.8451, "country": "ID"}
    return [
        Record(id="a1", url="https://kompas.example/a1", title="Sri Mulyani membantah tuduhan korupsi",
               outlet="Kompas", language="id", published=Published(date="2024-05-06T10:00:00+07:00"), body=b1,
               entities=[entity(b1, "Sri Mulyani", "PER", "Sri Mulyani Indrawati"),
                         entity(b1, "Jakarta", "LOC", **jakarta)],
               quotes=[quote(b1, "Tuduhan itu tidak benar,", "Sri Mulyani Indrawati")],
               claims=[Claim("denial", "Sri Mulyani Indrawati", "Indonesia Corruption Watch",
                             "tuduhan korupsi dana hibah", "denied", ["membantah"])]),
        Record(id="a2", url="https://antara.example/a2", title="Sri Mulyani membantah tuduhan korupsi",
               outlet="Antara", language="id", published=Published(date="2024-05-06"), body=b1,
               entities=[entity(b1, "Sri Mulyani", "PER", "Sri Mulyani Indrawati"),
                         entity(b1, "Jakarta", "LOC", **jakarta)]),
        Record(id="a3", url="https://tempo.example/a3", title="ICW menuding Kemenkeu", outlet="Tempo",
               language="id", published=Published(date="2024-05-05"), body=b3,
               entities=[entity(b3, "Indonesia Corruption Watch", "ORG"),
                         entity(b3, "Kementerian Keuangan", "ORG"),
                         entity(b3, "Sri Mulyani", "PER", "Sri Mulyani Indrawati")],
               quotes=[quote(b3, "Kami punya bukti soal Sri Mulyani,", "Indonesia Corruption Watch", "ujar")],
               claims=[Claim("accusation", "Indonesia Corruption Watch", "Sri Mulyani Indrawati",
                             "menyalahgunakan dana hibah", "denied", ["menuding"])]),
        Record(id="a4", title="Harga beras naik", outlet="Detik", language="id",
               published=Published(date="2024-04-10"), body=b4, entities=[entity(b4, "Surabaya", "LOC")]),
        Record(id="a5", title="Beras impor tiba", outlet="Kompas", language="id",
               published=Published(date="2024-03-01"), body=b5, entities=[entity(b5, "Bandung", "LOC")]),
        Record(id="a6", title="Serangan <script>alert(1)</script>", outlet="Tempo", language="id",
               published=Published(date="2024-05-07"), body=b6),
    ]  # fmt: skip


@pytest.fixture
def sample_records() -> Callable[[], list[Record]]:
    """A factory of fresh copies of the six hand-built records (see ``make_records``)."""
    return make_records


@pytest.fixture
def filled_store(any_store: Any) -> Any:
    """A store on each backend holding ``make_records()``."""
    any_store.put_many(make_records())
    return any_store
