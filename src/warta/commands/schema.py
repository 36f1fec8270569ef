"""`warta schema`: print the record's JSON Schema."""

from __future__ import annotations

import argparse
import json

from warta.config import Config
from warta.record import json_schema


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("schema", help="print the JSON Schema of the record")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0
