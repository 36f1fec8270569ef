"""The prebuilt gazetteer tables are current and give exactly what building them gives."""

from __future__ import annotations

import json

from warta import gazetteer_index
from warta.linking import build_names, build_places, load_gazetteer


def test_shipped_tables_are_current() -> None:
    for path in (gazetteer_index.NAMES_FILE, gazetteer_index.PLACES_FILE):
        stored = json.loads(path.read_text(encoding="utf-8"))["fingerprint"]
        assert stored == gazetteer_index.fingerprint(), (
            f"{path} is stale: run `python scripts/build_gazetteer_index.py`"
        )


def test_prebuilt_tables_equal_a_fresh_build() -> None:
    assert gazetteer_index.load_names() == build_names()
    assert gazetteer_index.load_places() == {
        name: {field: city[field] for field in gazetteer_index.PLACE_FIELDS}
        for name, city in build_places().items()
    }


def test_a_stale_table_is_ignored(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "names.json"
    stale.write_text(json.dumps({"fingerprint": "0" * 16, "rows": [["Atlantis", "Atlantis", "GPE"]]}))
    monkeypatch.setattr(gazetteer_index, "NAMES_FILE", stale)
    assert gazetteer_index.load_names() is None
    load_gazetteer.cache_clear()
    try:
        assert load_gazetteer().lookup("Atlantis") is None  # built from the sources instead
        assert load_gazetteer().lookup("Surabaya") is not None
    finally:
        load_gazetteer.cache_clear()
