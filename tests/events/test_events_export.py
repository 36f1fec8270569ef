"""`warta export --format events`: GDELT 2.0 Event-shaped TSV, one row per incident, on both backends."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from eventdata import ingest_reports

from warta.cli import main
from warta.corpus.export import EVENT_COLUMNS, export_to_string
from warta.errors import WartaError


def test_events_export(tmp_path: Path, store_url: str) -> None:
    ingest_reports(tmp_path / "reports.jsonl", store_url).close()
    out = tmp_path / "events.tsv"
    assert main(["-q", "export", "--format", "events", "--db", store_url, "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(EVENT_COLUMNS) == 61 and list(rows[0]) == list(EVENT_COLUMNS)
    arrests = [r for r in rows if r["EventCode"] == "173" and r["Actor1Name"] == "POLISI"]
    assert len(arrests) == 1  # three reports of one arrest: one row
    arrest = arrests[0]
    assert (arrest["EventRootCode"], arrest["QuadClass"], arrest["GoldsteinScale"]) == ("17", "4", "-5.0")
    assert arrest["NumArticles"] == "3" and arrest["NumSources"] == "3"
    assert arrest["Actor1Type1Code"] == "COP" and arrest["SQLDATE"] == "20240603"
    assert arrest["ActionGeo_FullName"] == "Medan" and arrest["ActionGeo_Lat"]
    assert arrest["SOURCEURL"].startswith("https://") and arrest["AvgTone"]
    accusation = next(r for r in rows if r["EventCode"] == "112")
    assert accusation["Actor1CountryCode"] == "RUS" and accusation["Actor2CountryCode"] == "UKR"
    assert accusation["Actor1Code"] == "RUS"


def test_events_format_needs_the_store() -> None:
    with pytest.raises(WartaError, match="incidents"):
        export_to_string([], "events")
