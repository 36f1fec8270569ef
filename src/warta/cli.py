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


def _command_names() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(commands.__path__))


def _requested_command(argv: Sequence[str], names: list[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option), if it is one."""
    skip_value = False
    for word in argv:
        if skip_value:
            skip_value = False
        elif word in ("--config", "--log-level"):
            skip_value = True
        elif not word.startswith("-"):
            return word if word in names else None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``warta`` parser. Given ``argv``, only the command it names is imported.

    Each command module imports its own dependencies (the corpus layer, the store, the
    web app); importing all of them for ``warta analyze PAGE`` cost a cold start
    about 0.3 s, so the other commands are only imported for ``warta --help`` or
    an unknown command (where argparse lists or checks them all).
    """
    parser = argparse.ArgumentParser(prog="warta", description="Indonesian news intelligence.")
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    parser.add_argument("--config", metavar="FILE", help="a TOML file overriding defaults.toml")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    noise.add_argument("-q", "--quiet", action="store_true", help="only errors; no progress bars")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    names = _command_names()
    wanted = _requested_command(argv, names) if argv is not None else None
    for name in [wanted] if wanted else names:
        module = importlib.import_module(f"warta.commands.{name}")
        module.register(sub)
    return parser


def _configure_logging(args: argparse.Namespace) -> None:
    level = args.log_level or ("DEBUG" if args.verbose else "ERROR" if args.quiet else "WARNING")
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
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
