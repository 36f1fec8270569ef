"""Scratch driver for NER experiments: train with overrides, then score the test sets."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

from warta.ner.evaluate import score_file
from warta.ner.model import load_ner
from warta.ner.train import train_ner

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ner"


def main() -> None:
    name, minutes = sys.argv[1], float(sys.argv[2])
    overrides = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    out = Path(__file__).parent / "output" / name
    t = time.time()
    config = overrides.pop("__config", None)
    result = train_ner(
        Path(overrides.pop("__data", DATA)),
        out,
        seed=int(overrides.pop("__seed", 1)),
        max_minutes=minutes,
        overrides=overrides,
        config_path=config,
    )
    print("trained", result, round(time.time() - t), "s", flush=True)
    nlp = load_ner(out)
    for ds, split in (("idner2k", "dev"), ("nergrit", "test"), ("nerp", "test")):
        score = score_file(nlp, DATA / ds / f"{split}.tsv")
        print(ds, split, *score.table(), score.summary(), sep="\n  ", flush=True)


if __name__ == "__main__":
    main()
