"""Ingest throughput, peak memory and database size on a generated corpus.

    python bench/ingest.py --n 10000 [--engine local|dask] [--workers 2] [--db URL] [--format jsonl|files]
    python bench/ingest.py --n 1000 --into 10000 [--base-ner none] [--check-rebuild]

Generates N articles (``warta.synth``) into a temporary folder, then runs
``warta ingest`` on them in a child process while sampling the resident memory
of that process and all its children (Dask workers, pool processes) every
``--sample-s`` seconds. Reports articles/s, articles/s per worker process,
peak and sampled memory (to show whether it stays flat while streaming) and
the database size. Use ``--json`` for one machine-readable line.

``--into N`` first builds a store of N other generated articles (seed + 1000;
``--base-ner none`` builds it with the gazetteer-only analyser, which is
faster; the base run prints its own ``base-ingest:`` line), then measures
ingesting the ``--n`` articles into it. Compare with the same ``--n`` and
``--seed`` without ``--into`` ("into empty"). ``--check-rebuild`` then runs
``warta dedup --rebuild`` and checks that every group, canonical, kind and
story equals what the incremental runs stored.

The last line is always
``ingest: n=N seconds=S articles_per_s=R rss_mib_25=A rss_mib_50=B rss_mib_99=C db_mib=D``
(RSS of the ingest process and all its children at 25, 50 and 99% of the run).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from warta.synth import generate_corpus
from warta.synth.write import jsonl_line, write_file


def write_corpus(n: int, seed: int, out: Path, fmt: str) -> Path:
    """Write N generated articles as one JSONL file or one file per article; return the source path."""
    if fmt == "jsonl":
        path = out / "articles.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for article in generate_corpus(n, seed):
                handle.write(jsonl_line(article))
        return path
    folder = out / "files"
    for article in generate_corpus(n, seed):
        write_file(article, folder)
    return folder


def tree_rss(proc: psutil.Process) -> tuple[int, int]:
    """Return (driver RSS, driver + children RSS) in bytes."""
    try:
        own = proc.memory_info().rss
        children = proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0, 0
    total = own
    for child in children:
        try:
            total += child.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return own, total


def tree_cpu(proc: psutil.Process) -> float:
    """Return CPU seconds used so far by a process, its finished children and its live ones."""
    try:
        times = proc.cpu_times()
        total = times.user + times.system + times.children_user + times.children_system
        children = proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0.0
    for child in children:
        try:
            child_times = child.cpu_times()
            total += child_times.user + child_times.system
        except psutil.NoSuchProcess:
            pass
    return total


def db_size(url: str) -> int | None:
    """Return the size in bytes of an SQLite database (with its WAL), or of a PostgreSQL database."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    try:
        import psycopg

        with psycopg.connect(url) as conn:
            return int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])
    except Exception:  # size is informative only
        return None


def count_articles(url: str) -> int:
    from warta.store import open_store

    store = open_store(url)
    try:
        return store.count()
    finally:
        store.close()


def measure(source: Path, url: str, args: argparse.Namespace, env: dict[str, str], n: int) -> dict[str, Any]:
    """Run ``warta ingest`` on ``source`` into ``url`` while sampling memory and CPU; return the figures."""
    command = [
        sys.executable, "-m", "warta.cli", "-q", "ingest", str(source), "--db", url,
        "--engine", args.engine, "--workers", str(args.workers), "--batch-size", str(args.batch_size),
    ]  # fmt: skip
    before = count_articles(url)
    samples: list[tuple[float, int, int]] = []
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    watched = psutil.Process(proc.pid)
    cpu_s = 0.0
    while proc.poll() is None:
        own, total = tree_rss(watched)
        if total:
            samples.append((time.perf_counter() - started, own, total))
        cpu_s = max(cpu_s, tree_cpu(watched))
        time.sleep(args.sample_s)
    wall_s = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"warta ingest exited with {proc.returncode}")
    stored = count_articles(url) - before
    size = db_size(url)
    mib = 1 << 20

    def at(share: float) -> int:
        return round(samples[min(len(samples) - 1, int(share * len(samples)))][2] / mib) if samples else 0

    return {
        "articles": n,
        "stored": stored,
        "store_before": before,
        "engine": args.engine,
        "workers": args.workers,
        "format": args.format,
        "wall_s": round(wall_s, 1),
        "articles_per_s": round(n / wall_s, 2),
        "articles_per_s_per_worker": round(n / wall_s / max(1, args.workers), 2),
        "cpu_s": round(cpu_s, 1),
        "peak_rss_driver_mib": round(max((s[1] for s in samples), default=0) / mib),
        "peak_rss_total_mib": round(max((s[2] for s in samples), default=0) / mib),
        "rss_total_mib_at_25_50_75_99pct": [at(q) for q in (0.25, 0.5, 0.75, 0.99)],
        "db_mib": round(size / mib, 1) if size is not None else None,
        "projected_100k_h": round(100_000 / (n / wall_s) / 3600, 2),
        "cpus": os.cpu_count(),
        "load_1min": round(os.getloadavg()[0], 1),
    }


def summary_line(label: str, result: dict[str, Any]) -> str:
    rss = result["rss_total_mib_at_25_50_75_99pct"]
    return (
        f"{label}: n={result['articles']} seconds={result['wall_s']} "
        f"articles_per_s={result['articles_per_s']} "
        f"rss_mib_25={rss[0]} rss_mib_50={rss[1]} rss_mib_99={rss[3]} db_mib={result['db_mib']}"
    )


def corpus_layer(url: str) -> dict[str, tuple[Any, ...]]:
    """Group, canonical flag, kind and story of every article."""
    from warta.store import open_store

    store = open_store(url)
    try:
        rows = store._all("SELECT id, dup_group, is_canonical, dup_kind, story_id FROM articles")  # type: ignore[attr-defined]
    finally:
        store.close()
    return {r[0]: tuple(r[1:]) for r in rows}


def check_rebuild(url: str) -> str:
    """Rebuild groups and stories from the stored bodies; report whether they equal the incremental ones."""
    from warta.config import load_config
    from warta.corpus.ingest import rebuild_groups, rebuild_stories
    from warta.store import open_store

    incremental = corpus_layer(url)
    config = load_config(db=url)
    store = open_store(url, config)
    started = time.perf_counter()
    try:
        groups = rebuild_groups(store, config)
        stories = rebuild_stories(store, config)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    rebuilt = corpus_layer(url)
    differ = sum(1 for k in incremental if incremental[k] != rebuilt.get(k))
    return (
        f"rebuild: articles={len(rebuilt)} groups={groups} stories_2plus={stories} "
        f"differ={differ} seconds={seconds:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--db", help="store URL (default: a new SQLite file in the work folder)")
    parser.add_argument("--format", choices=["jsonl", "files"], default="jsonl")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one, removed)")
    parser.add_argument("--sample-s", type=float, default=0.5, help="memory sampling interval")
    parser.add_argument("--into", type=int, default=0, metavar="N", help="first build a store of N articles")
    parser.add_argument("--base-ner", default="", help="ner_model for building the --into store (e.g. none)")
    parser.add_argument(
        "--check-rebuild", action="store_true", help="compare a rebuild with the incremental state"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    env = os.environ.copy()
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        url = args.db or f"sqlite:///{work / 'bench.db'}"
        if args.into:
            base_dir = work / "base"
            base_dir.mkdir(exist_ok=True)
            base_source = write_corpus(args.into, args.seed + 1000, base_dir, args.format)
            base_env = {**env, "WARTA_NER_MODEL": args.base_ner} if args.base_ner else env
            base = measure(base_source, url, args, base_env, args.into)
            print(summary_line("base-ingest", base) + f" ner={args.base_ner or 'config'}")
        started = time.perf_counter()
        source = write_corpus(args.n, args.seed, work, args.format)
        generate_s = time.perf_counter() - started
        result = measure(source, url, args, env, args.n)
        result["generate_s"] = round(generate_s, 1)
        rebuild = check_rebuild(url) if args.check_rebuild else None

    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>32}: {value}")
    if rebuild:
        print(rebuild)
    print(summary_line("ingest", result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
