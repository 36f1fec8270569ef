"""Exports: JSONL round-trips, CSV and Parquet columns, the GKG-like table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from warta.corpus.export import GKG_COLUMNS, export, export_to_string, gkg_row, source_of
from warta.errors import WartaError
from warta.record import Author, Entity, Published, Quote, Record


def sample() -> list[Record]:
    quote = Quote(
        text="Kami akan menambah\tpasokan; harga turun #segera",
        kind="direct",
        speaker="Zulkifli Hasan",
        speaker_mention="Zulhas",
        speaker_title="Menteri Perdagangan",
        cue="kata",
        start=0,
        end=10,
        sentence=0,
    )
    first = Record(
        id="a1",
        url="https://www.kompas.com/berita/1",
        title="Harga beras naik",
        outlet="Kompas.com",
        published=Published(date="2024-05-06"),
        authors=[Author("Sri Lestari")],
        body="Harga beras naik di Jakarta.",
        entities=[
            Entity(text="Zulhas", type="PER", canonical="Zulkifli Hasan"),
            Entity(text="Bulog", type="ORG", canonical="Perum Bulog"),
            Entity(text="Jakarta", type="GPE", canonical="Jakarta", country="ID", lat=-6.2146, lon=106.8451),
            Entity(text="Kemendag", type="ORG", canonical="Kementerian Perdagangan"),
            Entity(text="Pasar Induk", type="LOC", canonical="Pasar Induk Cipinang", country="ID"),
            Entity(text="Zulkifli", type="PER", canonical="Zulkifli Hasan"),
        ],
        quotes=[quote],
    )
    second = Record(id="b2", url="https://news.detik.com/x", body="Tanpa tanggal.", title=None)
    return [first, second]


def test_gkg_columns() -> None:
    text = export_to_string(sample(), "gkg")
    lines = text.splitlines()
    assert lines[0].split("\t") == list(GKG_COLUMNS)
    row = dict(zip(GKG_COLUMNS, lines[1].split("\t"), strict=True))
    assert row["DATE"] == "20240506"
    assert row["SOURCE"] == "Kompas.com"
    assert row["URL"] == "https://www.kompas.com/berita/1"
    assert row["PERSONS"] == "Zulkifli Hasan"
    assert row["ORGANIZATIONS"] == "Perum Bulog;Kementerian Perdagangan"
    assert row["LOCATIONS"].split(";") == ["Jakarta#ID#-6.2146#106.8451", "Pasar Induk Cipinang#ID##"]
    speaker, quote = row["QUOTATIONS"].split("|")
    assert speaker == "Zulkifli Hasan"
    assert quote == "Kami akan menambah pasokan harga turun segera"
    empty = dict(zip(GKG_COLUMNS, lines[2].split("\t"), strict=True))
    assert empty["DATE"] == "" and empty["SOURCE"] == "news.detik.com" and empty["PERSONS"] == ""
    assert all(len(line.split("\t")) == len(GKG_COLUMNS) for line in lines)


def test_source_falls_back_to_the_host() -> None:
    assert source_of(Record(url="https://www.tempo.co/a")) == "www.tempo.co"
    assert source_of(Record()) == ""
    assert gkg_row(Record(id="x"))[1] == ""


def test_jsonl_round_trips() -> None:
    records = sample()
    lines = export_to_string(records, "jsonl").splitlines()
    assert [Record.from_dict(json.loads(line)) for line in lines] == records


def test_csv_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(export_to_string(sample(), "csv"))))
    assert [r["id"] for r in rows] == ["a1", "b2"]
    assert rows[0]["persons"] == "Zulkifli Hasan"
    assert rows[0]["locations"] == "Jakarta; Pasar Induk Cipinang"
    assert rows[0]["authors"] == "Sri Lestari" and rows[0]["quotes"] == "1"
    assert rows[1]["published"] == ""


def test_parquet_file(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "warta.parquet"
    assert export(sample(), "parquet", out) == 2
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == ["a1", "b2"]
    assert table.column("quotes").to_pylist() == [1, 0]
    record = Record.from_dict(json.loads(table.column("record").to_pylist()[0]))
    assert record == sample()[0]


def test_parquet_needs_a_file_and_formats_are_checked() -> None:
    with pytest.raises(WartaError):
        export(sample(), "parquet", io.StringIO())
    with pytest.raises(WartaError):
        export(sample(), "xml", io.StringIO())
