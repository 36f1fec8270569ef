"""Stages and the pipeline that runs them in order over one record."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from warta.config import Config
from warta.errors import WartaError
from warta.record import Record


class Stage(Protocol):
    """One enrichment step: fills its own fields of the record and returns it.

    ``writes`` names the ``Record`` fields the stage may set; a stage that writes any
    other field is a bug (tests run the pipeline and check).
    """

    name: str
    writes: frozenset[str]

    def __call__(self, record: Record, config: Config) -> Record: ...


@dataclass(slots=True)
class FunctionStage:
    """Wrap a plain ``(record, config) -> record`` function as a named stage."""

    name: str
    func: Callable[[Record, Config], Record]
    writes: frozenset[str] = frozenset()

    def __call__(self, record: Record, config: Config) -> Record:
        return self.func(record, config)


@dataclass(slots=True)
class StageStats:
    calls: Counter[str] = field(default_factory=Counter)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    errors: Counter[str] = field(default_factory=Counter)


class StageFailed(WartaError):
    """An unexpected exception inside a stage, labelled ``error-<stage>``."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        self.stage = stage
        self.reason = f"error-{stage}"
        super().__init__(f"{self.reason}: {type(cause).__name__}: {cause}")


class Pipeline:
    """An ordered list of stages; ``run`` applies them to one record."""

    def __init__(self, stages: Sequence[Stage], config: Config | None = None) -> None:
        self.stages = list(stages)
        self.config = config or Config()
        self.stats = StageStats()

    def run(self, record: Record) -> Record:
        for stage in self.stages:
            started = time.perf_counter()
            try:
                record = stage(record, self.config)
            except WartaError:
                self.stats.errors[stage.name] += 1
                raise
            except Exception as exc:  # an unexpected bug: label it with the stage
                self.stats.errors[stage.name] += 1
                raise StageFailed(stage.name, exc) from exc
            finally:
                self.stats.calls[stage.name] += 1
                self.stats.seconds[stage.name] += time.perf_counter() - started
            record.stages.append(stage.name)
        return record
