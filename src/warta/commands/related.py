"""`warta related ID`: list the duplicates and same-story articles of one article."""

from __future__ import annotations

import argparse
import json

from warta.config import Config
from warta.errors import WartaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("related", help="list articles related to ID (duplicates, then the same story)")
    parser.add_argument("id", metavar="ID", help="an article id")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--limit", type=int, default=20, metavar="N")
    parser.add_argument("--format", choices=["table", "jsonl"], default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    config = config.replace(db=args.db)
    store = open_store(config.db, config)
    try:
        if store.get_meta(args.id) is None:
            raise WartaError(f"no article with id {args.id!r}")
        rows = store.related(args.id, limit=args.limit)
    finally:
        store.close()
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if not rows:
        print(f"{args.id}: no related articles")
        return 0
    for row in rows:
        mark = "*" if row.get("is_canonical") else " "
        print(
            f"{row['relation']:<9} {mark} {row['id']}  {row.get('day') or '----------'}  "
            f"{row.get('outlet') or '-'}  {row.get('title') or row.get('url') or ''}"
        )
    return 0
