"""Give the record its stable id (a hash of the normalised body)."""

from __future__ import annotations

import hashlib
import re

from warta.config import Config
from warta.record import Record

_SPACE_RE = re.compile(r"\s+")


def body_hash(body: str) -> str:
    """Hash of the body, lower-cased with whitespace collapsed: 16 hex digits."""
    normal = _SPACE_RE.sub(" ", body.lower()).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def finish(record: Record, config: Config) -> Record:
    record.id = body_hash(record.body or record.title or record.raw)
    if len(record.body) < config.min_body_chars:
        record.warnings.append("body-too-short")
    record.warnings = list(dict.fromkeys(record.warnings))
    return record
