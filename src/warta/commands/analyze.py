"""`warta analyze`: turn raw article files into records (JSON or JSONL)."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from warta.analysis import analyze
from warta.argtypes import add_stage_options, iso_date
from warta.config import Config
from warta.errors import WartaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("analyze", help="analyze raw articles (text, HTML, JSON) into records")
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="input files (.gz too); '-' or none reads stdin: JSONL (one article per line, "
        "answered line by line) or one document",
    )
    parser.add_argument(
        "--format",
        choices=["json", "jsonl", "summary"],
        help="output (default: json for files, jsonl for a JSONL stream)",
    )
    parser.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date, help="publication date to assume")
    parser.add_argument("--url", metavar="URL", help="the article's URL (single input)")
    add_stage_options(parser)
    parser.set_defaults(handler=run)


def _read(name: str, limit: int) -> bytes:
    """The bytes of one input file (gunzipped), at most ``limit + 1`` so "too large" can be said."""
    path = Path(name)
    try:
        if path.is_dir():
            raise WartaError(f"{name}: is a directory (use `warta ingest` for folders)")
        if name.endswith(".gz"):
            with gzip.open(path, "rb") as packed:
                return packed.read(limit + 1)
        with path.open("rb") as handle:
            # One byte past the limit lets the load stage say "too large".
            return handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise WartaError(f"{name}: cannot read: {reason}") from exc


def _stdin_documents(limit: int) -> Iterator[tuple[str, bytes | WartaError, bool]]:
    """``(name, data, streamed)`` for standard input: one per JSONL line, or the whole document.

    The first line decides: a complete JSON object makes the input JSONL, read and answered
    line by line, so a pipeline pays the start-up once; anything else is one document.
    """
    stream = sys.stdin.buffer
    first = stream.readline(limit + 1)
    if not _is_json_object(first):
        yield "-", first + stream.read(limit + 1 - len(first)), False
        return
    number, line = 1, first
    while line:
        if line.strip():
            yield f"-:{number}", line if _is_json_object(line) else _not_an_object(), True
        number += 1
        line = stream.readline(limit + 1)


def _not_an_object() -> WartaError:
    # A new error per line: one raised instance would gather every earlier line's traceback.
    return WartaError("not a JSON object (standard input is read as JSONL)")


def _is_json_object(line: bytes) -> bool:
    text = line.strip()
    if not text.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _inputs(names: list[str], limit: int) -> Iterator[tuple[str, bytes | WartaError, bool]]:
    for name in names:
        if name == "-":
            yield from _stdin_documents(limit)
            continue
        try:
            yield name, _read(name, limit), False
        except WartaError as exc:
            yield name, exc, False


def run(args: argparse.Namespace, config: Config) -> int:
    names = args.files or ["-"]
    if args.only or args.skip:
        config = config.replace(only_stages=args.only, skip_stages=args.skip)
    failed = 0
    for name, data, streamed in _inputs(names, config.max_input_bytes):
        try:
            if isinstance(data, WartaError):
                raise data
            record = analyze(data, url=args.url, published=args.published, name=name, config=config)
        except WartaError as exc:
            failed += 1
            message = str(exc)
            if not message.startswith(f"{name}:"):
                message = f"{name}: {message}"
            print(f"warta: error: {message}", file=sys.stderr)
            continue
        output = args.format or ("jsonl" if streamed else "json")
        if output == "jsonl":
            print(record.to_json())
        elif output == "json":
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
