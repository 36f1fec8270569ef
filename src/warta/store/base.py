"""The storage protocol shared by the SQLite and PostgreSQL backends.

Both backends keep one schema (articles, entities, mentions, quotes, claims,
related_links, duplicate groups, stories, failures) and expose the same
methods, so the corpus, search and web layers never see SQL dialects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from warta.record import Record


@dataclass(slots=True)
class SearchQuery:
    """A full-text query plus field filters. ``text`` may hold "phrases" in quotes."""

    text: str = ""
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    outlet: str | None = None
    entity: str | None = None  # canonical name or entity id
    speaker: str | None = None
    type: str = "article"  # article | quote | claim
    limit: int = 20
    offset: int = 0


@dataclass(slots=True)
class SearchHit:
    type: str  # article | quote | claim
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str  # HTML-escaped text with <mark>…</mark> around matched words
    extra: dict[str, Any] = field(default_factory=dict)  # speaker, quote text, claim status …


@dataclass(slots=True)
class SearchResult:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # outlet, day, entity, type


@dataclass(slots=True)
class Failure:
    source: str  # file path, URL or "path#line"
    error: str
    stage: str | None = None


class Store(Protocol):
    """What every backend provides. Methods are batched and idempotent."""

    url: str

    def migrate(self) -> None:
        """Create or upgrade the schema (numbered migrations)."""

    def put_many(self, records: Iterable[Record], *, source_keys: Iterable[str] | None = None) -> int:
        """Insert records not yet stored (by id); return how many were new."""

    def has_source(self, source_key: str) -> bool:
        """Whether an input (path + offset, URL …) was already ingested."""

    def add_failure(self, failure: Failure) -> None: ...

    def failures(self) -> list[Failure]: ...

    def get(self, article_id: str) -> Record | None: ...

    def iter_records(self) -> Iterator[Record]: ...

    def count(self) -> int: ...

    def search(self, query: SearchQuery) -> SearchResult: ...

    def close(self) -> None: ...
