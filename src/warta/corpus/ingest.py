"""The ingest driver: read sources, analyse on an engine, store through one write transaction a batch.

One run:

1. Read every source in order, dropping inputs whose source key is stored.
2. Send batches to the engine; for each result, in input order and inside one
   write transaction: store the new records with their source keys, record
   the failures (and mark their keys), link each new article into the stored
   near-duplicate index (``dedup.StoredIndex``: its band keys are queried, so
   nothing is loaded at start) and store its story features as pending.
3. Place the pending articles in stories (``cluster.place_pending``: only the
   days they can change), in one write transaction.

The store's write lock (SQLite ``BEGIN IMMEDIATE``, PostgreSQL
``pg_advisory_xact_lock``) serialises these transactions across processes, so
several ingests into one store decide duplicates and stories one after the
other; since groups are connected components and stories depend only on each
article's window, the order does not matter. A batch is stored whole or not at
all and pending story work stays marked until a story pass commits, so after
``kill -9`` a rerun skips the stored batches, redoes the rest and ends with the
database of an uninterrupted run.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.config import Config
from warta.corpus import cluster, dedup
from warta.corpus.failures import count_reasons, new_run_id
from warta.corpus.fetch import Fetcher, hosts_of, is_url
from warta.corpus.inputs import InputFile, walk
from warta.corpus.readers import RawArticle, format_of, read_source
from warta.engine.base import BatchResult, Engine, Item
from warta.record import Record
from warta.store.base import Store
from warta.store.events import refresh_events

log = logging.getLogger(__name__)

BATCH_SIZE = 32


@dataclass
class IngestStats:
    """Counts and timings of one run, for the summary table."""

    seen: int = 0  # inputs skipped because their source key was already stored
    read: int = 0  # inputs sent to the engine (articles and reader failures)
    stored: int = 0  # new articles
    outcomes: Counter[str] = field(default_factory=Counter)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # driver phases: analyse+store, stories
    groups_changed: int = 0
    stories: int = 0
    run: str = ""  # the id written on this run's failure rows
    failed: Counter[str] = field(default_factory=Counter)  # failure rows per reason
    skipped: Counter[str] = field(default_factory=Counter)  # skip rows per reason

    def add(self, result: BatchResult, stored: int) -> None:
        self.read += result.items
        self.stored += stored
        self.outcomes.update(result.outcomes)
        self.outcomes["dup-exact"] += len(result.records) - stored
        failed, skipped = count_reasons(result.failures)
        self.failed.update(failed)
        self.skipped.update(skipped)
        for stage, seconds in result.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Yield lists of ``size`` items (the last may be shorter)."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def unseen(sources: Iterable[str], store: Store, config: Config, stats: IngestStats) -> Iterator[Item]:
    """Read ``sources`` in order and drop inputs whose source key is already stored.

    Feed and sitemap URLs share one ``Fetcher``, so the per-host rate limit and
    robots.txt cache hold across them; its allow-list is ``fetch_allowed_hosts``
    or, when that is empty, the hosts of all the URLs given.
    """
    sources = list(sources)
    urls = [s for s in sources if is_url(s)]
    fetcher = Fetcher(config, config.fetch_allowed_hosts or hosts_of(urls)) if urls else None
    keys_in_run: set[str] = set()
    try:
        for source in sources:
            for item in read_source(source, config, seen=store.has_source, fetcher=fetcher):
                key = item.source_key if isinstance(item, RawArticle) else item.source
                # A key seen twice in one run (the same file given twice) is read once.
                if key in keys_in_run or store.has_source(key):
                    stats.seen += 1
                    continue
                keys_in_run.add(key)
                yield item
    finally:
        if fetcher is not None:
            fetcher.close()


def estimate_total(sources: Iterable[str]) -> int | None:
    """Count the inputs of local sources cheaply (files, JSONL lines); None when unknown."""
    total = 0
    for source in sources:
        path = Path(source)
        if is_url(source):
            return None
        # The input walk, so that counting never opens what ingest will not read (FIFOs, links out).
        files = [f.path for f in walk(path) if isinstance(f, InputFile)] if path.is_dir() else [path]
        for file in files:
            fmt = format_of(file)
            if fmt is None or file.name.startswith("."):
                continue
            if fmt == "warc" or file.name.endswith(".gz"):
                return None
            if fmt == "jsonl":
                total += _count_lines(file)
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def stored_index(store: Store, config: Config) -> dedup.StoredIndex:
    """The store's near-duplicate index for ``config``'s threshold (refuses one built with another)."""
    index = dedup.StoredIndex(store, threshold=config.near_duplicate_threshold)
    if store.corpus_setting(index.SETTING) is None and store.count():
        log.warning(
            "%s: its %d articles predate the corpus index; run `warta dedup --rebuild` once "
            "so that new articles are grouped with them",
            store.url,
            store.count(),
        )
    index.check_settings()
    return index


def store_result(
    store: Store, result: BatchResult, index: dedup.StoredIndex, run: str | None = None
) -> tuple[int, int]:
    """Write one batch result in one transaction; return (new articles, groups changed)."""
    changed = 0
    with store.transaction():
        stored = store.put_many(
            [record for _, record in result.records], source_keys=[key for key, _ in result.records]
        )
        for failure in result.failures:
            if run is not None:
                failure.run = run
            # Another ingest of the same input may have recorded it meanwhile: one row per input.
            if failure.transient or not store.has_source(failure.source):
                store.add_failure(failure)
        store.mark_sources([f.source for f in result.failures if not f.transient])
        for _, record in result.records:
            changed += index_article(store, index, record)
    return stored, changed


def index_article(store: Store, index: dedup.StoredIndex, record: Record) -> int:
    """Link a stored record into the duplicate index and queue its story features; 1 if a group changed."""
    changed = index.link(record.id, record.body, record.published.date)
    features = cluster.features_of(record)
    store.add_story_features(record.id, features.day, *cluster.features_to_json(features))
    return int(changed)


def place_stories(store: Store, config: Config) -> int:
    """Place pending articles in stories (one transaction); return the number of multi-article stories."""
    with store.transaction():
        cluster.place_pending(store, config.story_window_days, config.story_threshold)
    return store.story_count()


def rebuild_groups(store: Store, config: Config) -> int:
    """Recompute every signature and group from the stored bodies (one transaction); return the group count.

    The articles are linked in insertion order by the same code as ingest, so
    the groups equal those of the incremental runs (they are connected
    components, whatever the order).
    """
    with store.transaction():
        store.reset_dedup()
        index = dedup.StoredIndex(store, threshold=config.near_duplicate_threshold)
        store.set_corpus_setting(index.SETTING, str(index.bands))
        for record in store.iter_records():
            index.link(record.id, record.body, record.published.date)
    return store.group_count()


def rebuild_stories(store: Store, config: Config) -> int:
    """Recompute story features from the records and place every article again.

    Returns the number of multi-article stories.
    """
    with store.transaction():
        for record in store.iter_records():
            features = cluster.features_of(record)
            store.add_story_features(record.id, features.day, *cluster.features_to_json(features))
        store.reset_stories()
        cluster.place_pending(store, config.story_window_days, config.story_threshold)
    return store.story_count()


def ingest(
    sources: Iterable[str],
    store: Store,
    config: Config,
    engine: Engine,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> IngestStats:
    """Ingest ``sources`` into ``store``; see the module docstring for the steps."""
    stats = IngestStats(run=new_run_id())
    index = stored_index(store, config)
    started = time.perf_counter()
    batches = batched(unseen(sources, store, config, stats), batch_size)
    for result in engine.map(batches):
        stored, changed = store_result(store, result, index, run=stats.run)
        stats.add(result, stored)
        stats.groups_changed += changed
        if progress is not None:
            progress(result.items)
    stats.seconds["analyse-store"] = time.perf_counter() - started

    started = time.perf_counter()
    stats.stories = place_stories(store, config)
    stats.seconds["stories"] = time.perf_counter() - started
    refresh_events(store)  # events of the new articles, and incidents over the new stories
    return stats
