"""`warta search`: full-text search over stored articles, quotes and claims."""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import re
import sys

from warta.argtypes import iso_date
from warta.config import Config
from warta.store import open_store
from warta.store.base import SEARCH_TYPES, SearchQuery, SearchResult

_MARK = re.compile(r"</?mark>")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "search",
        help="search stored articles, quotes or claims",
        description='Stemmed full-text search: "membantah" also finds "bantahan"; '
        '"double quotes" mark a phrase.',
    )
    parser.add_argument("query", nargs="?", default="", metavar="QUERY", help='words and "phrases"')
    parser.add_argument("--db", metavar="URL", help="store URL (default: the config's db, warta.db)")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=iso_date)
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=iso_date)
    parser.add_argument("--outlet", metavar="NAME")
    parser.add_argument("--entity", metavar="NAME_OR_ID", help="articles mentioning this entity")
    parser.add_argument("--speaker", metavar="NAME", help="quotes (or claims) by this person or body")
    parser.add_argument("--type", choices=SEARCH_TYPES, default="article")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N")
    parser.add_argument("--offset", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.set_defaults(handler=run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if not 1 <= number <= 200:
        raise argparse.ArgumentTypeError("must be between 1 and 200")
    return number


def run(args: argparse.Namespace, config: Config) -> int:
    query = SearchQuery(
        text=args.query,
        date_from=args.date_from,
        date_to=args.date_to,
        outlet=args.outlet,
        entity=args.entity,
        speaker=args.speaker,
        type=args.type,
        limit=args.limit,
        offset=args.offset,
        facets=args.format == "json",
    )
    store = open_store(args.db, config)
    try:
        result = store.search(query)
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
    else:
        print_table(result, query)
    return 0


def plain(snippet: str) -> str:
    """Turn an HTML snippet back into terminal text, keeping the marks as rich markup."""
    from rich.markup import escape

    parts = _MARK.split(snippet)
    # Pieces alternate: outside, inside <mark>, outside …
    return "".join(
        f"[bold yellow]{escape(html.unescape(p))}[/]" if i % 2 else escape(html.unescape(p))
        for i, p in enumerate(parts)
    )


def print_table(result: SearchResult, query: SearchQuery) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, soft_wrap=False)
    shown = f"{query.offset + 1}-{query.offset + len(result.hits)}" if result.hits else "0"
    table = Table(title=f"{result.total} {query.type} match(es), showing {shown}", show_lines=True)
    table.add_column("date", no_wrap=True)
    table.add_column("outlet")
    if query.type == "quote":
        table.add_column("speaker")
    elif query.type == "claim":
        table.add_column("claim")
    table.add_column("title / snippet", ratio=1)
    table.add_column("id", no_wrap=True, style="dim")
    from rich.markup import escape

    for hit in result.hits:
        row = [(hit.published or "")[:10], escape(hit.outlet or "")]
        if query.type == "quote":
            row.append(escape(str(hit.extra.get("speaker") or "?")))
        elif query.type == "claim":
            extra = hit.extra
            row.append(escape(f"{extra.get('claim_type')} [{extra.get('status')}]"))
        row.append(f"[bold]{escape(hit.title or '')}[/]\n{plain(hit.snippet)}")
        row.append(hit.article_id)
        table.add_row(*row)
    console.print(table)
