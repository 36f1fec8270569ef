"""The ingest driver: read sources, analyse on an engine, store as the single writer.

One run:

1. Read the stored articles once: rebuild the near-duplicate index and the
   story features (neither is persisted).
2. Read every source in order, dropping inputs whose source key is stored.
3. Send batches to the engine; for each result, in input order and inside one
   transaction: store the new records with their source keys, record the
   failures (and mark their keys), and update duplicate groups.
4. Recompute story clusters over all articles (stored and new) in one transaction.

A batch is stored whole or not at all, so after ``kill -9`` a rerun skips the
stored batches and redoes the rest; because duplicate groups do not depend on
arrival order and stories are recomputed at the end, it ends with the same
database as an uninterrupted run.
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
from warta.store.base import Store

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
    seconds: dict[str, float] = field(default_factory=dict)  # driver phases: index, analyse+store, stories
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


def load_dedup_index(store: Store, config: Config) -> dedup.DedupIndex:
    """Rebuild the near-duplicate index from the stored article bodies."""
    index, _ = load_state(store, config, stories=False)
    return index


def load_state(
    store: Store, config: Config, *, stories: bool = True
) -> tuple[dedup.DedupIndex, cluster.StoryCorpus]:
    """Read the stored records once: build the near-duplicate index and the story features."""
    index = dedup.DedupIndex(threshold=config.near_duplicate_threshold)
    corpus = cluster.StoryCorpus()
    for record in store.iter_records():
        index.add(record.id, record.body, record.published.date)
        if stories:
            corpus.add(cluster.features_of(record))
    return index, corpus


def store_result(
    store: Store,
    result: BatchResult,
    index: dedup.DedupIndex,
    corpus: cluster.StoryCorpus | None = None,
    run: str | None = None,
) -> tuple[int, int]:
    """Write one batch result in one transaction; return (new articles, groups changed).

    New records also go into ``index`` (and ``corpus``, when given).
    """
    changed = 0
    with store.transaction():
        stored = store.put_many(
            [record for _, record in result.records], source_keys=[key for key, _ in result.records]
        )
        for failure in result.failures:
            if run is not None:
                failure.run = run
            store.add_failure(failure)
        store.mark_sources([f.source for f in result.failures if not f.transient])
        for _, record in result.records:
            if record.id in index:
                continue
            if corpus is not None:
                corpus.add(cluster.features_of(record))
            group = index.add(record.id, record.body, record.published.date)
            if group is not None:
                changed += 1
                for member in group.members:
                    store.set_duplicate_group(member, group.group_id, member == group.canonical)
    return stored, changed


def rewrite_groups(store: Store, index: dedup.DedupIndex) -> int:
    """Make the stored groups equal those of ``index`` (a batch rebuild); return the group count.

    Only articles whose group or canonical flag differs are written; articles
    left without a group are cleared.
    """
    groups = index.groups()
    wanted = {m: (g.group_id, m == g.canonical) for g in groups for m in g.members}
    current = {meta["id"]: (meta["dup_group"], bool(meta["is_canonical"])) for meta in store.iter_meta()}
    stale = [aid for aid, (group, _) in current.items() if group is not None and aid not in wanted]
    with store.transaction():
        for article_id in stale:
            store.clear_duplicate_group(article_id)
        for article_id, (group_id, canonical) in sorted(wanted.items()):
            if current.get(article_id) != (group_id, canonical):
                store.set_duplicate_group(article_id, group_id, canonical)
    return len(groups)


def recluster(store: Store, config: Config) -> int:
    """Recompute every story over the stored articles; return the number of multi-article stories."""
    _, corpus = load_state(store, config)
    return write_stories(store, corpus, config)


def write_stories(store: Store, corpus: cluster.StoryCorpus, config: Config) -> int:
    """Assign stories over ``corpus`` and store them in one transaction; return the multi-article count."""
    stories = corpus.assign(config.story_window_days, config.story_threshold)
    with store.transaction():
        for article_id, story_id in sorted(stories.items()):
            store.set_story(article_id, story_id)
    sizes = Counter(stories.values())
    return sum(1 for n in sizes.values() if n > 1)


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
    started = time.perf_counter()
    index, corpus = load_state(store, config)
    stats.seconds["load-state"] = time.perf_counter() - started

    started = time.perf_counter()
    batches = batched(unseen(sources, store, config, stats), batch_size)
    for result in engine.map(batches):
        stored, changed = store_result(store, result, index, corpus, run=stats.run)
        stats.add(result, stored)
        stats.groups_changed += changed
        if progress is not None:
            progress(result.items)
    stats.seconds["analyse-store"] = time.perf_counter() - started

    started = time.perf_counter()
    stats.stories = write_stories(store, corpus, config)
    stats.seconds["stories"] = time.perf_counter() - started
    return stats
