"""The demo behind `make demo`: build the sample database, then serve the UI.

    python -m warta.demo [--no-serve] [--db PATH] [--port N]

The database is built by ingesting ``samples/corpus/`` like `warta ingest`
does; a rerun skips inputs already stored, so it is quick.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.config import Config, load_config
from warta.errors import WartaError

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO_ROOT / "samples" / "corpus"
DEFAULT_DB = Path("warta-demo.db")
DEMO_START_PAGE = "/stories"
SUMMARY_KEYS = ("articles", "entities", "quotes", "claims", "stories", "dup_groups", "failures")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m warta.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--no-serve", action="store_true", help="build the database, print a summary, exit")
    parser.add_argument("--db", metavar="PATH", type=Path, default=DEFAULT_DB, help="SQLite file to build")
    parser.add_argument(
        "--corpus", metavar="DIR", type=Path, default=DEFAULT_CORPUS, help="articles to ingest"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    return parser


def build(db: Path, corpus: Path, config: Config) -> dict[str, Any]:
    """Ingest ``corpus`` into the SQLite file ``db``; return the store's stats."""
    from warta.corpus.ingest import ingest
    from warta.engine.local import LocalEngine
    from warta.store import open_store

    if not corpus.is_dir():
        raise WartaError(f"{corpus}: sample corpus not found")
    store = open_store(f"sqlite:///{db}", config)
    try:
        ingest([str(corpus)], store, config, LocalEngine(config))
        return dict(store.stats())
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load_config()
        started = time.perf_counter()
        print(f"Building the demo database {args.db} from {args.corpus} ...", flush=True)
        stats = build(args.db, args.corpus, config)
        seconds = time.perf_counter() - started
        counts = dict(stats.get("counts") or {})
        counts["stories"] = stats.get("stories", 0)
        summary = ", ".join(f"{counts[k]} {k.replace('_', ' ')}" for k in SUMMARY_KEYS if k in counts)
        print(f"Built in {seconds:.1f} s: {summary}", flush=True)
        if args.no_serve:
            return 0
        from warta.commands.serve import serve
        from warta.store import open_store

        store = open_store(f"sqlite:///{args.db}", config)
        # The stories page opens on the newest stories several outlets told; the search page's
        # newest articles would be the sample corpus's hostile test pages.
        print(f"Warta demo: http://{args.host}:{args.port}{DEMO_START_PAGE}  (Ctrl-C to stop)", flush=True)
        try:
            serve(store, config, host=args.host, port=args.port)
        finally:
            store.close()
        return 0
    except WartaError as exc:
        print(f"warta demo: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
