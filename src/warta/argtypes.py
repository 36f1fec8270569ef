"""Argument types shared by the CLI subcommands."""

from __future__ import annotations

import argparse
import datetime as dt


def iso_date(value: str) -> str:
    """An argparse type: a YYYY-MM-DD date, normalised."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def stage_list(value: str) -> tuple[str, ...]:
    """An argparse type: comma-separated stage names or aliases (``text,meta,dates``), checked."""
    from warta.analysis import select_stages, stage_names_of
    from warta.errors import WartaError

    names = stage_names_of(value) or ()
    try:
        select_stages(only=names)
    except WartaError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return names


def add_stage_options(parser: argparse.ArgumentParser) -> None:
    """``--only`` and ``--skip``, the same for every command that analyses articles."""
    parser.add_argument(
        "--only",
        type=stage_list,
        metavar="STAGES",
        help="run only these stages and what they need (e.g. text,meta,dates; see docs/record.md)",
    )
    parser.add_argument(
        "--skip", type=stage_list, metavar="STAGES", help="leave these stages out (e.g. tone,claims)"
    )
