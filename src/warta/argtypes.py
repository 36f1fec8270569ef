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
