"""Failure reasons and the split of a failure into file, position, reason and detail.

A ``Failure`` carries a source key (``path``, ``path#line3``, ``path#1024``,
``path#item2``, ``path#gzip@77``) and a text that opens with a kebab-case reason
(``bad-jsonl: Expecting value``). The failures table stores them split, so that
``warta failures`` can filter by file and reason and the ingest summary can count
per reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from warta.store.base import Failure

NO_ARTICLE_TEXT = "no-article-text"
NO_RECORDS = "no-records"
TIMEOUT = "timeout"
# Skips (files the walk does not read, WARC records that are not HTML pages) are failure
# rows of stage "skip" whose reason starts with this prefix.
SKIP_PREFIX = "skipped-"

# A position suffix the readers append to a file's key; a "#" elsewhere is part of the name.
_POSITION_RE = re.compile(r"#(line\d+|item\d+|\d+|gzip@\d+|corrupt@\d+)$")
_REASON_RE = re.compile(r"^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?::\s*(.*))?$", re.S)


@dataclass(slots=True, frozen=True)
class FailureParts:
    file: str
    position: str | None
    reason: str
    detail: str


def split_failure(failure: Failure) -> FailureParts:
    """Split a failure into the columns of the failures table.

    >>> split_failure(Failure("/d/a.jsonl#line3", "bad-jsonl: Expecting value", "read"))
    FailureParts(file='/d/a.jsonl', position='line3', reason='bad-jsonl', detail='Expecting value')
    """
    source = failure.source
    match = _POSITION_RE.search(source)
    file, position = (source[: match.start()], match.group(1)) if match else (source, None)
    found = _REASON_RE.match(failure.error.strip())
    if found:
        reason, detail = found.group(1), (found.group(2) or "").strip()
    else:
        reason, detail = f"error-{failure.stage or 'read'}", failure.error
    if reason == "bad-input":
        # "bad-input: empty input" from the load stage: the detail names the real reason.
        reason = _reason_of_detail(detail)
    return FailureParts(file, position, reason, detail)


# What the decoder and load stage say, mapped to a kebab-case reason for counting.
_DETAIL_REASONS = (
    ("empty input", "empty"),
    ("binary data", "binary"),
    ("too large", "too-large"),
    ("no article text", NO_ARTICLE_TEXT),
    ("cannot detect", "bad-encoding"),
    ("cannot decode", "bad-encoding"),
    ("JSON input must be", "bad-json"),
    ("JSON object has", NO_ARTICLE_TEXT),
)


def _reason_of_detail(detail: str) -> str:
    for start, reason in _DETAIL_REASONS:
        if start.lower() in detail.lower():
            return reason
    return "bad-input"


def is_skip(failure: Failure) -> bool:
    return failure.stage == "skip" or failure.error.startswith(SKIP_PREFIX)


def count_reasons(failures: Iterable[Failure]) -> tuple[Counter[str], Counter[str]]:
    """Count failures per reason: (failed, skipped)."""
    failed: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for failure in failures:
        reason = split_failure(failure).reason
        if is_skip(failure):
            skipped[reason.removeprefix(SKIP_PREFIX)] += 1
        else:
            failed[reason] += 1
    return failed, skipped


def new_run_id() -> str:
    """An id for one ingest run: its UTC start time, then 6 random hex digits (sortable)."""
    import datetime as dt
    import secrets

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


def summary_line(
    *,
    read: int,
    stored: int,
    duplicates: int,
    failed: Counter[str],
    skipped: Counter[str],
    seen: int,
    run: str,
) -> str:
    """One line that accounts for every input of a run (read = stored + duplicates + failed + skipped).

    >>> summary_line(read=5, stored=2, duplicates=1, failed=Counter({"bad-jsonl": 1}),
    ...              skipped=Counter({"suffix": 1}), seen=0, run="r1")
    'read 5, stored 2, duplicates 1, failed 1 (bad-jsonl 1), skipped 1 (suffix 1), already stored 0; run r1'
    """

    def counts(counter: Counter[str]) -> str:
        total = sum(counter.values())
        if not total:
            return "0"
        parts = ", ".join(
            f"{reason} {n}" for reason, n in sorted(counter.items(), key=lambda i: (-i[1], i[0]))
        )
        return f"{total} ({parts})"

    return (
        f"read {read}, stored {stored}, duplicates {duplicates}, failed {counts(failed)}, "
        f"skipped {counts(skipped)}, already stored {seen}; run {run}"
    )
