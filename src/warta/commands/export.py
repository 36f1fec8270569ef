"""`warta export`: write the stored records, with groups and stories, as JSONL, CSV, Parquet or GKG TSV."""

from __future__ import annotations

import argparse
import sys

from warta.config import Config
from warta.corpus.export import FORMATS, export


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("export", help="export stored records (jsonl, csv, parquet, gkg, events)")
    parser.add_argument("--format", choices=FORMATS, default="jsonl")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--out", metavar="FILE", help="output file (default: stdout; parquet needs one)")
    parser.add_argument(
        "--collapse", action="store_true", help="one row per duplicate group (its canonical article)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    config = config.replace(db=args.db)
    store = open_store(config.db, config)
    try:
        if args.format == "events":  # one GDELT 2.0 Event row per incident, from the events tables
            from warta.store.events import export_events

            count = export_events(store, args.out or sys.stdout)
        else:
            count = export(store.iter_exported(collapse=args.collapse), args.format, args.out or sys.stdout)
    finally:
        store.close()
    if args.out and not args.quiet:
        print(f"exported {count} records to {args.out}", file=sys.stderr)
    return 0
