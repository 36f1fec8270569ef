"""`warta failures` and the ingest summary line over a folder of bad and odd inputs."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
from pathlib import Path

import pytest

from warta.cli import main

GOOD = "Presiden Joko Widodo meresmikan Bendungan Ciawi di Bogor, Jawa Barat, pada Senin pagi."


def bad_folder(root: Path) -> Path:
    root.mkdir()
    (root / "baik.txt").write_text(GOOD, encoding="utf-8")
    (root / "q.txt").write_bytes(b"q")
    (root / "kosong.jsonl").write_bytes(b"")
    (root / "campur.jsonl").write_text(
        json.dumps({"text": GOOD + " Kedua."}) + "\n{rusak\n" + json.dumps({"text": "[" * 50}) + "\n",
        encoding="utf-8",
    )
    (root / "acak.warc.gz").write_bytes(os.urandom(2000))
    (root / "rusak.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 100)[:40])
    (root / "foto.png").write_bytes(b"\x89PNG")
    (root / "passwd.txt").symlink_to("/etc/passwd")
    with open(os.fsencode(str(root)) + b"/nama\xff.txt", "wb") as handle:
        handle.write((GOOD + " Ketiga.").encode())
    return root


def test_every_input_is_in_the_summary_and_the_failures_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = bad_folder(tmp_path / "masuk")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert main(["ingest", str(root), "--db", db]) == 0
    out = capsys.readouterr().out
    line = out.strip().splitlines()[-1]
    match = re.match(r"read (\d+), stored (\d+), duplicates (\d+), failed (\d+).*skipped (\d+)", line)
    assert match, line
    read, stored, duplicates, failed, skipped = map(int, match.groups())
    assert read == stored + duplicates + failed + skipped
    assert stored == 3 and skipped == 2  # foto.png (suffix), passwd.txt (symlink outside input)
    assert "symlink-outside-input 1" in line and "suffix 1" in line

    assert main(["failures", "--db", db, "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == failed + skipped
    by_name = {(Path(r["file"]).name, r["position"]): r["reason"] for r in rows}
    assert by_name[("q.txt", None)] == "no-article-text"
    assert by_name[("kosong.jsonl", None)] == "no-records"
    assert by_name[("campur.jsonl", "line2")] == "bad-jsonl"
    assert by_name[("passwd.txt", None)] == "skipped-symlink-outside-input"
    assert by_name[("foto.png", None)] == "skipped-suffix"
    assert any(name == "acak.warc.gz" for name, _ in by_name)
    assert any(name == "rusak.jsonl.gz" and reason == "corrupt-gzip" for (name, _), reason in by_name.items())
    assert len({r["run"] for r in rows}) == 1

    assert main(["failures", "--db", db, "--reason", "bad-jsonl", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(Path(r["file"]).name, r["position"]) for r in table] == [("campur.jsonl", "line2")]

    assert main(["failures", "--db", db, "--file", "passwd", "--run", "last"]) == 0
    shown = capsys.readouterr().out
    assert "passwd.txt" in shown and "q.txt" not in shown


def test_stored_name_that_is_not_utf8_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "masuk"
    root.mkdir()
    with open(os.fsencode(str(root)) + b"/nama\xff.txt", "wb") as handle:
        handle.write(GOOD.encode())
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert main(["-q", "ingest", str(root), "--db", db]) == 0
    from warta.store import open_store

    store = open_store(db)
    try:
        (meta,) = list(store.iter_meta())
        assert store.has_source(f"{root}/nama\\xff.txt")
    finally:
        store.close()
    assert meta["id"]
