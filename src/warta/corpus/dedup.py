"""Duplicate and syndicated-copy detection.

Exact duplicates share a record id (a hash of the normalised body), so the
store keeps one of them. Near duplicates, such as one Antara story reprinted
by several outlets under their own dateline, are found with MinHash over word
5-gram shingles and a banded LSH index:

1. ``shingles()`` drops a leading dateline and short lines that do not end a
   sentence (headlines, related links), then cuts word 5-grams;
   ``signature()`` hashes the shingles of a body with rensa's ``RMinHash``
   (128 permutations, fixed seed, so signatures are the same in every process).
2. ``DedupIndex`` splits each signature into bands; bodies that share a band
   are candidates, and a candidate pair is a near duplicate when the share of
   equal signature slots (the Jaccard estimate) is at least the threshold.
3. Near duplicates form groups as connected components, so the groups do not
   depend on the order articles arrive in: an incremental run (new articles
   against the stored index) and a batch rebuild give the same groups.
4. Each group's canonical member is the earliest published, then the longest,
   then the smallest id; the group id is the canonical member's id.

``StoredIndex`` is the same index kept in the store (``dedup_signatures``,
``dedup_bands``): ingest links each new article by querying the band keys it
shares, so nothing is rebuilt from all records at start and the driver's
memory does not grow with the store. ``DedupIndex`` is the in-memory form,
for batch work and tests.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.store.base import DedupEntry, Store

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1_234_567
WORD = re.compile(r"\w+", re.UNICODE)
# A leading dateline such as "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -" or
# "SURABAYA, tempo.co —" differs between syndicated copies of one story, so it
# is dropped before shingling. At most ~8 words before a dash.
# Tokens are separated by whitespace so the match is linear (no backtracking blow-up).
DATELINE = re.compile(r"^\s*(?:[^\s\-–—]+\s+){1,8}[-–—]{1,2}\s", re.UNICODE)
# A line is body text when it ends like a sentence or is at least this long (words).
SENTENCE_END = re.compile(r"[.!?:;\"”’')]\s*$")
CORE_MIN_WORDS = 15
_NO_DATE = "9999-99-99"


def strip_dateline(text: str) -> str:
    """Drop a leading ``CITY, OUTLET -`` dateline from a body."""
    match = DATELINE.match(text[:120])
    return text[match.end() :] if match else text


def core_text(text: str) -> str:
    """Drop short lines that do not end a sentence: headlines, related-article links, captions.

    Such lines differ between outlets reprinting one story ("Baca juga" lists,
    their own related headlines), so they would hide a syndicated copy.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    kept = [line for line in lines if SENTENCE_END.search(line) or len(line.split()) >= CORE_MIN_WORDS]
    return "\n".join(kept) if kept else text


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[str]:
    """Return the distinct lower-cased word ``size``-grams of ``text`` (one shingle if shorter)."""
    words = WORD.findall(core_text(strip_dateline(text)).lower())
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
class Group:
    group_id: str
    canonical: str
    members: list[str]


class DedupIndex:
    """An in-memory LSH index of body signatures with union-find groups.

    Storage is per position (lists, not objects) and each band bucket holds a
    position or a list of positions, keyed by the hash of the band's bytes:
    about 2 kB an article with the default 16 bands.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM, bands: int = 0) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands = bands or choose_bands(threshold, num_perm)
        self._width = 4 * (num_perm // self.bands)  # bytes of signature per band
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._sigs: list[bytes] = []
        self._published: list[str | None] = []
        self._length: list[int] = []
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(self.bands)]
        self._parent: list[int] = []
        self._component: dict[int, list[int]] = {}  # root -> members, for groups of two or more

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._pos

    def add(self, article_id: str, body: str, published: str | None = None) -> Group | None:
        """Index a body; return its group when it has near duplicates (None when alone)."""
        return self.add_signature(article_id, signature(body, self.num_perm), published, len(body))

    def add_signature(
        self, article_id: str, sig: bytes, published: str | None = None, length: int = 0
    ) -> Group | None:
        """Index a precomputed signature; see ``add``."""
        if article_id in self._pos:
            return self.group_of(article_id)
        pos = len(self._ids)
        self._ids.append(article_id)
        self._pos[article_id] = pos
        self._sigs.append(sig)
        self._published.append(published)
        self._length.append(length)
        self._parent.append(pos)
        seen: set[int] = set()
        width = self._width
        for band, buckets in enumerate(self._buckets):
            # hash() of bytes is salted per process; the index never leaves the process.
            key = hash(sig[band * width : (band + 1) * width])
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = pos
                continue
            others = [bucket] if isinstance(bucket, int) else bucket
            for other in others:
                if other in seen:
                    continue
                seen.add(other)
                if (
                    self._find(other) != self._find(pos)
                    and similarity(sig, self._sigs[other]) >= self.threshold
                ):
                    self._union(pos, other)
            if isinstance(bucket, int):
                buckets[key] = [bucket, pos]
            else:
                bucket.append(pos)
        return self.group_of(article_id)

    def _rank(self, pos: int) -> tuple[str, int, str]:
        """Sort key of the canonical member: earliest, then longest, then smallest id."""
        return (self._published[pos] or _NO_DATE, -self._length[pos], self._ids[pos])

    def _group(self, root: int) -> Group | None:
        members = self._component.get(root)
        if members is None:
            return None
        canonical = self._ids[min(members, key=self._rank)]
        return Group(canonical, canonical, sorted(self._ids[m] for m in members))

    def group_of(self, article_id: str) -> Group | None:
        """Return the group holding ``article_id``, or None when it has no near duplicate."""
        return self._group(self._find(self._pos[article_id]))

    def groups(self) -> list[Group]:
        """Return every group of two or more members, ordered by group id."""
        out = [self._group(root) for root in self._component]
        return sorted((g for g in out if g is not None), key=lambda g: g.group_id)

    def _find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        left = self._component.pop(ra, None) or [ra]
        right = self._component.pop(rb, None) or [rb]
        if len(left) < len(right):
            ra, rb, left, right = rb, ra, right, left
        self._parent[rb] = ra
        left.extend(right)
        self._component[ra] = left


def band_keys(sig: bytes, bands: int) -> list[int]:
    """Stable signed 64-bit keys of a signature's bands (the same in every process and run)."""
    width = len(sig) // bands
    return [
        int.from_bytes(
            hashlib.blake2b(sig[b * width : (b + 1) * width], digest_size=8).digest(), "little", signed=True
        )
        for b in range(bands)
    ]


def duplicate_kind(member: DedupEntry, canonical: DedupEntry) -> str:
    """How a group member relates to the canonical: syndicated (another outlet), exact or near.

    Exact means the signatures are equal: the same text once the dateline and
    headline-like lines are dropped (byte-identical bodies share an id and are
    stored once).
    """
    if member.outlet_key and canonical.outlet_key and member.outlet_key != canonical.outlet_key:
        return "syndicated"
    return "exact" if member.signature == canonical.signature else "near"


def canonical_rank(entry: DedupEntry) -> tuple[str, int, str]:
    """Sort key of the canonical member: earliest, then longest, then smallest id."""
    return (entry.published or _NO_DATE, -entry.length, entry.article_id)


class StoredIndex:
    """The LSH index kept in the store: ``link`` adds one article and updates its group.

    Call inside the store's write transaction, so the decision sees every earlier
    writer's rows (the store serialises writers; see docs/scaling.md).
    """

    SETTING = "dedup_bands"

    def __init__(self, store: Store, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.store = store
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands = choose_bands(threshold, num_perm)

    def check_settings(self) -> None:
        """Record the band count on first use; refuse an index built with another one."""
        stored = self.store.corpus_setting(self.SETTING)
        if stored is None:
            self.store.set_corpus_setting(self.SETTING, str(self.bands))
        elif int(stored) != self.bands:
            from warta.errors import WartaError

            raise WartaError(
                f"{self.store.url}: the near-duplicate index was built with {stored} bands, the threshold "
                f"{self.threshold} needs {self.bands}: run "
                f"`warta dedup --rebuild --threshold {self.threshold}`"
            )

    def link(self, article_id: str, body: str, published: str | None) -> bool:
        """Index a stored article; return True when a group was created or changed.

        An article already indexed is left alone (it was stored by an earlier batch).
        """
        store = self.store
        if store.dedup_entries([article_id]):
            return False
        sig = signature(body, self.num_perm)
        keys = band_keys(sig, self.bands)
        candidates = store.dedup_candidates(keys)
        store.add_dedup_entry(article_id, sig, published, len(body), keys)
        if not candidates:
            return False
        entries = store.dedup_entries(sorted(candidates))
        near = [e for e in entries.values() if similarity(sig, e.signature) >= self.threshold]
        if not near:
            return False
        groups = sorted({e.group for e in near if e.group is not None})
        members = {e.article_id for e in near} | store.group_member_ids(groups) | {article_id}
        everyone = store.dedup_entries(sorted(members))
        canonical = min(everyone.values(), key=canonical_rank)
        kinds: dict[str, str | None] = {
            m: None if m == canonical.article_id else duplicate_kind(e, canonical)
            for m, e in everyone.items()
        }
        store.write_group(canonical.article_id, kinds, replaced=groups)
        return True


def find_groups(items: Iterable[tuple[str, str, str | None]], threshold: float = 0.8) -> list[Group]:
    """Group ``(article_id, body, published)`` items in one batch pass."""
    index = DedupIndex(threshold=threshold)
    for article_id, body, published in items:
        index.add(article_id, body, published)
    return index.groups()
