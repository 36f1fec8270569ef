"""`warta train ner`: rebuild the bundled NER model from the IndoNLU BIO files."""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.config import Config
from warta.errors import WartaError


def default_data_dir() -> Path:
    """Find ``shared/data/ner`` beside the checkout (or beside the current directory)."""
    candidates = [
        Path("..") / "shared" / "data" / "ner",
        Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "ner",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("train", help="train a model from data (currently: ner)")
    parser.add_argument("target", choices=["ner"], help="what to train")
    parser.add_argument("--data", metavar="DIR", type=Path, help="folder of <dataset>/{train,valid}.tsv")
    parser.add_argument("--out", metavar="DIR", type=Path, help="where to write the model (default: bundled)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--max-minutes", type=float, default=60.0, help="stop training after this long")
    parser.add_argument(
        "--recipe", metavar="FILE", type=Path, help="a training config other than ner/config.cfg"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from warta.ner.model import MODEL_DIR
    from warta.ner.train import train_ner

    data = args.data or default_data_dir()
    if not data.is_dir():
        raise WartaError(f"{data}: no such data folder (pass --data DIR)")
    if args.max_minutes <= 0:
        raise WartaError("--max-minutes must be positive")
    out = args.out or MODEL_DIR
    result = train_ner(data, out, seed=args.seed, max_minutes=args.max_minutes, config_path=args.recipe)
    dev = " ".join(f"{name}={f1:.3f}" for name, f1 in sorted(result.dev_scores.items()))
    print(f"train ner: wrote {result.out_dir} steps={result.steps} best_step={result.best_step} dev_f1 {dev}")
    return 0
