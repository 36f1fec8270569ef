"""`python -m warta.demo --no-serve` builds a database from a corpus folder and exits 0."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warta.demo import DEFAULT_CORPUS, main
from warta.store import open_store


@pytest.mark.slow
def test_no_serve_builds_and_summarises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not (DEFAULT_CORPUS / "txt").is_dir():
        pytest.skip(f"{DEFAULT_CORPUS} has no txt/ folder")
    corpus = tmp_path / "corpus" / "txt"
    corpus.mkdir(parents=True)
    for path in sorted((DEFAULT_CORPUS / "txt").glob("*.txt"))[:4]:
        shutil.copy(path, corpus / path.name)
    db = tmp_path / "demo.db"
    assert main(["--no-serve", "--db", str(db), "--corpus", str(tmp_path / "corpus")]) == 0
    out = capsys.readouterr().out
    assert "4 articles" in out
    store = open_store(f"sqlite:///{db}")
    try:
        assert store.count() == 4
    finally:
        store.close()
    # A rerun skips what is stored.
    assert main(["--no-serve", "--db", str(db), "--corpus", str(tmp_path / "corpus")]) == 0
    assert "4 articles" in capsys.readouterr().out


def test_missing_corpus_is_an_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "warta.demo", "--no-serve", "--db", str(tmp_path / "x.db"), "--corpus",
         str(tmp_path / "nowhere")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "sample corpus not found" in result.stderr
