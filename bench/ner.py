"""Measure the bundled NER model's speed in words per second per CPU core.

Runs the NERGrit and NERP test sets through the full pipeline (tokenizer included) in one
process on one thread. CPU time is the divisor, so other jobs on a shared machine do not
count against the model; wall-clock speed is printed beside it. Exits 1 below the target.

    .venv/bin/python bench/ner.py [--data DIR] [--model DIR] [--repeat N]
"""

from __future__ import annotations

import os

# Pin every BLAS/OpenMP pool to one thread before numpy loads, so the figure is per core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from warta.ner.data import read_bio, spaces_for  # noqa: E402
from warta.ner.model import MODEL_DIR, load_ner  # noqa: E402

TARGET_WORDS_PER_S = 10_000
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ner"


def texts_of(path: Path) -> list[str]:
    """Rebuild running text from a BIO file's tokens."""
    texts = []
    for sentence in read_bio(path):
        spaces = spaces_for(sentence.words)
        texts.append("".join(w + (" " if s else "") for w, s in zip(sentence.words, spaces, strict=True)))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best one counts")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    nlp = load_ner(args.model)
    texts = [t for name in ("nergrit", "nerp") for t in texts_of(args.data / name / "test.tsv")]
    words = sum(len(doc) for doc in nlp.tokenizer.pipe(texts))
    list(nlp.pipe(texts[:200]))  # warm-up: first calls allocate
    best_cpu, best_wall = float("inf"), float("inf")
    for _ in range(max(1, args.repeat)):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        best_cpu = min(best_cpu, time.process_time() - cpu0)
        best_wall = min(best_wall, time.perf_counter() - wall0)
    per_core = words / best_cpu
    size_mb = sum(p.stat().st_size for p in args.model.rglob("*") if p.is_file()) / 1e6
    print(f"model: {args.model} ({size_mb:.1f} MB)")
    print(f"texts: {len(texts)} sentences, {words} words (NERGrit + NERP test)")
    print(f"cpu:   {best_cpu:.2f} s  -> {per_core:,.0f} words/s/core")
    print(f"wall:  {best_wall:.2f} s  -> {words / best_wall:,.0f} words/s (one thread)")
    if per_core < TARGET_WORDS_PER_S:
        print(f"FAIL: below {TARGET_WORDS_PER_S:,} words/s/core", file=sys.stderr)
        return 1
    print(f"ok: at least {TARGET_WORDS_PER_S:,} words/s/core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
