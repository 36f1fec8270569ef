"""`warta tone`: the tone (label and score) of each input line: a headline, a sentence or a paragraph."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warta.config import Config
from warta.errors import WartaError

_TABLE_TEXT_WIDTH = 90


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("tone", help="tone (negative/neutral/positive and a score) of each input line")
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="one text per line; '-' reads stdin"
    )
    parser.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    parser.set_defaults(handler=run)


def _lines(handle: BinaryIO, name: str) -> Iterator[tuple[int, str | None]]:
    """Yield (line number, text); text is None for a line that is not UTF-8."""
    for number, raw in enumerate(handle, 1):
        if number == 1 and b"\x00" in raw[:4096]:
            raise WartaError(f"{name}: binary data, not text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None
            continue
        yield number, text.lstrip("\ufeff").rstrip("\r\n")


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.tone.model import default_model

    name = args.file
    if name == "-":
        handle: BinaryIO = sys.stdin.buffer
    else:
        path = Path(name)
        if path.is_dir():
            raise WartaError(f"{name}: is a directory")
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise WartaError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    model = default_model()
    failed = 0
    if args.format == "table":
        print(f"{'line':>5}  {'label':<8}  {'score':>6}  text")
    try:
        for number, text in _lines(handle, name):
            if text is None:
                failed += 1
                print(f"warta: error: {name}:{number}: not UTF-8 text", file=sys.stderr)
                result: dict[str, object] = {"line": number, "error": "not UTF-8 text"}
            elif not text.strip():
                result = {"line": number, "text": text, "label": "neutral", "score": 0.0}
            else:
                verdict = model.label([text])[0]
                result = {"line": number, "text": text, "label": verdict.label, "score": verdict.score}
            if args.format == "jsonl":
                print(json.dumps(result, ensure_ascii=False))
            elif "error" in result:
                print(f"{number:>5}  {'error':<8}  {'':>6}  {result['error']}")
            else:
                shown = str(result["text"])
                if len(shown) > _TABLE_TEXT_WIDTH:
                    shown = shown[: _TABLE_TEXT_WIDTH - 1] + "…"
                print(f"{number:>5}  {result['label']:<8}  {result['score']:>+6.3f}  {shown}")
            sys.stdout.flush()
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    return 1 if failed else 0
