"""The storage protocol shared by the SQLite and PostgreSQL backends.

Both backends keep one schema (articles, entities, mentions, quotes, claims,
related_links, dup_groups, stories, sources, failures) and expose the same
methods, so the corpus, search and web layers never see SQL dialects.
Query methods return plain dataclasses and dicts ready for JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from warta.record import Record

SEARCH_TYPES = ("article", "quote", "claim")


@dataclass(slots=True)
class SearchQuery:
    """A full-text query plus field filters. ``text`` may hold "phrases" in quotes."""

    text: str = ""
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    outlet: str | None = None  # matched case-insensitively
    entity: str | None = None  # entity id or canonical name (case-insensitive)
    speaker: str | None = None  # quote speaker / claim claimant (case-insensitive)
    type: str = "article"  # article | quote | claim
    limit: int = 20
    offset: int = 0
    facets: bool = True  # False skips the facet queries (faster)
    sort: str = "relevance"  # relevance | date (newest first)
    collapse: bool = False  # True: one article per duplicate group (its original)


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
    """One page of hits. ``facets`` maps outlet, day, entity and type to (value, count) pairs.

    ``total`` and the type facet count every match. The outlet and day facets count the
    ranked candidates (every match up to ``warta.store.search.WINDOW``; ``facets_exact``
    says whether that was all of them); the entity facet counts the entities of the best
    200 hits (a join over all matches is too slow).
    """

    total: int
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    facets_exact: bool = True


@dataclass(slots=True)
class Failure:
    source: str  # file path, URL or "path#line"
    error: str
    stage: str | None = None
    at: str | None = None  # ISO timestamp, set by the store
    # A failure that may not recur (a server down, a 503): the input is tried again next run.
    transient: bool = False
    run: str | None = None  # the ingest run that met it (``warta failures --run``)


@dataclass(frozen=True, slots=True)
class DedupEntry:
    """One indexed article, as the near-duplicate linker needs it."""

    article_id: str
    signature: bytes
    published: str | None
    length: int
    outlet_key: str | None
    group: str | None


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One article's stored story features (JSON text) and current placement."""

    article_id: str
    day: int
    entities: str
    terms: str
    parent_id: str | None
    story_id: str | None


class Store(Protocol):
    """What every backend provides. Writes are batched, idempotent and transactional."""

    url: str

    # -- lifecycle --------------------------------------------------------
    def migrate(self) -> None:
        """Create or upgrade the schema (numbered migrations)."""

    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[None]:
        """Group writes: everything inside commits together or not at all (nests)."""

    # -- corpus side ------------------------------------------------------
    def put_many(self, records: Iterable[Record], *, source_keys: Iterable[str] | None = None) -> int:
        """Insert records not yet stored (by id) and mark ``source_keys``; return how many were new."""

    def has_source(self, source_key: str) -> bool:
        """Whether an input (path + offset, URL …) was already ingested."""

    def mark_sources(self, source_keys: Iterable[str]) -> None: ...

    def add_failure(self, failure: Failure) -> None: ...

    def failures(self) -> list[Failure]: ...

    def set_duplicate_group(self, article_id: str, group_id: str, canonical: bool = False) -> None: ...

    def clear_duplicate_group(self, article_id: str) -> None: ...

    def set_story(self, article_id: str, story_id: str | None) -> None: ...

    def set_story_label(self, story_id: str, label: str | None) -> None: ...

    def delete_article(self, article_id: str) -> bool: ...

    # -- corpus index (migration 2): near-duplicate bands, story features --
    def corpus_setting(self, name: str) -> str | None: ...

    def set_corpus_setting(self, name: str, value: str) -> None: ...

    def add_dedup_entry(
        self, article_id: str, signature: bytes, published: str | None, length: int, bands: Sequence[int]
    ) -> None: ...

    def dedup_candidates(self, bands: Sequence[int]) -> set[str]: ...

    def dedup_entries(self, ids: Sequence[str]) -> dict[str, DedupEntry]: ...

    def group_member_ids(self, group_ids: Sequence[str]) -> set[str]: ...

    def write_group(
        self, group_id: str, kinds: dict[str, str | None], replaced: Sequence[str] = ()
    ) -> None: ...

    def reset_dedup(self) -> None: ...

    def add_story_features(self, article_id: str, day: int | None, entities: str, terms: str) -> None: ...

    def pending_story_days(self) -> tuple[list[int], list[str]]: ...

    def iter_story_rows(self, from_day: int, batch_size: int = 2000) -> Iterator[StoryRow]: ...

    def write_story_decisions(self, decisions: Sequence[tuple[str, str | None, str]]) -> None: ...

    def finish_story_pass(self) -> int: ...

    def reset_stories(self) -> None: ...

    def group_count(self) -> int: ...

    def story_count(self, min_size: int = 2) -> int: ...

    def iter_exported(
        self, *, collapse: bool = False, batch_size: int = 500
    ) -> Iterator[tuple[Record, dict[str, Any]]]:
        """(record, ``rows.corpus_fields``) of every article; ``collapse``: canonical members only."""

    # -- reading ----------------------------------------------------------
    def get(self, article_id: str) -> Record | None: ...

    def get_meta(self, article_id: str) -> dict[str, Any] | None: ...

    def iter_records(self) -> Iterator[Record]: ...

    def iter_meta(self) -> Iterator[dict[str, Any]]: ...

    def count(self) -> int: ...

    def search(self, query: SearchQuery) -> SearchResult: ...

    def resolve_entities(self, value: str) -> list[tuple[str, str]]:
        """(id, canonical_key) of the entities whose id or canonical name is ``value``."""

    def entity(self, entity_id_or_canonical: str, *, top: int = 20) -> dict[str, Any] | None: ...

    def list_entities(self, type: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """{"total": int, "items": [...]}, like quotes(), claims() and stories()."""

    def quotes(
        self,
        speaker: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]: ...

    def claims(self, status: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]: ...

    def stories(self, limit: int = 50, offset: int = 0, min_size: int = 1) -> dict[str, Any]: ...

    def story(self, story_id: str, *, top: int = 10) -> dict[str, Any] | None: ...

    def related(self, article_id: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def duplicates(self, article_id: str) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, Any]: ...
