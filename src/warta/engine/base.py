"""What every engine shares: analysing one batch of raw articles, and batch results.

An engine maps ``analyse_batch`` over batches of ``RawArticle`` (and reader
``Failure``s, passed through unchanged) and yields one ``BatchResult`` per
batch, in input order, so the single writer stores the same rows in the same
order whichever engine ran the analysis.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from warta.config import Config
from warta.corpus.failures import NO_ARTICLE_TEXT, TIMEOUT
from warta.corpus.readers import RawArticle, describe_exception
from warta.engine.budget import InputTimeout, time_budget
from warta.errors import BadInput, SkipRecord, WartaError
from warta.record import Record
from warta.stages.bound import has_article_text
from warta.store.base import Failure

Item = RawArticle | Failure


@dataclass(slots=True)
class BatchResult:
    """The analysed records of one batch (with their source keys) and its failures."""

    records: list[tuple[str, Record]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)  # ok, bad-input, error-<stage> …
    stage_seconds: dict[str, float] = field(default_factory=dict)
    items: int = 0


class Engine(Protocol):
    """Runs ``analyse_batch`` somewhere; yields results in the order batches were given."""

    name: str
    workers: int

    def map(self, batches: Iterable[list[Item]]) -> Iterator[BatchResult]: ...

    def close(self) -> None: ...


def iso_date(value: str | None) -> str | None:
    """Return ``value``'s leading YYYY-MM-DD when it is an ISO date, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def analyse_batch(batch: list[Item], config: Config) -> BatchResult:
    """Analyse every raw article of a batch; one failing article never stops the others."""
    from warta.analysis import analyze, default_pipeline

    result = BatchResult(items=len(batch))
    if not any(isinstance(item, RawArticle) for item in batch):
        # Only reader failures: do not load the models just to pass them on.
        result.failures = [item for item in batch if isinstance(item, Failure)]
        result.outcomes.update(f"failed-{f.stage or 'read'}" for f in result.failures)
        return result
    stats = default_pipeline(config).stats
    before = Counter(stats.seconds)
    for item in batch:
        if isinstance(item, Failure):
            result.failures.append(item)
            result.outcomes[f"failed-{item.stage or 'read'}"] += 1
            continue
        started = time.perf_counter()
        try:
            with time_budget(config.input_timeout_s):
                record = analyze(
                    item.data,
                    url=item.url,
                    published=iso_date(item.published),
                    title=item.title,
                    name=item.source_key,
                    config=config,
                )
        except InputTimeout as exc:
            result.failures.append(Failure(item.source_key, f"{TIMEOUT}: {exc}", "analyze"))
            result.outcomes[TIMEOUT] += 1
        except SkipRecord as exc:
            result.failures.append(Failure(item.source_key, exc.reason, "analyze"))
            result.outcomes[exc.reason] += 1
        except BadInput as exc:
            result.failures.append(Failure(item.source_key, f"bad-input: {exc.reason}", "load"))
            result.outcomes["bad-input"] += 1
        except WartaError as exc:
            stage = getattr(exc, "stage", None) or "analyze"
            cause = exc.__cause__
            if isinstance(cause, RecursionError | MemoryError | UnicodeError):
                # Deep nesting or a huge input inside a stage: name the cause, not the stage.
                text = describe_exception(cause)
                result.failures.append(Failure(item.source_key, text, stage))
                result.outcomes[text.split(":")[0]] += 1
            else:
                result.failures.append(Failure(item.source_key, str(exc), stage))
                result.outcomes[getattr(exc, "reason", None) or f"error-{stage}"] += 1
        except Exception as exc:  # a bug outside the stages; recorded, and the batch goes on
            result.failures.append(Failure(item.source_key, describe_exception(exc), "analyze"))
            result.outcomes["error-analyze"] += 1
        else:
            if has_article_text(record.body):
                result.records.append((item.source_key, record))
                result.outcomes["ok"] += 1
            else:
                result.failures.append(
                    Failure(item.source_key, f"{NO_ARTICLE_TEXT}: the body is empty", "analyze")
                )
                result.outcomes[NO_ARTICLE_TEXT] += 1
        result.stage_seconds["total"] = result.stage_seconds.get("total", 0.0) + time.perf_counter() - started
    for name, seconds in stats.seconds.items():
        result.stage_seconds[name] = result.stage_seconds.get(name, 0.0) + seconds - before.get(name, 0.0)
    return result


def ordered_window(
    submit: Callable[[list[Item]], Any],
    wait: Callable[[Any], BatchResult],
    batches: Iterable[list[Item]],
    window: int,
) -> Iterator[BatchResult]:
    """Keep up to ``window`` batches in flight and yield their results in submission order."""
    pending: list[Any] = []
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield wait(pending.pop(0))
    while pending:
        yield wait(pending.pop(0))
