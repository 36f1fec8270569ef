"""`warta export` over a stored corpus, in every format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from warta.cli import main
from warta.corpus.export import GKG_COLUMNS
from warta.record import Record
from warta.store import open_store


@pytest.fixture
def db(store_url: str, sample_records: Callable[[], list[Record]]) -> str:
    store = open_store(store_url)
    try:
        store.put_many(sample_records())
    finally:
        store.close()
    return store_url


def test_jsonl_to_stdout(
    db: str, capsys: pytest.CaptureFixture[str], sample_records: Callable[[], list[Record]]
) -> None:
    assert main(["export", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    got = sorted((json.loads(line) for line in lines), key=lambda r: r["id"])
    assert [r["id"] for r in got] == sorted(r.id for r in sample_records())
    assert got[0]["quotes"][0]["speaker"] == "Sri Mulyani Indrawati"


def test_gkg_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "warta.tsv"
    assert main(["-q", "export", "--format", "gkg", "--db", db, "--out", str(out)]) == 0
    header, *rows = out.read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == list(GKG_COLUMNS)
    by_id = {r.split("\t")[3]: dict(zip(GKG_COLUMNS, r.split("\t"), strict=True)) for r in rows}
    assert len(by_id) == 6
    a1 = by_id["a1"]
    assert a1["DATE"] == "20240506" and a1["SOURCE"] == "Kompas"
    assert a1["PERSONS"] == "Sri Mulyani Indrawati"
    assert a1["LOCATIONS"] == "Jakarta#ID#-6.2146#106.8451"
    assert a1["QUOTATIONS"] == "Sri Mulyani Indrawati|Tuduhan itu tidak benar,"
    assert by_id["a3"]["ORGANIZATIONS"] == "Indonesia Corruption Watch;Kementerian Keuangan"


def test_csv_and_parquet(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--db", db]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["id"] for r in rows} == {"a1", "a2", "a3", "a4", "a5", "a6"}
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "w.parquet"
    assert main(["export", "--format", "parquet", "--db", db, "--out", str(out)]) == 0
    assert "exported 6 records" in capsys.readouterr().err
    assert sorted(pq.read_table(out).column("id").to_pylist()) == ["a1", "a2", "a3", "a4", "a5", "a6"]


def test_parquet_to_stdout_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "parquet", "--db", db]) == 1
    assert "needs --out" in capsys.readouterr().err
