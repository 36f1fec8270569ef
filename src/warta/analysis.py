"""The public entry point: raw article in, enriched ``Record`` out."""

from __future__ import annotations

from functools import lru_cache

from warta.config import Config
from warta.pipeline import FunctionStage, Pipeline, Stage
from warta.record import Record


def default_stages(config: Config | None = None) -> list[Stage]:
    """Return the standard stage list, in order."""
    from warta.stages import claims, clean, dates, entities, finish, language, load, quotes, segment, sources
    from warta.stages.tone import ToneStage

    def writes(*names: str) -> frozenset[str]:
        return frozenset(names)

    return [
        FunctionStage("load", load.load, writes("raw", "raw_format", "raw_lines", "url", "hints")),
        FunctionStage(
            "clean",
            clean.clean,
            writes(
                "authors",
                "body",
                "boilerplate",
                "dateline",
                "image",
                "outlet",
                "paragraphs",
                "related_links",
                "tags",
                "title",
                "warnings",
                "hints",
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
    record = Record(url=url)
    record.hints = {"source": source, "name": name, "published": published, "title": title}
    return default_pipeline(config).run(record)
