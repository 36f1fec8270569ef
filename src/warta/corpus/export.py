"""Export stored records as JSONL, CSV, Parquet or a GKG-like tab-delimited table.

The GKG-like format (after GDELT's Global Knowledge Graph) has one article a
line, a header line first, and these tab-separated columns:

``DATE``           publication date as YYYYMMDD (empty when unknown)
``SOURCE``         outlet name, else the URL's host
``URL``            the article URL
``ID``             the Warta record id
``PERSONS``        canonical person names, ``;``-separated
``ORGANIZATIONS``  canonical organisation names, ``;``-separated
``LOCATIONS``      ``name#country#lat#lon`` items, ``;``-separated (empty parts when unknown)
``QUOTATIONS``     ``speaker|text`` items, ``;``-separated
``TITLE``          the headline
``DUPLICATE_GROUP`` ``CANONICAL_ID`` ``DUPLICATE_OF`` ``DUPLICATE_KIND`` ``STORY_ID``
                   the corpus layer (below)

Every format carries the corpus layer of each article (``CORPUS_COLUMNS``):
its near-duplicate group, the group's canonical member, ``duplicate_of`` (the
canonical, for the other members), the kind (exact, near, syndicated) and the
story id; JSONL adds them as top-level keys beside the record's. With
``collapse`` the store yields one article per duplicate group (the canonical).

Delimiter characters inside values (tab, newline, ``;``, ``#``, ``|``) are
replaced by spaces so every line splits the same way.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from warta.errors import MissingExtra, WartaError
from warta.record import Record

FORMATS = ("jsonl", "csv", "parquet", "gkg", "events")
CORPUS_COLUMNS = ("duplicate_group", "canonical_id", "duplicate_of", "duplicate_kind", "story_id")
GKG_COLUMNS = (
    "DATE", "SOURCE", "URL", "ID", "PERSONS", "ORGANIZATIONS", "LOCATIONS", "QUOTATIONS", "TITLE",
    "V2TONE", *(c.upper() for c in CORPUS_COLUMNS),
)  # fmt: skip
FLAT_COLUMNS = (
    "id",
    "url",
    "title",
    "outlet",
    "published",
    "language",
    "authors",
    "persons",
    "organizations",
    "locations",
    "quotes",
    "claims",
    *CORPUS_COLUMNS,
    "body",
)
# Entity type labels (as the NER stage may spell them) for each GKG column.
PERSON_TYPES = frozenset({"PER", "PERSON"})
ORG_TYPES = frozenset({"ORG", "ORGANIZATION", "ORGANISATION"})
LOCATION_TYPES = frozenset({"LOC", "GPE", "LOCATION", "PLACE"})
_GKG_UNSAFE = re.compile(r"[\t\r\n;#|]+")
PARQUET_ROWS = 2000
# A record, or a record with its corpus fields (``Store.iter_exported``).
Exportable = Record | tuple[Record, Mapping[str, Any]]


def split_exportable(item: Exportable) -> tuple[Record, dict[str, Any]]:
    """Return the record and its corpus fields (all None for a bare record)."""
    if isinstance(item, Record):
        return item, dict.fromkeys(CORPUS_COLUMNS)
    record, fields = item
    return record, {c: fields.get(c) for c in CORPUS_COLUMNS}


def _clean(value: str | None) -> str:
    return " ".join(_GKG_UNSAFE.sub(" ", value or "").split())


def _names(record: Record, types: frozenset[str]) -> list[str]:
    seen: dict[str, None] = {}
    for entity in record.entities:
        if entity.type.upper() in types and entity.canonical:
            seen.setdefault(entity.canonical, None)
    return list(seen)


def _locations(record: Record) -> list[str]:
    seen: dict[str, str] = {}
    for entity in record.entities:
        if entity.type.upper() not in LOCATION_TYPES or not entity.canonical or entity.canonical in seen:
            continue
        lat = "" if entity.lat is None else f"{entity.lat:.4f}"
        lon = "" if entity.lon is None else f"{entity.lon:.4f}"
        seen[entity.canonical] = f"{_clean(entity.canonical)}#{_clean(entity.country)}#{lat}#{lon}"
    return list(seen.values())


def source_of(record: Record) -> str:
    """Return the outlet, else the host of the URL, else an empty string."""
    if record.outlet:
        return record.outlet
    return (urlsplit(record.url).hostname or "") if record.url else ""


def gkg_row(item: Exportable) -> list[str]:
    """Return the GKG-like columns of one record."""
    record, corpus = split_exportable(item)
    date = (record.published.date or "")[:10].replace("-", "")
    quotes = [f"{_clean(q.speaker)}|{_clean(q.text)}" for q in record.quotes]
    return [
        date,
        _clean(source_of(record)),
        _clean(record.url),
        record.id,
        ";".join(_clean(n) for n in _names(record, PERSON_TYPES)),
        ";".join(_clean(n) for n in _names(record, ORG_TYPES)),
        ";".join(_locations(record)),
        ";".join(quotes),
        _clean(record.title),
        v2tone(record),
        *(_clean(corpus[c]) for c in CORPUS_COLUMNS),
    ]


def v2tone(record: Record) -> str:
    """GDELT GKG 2.0's V2Tone field: tone, positive, negative, polarity, activity and
    self/group reference densities, word count, comma-separated; empty without a tone."""
    tone = record.tone
    if tone is None:
        return ""
    figures = (tone.tone, tone.positive, tone.negative, tone.polarity, tone.activity, tone.self_group)
    return ",".join([*(f"{value:.4g}" for value in figures), str(tone.words)])


def flat_row(item: Exportable) -> dict[str, Any]:
    """Return one record as flat columns (lists joined with ``; ``) for CSV and Parquet."""
    record, corpus = split_exportable(item)
    return {
        "id": record.id,
        "url": record.url,
        "title": record.title,
        "outlet": record.outlet,
        "published": record.published.date,
        "language": record.language,
        "authors": "; ".join(a.name for a in record.authors),
        "persons": "; ".join(_names(record, PERSON_TYPES)),
        "organizations": "; ".join(_names(record, ORG_TYPES)),
        "locations": "; ".join(_names(record, LOCATION_TYPES)),
        "quotes": len(record.quotes),
        "claims": len(record.claims),
        **corpus,
        "body": record.body,
    }


def write_jsonl(records: Iterable[Exportable], out: TextIO) -> int:
    count = 0
    for item in records:
        record, corpus = split_exportable(item)
        out.write(json.dumps(record.to_dict() | corpus, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Exportable], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flat_row(record))
        count += 1
    return count


def write_gkg(records: Iterable[Exportable], out: TextIO) -> int:
    out.write("\t".join(GKG_COLUMNS) + "\n")
    count = 0
    for record in records:
        out.write("\t".join(gkg_row(record)) + "\n")
        count += 1
    return count


def write_parquet(records: Iterable[Exportable], path: str | Path) -> int:
    """Write flat columns plus the full record JSON (``record``) to a Parquet file."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("pyarrow", "export") from exc
    fields = [(name, pa.int64() if name in ("quotes", "claims") else pa.string()) for name in FLAT_COLUMNS]
    schema = pa.schema([*fields, ("record", pa.string())])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(records, PARQUET_ROWS):
            rows = [{**flat_row(item), "record": _record_json(split_exportable(item)[0])} for item in chunk]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def _record_json(record: Record) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False)


def _chunks(records: Iterable[Exportable], size: int) -> Iterator[list[Exportable]]:
    chunk: list[Exportable] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export(records: Iterable[Exportable], fmt: str, out: str | Path | TextIO) -> int:
    """Write ``records`` in ``fmt`` to a path or an open text stream; return how many were written."""
    if fmt not in FORMATS:
        raise WartaError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "events":
        raise WartaError(
            "the events export reads the store's incidents: use warta.store.events.export_events"
        )
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise WartaError("parquet export needs --out FILE")
        return write_parquet(records, out)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "gkg": write_gkg}[fmt]
    if isinstance(out, str | Path):
        try:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                return writer(records, handle)
        except OSError as exc:
            raise WartaError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    return writer(records, out)


# GDELT 2.0 Event table columns, in order (GDELT Event Codebook V2.0); one row per incident
# (``warta.store.events.export_events``). Actor codes are ISO alpha-3 country + sector ("IDNCOP");
# fields Warta has no value for stay empty.
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
EVENT_COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR)
    + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale")
    + ("NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO)
    + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)


def write_event_rows(rows: Iterable[dict[str, str]], out: TextIO) -> int:
    """Write GDELT 2.0 Event-shaped rows (dicts keyed by EVENT_COLUMNS) as TSV with a header."""
    out.write("\t".join(EVENT_COLUMNS) + "\n")
    count = 0
    for row in rows:
        out.write("\t".join(_clean(str(row.get(c, "") or "")) for c in EVENT_COLUMNS) + "\n")
        count += 1
    return count


def export_to_string(records: Iterable[Exportable], fmt: str) -> str:
    """Return a text export as a string (tests, small stores)."""
    buffer = io.StringIO(newline="")
    export(records, fmt, buffer)
    return buffer.getvalue()
