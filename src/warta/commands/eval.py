"""`warta eval ner FILE`: score the NER model on a ``token<TAB>BIO-label`` file."""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.config import Config
from warta.errors import WartaError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("eval", help="score a component on a gold file (currently: ner)")
    parser.add_argument("target", choices=["ner"], help="what to score")
    parser.add_argument(
        "file", metavar="FILE", type=Path, help="token<TAB>BIO label, blank line between sentences"
    )
    parser.add_argument("--model", metavar="DIR", type=Path, help="a spaCy model folder (default: bundled)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.ner.evaluate import score_file
    from warta.ner.model import load_ner

    if not args.file.is_file():
        raise WartaError(f"{args.file}: no such file")
    model = args.model
    if model is None and config.ner_model not in ("", "bundled"):
        model = Path(config.ner_model)
    score = score_file(load_ner(model), args.file)
    for line in score.table():
        print(line)
    print(score.summary())
    return 0
