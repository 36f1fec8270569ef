"""Cold start: one page, whole processes, `warta analyze` against the trafilatura CLI.

Runs, alternating, `warta analyze PAGE` (every stage), `warta analyze --only
text,meta,dates PAGE` and `trafilatura < PAGE`, each as a fresh process, after one
warm-up run of each (so the files are in the page cache for all alike). Prints the
median wall time, CPU time and peak RSS of each, the ratios, and the in-process time of
a second page. The last two lines are

    startup-only: warta_s=.. warta_mib=.. trafilatura_s=.. ratio=..   (--only text,meta,dates)
    startup: warta_s=.. warta_mib=.. trafilatura_s=.. ratio=..        (the full record)

Exits non-zero above the targets: the full record in 1.0 s and 200 MiB, text and
metadata within 2x trafilatura's CLI, the second page in 0.06 s. On a loaded machine
wall times rise for both sides; the ratio and the CPU seconds are the steadier figures.

    python bench/startup.py [--page ../shared/data/devpages/html/kompas-2.html.gz] [--runs 5]
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGE = ROOT.parent / "shared" / "data" / "devpages" / "html" / "kompas-2.html.gz"
TARGET_S = 1.0
TARGET_MIB = 200.0
TARGET_ONLY_RATIO = 2.0
TARGET_SECOND_PAGE_S = 0.06


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    peak_mib: float


def _run(command: list[str], stdin_path: Path | None) -> Run:
    """Run one process to the end; its own peak RSS and CPU time come from wait4."""
    stdin = stdin_path.open("rb") if stdin_path else subprocess.DEVNULL
    started = time.perf_counter()
    try:
        process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        if stdin_path:
            stdin.close()  # type: ignore[union-attr]
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {error[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall_s for r in runs),
        statistics.median(r.cpu_s for r in runs),
        statistics.median(r.peak_mib for r in runs),
    )


def _second_page_s(page: Path) -> float:
    """In-process time of the second analysis of the page (models already loaded)."""
    code = (
        "import sys, time, warta\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "warta.analyze(data)\n"
        "t = time.perf_counter(); warta.analyze(data); print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.page.exists():
        print(f"startup: {args.page} not found (the devpages live in ../shared/data)", file=sys.stderr)
        return 2
    trafilatura_cli = Path(sys.executable).with_name("trafilatura")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / args.page.name.removesuffix(".gz")
        raw = args.page.read_bytes()
        page.write_bytes(gzip.decompress(raw) if args.page.suffix == ".gz" else raw)
        commands = {
            "warta": ([sys.executable, "-m", "warta", "analyze", str(page)], None),
            "warta-only": (
                [sys.executable, "-m", "warta", "analyze", "--only", "text,meta,dates", str(page)],
                None,
            ),
            "trafilatura": ([str(trafilatura_cli)], page),
        }
        runs: dict[str, list[Run]] = {name: [] for name in commands}
        for command, stdin in commands.values():
            _run(command, stdin)  # warm-up
        for _ in range(args.runs):
            for name, (command, stdin) in commands.items():
                runs[name].append(_run(command, stdin))
        second = _second_page_s(page)
    medians = {name: _median(r) for name, r in runs.items()}
    peer = medians["trafilatura"]
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.2f}, {args.runs} runs"
    )
    print(f"page: {args.page.name} ({len(raw)} bytes as given)")
    for name, m in medians.items():
        print(
            f"{name:12s} wall {m.wall_s:.3f} s  cpu {m.cpu_s:.3f} s  peak {m.peak_mib:.0f} MiB  "
            f"ratio {m.wall_s / peer.wall_s:.2f}x wall, {m.cpu_s / peer.cpu_s:.2f}x cpu"
        )
    print(f"second page in process: {second:.3f} s")
    full, only = medians["warta"], medians["warta-only"]
    print(
        f"startup-only: warta_s={only.wall_s:.3f} warta_mib={only.peak_mib:.0f} "
        f"trafilatura_s={peer.wall_s:.3f} ratio={only.wall_s / peer.wall_s:.2f}"
    )
    print(
        f"startup: warta_s={full.wall_s:.3f} warta_mib={full.peak_mib:.0f} "
        f"trafilatura_s={peer.wall_s:.3f} ratio={full.wall_s / peer.wall_s:.2f}"
    )
    missed = []
    if full.wall_s > TARGET_S or full.peak_mib > TARGET_MIB:
        missed.append(
            f"full record {full.wall_s:.2f} s / {full.peak_mib:.0f} MiB "
            f"(target {TARGET_S} s, {TARGET_MIB:.0f} MiB)"
        )
    if only.wall_s / peer.wall_s > TARGET_ONLY_RATIO:
        missed.append(f"text+meta {only.wall_s / peer.wall_s:.2f}x trafilatura (target {TARGET_ONLY_RATIO}x)")
    if second > TARGET_SECOND_PAGE_S:
        missed.append(f"second page {second:.3f} s (target {TARGET_SECOND_PAGE_S} s)")
    for line in missed:
        print(f"below target: {line}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
