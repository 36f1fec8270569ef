"""The JSON key table: one object, one record, whether it goes through `warta analyze` or `warta ingest`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta import analyze
from warta.config import Config
from warta.corpus import ingest as driver
from warta.engine.local import LocalEngine
from warta.extract.json import NoArticleText, read_object
from warta.record import Source
from warta.store import open_store

OBJECT = {
    "headline": "Banjir Rob Rendam Pesisir Semarang",
    "html": (
        "<html><body><article><p>Semarang - Banjir rob kembali merendam permukiman di pesisir "
        "utara Semarang, Jawa Tengah, pada Selasa pagi.</p><p>Warga mengatakan air laut naik sejak "
        "subuh dan mencapai lutut orang dewasa di beberapa gang.</p></article></body></html>"
    ),
    "link": "https://contoh.id/banjir-rob",
    "date_publish": "2024-05-14T08:30:00+07:00",
    "outlet": "ANTARA Jateng",
    "author": "Rina Sari dan Budi Santoso",
    "keywords": ["banjir rob", "Semarang"],
}


def test_key_table_reads_every_field() -> None:
    article = read_object(OBJECT)
    assert article.fmt == "html" and article.url == "https://contoh.id/banjir-rob"
    evidence = article.evidence
    assert [(f.value, f.source) for f in evidence.titles] == [(OBJECT["headline"], Source.JSON)]
    assert [a.value.name for a in evidence.authors] == ["Rina Sari", "Budi Santoso"]
    assert [t.value for t in evidence.tags] == ["banjir rob", "Semarang"]
    assert evidence.dates[0].value == OBJECT["date_publish"]


def test_object_without_text_is_refused() -> None:
    with pytest.raises(NoArticleText, match="no text or html field"):
        read_object({"title": "Judul saja"})


def test_analyze_and_ingest_give_the_same_record(tmp_path: Path, store_url: str) -> None:
    config = Config(db=store_url, ner_model="none")
    path = tmp_path / "berita.jsonl"
    path.write_text(json.dumps(OBJECT) + "\n", encoding="utf-8")
    direct = analyze(json.dumps(OBJECT), config=config)
    assert direct.published.source == "json" and direct.outlet == "ANTARA Jateng"

    store = open_store(store_url, config)
    engine = LocalEngine(config)
    try:
        stats = driver.ingest([str(path)], store, config, engine)
        assert stats.outcomes["ok"] == 1
        stored = store.get(direct.id)
        meta = store.get_meta(direct.id)
    finally:
        engine.close()
        store.close()
    assert stored is not None and meta is not None
    key = f"{path}#line1"
    # Only where the input came from differs: and that is what the store's source column holds.
    assert stored.origin == key and meta["source"] == key
    assert {**stored.to_dict(), "origin": None} == direct.to_dict()
