"""`warta dedup`: show or rebuild the near-duplicate groups (and stories) of the database."""

from __future__ import annotations

import argparse
import sys

from warta.config import Config
from warta.corpus.ingest import rebuild_groups, rebuild_stories


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "dedup",
        help="count or rebuild near-duplicate groups (and stories) over the stored articles",
        description="Ingest keeps groups and stories up to date as it goes; --rebuild recomputes "
        "them all from the stored bodies (the same result as the incremental runs), for example "
        "after changing near_duplicate_threshold or on a store made before the corpus index.",
    )
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--rebuild", action="store_true", help="recompute every group and story")
    parser.add_argument("--threshold", type=float, metavar="J", help="Jaccard threshold (default: config)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    config = config.replace(db=args.db, near_duplicate_threshold=args.threshold)
    store = open_store(config.db, config)
    try:
        groups = rebuild_groups(store, config) if args.rebuild else store.group_count()
        stories = rebuild_stories(store, config) if args.rebuild else store.story_count()
        total = store.count()
    finally:
        store.close()
    if not args.quiet:
        print(f"{total} articles, {groups} near-duplicate groups", file=sys.stdout)
        print(f"{stories} stories with 2+ articles", file=sys.stdout)
    return 0
