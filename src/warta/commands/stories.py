"""`warta stories`: count or rebuild the story clusters of the database."""

from __future__ import annotations

import argparse
import sys

from warta.config import Config
from warta.corpus.ingest import place_stories, rebuild_stories


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "stories",
        help="count, finish or rebuild story clusters over the stored articles",
        description="Ingest places new articles in stories as it goes. Without --rebuild this places "
        "any article still pending (after an interrupted run); --rebuild recomputes every story "
        "from the stored records, for example after changing story_window_days or story_threshold.",
    )
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--rebuild", action="store_true", help="recompute every story")
    parser.add_argument("--window-days", type=int, metavar="D", help="story window (default: config)")
    parser.add_argument("--threshold", type=float, metavar="S", help="story threshold (default: config)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    config = config.replace(db=args.db, story_window_days=args.window_days, story_threshold=args.threshold)
    store = open_store(config.db, config)
    try:
        stories = rebuild_stories(store, config) if args.rebuild else place_stories(store, config)
        total = store.count()
    finally:
        store.close()
    if not args.quiet:
        print(f"{total} articles, {stories} stories with 2+ articles", file=sys.stdout)
    return 0
