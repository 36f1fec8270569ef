"""Every stage writes only the record fields it declares in ``Stage.writes`` (run over the gold articles)."""

from __future__ import annotations

import copy
import dataclasses
from functools import cache
from pathlib import Path

import pytest

from warta.analysis import default_stages, input_record
from warta.config import Config
from warta.pipeline import Pipeline, Stage
from warta.record import Record

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
# The pipeline itself appends each stage's name to ``Record.stages``.
PIPELINE_FIELDS = frozenset({"stages"})
FIELDS = [f.name for f in dataclasses.fields(Record) if f.name not in PIPELINE_FIELDS]


class Watched:
    """A stage wrapper that records which fields the stage changed."""

    def __init__(self, stage: Stage, changed: dict[str, set[str]]) -> None:
        self.stage, self.name, self.writes, self.changed = stage, stage.name, stage.writes, changed

    def __call__(self, record: Record, config: Config) -> Record:
        before = {name: copy.deepcopy(getattr(record, name)) for name in FIELDS}
        after = self.stage(record, config)
        written = {name for name in FIELDS if getattr(after, name) != before[name]}
        self.changed.setdefault(self.name, set()).update(written)
        return after


@cache
def _changed_fields() -> dict[str, set[str]]:
    changed: dict[str, set[str]] = {}
    config = Config()
    pipeline = Pipeline([Watched(stage, changed) for stage in default_stages(config)], config)
    inputs = sorted(
        p for p in ARTICLES.iterdir() if not p.name.endswith(".expected.json") and p.name != "floors.json"
    )
    assert inputs, f"no gold articles under {ARTICLES}"
    for path in inputs:
        pipeline.run(input_record(path.read_bytes(), name=path.name))
    return changed


@pytest.mark.parametrize("stage", default_stages(Config()), ids=lambda s: s.name)
def test_stage_writes_only_declared_fields(stage: Stage) -> None:
    changed = _changed_fields().get(stage.name, set())
    undeclared = changed - stage.writes
    assert not undeclared, f"stage {stage.name} writes undeclared fields: {sorted(undeclared)}"


def test_watcher_catches_an_undeclared_write() -> None:
    """The check itself fails a stage that writes a field it did not declare."""
    from warta.pipeline import FunctionStage

    def sneaky(record: Record, config: Config) -> Record:
        record.title = "ditulis diam-diam"
        return record

    changed: dict[str, set[str]] = {}
    Watched(FunctionStage("sneaky", sneaky, frozenset({"body"})), changed)(Record(), Config())
    assert changed["sneaky"] - frozenset({"body"}) == {"title"}
