"""The meta stage: fields resolved from typed evidence through the named precedence tables."""

from __future__ import annotations

from pathlib import Path

from warta.analysis import default_stages
from warta.config import Config
from warta.record import Author, Evidence, Found, Record, Source
from warta.stages import meta

DOCS = Path(__file__).resolve().parents[2] / "docs" / "record.md"


def _record(**lists: list[Found]) -> Record:  # type: ignore[type-arg]
    return Record(evidence=Evidence(**lists))


def test_title_follows_the_table_not_the_order_found() -> None:
    record = _record(
        titles=[
            Found("Judul dari trafilatura", Source.TRAFILATURA),
            Found("Judul JSON-LD", Source.JSONLD),
            Found("Judul  og:title", Source.META),
        ]
    )
    assert meta.resolve_meta(record, Config()).title == "Judul og:title"


def test_an_unparsable_date_falls_through_to_the_next_source() -> None:
    record = _record(
        dates=[Found("kemarin sore", Source.JSONLD), Found("Rabu, 10 Mei 2023 14:30 WIB", Source.HEADER)]
    )
    published = meta.resolve_meta(record, Config()).published
    assert (published.date, published.source, published.inferred) == ("2023-05-10", "header", False)
    assert published.text == "Rabu, 10 Mei 2023 14:30 WIB"
    assert "unparsed-date: kemarin sore" in record.warnings


def test_caller_date_wins() -> None:
    record = _record(
        dates=[Found("2023-05-10T08:00:00+07:00", Source.JSON), Found("2024-01-02", Source.CALLER)]
    )
    assert meta.resolve_meta(record, Config()).published.date == "2024-01-02"


def test_authors_keep_bylines_and_the_first_metadata_source() -> None:
    record = _record(
        authors=[
            Found(Author("Dewi Lestari", "author"), Source.META),
            Found(Author("Rina Sari", "author"), Source.JSONLD),
            Found(Author("Rina Sari", "reporter"), Source.BODY),
            Found(Author("Budi Santoso", "editor"), Source.DATALAYER),
        ]
    )
    authors = [(a.name, a.role) for a in meta.resolve_meta(record, Config()).authors]
    # JSON-LD outranks <meta>; a name already printed with a role is not repeated as "author".
    assert authors == [("Rina Sari", "reporter"), ("Budi Santoso", "editor")]


def test_outlet_from_dateline_then_metadata_then_url() -> None:
    record = _record(outlets=[Found("kompas.com", Source.META), Found("KOMPAS.com", Source.DATELINE)])
    assert meta.resolve_meta(record, Config()).outlet == "KOMPAS.com"
    record = _record(outlets=[Found("kompas.com", Source.META)])
    assert meta.resolve_meta(record, Config()).outlet == "Kompas.com"
    record = Record(url="https://nasional.kompas.com/read/2024/05/13/x")
    assert meta.resolve_meta(record, Config()).outlet == "Kompas.com"


def test_docs_print_the_tables_as_the_code_has_them() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert meta.precedence_markdown() in text, (
        "regenerate the tables in docs/record.md from meta.precedence_markdown()"
    )


def test_docs_list_every_stage_and_its_writes() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for stage in default_stages(Config(ner_model="none")):
        assert f"| `{stage.name}` | {', '.join(f'`{w}`' for w in sorted(stage.writes))} |" in text
