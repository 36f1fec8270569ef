"""SQLite-specific parts: WAL, the FTS5 tables, and crash safety with a killed process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from warta.store import open_store
from warta.store.base import SearchQuery


def test_file_database_uses_wal(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/w.db")
    assert store._scalar("PRAGMA journal_mode") == "wal"
    store.close()


def test_fts_holds_prestemmed_text(tmp_path, sample_records):
    store = open_store(f"sqlite:///{tmp_path}/w.db")
    store.put_many(sample_records()[:1])
    body = store._scalar("SELECT body FROM articles_fts")
    assert "bantah" in body.split() and "membantah" not in body.split()
    store.close()


KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path[:0] = {paths!r}
    from sample_data import make_records
    from warta.store import open_store

    store = open_store(sys.argv[1])
    records = make_records()
    store.put_many(records[:2], source_keys=["first"])
    with store.transaction():
        store.put_many(records[2:], source_keys=["second"])
        os.kill(os.getpid(), signal.SIGKILL)  # dies before COMMIT
    """
)


def test_kill_9_mid_batch_keeps_only_committed_batches(tmp_path):
    url = f"sqlite:///{tmp_path}/crash.db"
    tests_dir = str(__import__("pathlib").Path(__file__).resolve().parents[1])
    script = KILLED_WRITER.format(paths=[tests_dir, *sys.path])
    proc = subprocess.run([sys.executable, "-c", script, url], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    store = open_store(url)
    assert store._scalar("PRAGMA integrity_check") == "ok"
    assert sorted(m["id"] for m in store.iter_meta()) == ["a1", "a2"]
    assert store.has_source("first") and not store.has_source("second")
    assert store.search(SearchQuery(text="menuding")).total == 0
    # Re-running the lost batch completes the database.
    from sample_data import make_records

    assert store.put_many(make_records(), source_keys=["second"]) == 4
    assert store.count() == 6
    store.close()
