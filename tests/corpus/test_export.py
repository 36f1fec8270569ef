"""Exports: JSONL round-trips, CSV and Parquet columns, the GKG-like table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from warta import analyze
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


# -- the corpus layer, from a stored corpus on both backends ------------------------------------


@pytest.fixture
def grouped_store(tmp_path: Path, store_url: str) -> tuple[str, Any]:
    from corpus.planted import write_corpus
    from warta.config import load_config
    from warta.corpus import ingest as driver
    from warta.engine.local import LocalEngine
    from warta.store import open_store

    planted = write_corpus(tmp_path / "berita.jsonl", stories=6)
    config = load_config(db=store_url)
    store = open_store(store_url, config)
    engine = LocalEngine(config)
    try:
        driver.ingest([str(planted.path)], store, config, engine, batch_size=4)
    finally:
        engine.close()
        store.close()
    return store_url, planted


def _exported(url: str, fmt: str, tmp_path: Path, collapse: bool = False) -> list[dict[str, Any]]:
    from warta.store import open_store

    store = open_store(url)
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            export(store.iter_exported(collapse=collapse), fmt, tmp_path / "out.parquet")
            rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
        else:
            text = export_to_string(store.iter_exported(collapse=collapse), fmt)
            if fmt == "jsonl":
                rows = [json.loads(line) for line in text.splitlines()]
            elif fmt == "csv":
                rows = list(csv.DictReader(io.StringIO(text)))
            else:
                lines = text.splitlines()
                header = lines[0].split("\t")
                cells = [line.split("\t") for line in lines[1:]]
                rows = [{k.lower(): v for k, v in zip(header, c, strict=True)} for c in cells]
    finally:
        store.close()
    # CSV and GKG have no null: an empty cell is None here.
    return [{k: (None if v == "" else v) for k, v in row.items()} for row in rows]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gkg"])
def test_exports_carry_groups_canonicals_kinds_and_stories(
    grouped_store: tuple[str, Any], fmt: str, tmp_path: Path
) -> None:
    url, planted = grouped_store
    rows = _exported(url, fmt, tmp_path)
    by_url = {r["url"]: r for r in rows}
    grouped = 0
    for number, story in enumerate(planted.stories):
        members = [r for u, r in by_url.items() if u.endswith(f"/{number}")]
        if len(story) == 1:
            assert [m["duplicate_group"] for m in members] == [None]
            continue
        (original,) = [m for m in members if m["url"].startswith("https://kompas.example/")]
        copies = [m for m in members if m is not original]
        assert copies and {m["duplicate_group"] for m in members} == {original["id"]}
        assert {m["canonical_id"] for m in members} == {original["id"]}
        assert original["duplicate_of"] is None and original["duplicate_kind"] is None
        assert {m["duplicate_of"] for m in copies} == {original["id"]}
        # Reprints by other outlets under their own dateline.
        assert {m["duplicate_kind"] for m in copies} == {"syndicated"}
        grouped += 1
    assert grouped >= 2
    assert all(r["story_id"] for r in rows)
    # A syndicated copy is in its original's story (same entities and text, within the window).
    story_of = {r["id"]: r["story_id"] for r in rows}
    assert all(story_of[r["duplicate_of"]] == r["story_id"] for r in rows if r["duplicate_of"])


def test_collapse_exports_one_row_per_duplicate_group(grouped_store: tuple[str, Any], tmp_path: Path) -> None:
    url, _ = grouped_store
    full = _exported(url, "jsonl", tmp_path)
    collapsed = _exported(url, "jsonl", tmp_path, collapse=True)
    groups = {r["duplicate_group"] for r in full if r["duplicate_group"]}
    assert len(collapsed) == sum(1 for r in full if not r["duplicate_group"]) + len(groups)
    assert {r["duplicate_group"] for r in collapsed if r["duplicate_group"]} == groups
    assert all(r["duplicate_of"] is None for r in collapsed)


def test_article_meta_carries_the_corpus_layer(grouped_store: tuple[str, Any]) -> None:
    from warta.store import open_store

    url, _ = grouped_store
    store = open_store(url)
    try:
        metas = [store.get_meta(m["id"]) for m in store.iter_meta()]
    finally:
        store.close()
    copies = [m for m in metas if m and m["duplicate_of"]]
    assert copies and all(m["duplicate_kind"] == "syndicated" and m["story_id"] for m in copies)
    assert all(m["canonical_id"] == m["duplicate_group"] for m in copies)


def test_gkg_v2tone_carries_the_record_tone() -> None:
    from warta.record import Tone

    toned = Record(id="t", tone=Tone(-2.5, 1.25, 3.75, 5.0, 20.0, 0.5, 80, "negative", -0.4))
    row = dict(zip(GKG_COLUMNS, gkg_row(toned), strict=True))
    assert row["V2TONE"] == "-2.5,1.25,3.75,5,20,0.5,80"
    assert dict(zip(GKG_COLUMNS, gkg_row(Record(id="u")), strict=True))["V2TONE"] == ""
    text = "Harga beras naik tajam. Pedagang mengeluhkan penurunan omzet dan pembeli kecewa."
    analysed = dict(zip(GKG_COLUMNS, gkg_row(analyze(text)), strict=True))
    tone, positive, negative, *_, words = analysed["V2TONE"].split(",")
    assert int(words) > 0 and abs(float(tone) - (float(positive) - float(negative))) < 0.01
