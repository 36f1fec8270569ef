"""Ingest throughput, peak memory and database size on a generated corpus.

    python bench/ingest.py --n 10000 [--engine local|dask] [--workers 2] [--db URL] [--format jsonl|files]

Generates N articles (``warta.synth``) into a temporary folder, then runs
``warta ingest`` on them in a child process while sampling the resident memory
of that process and all its children (Dask workers, pool processes) every
``--sample-s`` seconds. Reports articles/s, articles/s per worker process,
peak and sampled memory (to show whether it stays flat while streaming) and
the database size. Use ``--json`` for one machine-readable line.
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
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        source = write_corpus(args.n, args.seed, work, args.format)
        generate_s = time.perf_counter() - started
        url = args.db or f"sqlite:///{work / 'bench.db'}"
        command = [
            sys.executable, "-m", "warta.cli", "-q", "ingest", str(source), "--db", url,
            "--engine", args.engine, "--workers", str(args.workers), "--batch-size", str(args.batch_size),
        ]  # fmt: skip
        before = count_articles(url) if args.db else 0
        samples: list[tuple[float, int, int]] = []
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=os.environ.copy())
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
            print(f"warta ingest exited with {proc.returncode}", file=sys.stderr)
            return 1
        stored = count_articles(url) - before
        size = db_size(url)

    mib = 1 << 20
    peak_own = max((s[1] for s in samples), default=0)
    peak_total = max((s[2] for s in samples), default=0)
    quarters = [
        round(samples[min(len(samples) - 1, int(q * len(samples)))][2] / mib)
        for q in (0.25, 0.5, 0.75, 0.99)
        if samples
    ]
    result: dict[str, Any] = {
        "articles": args.n,
        "stored": stored,
        "engine": args.engine,
        "workers": args.workers,
        "format": args.format,
        "generate_s": round(generate_s, 1),
        "wall_s": round(wall_s, 1),
        "articles_per_s": round(args.n / wall_s, 2),
        "articles_per_s_per_worker": round(args.n / wall_s / max(1, args.workers), 2),
        "cpu_s": round(cpu_s, 1),
        "peak_rss_driver_mib": round(peak_own / mib),
        "peak_rss_total_mib": round(peak_total / mib),
        "rss_total_mib_at_25_50_75_99pct": quarters,
        "db_mib": round(size / mib, 1) if size is not None else None,
        "projected_100k_h": round(100_000 / (args.n / wall_s) / 3600, 2),
        "cpus": os.cpu_count(),
    }
    # Target: 100,000 articles on this machine (2 cores) in under an hour.
    ok = result["projected_100k_h"] < 1.0
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>32}: {value}")
        print(f"{'target':>32}: 100k articles in < 1 h: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
