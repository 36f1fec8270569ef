"""Incident grouping: the same event in a story or syndication group is one incident."""

from __future__ import annotations

from pathlib import Path

from eventdata import ingest_reports

from warta.corpus.incidents import EventRow, group_incidents
from warta.store.events import EventQuery, find_events, find_incidents, refresh_events


def _row(article: str, story: str | None = None, dup: str | None = None, **changes: object) -> EventRow:
    fields: dict[str, object] = {
        "type": "COERCE",
        "actor_key": "polisi",
        "recipient_key": "pengedar",
        "location_key": "medan",
        "negated": False,
    }
    fields.update(changes)
    return EventRow(article, 0, story_id=story, dup_group=dup, outlet_key=article, **fields)  # type: ignore[arg-type]


def test_story_and_syndication_groups_join_reports() -> None:
    rows = [
        _row("a", story="s1"),
        _row("b", story="s1"),
        _row("c", dup="g1"),
        _row("d", dup="g1", story="s1"),  # joins the story's group to the syndication group
        _row("e"),  # the same event in an unrelated article: its own incident
        _row("f", story="s1", type="ASSAULT"),  # another type in the story: another incident
    ]
    incidents = sorted(group_incidents(rows), key=lambda i: -i.reports)
    assert [i.reports for i in incidents] == [4, 1, 1]
    assert incidents[0].outlets == 4
    again = sorted(group_incidents(reversed(rows)), key=lambda i: -i.reports)
    assert [i.id for i in again] == [i.id for i in incidents]  # stable ids


def test_negated_events_are_their_own_incident() -> None:
    rows = [_row("a", story="s"), _row("b", story="s", negated=True)]
    assert len(group_incidents(rows)) == 2


def test_deleted_articles_leave_no_events(tmp_path: Path, store_url: str) -> None:
    store = ingest_reports(tmp_path / "reports.jsonl", store_url)
    try:
        before = find_events(store, EventQuery(limit=1000))
        victim = before["events"][0]["article_id"]
        assert store.delete_article(victim)
        counts = refresh_events(store)
        after = find_events(store, EventQuery(limit=1000))
        assert counts.removed > 0 and all(e["article_id"] != victim for e in after["events"])
        assert sum(i["articles"] for i in find_incidents(store, limit=1000)["incidents"]) == after["total"]
    finally:
        store.close()
