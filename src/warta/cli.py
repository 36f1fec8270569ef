"""The `warta` command: parses flags, builds a Config, calls the library.

Each subcommand lives in ``warta.commands.<name>`` and exposes
``register(subparsers)``, which adds its parser and sets ``handler``
to a function ``(args, config) -> exit status``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from warta import __version__, commands
from warta.config import load_config
from warta.errors import WartaError

log = logging.getLogger("warta")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="warta", description="Indonesian news intelligence.")
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    parser.add_argument("--config", metavar="FILE", help="a TOML file overriding defaults.toml")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    noise.add_argument("-q", "--quiet", action="store_true", help="only errors; no progress bars")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"warta.commands.{info.name}")
        module.register(sub)
    return parser


def _configure_logging(args: argparse.Namespace) -> None:
    level = args.log_level or ("DEBUG" if args.verbose else "ERROR" if args.quiet else "WARNING")
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args)
    try:
        config = load_config(args.config)
        return int(args.handler(args, config) or 0)
    except WartaError as exc:
        print(f"warta: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
