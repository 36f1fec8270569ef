"""Near-duplicate detection: precision, recall and throughput on a generated corpus.

    python bench/dedup.py --n 10000 [--seed 0] [--threshold 0.8] [--analyze]

The generator plants exact duplicates, lightly edited near duplicates and
syndicated ANTARA reprints (another outlet's dateline, header, footer and small
edits). Articles linked by those plants form the true groups; follow-ups on
the same story are not duplicates. Scores are over pairs: a found pair is two
articles put in one group by ``DedupIndex``. By default the index sees the
written article text (dateline + paragraphs); ``--analyze`` first runs the full
``warta.analyze`` pipeline on the rendered page and indexes ``record.body``,
as ``warta ingest`` does (much slower).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import defaultdict
from typing import Any

from warta.config import load_config
from warta.corpus.dedup import DedupIndex, signature
from warta.synth import generate_corpus


class _Sets:
    """Union-find over article ids, for the planted groups."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}  # type: ignore[misc]


def score_stories(articles: list[Any], window_days: int, threshold: float) -> dict[str, Any]:
    """Pair precision and recall of ``cluster_stories`` against the generator's story ids."""
    from warta.corpus.cluster import cluster_stories, features_of
    from warta.record import Entity, Published, Record

    features = [
        features_of(
            Record(
                id=a.id,
                body=a.body,
                published=Published(date=a.published),
                entities=[Entity(text=e, type="X", canonical=e) for e in a.entities],
            )
        )
        for a in articles
    ]
    started = time.perf_counter()
    found = cluster_stories(features, window_days=window_days, threshold=threshold)
    seconds = time.perf_counter() - started
    by_found: dict[str, list[str]] = defaultdict(list)
    by_truth: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_found[found[a.id]].append(a.id)
        by_truth[a.story].append(a.id)
    got, planted = pairs(list(by_found.values())), pairs(list(by_truth.values()))
    hit = len(got & planted)
    return {
        "story_precision": round(hit / len(got), 4) if got else 1.0,
        "story_recall": round(hit / len(planted), 4) if planted else 1.0,
        "story_seconds": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, help="Jaccard threshold (default: config)")
    parser.add_argument("--analyze", action="store_true", help="index record.body from warta.analyze")
    parser.add_argument(
        "--stories",
        action="store_true",
        help="also score story clustering (the generator's entity lists stand in for NER)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = parser.parse_args(argv)
    config = load_config()
    threshold = args.threshold if args.threshold is not None else config.near_duplicate_threshold

    started = time.perf_counter()
    articles = list(generate_corpus(args.n, args.seed))
    generate_s = time.perf_counter() - started
    truth = _Sets()
    for a in articles:
        truth.find(a.id)
        for link in (a.exact_dup_of, a.near_dup_of, a.syndicated_from):
            if link:
                truth.union(a.id, link)

    bodies: list[tuple[str, str, str]] = []
    analyze_s = 0.0
    if args.analyze:
        from warta.analysis import analyze
        from warta.errors import WartaError

        started = time.perf_counter()
        for a in articles:
            try:
                record = analyze(a.content, url=a.url, config=config)
            except WartaError:
                continue
            bodies.append((a.id, record.body, a.published))
        analyze_s = time.perf_counter() - started
    else:
        bodies = [(a.id, a.body, a.published) for a in articles]

    started = time.perf_counter()
    sigs = [(aid, signature(body), published, len(body)) for aid, body, published in bodies]
    signature_s = time.perf_counter() - started
    started = time.perf_counter()
    index = DedupIndex(threshold=threshold)
    for aid, sig, published, length in sigs:
        index.add_signature(aid, sig, published, length)
    groups = index.groups()
    index_s = time.perf_counter() - started

    kept = {aid for aid, _, _ in bodies}
    true_groups: dict[str, list[str]] = defaultdict(list)
    for aid in kept:
        true_groups[truth.find(aid)].append(aid)
    planted = pairs([g for g in true_groups.values() if len(g) > 1])
    found = pairs([g.members for g in groups])
    hit = len(planted & found)
    precision = hit / len(found) if found else 1.0
    recall = hit / len(planted) if planted else 1.0
    total_s = signature_s + index_s
    result = {
        "articles": len(bodies),
        "threshold": threshold,
        "bands": index.bands,
        "planted_pairs": len(planted),
        "found_pairs": len(found),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "groups": len(groups),
        "generate_s": round(generate_s, 2),
        "analyze_s": round(analyze_s, 2),
        "signature_s": round(signature_s, 3),
        "index_s": round(index_s, 3),
        "docs_per_s": round(len(bodies) / total_s, 1) if total_s else None,
        "source": "record.body (warta.analyze)" if args.analyze else "generated article text",
    }
    if args.stories:
        result.update(score_stories(articles, config.story_window_days, config.story_threshold))
    ok = precision >= 0.96 and recall >= 0.94
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>15}: {value}")
        print(f"{'target':>15}: precision >= 0.96 and recall >= 0.94: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
