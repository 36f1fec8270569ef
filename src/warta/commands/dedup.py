"""`warta dedup`: rebuild near-duplicate groups (and stories) over the whole database."""

from __future__ import annotations

import argparse
import sys

from warta.config import Config
from warta.corpus.ingest import load_dedup_index, recluster, rewrite_groups


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "dedup",
        help="regroup near-duplicates and stories over the stored articles",
        description="Ingest keeps groups up to date as it goes; --rebuild recomputes them all, "
        "for example after changing near_duplicate_threshold.",
    )
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--rebuild", action="store_true", help="recompute every group from the stored bodies")
    parser.add_argument("--threshold", type=float, metavar="J", help="Jaccard threshold (default: config)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    config = config.replace(db=args.db, near_duplicate_threshold=args.threshold)
    store = open_store(config.db, config)
    try:
        index = load_dedup_index(store, config)
        groups = rewrite_groups(store, index) if args.rebuild else len(index.groups())
        stories = recluster(store, config) if args.rebuild else None
    finally:
        store.close()
    if not args.quiet:
        print(f"{len(index)} articles, {groups} near-duplicate groups", file=sys.stdout)
        if stories is not None:
            print(f"{stories} stories with 2+ articles", file=sys.stdout)
    return 0
