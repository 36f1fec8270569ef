"""Stored events, their parties and incidents: written after ingest, read by the API and exports.

``refresh_events`` codes nothing itself: it copies ``Record.events`` of every article not yet
copied into the ``events`` and ``event_parties`` tables, drops rows of deleted articles, and
regroups all events into incidents (``warta.corpus.incidents``) over the current stories and
syndication groups. ``warta ingest`` calls it once at the end of a run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from warta.corpus.incidents import EventRow, group_incidents
from warta.errors import StoreError, WartaError
from warta.record import EventParty, Record
from warta.store.rows import clamp_limit, clamp_offset, day_of, day_param, name_key
from warta.store.sql import SqlStore

EVENT_COLUMNS = (
    "article_id, n, type, cameo, root, quad, goldstein, mode, sentence, start_char, end_char, evidence, "
    "actor, actor_key, actor_country, actor_sector, recipient, recipient_key, recipient_country, "
    "recipient_sector, location, location_key, location_country, lat, lon, event_day, day, day_num, "
    "outlet_key, negated, confidence, claim_n"
)
PARTY_COLUMNS = "article_id, n, role, k, text, canonical, canonical_key, country, sector"
INCIDENT_COLUMNS = (
    "id, type, cameo, quad, actor, recipient, location, lat, lon, first_day, last_day, first_day_num, "
    "reports, articles, outlets, negated, story_id, evidence"
)
_BATCH = 200


@dataclass(slots=True)
class EventQuery:
    """Filters of /api/events; every field is optional. Names match case-insensitively."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None  # ISO code of a party or of the place
    sector: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    incident: str | None = None
    quad: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass(slots=True)
class RefreshCounts:
    articles: int = 0
    events: int = 0
    incidents: int = 0
    removed: int = 0


def _require_sql(store: Any) -> SqlStore:
    if not isinstance(store, SqlStore):
        raise StoreError(f"events need an SQL store, not {type(store).__name__}")
    return store


def _party_name(party: EventParty | None) -> str | None:
    return None if party is None else (party.canonical or party.text)


def _place(record: Record, name: str | None) -> tuple[str | None, float | None, float | None]:
    """The country and coordinates of an event's place, from the record's entity of that name."""
    if name is None:
        return None, None, None
    for entity in record.entities:
        if name in (entity.canonical, entity.text):
            return entity.country, entity.lat, entity.lon
    if record.dateline is not None and name in (record.dateline.canonical, record.dateline.place):
        return record.dateline.country, None, None
    return None, None, None


def event_rows(record: Record) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The events and event_parties rows of one record."""
    day, day_num = day_of(record.published.date if record.published else None)
    outlet_key = name_key(record.outlet)
    events: list[tuple[Any, ...]] = []
    parties: list[tuple[Any, ...]] = []
    for n, event in enumerate(record.events):
        actor = event.actors[0] if event.actors else None
        recipient = event.recipients[0] if event.recipients else None
        country, lat, lon = _place(record, event.location)
        evidence = record.sentences[event.sentence].text if event.sentence < len(record.sentences) else ""
        events.append(
            (
                record.id, n, event.type, event.cameo, event.cameo[:2], event.quad, event.goldstein,
                event.mode, event.sentence, event.start, event.end, evidence,
                _party_name(actor), name_key(_party_name(actor)), actor and actor.country,
                actor and actor.sector, _party_name(recipient), name_key(_party_name(recipient)),
                recipient and recipient.country, recipient and recipient.sector,
                event.location, name_key(event.location), country, lat, lon,
                event.date, day, day_num, outlet_key, int(event.negated), event.confidence, event.claim,
            )
        )  # fmt: skip
        for role, group in (("actor", event.actors), ("recipient", event.recipients)):
            for k, party in enumerate(group):
                name = _party_name(party)
                parties.append(
                    (
                        record.id,
                        n,
                        role,
                        k,
                        party.text,
                        party.canonical,
                        name_key(name),
                        party.country,
                        party.sector,
                    )
                )
    return events, parties


def refresh_events(store: Any) -> RefreshCounts:
    """Copy new articles' events into the tables and regroup every event into incidents."""
    sql = _require_sql(store)
    counts = RefreshCounts()
    with sql.transaction():
        for table in ("events", "event_parties", "event_articles"):
            before = int(sql._scalar(f"SELECT count(*) FROM {table}") or 0)
            sql._execute(
                f"DELETE FROM {table} WHERE NOT EXISTS "
                f"(SELECT 1 FROM articles a WHERE a.id = {table}.article_id)"
            )
            if table == "events":
                counts.removed = before - int(sql._scalar("SELECT count(*) FROM events") or 0)
        while True:
            rows = sql._all(
                "SELECT a.id, r.record FROM articles a JOIN article_records r ON r.article_id = a.id "
                "WHERE NOT EXISTS (SELECT 1 FROM event_articles e WHERE e.article_id = a.id) "
                "ORDER BY a.seq LIMIT ?",
                (_BATCH,),
            )
            if not rows:
                break
            events: list[tuple[Any, ...]] = []
            parties: list[tuple[Any, ...]] = []
            done: list[tuple[str, int]] = []
            for article_id, raw in rows:
                record = Record.from_dict(json.loads(raw))
                record.id = article_id
                record_events, record_parties = event_rows(record)
                events.extend(record_events)
                parties.extend(record_parties)
                done.append((article_id, len(record_events)))
            if events:
                sql._executemany(
                    f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({', '.join('?' * len(events[0]))})", events
                )
            if parties:
                sql._executemany(
                    f"INSERT INTO event_parties ({PARTY_COLUMNS}) VALUES ({', '.join('?' * 9)})", parties
                )
            sql._executemany("INSERT INTO event_articles (article_id, events) VALUES (?, ?)", done)
            counts.articles += len(done)
            counts.events += len(events)
        counts.incidents = rebuild_incidents(sql)
    return counts


def rebuild_incidents(sql: SqlStore) -> int:
    """Regroup all stored events into incidents; return the number of incidents."""
    rows = sql._all(
        "SELECT e.article_id, e.n, e.type, e.actor_key, e.recipient_key, e.location_key, e.negated, "
        "a.story_id, a.dup_group, e.outlet_key FROM events e JOIN articles a ON a.id = e.article_id"
    )
    incidents = group_incidents(
        EventRow(r[0], int(r[1]), r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9]) for r in rows
    )
    details = {
        (r[0], int(r[1])): r
        for r in sql._all(
            "SELECT article_id, n, cameo, quad, actor, recipient, location, lat, lon, day, day_num, evidence "
            "FROM events"
        )
    }
    story_of = {r[0]: r[7] for r in rows}
    sql._execute("DELETE FROM incidents")
    incident_rows: list[tuple[Any, ...]] = []
    links: list[tuple[str, str, int]] = []
    for incident in incidents:
        members = [details[(e.article_id, e.n)] for e in incident.events]
        first = members[0]
        days = sorted(m[9] for m in members if m[9])
        day_nums = [m[10] for m in members if m[10] is not None]
        located = next((m for m in members if m[7] is not None), first)
        incident_rows.append(
            (
                incident.id, incident.events[0].type, Counter(m[2] for m in members).most_common(1)[0][0],
                first[3], first[4], first[5], first[6], located[7], located[8],
                days[0] if days else None, days[-1] if days else None, min(day_nums) if day_nums else None,
                incident.reports, len(members), incident.outlets, int(incident.events[0].negated),
                story_of.get(incident.events[0].article_id), first[11],
            )
        )  # fmt: skip
        links.extend((incident.id, e.article_id, e.n) for e in incident.events)
    if incident_rows:
        sql._executemany(
            f"INSERT INTO incidents ({INCIDENT_COLUMNS}) VALUES ({', '.join('?' * 18)})", incident_rows
        )
        sql._executemany("UPDATE events SET incident_id = ? WHERE article_id = ? AND n = ?", links)
    return len(incident_rows)


# An event with a party that meets the condition.
_HAS_PARTY = "EXISTS (SELECT 1 FROM event_parties p WHERE p.article_id = e.article_id AND p.n = e.n AND {})"


def _where(sql: SqlStore, query: EventQuery, *also: str) -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters for ``query``, plus the fixed conditions ``also``."""
    clauses: list[str] = list(also)
    params: list[Any] = []

    def party(role: str, column: str, value: str) -> None:
        clauses.append(_HAS_PARTY.format(f"p.role = ? AND p.{column} = ?"))
        params.extend([role, value])

    if query.type:
        clauses.append("e.type = ?")
        params.append(query.type.upper())
    if query.quad:
        clauses.append("e.quad = ?")
        params.append(query.quad)
    if query.actor:
        party("actor", "canonical_key", name_key(query.actor) or "")
    if query.recipient:
        party("recipient", "canonical_key", name_key(query.recipient) or "")
    if query.country:
        code = query.country.upper()
        clauses.append(f"(e.location_country = ? OR {_HAS_PARTY.format('p.country = ?')})")
        params.extend([code, code])
    if query.sector:
        clauses.append(_HAS_PARTY.format("p.sector = ?"))
        params.append(query.sector.upper())
    for value, op, name in ((query.date_from, ">=", "from"), (query.date_to, "<=", "to")):
        day = day_param(value, name)
        if day is not None:
            clauses.append(f"e.day_num {op} ?")
            params.append(day)
    if query.outlet:
        clauses.append("e.outlet_key = ?")
        params.append(name_key(query.outlet))
    if query.incident:
        clauses.append("e.incident_id = ?")
        params.append(query.incident)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_LIST_COLUMNS = (
    "e.article_id, e.n, e.type, e.cameo, e.quad, e.goldstein, e.mode, e.evidence, e.actor, e.actor_country, "
    "e.actor_sector, e.recipient, e.recipient_country, e.recipient_sector, e.location, e.lat, e.lon, "
    "e.event_day, e.day, e.negated, e.confidence, e.claim_n, e.incident_id, a.title, a.outlet, a.url"
)
_LIST_KEYS = (
    "article_id", "n", "type", "cameo", "quad", "goldstein", "mode", "evidence", "actor", "actor_country",
    "actor_sector", "recipient", "recipient_country", "recipient_sector", "location", "lat", "lon",
    "date", "day", "negated", "confidence", "claim", "incident", "title", "outlet", "url",
)  # fmt: skip


def find_events(store: Any, query: EventQuery) -> dict[str, Any]:
    """Return ``{"total", "events", "facets"}`` for a filtered, paged list of events (newest first)."""
    sql = _require_sql(store)
    where, params = _where(sql, query)
    base = f"FROM events e JOIN articles a ON a.id = e.article_id{where}"
    total = int(sql._scalar(f"SELECT count(*) {base}", params) or 0)
    rows = sql._all(
        f"SELECT {_LIST_COLUMNS} {base} ORDER BY e.day_num DESC, e.article_id, e.n LIMIT ? OFFSET ?",
        [*params, clamp_limit(query.limit), clamp_offset(query.offset)],
    )
    events = []
    for row in rows:
        item = dict(zip(_LIST_KEYS, row, strict=True))
        item["id"] = f"{item['article_id']}:{item['n']}"
        item["negated"] = bool(item["negated"])
        events.append(item)
    facets = {
        name: [
            {"value": r[0], "count": int(r[1])}
            for r in sql._all(
                f"SELECT e.{name}, count(*) {base} GROUP BY e.{name} ORDER BY count(*) DESC", params
            )
            if r[0] is not None
        ]
        for name in ("type", "quad")
    }
    return {"total": total, "events": events, "facets": facets}


def event_timeline(store: Any, query: EventQuery) -> list[dict[str, Any]]:
    """Events per day and quad class (for the counts-over-time chart)."""
    sql = _require_sql(store)
    where, params = _where(sql, query, "e.day IS NOT NULL")
    rows = sql._all(
        f"SELECT e.day, e.quad, count(*) FROM events e JOIN articles a ON a.id = e.article_id{where} "
        "GROUP BY e.day, e.quad ORDER BY e.day",
        params,
    )
    return [{"day": r[0], "quad": r[1], "count": int(r[2])} for r in rows]


def event_places(store: Any, query: EventQuery) -> list[dict[str, Any]]:
    """Event counts per located place (for the map)."""
    sql = _require_sql(store)
    where, params = _where(sql, query, "e.lat IS NOT NULL")
    rows = sql._all(
        "SELECT e.location, avg(e.lat), avg(e.lon), count(*) FROM events e "
        f"JOIN articles a ON a.id = e.article_id{where} "
        "GROUP BY e.location ORDER BY count(*) DESC LIMIT 200",
        params,
    )
    return [{"location": r[0], "lat": float(r[1]), "lon": float(r[2]), "count": int(r[3])} for r in rows]


def actor_pairs(store: Any, query: EventQuery, limit: int = 25) -> list[dict[str, Any]]:
    """The most frequent actor -> recipient pairs with their event count and mean Goldstein value."""
    sql = _require_sql(store)
    where, params = _where(sql, query, "e.actor IS NOT NULL", "e.recipient IS NOT NULL")
    rows = sql._all(
        "SELECT e.actor, e.recipient, count(*), avg(e.goldstein) FROM events e "
        f"JOIN articles a ON a.id = e.article_id{where} "
        "GROUP BY e.actor, e.recipient ORDER BY count(*) DESC, e.actor LIMIT ?",
        [*params, clamp_limit(limit, 200)],
    )
    return [
        {"actor": r[0], "recipient": r[1], "count": int(r[2]), "goldstein": round(float(r[3]), 2)}
        for r in rows
    ]


def find_incidents(
    store: Any, *, type: str | None = None, min_reports: int = 1, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """Return ``{"total", "incidents"}``, most reported first."""
    sql = _require_sql(store)
    clauses: list[str] = ["reports >= ?"]
    params: list[Any] = [int(min_reports)]
    if type:
        clauses.append("type = ?")
        params.append(type.upper())
    where = " WHERE " + " AND ".join(clauses)
    total = int(sql._scalar(f"SELECT count(*) FROM incidents{where}", params) or 0)
    rows = sql._all(
        f"SELECT {INCIDENT_COLUMNS} FROM incidents{where} ORDER BY reports DESC, first_day_num DESC, id "
        "LIMIT ? OFFSET ?",
        [*params, clamp_limit(limit), clamp_offset(offset)],
    )
    keys = [c.strip() for c in INCIDENT_COLUMNS.split(",")]
    incidents = []
    for row in rows:
        item = dict(zip(keys, row, strict=True))
        item["negated"] = bool(item["negated"])
        incidents.append(item)
    return {"total": total, "incidents": incidents}


# GDELT QuadClass numbers (1 verbal cooperation … 4 material conflict).
_QUAD_CLASS = {
    "verbal-cooperation": 1,
    "material-cooperation": 2,
    "verbal-conflict": 3,
    "material-conflict": 4,
}


def _alpha3(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return country.alpha_3 if country is not None else ""


def incident_event_rows(store: Any) -> Iterator[dict[str, str]]:
    """One GDELT 2.0 Event-shaped row per incident: its first report's event, its report counts."""
    sql = _require_sql(store)
    rows = sql._all(
        "SELECT i.id, i.reports, i.articles, i.outlets, e.cameo, e.quad, e.goldstein, e.actor, "
        "e.actor_country, e.actor_sector, e.recipient, e.recipient_country, e.recipient_sector, e.location, "
        "e.location_country, e.lat, e.lon, coalesce(e.event_day, e.day), a.url, a.added_at, e.article_id "
        "FROM incidents i JOIN events e ON e.incident_id = i.id JOIN articles a ON a.id = e.article_id "
        "ORDER BY i.first_day_num, i.id, e.day_num, e.article_id, e.n"
    )
    tones = _incident_tones(sql)
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        (incident, reports, articles, outlets, cameo, quad, goldstein, actor, actor_country, actor_sector,
         recipient, recipient_country, recipient_sector, location, location_country, lat, lon, day, url,
         added_at, _) = row  # fmt: skip
        if incident in seen:
            continue
        seen.add(incident)
        date = (day or "").replace("-", "")[:8]
        out = {
            "GLOBALEVENTID": str(number),
            "SQLDATE": date,
            "MonthYear": date[:6],
            "Year": date[:4],
            "FractionDate": _fraction(day),
            "IsRootEvent": "1",
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": str(_QUAD_CLASS.get(quad, "")),
            "GoldsteinScale": f"{goldstein:.1f}",
            "NumMentions": str(articles),
            "NumSources": str(outlets),
            "NumArticles": str(reports),
            "AvgTone": f"{tones[incident]:.4f}" if incident in tones else "",
            "DATEADDED": (added_at or "").replace("-", "").replace("T", "").replace(":", "")[:14],
            "SOURCEURL": url or "",
        }
        for prefix, name, country, sector in (
            ("Actor1", actor, actor_country, actor_sector),
            ("Actor2", recipient, recipient_country, recipient_sector),
        ):
            out[f"{prefix}Name"] = (name or "").upper()
            out[f"{prefix}CountryCode"] = _alpha3(country)
            out[f"{prefix}Type1Code"] = sector or ""
            out[f"{prefix}Code"] = _alpha3(country) + (sector or "") if name else ""
        if location:
            geo = {
                "Type": "1" if location_country and location == _country_name(location_country) else "4",
                "FullName": location,
                "CountryCode": location_country or "",  # GDELT uses FIPS 10-4 here; Warta gives ISO
                "Lat": "" if lat is None else f"{lat:.4f}",
                "Long": "" if lon is None else f"{lon:.4f}",
            }
            for key, value in geo.items():
                out[f"ActionGeo_{key}"] = value
        yield out


def _country_name(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else country.name


def _fraction(day: str | None) -> str:
    """GDELT's FractionDate: year + day-of-year / 365."""
    if not day:
        return ""
    try:
        date = dt.date.fromisoformat(day[:10])
    except ValueError:
        return ""
    return f"{date.year + (date.timetuple().tm_yday - 1) / 365:.4f}"


def _incident_tones(sql: SqlStore) -> dict[str, float]:
    """Mean article tone (V2Tone ``tone``) of each incident's reports."""
    members: dict[str, set[str]] = {}
    for incident, article_id in sql._all(
        "SELECT incident_id, article_id FROM events WHERE incident_id IS NOT NULL"
    ):
        members.setdefault(incident, set()).add(article_id)
    tone: dict[str, float] = {}
    for article_id in {a for ids in members.values() for a in ids}:
        record = sql.get(article_id)
        if record is not None and record.tone is not None:
            tone[article_id] = record.tone.tone
    return {
        incident: sum(tone[a] for a in ids if a in tone) / len([a for a in ids if a in tone])
        for incident, ids in members.items()
        if any(a in tone for a in ids)
    }


def export_events(store: Any, out: str | Path | TextIO) -> int:
    """Write one GDELT 2.0 Event-shaped TSV row per incident to a path or stream; return the row count."""
    from warta.corpus.export import write_event_rows

    if isinstance(out, str | Path):
        try:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                return write_event_rows(incident_event_rows(store), handle)
        except OSError as exc:
            raise WartaError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    return write_event_rows(incident_event_rows(store), out)
