"""`warta ingest`: summary, exit status, re-runs, and kill -9 in the middle of a run."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import warta
from corpus.planted import count_articles, table_contents, write_corpus
from warta.cli import main
from warta.store import open_store

SRC = str(Path(warta.__file__).resolve().parents[1])


def test_ingest_prints_a_summary_and_reruns_add_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    planted = write_corpus(tmp_path / "berita.jsonl", stories=6)
    assert main(["ingest", str(planted.path), "--db", store_url, "--batch-size", "4", "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert "warta ingest (local, 1 worker)" in out
    assert "failed-read" in out and "new articles" in out
    assert "art/s" not in err  # stderr is not a terminal here: no progress bar
    first = table_contents(store_url)
    assert len(first["articles"]) > 0 and len(first["failures"]) == 1

    assert main(["-q", "ingest", str(planted.path), "--db", store_url]) == 0
    out, _ = capsys.readouterr()
    assert out == ""
    assert table_contents(store_url) == first


def test_ingest_fails_when_nothing_could_be_ingested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kosong.txt").write_bytes(b"")
    assert main(["ingest", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'w.db'}"]) == 1
    assert "no article could be ingested" in capsys.readouterr().err


def test_progress_bar_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    planted = write_corpus(tmp_path / "berita.jsonl", stories=2)
    shown: list[int | None] = []

    class FakeBar:
        def __init__(self, *, total: int | None, **kwargs: object) -> None:
            shown.append(total)

        def update(self, n: int) -> None:
            shown.append(n)

        def close(self) -> None:
            pass

    import tqdm

    monkeypatch.setattr(tqdm, "tqdm", FakeBar)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["ingest", str(planted.path), "--db", f"sqlite:///{tmp_path / 'w.db'}"]) == 0
    lines = sum(len(s) for s in planted.stories) + len(planted.bad_lines)
    assert shown[0] == lines and sum(shown[1:]) == lines
    shown.clear()
    assert main(["-q", "ingest", str(planted.path), "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 0
    assert shown == []


def test_unreachable_feed_is_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.corpus import fetch

    monkeypatch.setattr(fetch, "BACKOFF_S", 0.01)
    monkeypatch.setattr(fetch, "MIN_INTERVAL_S", 0.0)
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/rss"
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert main(["ingest", url, "--db", db]) == 1
    assert "no article could be ingested" in capsys.readouterr().err
    store = open_store(db)
    try:
        (failure,) = store.failures()
    finally:
        store.close()
    assert failure.source == url and failure.stage == "fetch" and "unreachable" in failure.error


def _ingest_command(source: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "warta.cli", "-q", "ingest", str(source), "--db", url, "--batch-size", "2"]


@pytest.mark.slow
def test_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path: Path, store_url: str) -> None:
    planted = write_corpus(tmp_path / "berita.jsonl", stories=40)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    subprocess.run(_ingest_command(planted.path, clean_url), env=env, check=True, timeout=300)
    total = count_articles(clean_url)

    proc = subprocess.Popen(_ingest_command(planted.path, store_url), env=env)
    try:
        deadline = time.monotonic() + 120
        while count_articles(store_url) < 6 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = count_articles(store_url)
    assert 6 <= partial < total

    subprocess.run(_ingest_command(planted.path, store_url), env=env, check=True, timeout=300)
    assert table_contents(store_url) == table_contents(clean_url)


@pytest.mark.dask
@pytest.mark.slow
def test_dask_engine_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dask.distributed")
    planted = write_corpus(tmp_path / "berita.jsonl", stories=4)
    local, dask = f"sqlite:///{tmp_path / 'local.db'}", f"sqlite:///{tmp_path / 'dask.db'}"
    assert main(["-q", "ingest", str(planted.path), "--db", local]) == 0
    assert main(["ingest", str(planted.path), "--db", dask, "--engine", "dask", "--workers", "2"]) == 0
    assert "warta ingest (dask, 2 workers)" in capsys.readouterr().out
    assert table_contents(dask) == table_contents(local)
