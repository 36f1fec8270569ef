"""Incidents: the events of one real happening, however many articles report it.

Events of the same type, actor, recipient and place (and the same negation) belong to one
incident when their articles are in one story cluster or one syndication (near-duplicate)
group: one arrest reported by ten outlets is one incident with ten reports, not ten rows.
Unlike GDELT, which merges two events only when every field matches, the grouping key leaves
out the date and the outlet: a story's articles report the same incident over days.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class EventRow:
    """What incident grouping reads of one stored event."""

    article_id: str
    n: int
    type: str
    actor_key: str | None
    recipient_key: str | None
    location_key: str | None
    negated: bool
    story_id: str | None
    dup_group: str | None
    outlet_key: str | None = None


@dataclass(slots=True)
class Incident:
    id: str
    events: list[EventRow] = field(default_factory=list)

    @property
    def reports(self) -> int:
        return len({e.article_id for e in self.events})

    @property
    def outlets(self) -> int:
        return len({e.outlet_key for e in self.events if e.outlet_key} or {None})


class _Groups:
    """Union-find over article ids: a story and a syndication group both join their articles."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_incidents(rows: Iterable[EventRow]) -> list[Incident]:
    """Group events into incidents; ids are stable hashes of the group's key."""
    rows = list(rows)
    groups = _Groups()
    for row in rows:
        groups.find(row.article_id)
        for cluster in (row.story_id, row.dup_group):
            if cluster:
                groups.union(row.article_id, f"cluster:{cluster}")
    incidents: dict[tuple[object, ...], Incident] = {}
    for row in sorted(rows, key=lambda r: (r.article_id, r.n)):
        key = (
            groups.find(row.article_id),
            row.type,
            row.actor_key,
            row.recipient_key,
            row.location_key,
            row.negated,
        )
        incident = incidents.get(key)
        if incident is None:
            # The group's root is its smallest member, so the id is the same on every rebuild.
            digest = hashlib.sha1(repr(key).encode()).hexdigest()
            incident = incidents[key] = Incident(f"inc-{digest[:16]}")
        incident.events.append(row)
    return list(incidents.values())
