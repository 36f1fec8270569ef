"""`warta ingest`: read folders, files, WARCs and feeds into the database."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from warta.argtypes import add_stage_options
from warta.config import Config
from warta.corpus.ingest import IngestStats, estimate_total, ingest
from warta.engine.base import Engine
from warta.errors import WartaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "ingest",
        help="ingest articles (folders, JSONL, WARC, feed or sitemap URLs) into the database",
        description="Analyse and store every article of each SOURCE. Re-running adds nothing new; "
        "an interrupted run can simply be run again.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="a folder, file, or feed/sitemap URL")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path.db or postgresql://… (default: config)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--workers", type=_positive, metavar="N", help="analysis processes (default: config)")
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="a Dask scheduler address (implies --engine dask)"
    )
    parser.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="articles per batch")
    add_stage_options(parser)
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        default=None,
        help="read symlinks that point outside the input folder (by default they are skipped and reported)",
    )
    parser.set_defaults(handler=run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def make_engine(name: str, config: Config, workers: int, scheduler: str | None) -> Engine:
    """Build the engine named on the command line."""
    if name == "dask" or scheduler:
        from warta.engine.dask import DaskEngine

        return DaskEngine(config, workers=workers, scheduler=scheduler)
    from warta.engine.local import LocalEngine

    return LocalEngine(config, workers=workers)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    config = config.replace(
        db=args.db,
        workers=args.workers,
        only_stages=args.only,
        skip_stages=args.skip,
        follow_symlinks=args.follow_symlinks,
    )
    show_progress = not args.quiet and sys.stderr.isatty()
    store = open_store(config.db, config)
    try:
        engine = make_engine(args.engine, config, config.worker_count(), args.scheduler)
        try:
            bar = _progress_bar(args.sources) if show_progress else None
            try:
                stats = ingest(
                    args.sources,
                    store,
                    config,
                    engine,
                    batch_size=args.batch_size,
                    progress=bar.update if bar is not None else None,
                )
            finally:
                if bar is not None:
                    bar.close()
        finally:
            engine.close()
        total = store.count()
    finally:
        store.close()
    if not args.quiet:
        print_summary(stats, total, engine.name, engine.workers)
        print(ingest_summary_line(stats))
    ok = stats.outcomes.get("ok", 0)
    if stats.read and not ok:
        raise WartaError(f"no article could be ingested ({stats.read} inputs failed; see the failures table)")
    return 0


def ingest_summary_line(stats: IngestStats) -> str:
    """The run's one-line account: read = stored + duplicates + failed + skipped."""
    from warta.corpus.failures import summary_line

    return summary_line(
        read=stats.read,
        stored=stats.stored,
        duplicates=stats.outcomes.get("dup-exact", 0),
        failed=stats.failed,
        skipped=stats.skipped,
        seen=stats.seen,
        run=stats.run,
    )


def _progress_bar(sources: list[str]) -> Any:
    from tqdm import tqdm

    return tqdm(total=estimate_total(sources), unit="art", desc="ingest", file=sys.stderr, smoothing=0.1)


def summary_rows(stats: IngestStats, total: int) -> list[tuple[str, str, str]]:
    """Return (section, name, value) rows of the end-of-run table."""
    rows = [
        ("input", "already stored (skipped)", str(stats.seen)),
        ("input", "read", str(stats.read)),
    ]
    for outcome, count in sorted(stats.outcomes.items()):
        rows.append(("outcome", outcome, str(count)))
    rows.append(("store", "new articles", str(stats.stored)))
    rows.append(("store", "articles in database", str(total)))
    rows.append(("store", "duplicate groups changed", str(stats.groups_changed)))
    rows.append(("store", "stories (2+ articles)", str(stats.stories)))
    for stage, seconds in sorted(stats.stage_seconds.items()):
        rows.append(("stage seconds", stage, f"{seconds:.2f}"))
    for phase, seconds in stats.seconds.items():
        rows.append(("run seconds", phase, f"{seconds:.2f}"))
    return rows


def print_summary(stats: IngestStats, total: int, engine: str, workers: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"warta ingest ({engine}, {workers} worker{'s' if workers != 1 else ''})")
    table.add_column("section")
    table.add_column("name")
    table.add_column("value", justify="right")
    for row in summary_rows(stats, total):
        table.add_row(*row)
    Console(file=sys.stdout, width=100).print(table)
