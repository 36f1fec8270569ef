"""Throughput of `warta.analyze` on generated articles, against trafilatura + dateparser.

Prints articles per CPU-second (one core, single thread) for the rule stages (the NER model off: gazetteer and
capitalised spans) and for the full pipeline with the shipped NER model, and, in the
same run, the ratio against a peer doing less work: trafilatura.extract plus
dateparser on the same HTML pages. Exits non-zero below the target.

    python bench/analyze.py [--n 1000] [--target 200]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

TARGET_RULE_ARTICLES_PER_S = 200.0


def _rate(func, items) -> float:  # type: ignore[no-untyped-def]
    """Items per CPU-second of this process: per-core throughput, robust to other load on the machine."""
    started = time.process_time()
    for item in items:
        func(item)
    return len(items) / (time.process_time() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="generated articles (>= 1000 for the record)")
    parser.add_argument("--target", type=float, default=TARGET_RULE_ARTICLES_PER_S)
    parser.add_argument("--skip-ner", action="store_true", help="skip the full pipeline with the NER model")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    import dateparser
    import trafilatura

    from warta import analyze
    from warta.config import Config
    from warta.synth import generate_corpus

    articles = list(generate_corpus(args.n, seed=7))
    html_pages = [a.content for a in articles if a.fmt == "html"]
    print(
        f"machine: {platform.node()} {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"python {platform.python_version()}"
    )
    print(f"corpus: {len(articles)} generated articles ({len(html_pages)} HTML)")

    rules = Config(ner_model="none")
    for article in articles[:30]:  # warm lazy caches (gazetteer, city index, lingua) before timing
        analyze(article.content, config=rules)
    rule_rate = _rate(lambda a: analyze(a.content, config=rules), articles)
    rule_html_rate = _rate(lambda page: analyze(page, config=rules), html_pages)

    def peer(page: str) -> None:
        text = trafilatura.extract(page, favor_precision=True) or ""
        for line in text.splitlines()[:3]:
            dateparser.parse(line[:60], languages=["id"], settings={"DATE_ORDER": "DMY"})

    peer(html_pages[0])
    peer_rate = _rate(peer, html_pages)
    print(f"warta rule stages, all formats: {rule_rate:8.1f} articles/s/core")
    print(f"warta rule stages, HTML only:   {rule_html_rate:8.1f} articles/s/core")
    print(f"trafilatura.extract + dateparser, same HTML: {peer_rate:8.1f} pages/s/core")
    print(f"ratio warta(HTML)/peer: {rule_html_rate / peer_rate:.2f}")
    if not args.skip_ner:
        full = Config()
        analyze(articles[0].content, config=full)
        sample = articles[: min(300, len(articles))]
        full_rate = _rate(lambda a: analyze(a.content, config=full), sample)
        print(f"warta full pipeline with NER: {full_rate:8.1f} articles/s/core ({len(sample)} articles)")
    ok = rule_rate >= args.target
    print(f"target: rule stages >= {args.target:.0f} articles/s/core: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
