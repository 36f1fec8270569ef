"""The public entry point: raw article in, enriched ``Record`` out."""

from __future__ import annotations

from functools import lru_cache

from warta.config import Config
from warta.pipeline import FunctionStage, Pipeline, Stage
from warta.record import Found, Record, Source


def default_stages(config: Config | None = None) -> list[Stage]:
    """Return the standard stage list, in order."""
    from warta.stages import (
        claims,
        clean,
        dates,
        entities,
        finish,
        language,
        load,
        meta,
        quotes,
        segment,
        sources,
    )  # fmt: skip
    from warta.stages.tone import ToneStage

    def writes(*names: str) -> frozenset[str]:
        return frozenset(names)

    return [
        FunctionStage(
            "load",
            load.load,
            writes("input", "raw", "raw_format", "raw_lines", "url", "evidence", "warnings"),
        ),
        FunctionStage(
            "clean", clean.clean, writes("body", "paragraphs", "boilerplate", "evidence", "warnings")
        ),
        FunctionStage(
            "meta",
            meta.resolve_meta,
            writes(
                "title",
                "authors",
                "outlet",
                "dateline",
                "image",
                "tags",
                "related_links",
                "published",
                "warnings",
            ),
        ),  # fmt: skip
        FunctionStage("language", language.detect_language, writes("language", "warnings")),
        FunctionStage("segment", segment.segment, writes("sentences")),
        FunctionStage("dates", dates.find_dates, writes("dates", "published", "warnings")),
        entities.EntityStage.from_config(config or Config()),
        FunctionStage("sources", sources.find_sources, writes("sources_cited")),
        FunctionStage("quotes", quotes.find_quotes, writes("quotes")),
        FunctionStage("claims", claims.find_claims, writes("claims")),
        ToneStage(),
        FunctionStage("finish", finish.finish, writes("id", "warnings")),
    ]


@lru_cache(maxsize=4)
def _pipeline(config: Config) -> Pipeline:
    return Pipeline(default_stages(config), config)


def default_pipeline(config: Config | None = None) -> Pipeline:
    """Return a cached pipeline for ``config`` (stages load models once)."""
    return _pipeline(config or Config())


def analyze(
    source: str | bytes,
    *,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    name: str | None = None,
    config: Config | None = None,
) -> Record:
    """Turn one raw article (plain text, HTML, or a JSON object) into a record.

    Args:
        source: the article as text or undecoded bytes.
        url: the article's address, when known.
        published: an ISO date (YYYY-MM-DD) that overrides any date found in the input.
        title: a title that overrides the one found in the input.
        name: where the input came from (a file name), used in error messages.

    Raises:
        BadInput: the input is empty, binary, too large or undecodable.
        WartaError: any other failure, labelled with the stage that failed.
    """
    record = input_record(source, url=url, published=published, title=title, name=name)
    return default_pipeline(config).run(record)


def input_record(
    source: str | bytes,
    *,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    name: str | None = None,
) -> Record:
    """A record holding one raw input and what the caller says about it, ready for a pipeline.

    The caller's ``published`` and ``title`` become evidence of source ``caller``, which
    the ``meta`` stage ranks above anything found in the input.
    """
    record = Record(url=url, origin=name, input=source)
    if title and title.strip():
        record.evidence.titles.append(Found(title.strip(), Source.CALLER))
    if published and str(published).strip():
        record.evidence.dates.append(Found(str(published).strip(), Source.CALLER))
    return record
