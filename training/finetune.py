"""Scratch: continue training a model on one dataset only and track its validation F1."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from thinc.api import Adam

from warta.ner.data import read_bio
from warta.ner.evaluate import score_sentences
from warta.ner.model import load_ner
from warta.ner.train import make_examples

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ner"


def main() -> None:
    model, steps, lr = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    nlp = load_ner(model)
    train = read_bio(DATA / "nergrit" / "train.tsv")
    valid = {ds: read_bio(DATA / ds / "valid.tsv") for ds in ("nergrit", "nerp")}
    print("start", {k: round(score_sentences(nlp, v).prf()[2], 4) for k, v in valid.items()}, flush=True)
    examples = make_examples(nlp, train, [])
    optimizer = nlp.resume_training(sgd=Adam(lr, L2=0.01, grad_clip=1.0, use_averages=True))
    rng = random.Random(1)
    step = 0
    while step < steps:
        rng.shuffle(examples)
        for i in range(0, len(examples), 32):
            nlp.update(examples[i : i + 32], drop=0.15, sgd=optimizer)
            step += 1
            if step % 50 == 0:
                with nlp.use_params(optimizer.averages):
                    print(
                        step,
                        {k: round(score_sentences(nlp, v).prf()[2], 4) for k, v in valid.items()},
                        flush=True,
                    )
            if step >= steps:
                break


if __name__ == "__main__":
    main()
