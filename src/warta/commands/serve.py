"""`warta serve`: the REST API and web UI over a store, with uvicorn."""

from __future__ import annotations

import argparse
import sys

from warta.config import Config
from warta.errors import MissingExtra


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("serve", help="serve the web UI and JSON API")
    parser.add_argument("--db", metavar="URL", help="store URL (default: the config's db)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.set_defaults(handler=run)


def serve(store: object, config: Config, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app over ``store`` until interrupted."""
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtra("uvicorn", "web") from exc
    from warta.web.api import create_app

    app = create_app(store, config)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.store import open_store

    url = args.db or config.db
    store = open_store(url, config)
    try:
        print(f"Warta: serving {url} at http://{args.host}:{args.port}", file=sys.stderr, flush=True)
        serve(store, config, host=args.host, port=args.port)
    finally:
        store.close()
    return 0
