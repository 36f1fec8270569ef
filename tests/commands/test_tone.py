"""`warta tone`: one JSON object per input line, in order; bad lines reported, not lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main


def test_one_object_per_line_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "judul.txt"
    path.write_bytes(b"IHSG Ambruk, Saham Bank Rontok\n\nLaba BRI Melonjak 20%\n")
    assert main(["tone", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert [r["label"] for r in rows] == ["negative", "neutral", "positive"]
    assert all(-1 <= r["score"] <= 1 for r in rows)


def test_a_line_that_is_not_utf8_is_reported_and_the_rest_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "judul.txt"
    path.write_bytes(b"Rupiah Anjlok\n\xff\xfe bad\nSaham Melesat\n")
    assert main(["tone", str(path), "--format", "table"]) == 1
    captured = capsys.readouterr()
    assert f"{path}:2: not UTF-8" in captured.err
    assert len(captured.out.splitlines()) == 4  # header + 3 lines


def test_missing_file_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tone", "/nonexistent/judul.txt"]) == 1
    assert "/nonexistent/judul.txt" in capsys.readouterr().err
