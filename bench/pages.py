"""CPU time per real page of `warta.analyze` against `trafilatura.extract` alone, in one run.

Reads the devpages (``../shared/data/devpages``: real article pages from 8 permissively
licensed sources) and, page by page in turn, times ``trafilatura.extract(html, url=...)``,
the stages of ``warta.analyze`` called one by one with the NER model off
(``Config(ner_model="none")``, as in bench/analyze.py and eval/pages.py), each stage timed,
and, unless ``--skip-ner``, the full pipeline with the shipped NER model. The rule
stages are all but the model stages (entities, tone); their sum is the figure held to
the target. Times are CPU seconds of this process (``time.process_time``), so
other load on the machine inflates them little; the systems alternate page by page, so
what remains hits them alike. Prints each system's mean per page and the ratios against
trafilatura, and exits 1 when the rule stages take more than ``--target`` times
trafilatura's time (the issue's target: 1.5).

    python bench/pages.py [--limit N] [--target 1.5] [--skip-ner]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVPAGES = ROOT / ".." / "shared" / "data" / "devpages"
TARGET_RULE_RATIO = 1.5
# Stages backed by a model (the NER/gazetteer entity finder, the tone scorer); the others are
# the rule stages: load (trafilatura inside), clean, meta, language, segment, dates, sources,
# quotes, claims, finish.
MODEL_STAGES = ("entities", "tone")


def load_pages(folder: Path, limit: int | None) -> list[tuple[bytes, str | None]]:
    """The pages and their URLs, in the order of a hash of their file names (a fixed sample)."""
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    gold.sort(key=lambda g: hashlib.sha1(g["file"].encode()).hexdigest())
    chosen = gold[:limit] if limit else gold
    return [(gzip.decompress((folder / "html" / g["file"]).read_bytes()), g.get("url")) for g in chosen]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEVPAGES, help="the devpages folder")
    parser.add_argument("--limit", type=int, help="score only this many pages (a fixed hash-ordered sample)")
    parser.add_argument(
        "--target", type=float, default=TARGET_RULE_RATIO, help="the rule stages' ratio ceiling"
    )
    parser.add_argument("--skip-ner", action="store_true", help="skip the full pipeline with the NER model")
    args = parser.parse_args(argv)
    if not (args.folder / "gold.jsonl").is_file():
        print(f"no devpages at {args.folder} (../shared is absent?)", file=sys.stderr)
        return 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    import trafilatura

    from warta.analysis import default_pipeline, default_stages, input_record
    from warta.config import Config
    from warta.errors import WartaError

    pages = load_pages(args.folder, args.limit)
    rule_config, full_config = Config(ner_model="none"), Config()
    # The stage list of analyze(); the model stages (entities, tone) are timed apart.
    stages = default_stages(rule_config)
    full = default_pipeline(full_config)
    per_stage = dict.fromkeys((stage.name for stage in stages), 0.0)

    def rule_stages(html: bytes, url: str | None) -> None:
        record = input_record(html, url=url)
        for stage in stages:
            started = time.process_time()
            try:
                record = stage(record, rule_config)
            except WartaError:  # a page with no text: timed like any other
                return
            finally:
                per_stage[stage.name] += time.process_time() - started

    def full_analyze(html: bytes, url: str | None) -> None:
        try:
            full.run(input_record(html, url=url))
        except WartaError:
            pass

    systems: dict[str, Callable[[bytes, str | None], object]] = {
        "trafilatura.extract": lambda html, url: trafilatura.extract(html, url=url),
        "warta analyze, NER off": rule_stages,
    }
    if not args.skip_ner:
        systems["warta analyze, full"] = full_analyze
    for run in systems.values():  # load models and caches before timing
        run(*pages[0])
    per_stage.update(dict.fromkeys(per_stage, 0.0))
    seconds = dict.fromkeys(systems, 0.0)
    for html, url in pages:
        for name, run in systems.items():
            started = time.process_time()
            run(html, url)
            seconds[name] += time.process_time() - started
    seconds["warta rule stages"] = sum(t for name, t in per_stage.items() if name not in MODEL_STAGES)

    print(
        f"machine: {platform.node()} {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"python {platform.python_version()}, trafilatura {trafilatura.__version__}; {len(pages)} devpages"
    )
    base = seconds["trafilatura.extract"] / len(pages)
    for name, total in seconds.items():
        per_page = total / len(pages)
        print(f"{name:22s} {per_page * 1000:8.1f} ms CPU/page   {per_page / base:5.2f}x trafilatura.extract")
    print(
        "per stage, ms CPU/page: "
        + ", ".join(f"{n} {t * 1000 / len(pages):.1f}" for n, t in per_stage.items())
    )
    ratio = seconds["warta rule stages"] / seconds["trafilatura.extract"]
    verdict = "ok" if ratio <= args.target else "ABOVE TARGET"
    print(f"rule stages / trafilatura.extract = {ratio:.2f} (target <= {args.target}): {verdict}")
    return 0 if ratio <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
