"""Duplicate and syndicated-copy detection.

Exact duplicates share a record id (a hash of the normalised body), so the
store keeps one of them. Near duplicates, such as one Antara story reprinted
by several outlets under their own dateline, are found with MinHash over word
5-gram shingles and a banded LSH index:

1. ``signature()`` hashes the shingles of a body with rensa's ``RMinHash``
   (128 permutations, fixed seed, so signatures are the same in every process).
2. ``DedupIndex`` splits each signature into bands; bodies that share a band
   are candidates, and a candidate pair is a near duplicate when the share of
   equal signature slots (the Jaccard estimate) is at least the threshold.
3. Near duplicates form groups as connected components, so the groups do not
   depend on the order articles arrive in: an incremental run (new articles
   against the stored index) and a batch rebuild give the same groups.
4. Each group's canonical member is the earliest published, then the longest,
   then the smallest id; the group id is the canonical member's id.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1_234_567
WORD = re.compile(r"\w+", re.UNICODE)
# A leading dateline such as "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -" or
# "SURABAYA, tempo.co —" differs between syndicated copies of one story, so it
# is dropped before shingling. At most ~8 words before a dash.
# Tokens are separated by whitespace so the match is linear (no backtracking blow-up).
DATELINE = re.compile(r"^\s*(?:[^\s\-–—]+\s+){1,8}[-–—]{1,2}\s", re.UNICODE)
_NO_DATE = "9999-99-99"


def strip_dateline(text: str) -> str:
    """Drop a leading ``CITY, OUTLET -`` dateline from a body."""
    match = DATELINE.match(text[:120])
    return text[match.end() :] if match else text


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[str]:
    """Return the distinct lower-cased word ``size``-grams of ``text`` (one shingle if shorter)."""
    words = WORD.findall(strip_dateline(text).lower())
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return list({" ".join(words[i : i + size]) for i in range(len(words) - size + 1)})


def signature(text: str, num_perm: int = NUM_PERM) -> bytes:
    """Return the MinHash signature of a body as ``num_perm`` little-endian u32 values."""
    from rensa import RMinHash

    minhash = RMinHash(num_perm=num_perm, seed=SEED)
    minhash.update(shingles(text))
    return struct.pack(f"<{num_perm}I", *minhash.digest())


def similarity(a: bytes, b: bytes) -> float:
    """Estimate the Jaccard similarity of two signatures (the share of equal slots)."""
    n = len(a) // 4
    left = struct.unpack(f"<{n}I", a)
    right = struct.unpack(f"<{n}I", b)
    return sum(x == y for x, y in zip(left, right, strict=True)) / n


def choose_bands(threshold: float, num_perm: int = NUM_PERM) -> int:
    """Pick a band count whose LSH S-curve midpoint sits a little below ``threshold``.

    With b bands of r = num_perm // b rows, a pair with Jaccard s shares a band
    with probability 1 - (1 - s^r)^b; the curve's midpoint is about (1/b)^(1/r).
    Aiming 0.1 below the threshold (and never above threshold - 0.05) keeps
    recall high; the exact check on each candidate pair keeps precision.
    """
    target = max(0.05, threshold - 0.1)

    def midpoint(bands: int) -> float:
        return float((1 / bands) ** (1 / (num_perm // bands)))

    options = [b for b in range(1, num_perm + 1) if midpoint(b) <= max(0.05, threshold - 0.05)] or [num_perm]
    return min(options, key=lambda b: abs(midpoint(b) - target))


@dataclass(slots=True)
class Member:
    article_id: str
    published: str | None
    length: int
    signature: bytes

    def rank(self) -> tuple[str, int, str]:
        """Sort key of the canonical member: earliest, then longest, then smallest id."""
        return (self.published or _NO_DATE, -self.length, self.article_id)


@dataclass(slots=True)
class Group:
    group_id: str
    canonical: str
    members: list[str]


@dataclass
class DedupIndex:
    """An in-memory LSH index of body signatures with union-find groups."""

    threshold: float = 0.8
    num_perm: int = NUM_PERM
    bands: int = 0
    members: dict[str, Member] = field(default_factory=dict)
    _buckets: dict[tuple[int, bytes], list[str]] = field(default_factory=dict)
    _parent: dict[str, str] = field(default_factory=dict)
    _component: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.bands:
            self.bands = choose_bands(self.threshold, self.num_perm)
        self._width = 4 * (self.num_perm // self.bands)  # bytes of signature per band

    def __len__(self) -> int:
        return len(self.members)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.members

    def add(self, article_id: str, body: str, published: str | None = None) -> Group | None:
        """Index a body; return its group when it has near duplicates (None when alone)."""
        return self.add_signature(article_id, signature(body, self.num_perm), published, len(body))

    def add_signature(
        self, article_id: str, sig: bytes, published: str | None = None, length: int = 0
    ) -> Group | None:
        """Index a precomputed signature; see ``add``."""
        if article_id in self.members:
            return self.group_of(article_id)
        self.members[article_id] = Member(article_id, published, length, sig)
        self._parent[article_id] = article_id
        self._component[article_id] = [article_id]
        seen: set[str] = set()
        for band in range(self.bands):
            key = (band, sig[band * self._width : (band + 1) * self._width])
            bucket = self._buckets.setdefault(key, [])
            for other in bucket:
                if other in seen:
                    continue
                seen.add(other)
                if (
                    self._find(other) != self._find(article_id)
                    and similarity(sig, self.members[other].signature) >= self.threshold
                ):
                    self._union(article_id, other)
            bucket.append(article_id)
        return self.group_of(article_id)

    def group_of(self, article_id: str) -> Group | None:
        """Return the group holding ``article_id``, or None when it has no near duplicate."""
        ids = self._component[self._find(article_id)]
        if len(ids) < 2:
            return None
        canonical = min((self.members[i] for i in ids), key=Member.rank).article_id
        return Group(canonical, canonical, sorted(ids))

    def groups(self) -> list[Group]:
        """Return every group of two or more members, ordered by group id."""
        out = []
        for root, ids in self._component.items():
            if len(ids) > 1 and self._find(root) == root:
                group = self.group_of(root)
                assert group is not None
                out.append(group)
        return sorted(out, key=lambda g: g.group_id)

    def _find(self, item: str) -> str:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if len(self._component[ra]) < len(self._component[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._component[ra].extend(self._component.pop(rb))


def find_groups(items: Iterable[tuple[str, str, str | None]], threshold: float = 0.8) -> list[Group]:
    """Group ``(article_id, body, published)`` items in one batch pass."""
    index = DedupIndex(threshold=threshold)
    for article_id, body, published in items:
        index.add(article_id, body, published)
    return index.groups()
