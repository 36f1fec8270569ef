"""Numbered schema migrations for both backends.

The tables are the same on SQLite and PostgreSQL; only the search index
differs: SQLite keeps FTS5 tables whose rowid is the row's integer key,
PostgreSQL a ``tsv`` tsvector column with a GIN index. Both index text
pre-stemmed by ``warta.text.stem``. Applied versions are recorded in
``schema_migrations``; add a new ``Migration`` at the end, never edit an old one.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column types that differ between dialects.
_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY", "real": "REAL", "blob": "BLOB"},
    "postgresql": {"pk": "BIGSERIAL PRIMARY KEY", "real": "DOUBLE PRECISION", "blob": "BYTEA"},
}

# ``*_key`` columns hold casefolded names so lookups are case-insensitive on both
# backends (SQLite's lower() only folds ASCII). Quotes and claims repeat their article's
# day and outlet so that filtering them never needs a join. ``day`` is YYYY-MM-DD and
# ``day_num`` days since 1970-01-01, for range filters and the recency boost.
_TABLES = [
    """CREATE TABLE articles (
        seq {pk},
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT,
        outlet TEXT,
        outlet_key TEXT,
        published TEXT,
        day TEXT,
        day_num INTEGER,
        language TEXT,
        source TEXT,
        dup_group TEXT,
        is_canonical INTEGER NOT NULL DEFAULT 0,
        story_id TEXT,
        added_at TEXT NOT NULL
    )""",
    # The record JSON (body included) sits in its own table so that article rows stay
    # small: search joins and facets touch many article rows and few records.
    """CREATE TABLE article_records (
        article_id TEXT PRIMARY KEY,
        record TEXT NOT NULL
    )""",
    "CREATE INDEX articles_day ON articles (day_num)",
    "CREATE INDEX articles_outlet ON articles (outlet_key, day_num)",
    "CREATE INDEX articles_dup ON articles (dup_group)",
    "CREATE INDEX articles_story ON articles (story_id)",
    "CREATE INDEX articles_url ON articles (url)",
    """CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        canonical TEXT NOT NULL,
        canonical_key TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        lat {real},
        lon {real},
        articles INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX entities_key ON entities (canonical_key)",
    "CREATE INDEX entities_rank ON entities (articles)",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        count INTEGER NOT NULL,
        first_start INTEGER,
        day TEXT,
        PRIMARY KEY (article_id, entity_id)
    )""",
    # Covering: the entity filter and timeline read only the index.
    "CREATE INDEX mentions_entity ON mentions (entity_id, day, article_id)",
    """CREATE TABLE quotes (
        id {pk},
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT,
        speaker TEXT,
        speaker_key TEXT,
        speaker_entity_id TEXT,
        speaker_title TEXT,
        cue TEXT,
        start_char INTEGER,
        end_char INTEGER,
        day TEXT,
        day_num INTEGER,
        outlet_key TEXT,
        UNIQUE (article_id, n)
    )""",
    "CREATE INDEX quotes_speaker ON quotes (speaker_key, day_num, article_id)",
    "CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity_id)",
    "CREATE INDEX quotes_day ON quotes (day_num)",
    "CREATE INDEX quotes_outlet ON quotes (outlet_key)",
    """CREATE TABLE quote_entities (
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (article_id, n, entity_id)
    )""",
    "CREATE INDEX quote_entities_entity ON quote_entities (entity_id)",
    """CREATE TABLE claims (
        id {pk},
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        type TEXT NOT NULL,
        claimant TEXT,
        claimant_key TEXT,
        target TEXT,
        target_key TEXT,
        content TEXT NOT NULL,
        status TEXT NOT NULL,
        evidence TEXT NOT NULL,
        day TEXT,
        day_num INTEGER,
        outlet_key TEXT,
        UNIQUE (article_id, n)
    )""",
    "CREATE INDEX claims_status ON claims (status, day_num)",
    "CREATE INDEX claims_claimant ON claims (claimant_key)",
    "CREATE INDEX claims_target ON claims (target_key)",
    "CREATE INDEX claims_outlet ON claims (outlet_key)",
    """CREATE TABLE related_links (
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        title TEXT,
        url TEXT,
        PRIMARY KEY (article_id, n)
    )""",
    "CREATE TABLE dup_groups (id TEXT PRIMARY KEY, canonical_id TEXT)",
    "CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT, created_at TEXT NOT NULL)",
    "CREATE TABLE sources (key TEXT PRIMARY KEY, added_at TEXT NOT NULL)",
    """CREATE TABLE failures (
        id {pk},
        source TEXT NOT NULL,
        error TEXT NOT NULL,
        stage TEXT,
        at TEXT NOT NULL
    )""",
]

_SEARCH = {
    # unicode61 splits on the same letters/digits boundaries as warta.text.stem.WORD_RE.
    "sqlite": [
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61')",
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'unicode61')",
        "CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize = 'unicode61')",
    ],
    # The 'simple' config only lower-cases: the text is already stemmed, and the
    # built-in 'indonesian' config would stem it a second time.
    "postgresql": [
        "ALTER TABLE articles ADD COLUMN tsv tsvector",
        "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
        "ALTER TABLE quotes ADD COLUMN tsv tsvector",
        "CREATE INDEX quotes_tsv ON quotes USING GIN (tsv)",
        "ALTER TABLE claims ADD COLUMN tsv tsvector",
        "CREATE INDEX claims_tsv ON claims USING GIN (tsv)",
    ],
}


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: dict[str, list[str]]  # dialect -> DDL


def _both(statements: list[str]) -> dict[str, list[str]]:
    return {d: [s.format(**types) for s in statements] for d, types in _TYPES.items()}


def _initial() -> dict[str, list[str]]:
    tables = _both(_TABLES)
    return {d: tables[d] + _SEARCH[d] for d in _TYPES}


# Migration 2: the corpus layer lives in the store, so ingest queries it per new
# article instead of rebuilding it from every record at start.
# ``dedup_signatures``: one MinHash signature per article (with what picks a canonical);
# ``dedup_bands``: its LSH band keys (a stable 64-bit hash of each band's bytes);
# ``story_features``: entity names and term counts per article, its story parent
# (the earlier article it joined, NULL when it starts a story) and ``pending`` = 1
# until a story pass has placed it; ``corpus_settings``: what the index was built
# with (the band count). ``articles.dup_kind``: exact, near or syndicated, against
# the group's canonical member.
_CORPUS = [
    """CREATE TABLE dedup_signatures (
        article_id TEXT PRIMARY KEY,
        signature {blob} NOT NULL,
        published TEXT,
        length INTEGER NOT NULL
    )""",
    """CREATE TABLE dedup_bands (
        bkey BIGINT NOT NULL,
        band INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (bkey, band, article_id)
    )""",
    "CREATE INDEX dedup_bands_article ON dedup_bands (article_id)",
    """CREATE TABLE story_features (
        article_id TEXT PRIMARY KEY,
        day_num INTEGER,
        entities TEXT NOT NULL,
        terms TEXT NOT NULL,
        parent_id TEXT,
        pending INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX story_features_day ON story_features (day_num, article_id)",
    "CREATE INDEX story_features_pending ON story_features (pending, day_num)",
    "CREATE TABLE corpus_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "ALTER TABLE articles ADD COLUMN dup_kind TEXT",
]


# Events (one row per coded event, its actor and recipient repeated for filtering without a
# join), their parties, the articles already coded, and incidents: the events of one real
# happening reported by many articles (warta.corpus.incidents).
_EVENT_TABLES = [
    """CREATE TABLE events (
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        type TEXT NOT NULL,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        quad TEXT NOT NULL,
        goldstein {real} NOT NULL,
        mode TEXT,
        sentence INTEGER NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        evidence TEXT NOT NULL,
        actor TEXT,
        actor_key TEXT,
        actor_country TEXT,
        actor_sector TEXT,
        recipient TEXT,
        recipient_key TEXT,
        recipient_country TEXT,
        recipient_sector TEXT,
        location TEXT,
        location_key TEXT,
        location_country TEXT,
        lat {real},
        lon {real},
        event_day TEXT,
        day TEXT,
        day_num INTEGER,
        outlet_key TEXT,
        negated INTEGER NOT NULL DEFAULT 0,
        confidence {real} NOT NULL DEFAULT 0,
        claim_n INTEGER,
        incident_id TEXT,
        PRIMARY KEY (article_id, n)
    )""",
    "CREATE INDEX events_type ON events (type, day_num)",
    "CREATE INDEX events_actor ON events (actor_key)",
    "CREATE INDEX events_recipient ON events (recipient_key)",
    "CREATE INDEX events_incident ON events (incident_id)",
    "CREATE INDEX events_day ON events (day_num)",
    """CREATE TABLE event_parties (
        article_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        role TEXT NOT NULL,
        k INTEGER NOT NULL,
        text TEXT NOT NULL,
        canonical TEXT,
        canonical_key TEXT,
        country TEXT,
        sector TEXT,
        PRIMARY KEY (article_id, n, role, k)
    )""",
    "CREATE INDEX event_parties_key ON event_parties (canonical_key, role)",
    "CREATE INDEX event_parties_country ON event_parties (country)",
    "CREATE INDEX event_parties_sector ON event_parties (sector)",
    "CREATE TABLE event_articles (article_id TEXT PRIMARY KEY, events INTEGER NOT NULL)",
    """CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        cameo TEXT NOT NULL,
        quad TEXT NOT NULL,
        actor TEXT,
        recipient TEXT,
        location TEXT,
        lat {real},
        lon {real},
        first_day TEXT,
        last_day TEXT,
        first_day_num INTEGER,
        reports INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        negated INTEGER NOT NULL DEFAULT 0,
        story_id TEXT,
        evidence TEXT
    )""",
    "CREATE INDEX incidents_type ON incidents (type, first_day_num)",
    "CREATE INDEX incidents_reports ON incidents (reports)",
]


# Failure rows split for filtering and counting (warta.corpus.failures.split_failure):
# the file (escaped name), the position inside it (line3, item2, a WARC offset), the
# kebab-case reason, the detail, and the ingest run that wrote the row.
_FAILURE_COLUMNS = [
    "ALTER TABLE failures ADD COLUMN file TEXT",
    "ALTER TABLE failures ADD COLUMN position TEXT",
    "ALTER TABLE failures ADD COLUMN reason TEXT",
    "ALTER TABLE failures ADD COLUMN detail TEXT",
    "ALTER TABLE failures ADD COLUMN run TEXT",
    "CREATE INDEX failures_run ON failures (run, reason)",
    "CREATE INDEX failures_reason ON failures (reason)",
    "CREATE INDEX failures_file ON failures (file)",
]


# Names people type for an entity ("Rusia", "AS", "KPK"), from ``Entity.aliases`` at ingest;
# ``alias_key`` is ``name_key(alias)``. Resolution also consults the gazetteer at query time.
_ENTITY_ALIASES = [
    """CREATE TABLE entity_aliases (
        alias_key TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        alias TEXT NOT NULL,
        PRIMARY KEY (alias_key, entity_id)
    )""",
    "CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id)",
]

MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", _initial()),
    Migration(2, "corpus index: dedup signatures and bands, story features", _both(_CORPUS)),
    Migration(3, "events and incidents", _both(_EVENT_TABLES)),
    Migration(4, "entity aliases", _both(_ENTITY_ALIASES)),
    Migration(5, "failures: file, position, reason, detail, run", _both(_FAILURE_COLUMNS)),
]

SCHEMA_MIGRATIONS_DDL = (
    "CREATE TABLE IF NOT EXISTS schema_migrations "
    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)

TABLES = (
    "articles",
    "article_records",
    "entities",
    "mentions",
    "quotes",
    "quote_entities",
    "claims",
    "related_links",
    "dup_groups",
    "stories",
    "sources",
    "failures",
    "dedup_signatures",
    "dedup_bands",
    "story_features",
    "corpus_settings",
    "events",
    "event_parties",
    "event_articles",
    "incidents",
    "entity_aliases",
)
