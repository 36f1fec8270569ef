"""Generate a synthetic Indonesian news corpus for benchmarks.

    python bench/corpus_gen.py --n 100000 --out /tmp/corpus [--format files|jsonl] [--seed N]

``files`` writes one .txt/.html/.json file per article under OUT/{txt,html,json}/; ``jsonl`` writes
OUT/articles.jsonl with {"text"|"html", "url", "title", "date"} per line. Both write OUT/truth.jsonl
(one ground-truth object per article: planted exact/near duplicates, syndicated copies, story ids)
and print the throughput.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from warta.synth import generate_corpus
from warta.synth.write import jsonl_line, write_file


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--format", choices=("files", "jsonl"), default="files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dup-rate", type=float, default=0.05, help="share of exact + near duplicates")
    parser.add_argument("--syndication-rate", type=float, default=0.08, help="share of ANTARA reprints")
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    counts = {"exact_dup_of": 0, "near_dup_of": 0, "syndicated_from": 0}
    start = time.perf_counter()
    cpu = time.process_time()
    n = 0
    n_bytes = 0
    articles = generate_corpus(
        args.n, args.seed, dup_rate=args.dup_rate, syndication_rate=args.syndication_rate
    )
    jsonl = (args.out / "articles.jsonl").open("w", encoding="utf-8") if args.format == "jsonl" else None
    with (args.out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for a in articles:
            if jsonl is not None:
                line = jsonl_line(a)
                jsonl.write(line)
                n_bytes += len(line)
            else:
                write_file(a, args.out)
                n_bytes += len(a.content)
            t = a.truth()
            truth.write(json.dumps(t, ensure_ascii=False, sort_keys=True) + "\n")
            for key in counts:
                counts[key] += t[key] is not None
            n += 1
    if jsonl is not None:
        jsonl.close()
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(
        f"{n} articles ({n_bytes / 1e6:.1f} MB of text) in {wall:.1f} s: "
        f"{n / wall:,.0f} articles/s wall, {n / max(cpu, 1e-9):,.0f} articles per CPU-second"
    )
    print("planted: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
