"""Events and incidents in the store on both backends, filled by ``warta ingest``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus.planted import write_corpus
from warta.config import Config
from warta.corpus import ingest as driver
from warta.engine.local import LocalEngine
from warta.store import open_store
from warta.store.events import EventQuery, actor_pairs, find_events, find_incidents, refresh_events


def _ingest(sources: list[str], url: str) -> Any:
    config = Config()
    store = open_store(url, config)
    engine = LocalEngine(config)
    try:
        driver.ingest(sources, store, config, engine, batch_size=4)
    finally:
        engine.close()
    return store


def test_ingest_fills_events_and_one_incident_per_syndicated_report(tmp_path: Path, store_url: str) -> None:
    planted = write_corpus(tmp_path / "corpus.jsonl", stories=8, copies_every=2)
    store = _ingest([str(planted.path)], store_url)
    try:
        events = find_events(store, EventQuery(limit=1000))
        assert events["total"] > 0
        assert {f["value"] for f in events["facets"]["type"]} <= {
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
        }  # fmt: skip
        # Every event row is in exactly one incident; the syndicated copies of a story add
        # reports to the original's incidents instead of new incidents.
        assert all(e["incident"] for e in events["events"])
        incidents = find_incidents(store, limit=1000)
        assert sum(i["articles"] for i in incidents["incidents"]) == events["total"]
        copied = [members for members in planted.stories if len(members) > 1]
        assert copied and max(i["reports"] for i in incidents["incidents"]) == 3
        # Rows per real incident: incidents of the stored originals only are the real ones.
        real = set()
        for event in events["events"]:
            if event["url"] and event["url"].rsplit("/", 2)[0] == "https://kompas.example":
                real.add(event["incident"])
        assert real and incidents["total"] / len(real) < 1.05
        # A second ingest adds nothing and keeps the incidents.
        again = refresh_events(store)
        assert again.articles == 0 and again.incidents == incidents["total"]
    finally:
        store.close()


def test_event_filters(tmp_path: Path, store_url: str) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"text": "JAKARTA, KOMPAS.com - Polisi menangkap dua pengedar narkoba di Medan, Senin (3/6/2024). '
        'Rusia menuduh Ukraina menyerang Kursk.", "url": "https://kompas.example/a", "date": "2024-06-03"}\n'
        '{"text": "JAKARTA, detikcom - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di '
        'Tokyo.", "url": "https://detik.example/b", "date": "2024-06-05"}\n',
        encoding="utf-8",
    )
    store = _ingest([str(tmp_path / "a.jsonl")], store_url)
    try:
        assert {e["type"] for e in find_events(store, EventQuery(type="coerce"))["events"]} == {"COERCE"}
        assert find_events(store, EventQuery(sector="COP"))["total"] >= 1
        accusations = find_events(store, EventQuery(actor="Russia"))["events"]
        assert accusations and all(e["actor"] == "Russia" for e in accusations)
        assert find_events(store, EventQuery(recipient="Ukraine"))["total"] >= 1
        assert find_events(store, EventQuery(country="JP"))["total"] == 1
        assert find_events(store, EventQuery(date_from="2024-06-04"))["total"] == 1
        assert find_events(store, EventQuery(outlet="detikcom"))["total"] == 1
        assert find_events(store, EventQuery(type="AID"))["total"] == 0
        meeting = find_events(store, EventQuery(type="CONSULT"))["events"][0]
        assert meeting["location"] == "Tokyo" and meeting["lat"] is not None
        assert find_events(store, EventQuery(incident=meeting["incident"]))["total"] == 1
        pairs = actor_pairs(store, EventQuery())
        assert any(p["actor"] == "Russia" and p["recipient"] == "Ukraine" for p in pairs)
    finally:
        store.close()
