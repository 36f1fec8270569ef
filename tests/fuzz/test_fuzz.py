"""Ingest about 1,100 hostile files: no crash, every input accounted for, nothing from outside the root.

The files are written at test time by ``tests/fuzz/generate.py`` (19 kinds). The ingest
runs in a child process so its peak RSS is measured alone (``ru_maxrss`` of the child).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import warta
from fuzz.generate import SENTINEL, generate
from warta.corpus.inputs import escape_name
from warta.stages.bound import has_article_text
from warta.store import open_store
from warta.store.failures import list_failures

SRC = str(Path(warta.__file__).resolve().parents[1])
PEAK_RSS_LIMIT_MIB = 1024
CONFIG = "max_input_bytes = 1000000\ninput_timeout_s = 30\n"

INGEST = """
import json, resource, sys
from warta.cli import main
status = main(["--config", sys.argv[1], "ingest", sys.argv[2], "--db", sys.argv[3], "--workers", "1"])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"status": status, "peak_mib": peak}))
"""


def every_entry(root: Path) -> list[Path]:
    """Every file, link, FIFO and folder-link under ``root``, without following links."""
    found = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            found.append(Path(folder) / name)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
    return found


@pytest.mark.slow
def test_hostile_files_are_all_accounted_for(tmp_path: Path) -> None:
    hostile = generate(tmp_path)
    total = sum(hostile.kinds.values())
    assert total >= 1000, hostile.kinds
    config = tmp_path / "warta.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'fuzz.db'}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", INGEST, str(config), str(hostile.root), db],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]  # no crash, no uncaught exception
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    summary = next(line for line in reversed(lines) if line.startswith("read "))
    assert result["status"] == 0
    assert result["peak_mib"] <= PEAK_RSS_LIMIT_MIB, result

    store = open_store(db)
    try:
        failures = list_failures(store)  # type: ignore[arg-type]
        failed_files = {row.file for row in failures}
        failed_positions = {(row.file, row.position) for row in failures}
        records = list(store.iter_records())
        # Every file (and link, FIFO) under the root: stored, or a failure or skip row.
        unaccounted = []
        for path in every_entry(hostile.root):
            key = escape_name(str(path))
            hidden_above = any(part.startswith(".") for part in path.relative_to(hostile.root).parts[:-1])
            if hidden_above:
                continue  # inside a hidden folder, reported once as the folder
            if key in failed_files or store.has_source(key) or _has_positions(store, key, failures):
                continue
            unaccounted.append(key)
        assert unaccounted == []
        # Every non-blank JSONL line: stored or a failure at that line (or a failure of its file).
        for path, count in hostile.jsonl_lines.items():
            key = escape_name(str(path))
            for number in range(1, count + 1):
                position = f"line{number}"
                assert (
                    store.has_source(f"{key}#{position}")
                    or (key, position) in failed_positions
                    or (key, None) in failed_positions
                    or any(f.file == key and (f.position or "").startswith("gzip@") for f in failures)
                ), f"{key}#{position}"
        # No empty-body article, and nothing from outside the root.
        assert all(has_article_text(r.body) for r in records)
        assert not [r.origin for r in records if SENTINEL in r.body or "root:x:0:0" in r.body]
        # The summary line adds up.
        numbers = _summary_numbers(summary)
        assert (
            numbers["read"]
            == numbers["stored"] + numbers["duplicates"] + numbers["failed"] + numbers["skipped"]
        )
        assert numbers["stored"] == store.count() and numbers["stored"] > 200
    finally:
        store.close()


def _has_positions(store: object, key: str, failures: list) -> bool:  # type: ignore[type-arg]
    """A container accounted for record by record (its own key is never marked)."""
    return any(f.file == key for f in failures) or _any_source_prefix(store, key)


def _any_source_prefix(store: object, key: str) -> bool:
    rows = store._all("SELECT 1 FROM sources WHERE key LIKE ? ESCAPE '!' LIMIT 1", (_like_prefix(key),))  # type: ignore[attr-defined]
    return bool(rows)


def _like_prefix(key: str) -> str:
    return key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "#%"


def _summary_numbers(line: str) -> dict[str, int]:
    import re

    names = ("read", "stored", "duplicates", "failed", "skipped")
    return {name: int(re.search(rf"\b{name} (\d+)", line).group(1)) for name in names}  # type: ignore[union-attr]


def test_generator_covers_every_kind(tmp_path: Path) -> None:
    hostile = generate(tmp_path)
    assert len(hostile.kinds) >= 19 and min(hostile.kinds.values()) >= 10
