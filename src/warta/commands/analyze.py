"""`warta analyze`: turn raw article files into records (JSON or JSONL)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.analysis import analyze
from warta.argtypes import iso_date
from warta.config import Config
from warta.errors import WartaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("analyze", help="analyze raw articles (text, HTML, JSON) into records")
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none reads stdin")
    parser.add_argument("--format", choices=["json", "jsonl", "summary"], default="json")
    parser.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date, help="publication date to assume")
    parser.add_argument("--url", metavar="URL", help="the article's URL (single input)")
    parser.set_defaults(handler=run)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WartaError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise WartaError(f"{name}: is a directory (use `warta ingest` for folders)")
    with path.open("rb") as handle:
        # Read one byte past the limit so the load stage can say "too large".
        return handle.read(size + 1)


def run(args: argparse.Namespace, config: Config) -> int:
    names = args.files or ["-"]
    failed = 0
    for name in names:
        try:
            data = _read(name)
            record = analyze(data, url=args.url, published=args.published, name=name, config=config)
        except WartaError as exc:
            failed += 1
            message = str(exc)
            if not message.startswith(f"{name}:"):
                message = f"{name}: {message}"
            print(f"warta: error: {message}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            print(record.to_json())
        elif args.format == "json":
            print(record.to_json(indent=2))
        else:
            print(summarize(record, name))
        sys.stdout.flush()
    return 1 if failed else 0


def summarize(record, name: str) -> str:  # type: ignore[no-untyped-def]
    """Return a short human-readable summary of a record."""
    lines = [f"== {name}", f"title:     {record.title}", f"outlet:    {record.outlet}"]
    pub = record.published
    inferred = f" (inferred from the {pub.source}: {pub.text!r})" if pub.inferred else ""
    lines.append(f"published: {pub.date}{inferred}")
    if record.dateline:
        lines.append(f"dateline:  {record.dateline.place} ({record.dateline.country or '?'})")
    if record.authors:
        lines.append("authors:   " + ", ".join(f"{a.name} ({a.role})" for a in record.authors))
    lines.append(f"body:      {len(record.paragraphs)} paragraphs, {len(record.sentences)} sentences")
    top = sorted(record.entities, key=lambda e: -len(e.mentions))[:8]
    lines.append("entities:  " + ", ".join(f"{e.canonical} [{e.type}]" for e in top))
    for quote in record.quotes[:5]:
        lines.append(f"quote:     {quote.speaker or '?'} ({quote.kind}): {quote.text[:80]}")
    for claim in record.claims:
        lines.append(f"claim:     {claim.type} {claim.claimant} -> {claim.target} [{claim.status}]")
    return "\n".join(lines)
