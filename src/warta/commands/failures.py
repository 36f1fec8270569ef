"""`warta failures`: list the inputs an ingest could not store, and why."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from warta.config import Config
from warta.errors import WartaError

FORMATS = ("table", "csv", "jsonl")
COLUMNS = ("file", "position", "reason", "detail", "stage", "run", "at")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "failures",
        help="list failed and skipped inputs (file, position, reason) of past ingests",
        description="List the failure rows of the database: every input an ingest could not store "
        "or did not read, with its file, position inside it, reason and detail.",
    )
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--run", metavar="ID", help="only this run ('last' for the latest run)")
    parser.add_argument(
        "--reason", metavar="REASON", help="only this reason (bad-jsonl, timeout, skipped-suffix …)"
    )
    parser.add_argument("--file", metavar="TEXT", help="only files whose (escaped) name contains TEXT")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store
    from warta.store.failures import list_failures, runs
    from warta.store.sql import SqlStore

    store = open_store(args.db or config.db, config)
    try:
        if not isinstance(store, SqlStore):
            raise WartaError(f"{store.url}: this store keeps no failures table")
        run_id = args.run
        if run_id == "last":
            known = runs(store)
            run_id = known[-1][0] if known else "-"
        rows = list_failures(store, run=run_id, reason=args.reason, file=args.file, limit=args.limit)
    finally:
        store.close()
    if args.format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row.as_dict(), ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row.as_dict()[c] for c in COLUMNS])
    else:
        _print_table(rows)
    return 0


def _print_table(rows: list) -> None:  # type: ignore[type-arg]
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"warta failures ({len(rows)} row{'s' if len(rows) != 1 else ''})")
    for column in ("file", "position", "reason", "detail", "run"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            escape(row.file),
            escape(row.position or ""),
            escape(row.reason),
            escape(row.detail[:200]),
            row.run or "",
        )
    Console(file=sys.stdout, width=160).print(table)
