"""Time and peak memory of `warta.analyze` on large and pathological inputs.

Each case runs in a fresh child process (so its peak RSS is its own, models
included) under a wall-clock limit; the report says seconds and peak RSS in MiB per
case and whether the body was truncated. Ordinary articles are the plain-text sample
articles of ``tests/data/articles`` repeated paragraph by paragraph up to the size;
pathological cases are one sample article followed by a run of hostile text.

    nice -n 10 python bench/hostile.py                 # every case
    nice -n 10 python bench/hostile.py --case parens   # some cases
    python bench/hostile.py --list

Wall seconds depend on the machine's load; CPU seconds (this process only) much less.

Target (issue 16): every input up to the size limit in <= 10 s and <= 1 GiB peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
KB = 1000
MB = 1000 * KB


def sample_text() -> str:
    """The plain-text sample articles joined: real Indonesian news prose."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt")))


def ordinary(size: int) -> Callable[[], str]:
    def build() -> str:
        base = sample_text()
        return (base + "\n\n") * (size // (len(base) + 2)) + base[: size % (len(base) + 2)]

    return build


def after_article(run: str) -> Callable[[], str]:
    def build() -> str:
        return (ARTICLES / "detik_balap_liar.txt").read_text(encoding="utf-8") + "\n\n" + run

    return build


CASES: dict[str, Callable[[], str]] = {
    "ordinary-100k": ordinary(100 * KB),
    "ordinary-1m": ordinary(1 * MB),
    "ordinary-2m": ordinary(2 * MB),
    "ordinary-5m": ordinary(5 * MB),
    "parens-open-100k": after_article("(" * 100_000),
    "parens-nested-100k": after_article("(" * 50_000 + ")" * 50_000),
    "punctuation-run-100k": after_article("!?.,;:-" * 15_000),
    "amp-entities-100k": after_article("&amp; " * 100_000),
    "straight-quotes-100k": after_article('"' * 100_000),
    "curly-quotes-100k": after_article("\u201c\u201d" * 50_000),
    "one-word-1m": after_article("a" * 1_000_000),
    "bank-indonesia-200k": after_article("Bank Indonesia " * 200_000),
    "dots-100k": after_article("." * 100_000),
    "newlines-100k": after_article("\n" * 100_000),
    "zero-width-100k": after_article("\u200b" * 100_000),
}


def run_one(name: str) -> dict[str, object]:
    """Analyse one case here (the child side); return its measurements."""
    import warta

    text = CASES[name]()
    warta.analyze("Pemanasan model. Presiden Joko Widodo berkunjung ke Bandung.")  # load models first
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    cpu_started = time.process_time()
    outcome = "ok"
    truncated = False
    try:
        record = warta.analyze(text)
        truncated = record.truncated
    except Exception as exc:  # reported, not raised: the bench measures
        outcome = f"{type(exc).__name__}: {str(exc)[:80]}"
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "case": name,
        "chars": len(text),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mib": round(peak),
        "models_rss_mib": round(base_rss),
        "truncated": truncated,
        "outcome": outcome,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases")
    parser.add_argument("--limit-s", type=float, default=120.0, help="wall-clock limit per case")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list:
        print("\n".join(CASES))
        return 0
    if args.child:
        print(json.dumps(run_one(args.child)))
        return 0
    print(
        f"{'case':24} {'chars':>9} {'seconds':>8} {'cpu s':>7} {'peak MiB':>9} "
        f"{'models MiB':>10} trunc outcome"
    )
    for name in args.case or list(CASES):
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--child", name],
                capture_output=True,
                text=True,
                timeout=args.limit_s,
                check=False,
            )
            row = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else None
        except subprocess.TimeoutExpired:
            row = None
            print(f"{name:24} {'':>9} {'>' + str(int(args.limit_s)):>8} {'':>9} {'':>10} -     timeout")
            continue
        if row is None:
            print(f"{name:24} child failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        print(
            f"{row['case']:24} {row['chars']:>9} {row['seconds']:>8} {row['cpu_seconds']:>7} "
            f"{row['peak_rss_mib']:>9} "
            f"{row['models_rss_mib']:>10} {'yes' if row['truncated'] else 'no':5} {row['outcome']}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
