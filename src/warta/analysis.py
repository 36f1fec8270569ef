"""The public entry point: raw article in, enriched ``Record`` out."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from warta.config import Config
from warta.errors import WartaError
from warta.pipeline import FunctionStage, Pipeline, Stage
from warta.record import Found, Record, Source


@dataclass(frozen=True, slots=True)
class StageSpec:
    """One stage of the standard pipeline, described without importing it.

    ``target`` is ``module:attribute``. ``builds`` says what it is: a ``(record, config) ->
    record`` function ("function"), a stage class built without arguments ("class"), or a
    constructor that takes the config ("from_config"). ``needs`` names the stages whose fields
    this one reads; a ``required`` stage always runs.
    """

    name: str
    target: str
    writes: frozenset[str]
    needs: tuple[str, ...] = ()
    required: bool = False
    builds: str = "function"


def _writes(*names: str) -> frozenset[str]:
    return frozenset(names)


STAGE_SPECS: tuple[StageSpec, ...] = (
    StageSpec(
        "load",
        "warta.stages.load:load",
        _writes("input", "raw", "raw_format", "raw_lines", "url", "evidence", "warnings"),
        required=True,
    ),
    StageSpec(
        "bound-input",
        "warta.stages.bound:bound_lines",
        _writes("raw_lines", "truncated"),
        needs=("load",),
        required=True,  # caps what the cleaning reads: every record pays the bound
    ),
    StageSpec(
        "clean",
        "warta.stages.clean:clean",
        _writes("body", "paragraphs", "boilerplate", "evidence", "warnings"),
        needs=("load",),
        required=True,  # every other stage reads the body
    ),
    StageSpec(
        "meta",
        "warta.stages.meta:resolve_meta",
        _writes(
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
        needs=("clean",),
    ),
    StageSpec(
        "bound",
        "warta.stages.bound:bound",
        _writes("body", "paragraphs", "truncated"),
        needs=("clean",),
        required=True,  # caps what every later stage analyses
    ),
    StageSpec(
        "language", "warta.stages.language:detect_language", _writes("language", "warnings"), ("meta",)
    ),
    StageSpec("segment", "warta.stages.segment:segment", _writes("sentences"), ("clean",)),
    StageSpec("dates", "warta.stages.dates:find_dates", _writes("dates", "published", "warnings"), ("meta",)),
    StageSpec(
        "entities",
        "warta.stages.entities:EntityStage.from_config",
        _writes("entities"),
        ("meta", "segment"),
        builds="from_config",
    ),
    StageSpec("sources", "warta.stages.sources:find_sources", _writes("sources_cited"), ("meta",)),
    StageSpec("quotes", "warta.stages.quotes:find_quotes", _writes("quotes"), ("segment", "entities")),
    StageSpec("claims", "warta.stages.claims:find_claims", _writes("claims"), ("segment", "entities")),
    StageSpec(
        "events",
        "warta.stages.events:EventStage",
        _writes("events"),
        ("segment", "entities", "claims"),
        builds="class",
    ),
    StageSpec(
        "tone",
        "warta.stages.tone:ToneStage",
        _writes("tone", "entities"),
        ("segment", "entities"),
        builds="class",
    ),
    StageSpec("finish", "warta.stages.finish:finish", _writes("id", "warnings"), required=True),
)

# Names a user may give for a group of stages.
STAGE_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("clean", "segment"),
    "metadata": ("meta",),
    "all": tuple(spec.name for spec in STAGE_SPECS),
}


def stage_names() -> list[str]:
    """Every stage and alias name a selection may use."""
    return [spec.name for spec in STAGE_SPECS] + list(STAGE_ALIASES)


def select_stages(only: Iterable[str] = (), skip: Iterable[str] = ()) -> tuple[str, ...]:
    """The stage names that run, in order, for ``--only`` and ``--skip`` (aliases expanded).

    ``only`` keeps those stages and what they need; ``skip`` then drops stages, and a stage
    that needs a skipped one is dropped too. Required stages always run.

    Raises:
        WartaError: an unknown name, or a skipped stage that another selected one needs.
    """
    # STAGE_SPECS lists every stage after the stages it needs (a test checks), so one pass
    # backwards collects what the chosen stages need, and one pass forwards drops dependants.
    specs = {spec.name: spec for spec in STAGE_SPECS}
    wanted = _expand(only, specs) if only else set(specs)
    closure = set(wanted)
    for spec in reversed(STAGE_SPECS):
        if spec.name in closure:
            closure.update(spec.needs)
    dropped = _expand(skip, specs)
    required = {n for n in dropped if specs[n].required}
    if required:
        raise WartaError(f"cannot skip {', '.join(sorted(required))}: every record needs it")
    if only and dropped & closure:
        needed_by = {n: [s for s in wanted if n in specs[s].needs] for n in dropped & closure}
        clash = [f"{n} (needed by {', '.join(sorted(by))})" for n, by in needed_by.items() if by]
        if clash:
            raise WartaError(f"cannot skip {'; '.join(sorted(clash))}")
    for spec in STAGE_SPECS:  # a stage that needs a dropped stage cannot run either
        if any(need in dropped for need in spec.needs):
            dropped.add(spec.name)
    keep = (closure - dropped) | {n for n, spec in specs.items() if spec.required}
    return tuple(spec.name for spec in STAGE_SPECS if spec.name in keep)


def _expand(names: Iterable[str], specs: dict[str, StageSpec]) -> set[str]:
    out: set[str] = set()
    for raw in names:
        name = raw.strip().lower()
        if not name:
            continue
        if name in STAGE_ALIASES:
            out.update(STAGE_ALIASES[name])
        elif name in specs:
            out.add(name)
        else:
            raise WartaError(f"unknown stage {raw!r}; choose from {', '.join(stage_names())}")
    return out


def omitted_fields(names: Iterable[str]) -> tuple[str, ...]:
    """Record fields that only stages outside ``names`` write: absent from such records."""
    ran = set(names)
    written_by_ran = set().union(*(spec.writes for spec in STAGE_SPECS if spec.name in ran))
    optional = set().union(*(spec.writes for spec in STAGE_SPECS if spec.name not in ran))
    return tuple(sorted(optional - written_by_ran))


class LazyStage:
    """A stage whose module is imported (and whose model is loaded) on its first record.

    ``warta analyze --only text,meta`` then never imports spaCy or the tone model.
    """

    def __init__(self, spec: StageSpec, config: Config) -> None:
        self.spec = spec
        self.name = spec.name
        self.writes = spec.writes
        self._config = config
        self._stage: Stage | None = None
        self._lock = threading.Lock()

    def load(self) -> Stage:
        """The real stage (imported and built on first use)."""
        with self._lock:
            if self._stage is None:
                module_name, _, attribute = self.spec.target.partition(":")
                target: Any = importlib.import_module(module_name)
                for part in attribute.split("."):
                    target = getattr(target, part)
                if self.spec.builds == "from_config":
                    self._stage = cast(Stage, target(self._config))
                elif self.spec.builds == "class":
                    self._stage = cast(Stage, target())
                else:
                    self._stage = FunctionStage(self.spec.name, target, self.spec.writes)
            return self._stage

    def __call__(self, record: Record, config: Config) -> Record:
        return self.load()(record, config)


def default_stages(config: Config | None = None) -> list[Stage]:
    """Return the standard stage list, in order, narrowed by ``config.only_stages``/``skip_stages``."""
    config = config or Config()
    names = select_stages(config.only_stages, config.skip_stages)
    return [LazyStage(spec, config) for spec in STAGE_SPECS if spec.name in names]


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
    only: Iterable[str] | str | None = None,
    skip: Iterable[str] | str | None = None,
) -> Record:
    """Turn one raw article (plain text, HTML, or a JSON object) into a record.

    Args:
        source: the article as text or undecoded bytes.
        url: the article's address, when known.
        published: an ISO date (YYYY-MM-DD) that overrides any date found in the input.
        title: a title that overrides the one found in the input.
        name: where the input came from (a file name), used in error messages.
        only: run only these stages (names or aliases such as "text", "meta", "dates"; a
            comma-separated string or a list) and what they need; default: the config's.
        skip: leave these stages out (and those that need them).

    Fields that only the stages left out would write are absent from the record's JSON
    form; ``record.stages`` lists the stages that ran and ``record.omitted`` the fields.

    Raises:
        BadInput: the input is empty, binary, too large or undecodable.
        WartaError: any other failure, labelled with the stage that failed.
    """
    config = config or Config()
    if only is not None or skip is not None:
        config = config.replace(only_stages=stage_names_of(only), skip_stages=stage_names_of(skip))
    record = input_record(source, url=url, published=published, title=title, name=name)
    record = default_pipeline(config).run(record)
    record.omitted = list(omitted_fields(record.stages))
    return record


def stage_names_of(value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    """Stage names from a comma-separated string ("text,meta") or a list; None stays None."""
    if value is None:
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    return tuple(p.strip() for p in parts if p.strip())


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
