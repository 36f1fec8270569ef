"""Small helpers shared by the SQL store modules: names, days, row shapes."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from warta.errors import StoreError

_EPOCH = dt.date(1970, 1, 1)
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
ARTICLE_META_COLUMNS = (
    "id, url, title, outlet, published, day, language, source, dup_group, is_canonical, story_id"
)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def name_key(value: str | None) -> str | None:
    """Return the case- and space-insensitive lookup form of a name."""
    if value is None:
        return None
    key = " ".join(value.casefold().split())
    return key or None


def entity_id(type_: str, canonical: str) -> str:
    """Return a stable, URL-safe id for an entity: "per-sri-mulyani"."""
    ascii_name = unicodedata.normalize("NFKD", canonical).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:80]
    if not slug:  # a name with no Latin letters still needs an id
        slug = hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:12]
    return f"{type_.lower()}-{slug}"


def day_of(published: str | None) -> tuple[str | None, int | None]:
    """Return (YYYY-MM-DD, days since 1970) of an ISO date or datetime string."""
    if not published or not _DAY_RE.match(published):
        return None, None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None, None
    return day.isoformat(), (day - _EPOCH).days


def day_param(value: str | None, name: str) -> int | None:
    """Turn a YYYY-MM-DD filter into a day number; raise StoreError on anything else."""
    if value is None or value == "":
        return None
    try:
        return (dt.date.fromisoformat(str(value)[:10]) - _EPOCH).days
    except ValueError as exc:
        raise StoreError(f"{name}: not a YYYY-MM-DD date: {value!r}") from exc


def meta_dict(row: Sequence[Any]) -> dict[str, Any]:
    keys = ("id", "url", "title", "outlet", "published", "day", "language", "source", "dup_group",
            "is_canonical", "story_id")  # fmt: skip
    meta = dict(zip(keys, row, strict=True))
    meta["is_canonical"] = bool(meta["is_canonical"])
    return meta


def corpus_fields(
    article_id: str,
    group: str | None,
    canonical_id: str | None,
    kind: str | None,
    story_id: str | None,
) -> dict[str, Any]:
    """The corpus layer of one article, as exports and the API carry it.

    ``canonical_id`` is the group's canonical member (the article itself for the
    canonical); ``duplicate_of`` is that id for the other members and None for
    the canonical and for articles without a group; ``duplicate_kind`` is
    exact, near or syndicated (None likewise).
    """
    return {
        "duplicate_group": group,
        "canonical_id": canonical_id if group is not None else None,
        "duplicate_of": canonical_id if group is not None and canonical_id != article_id else None,
        "duplicate_kind": kind if group is not None else None,
        "story_id": story_id,
    }


def clamp_limit(value: int, cap: int = 1000) -> int:
    return max(0, min(int(value), cap))


def clamp_offset(value: int) -> int:
    return max(0, int(value))
