"""Match names as people type them to the names the store holds.

Three kinds of name: outlets ("Kompas", "KOMPAS.com" and "Kompas.com" are one outlet),
entities ("Rusia" and "AS" are Russia and United States: aliases stored at ingest, plus the
gazetteer's Indonesian forms at query time) and speakers ("Yilmaz" or "Menteri" match the
speakers whose name or title holds those words). The functions here are pure; the store
methods that use them live in ``warta.store.reads``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from warta.lang.id.outlet_sections import BRAND_SUFFIXES, DOMAIN_ENDINGS, SECTIONED_BRANDS
from warta.store.rows import name_key

_NAME_WORD_RE = re.compile(r"[^\W_]+")
_MIN_BRAND = 4  # "detiknews" -> "detik", but a suffix is never the whole name


@lru_cache(maxsize=4096)
def outlet_family(name: str | None) -> str:
    """Return the comparison form of an outlet name: "KOMPAS.com" -> "kompas"."""
    key = (name or "").casefold().strip()
    key = key.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    changed = True
    while changed:
        changed = False
        for ending in DOMAIN_ENDINGS:
            if key.endswith(ending) and len(key) > len(ending):
                key, changed = key[: -len(ending)], True
    key = "".join(_NAME_WORD_RE.findall(key))
    for brand in SECTIONED_BRANDS:
        if key.startswith(brand):
            return brand
    for suffix in BRAND_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= _MIN_BRAND:
            key = key[: -len(suffix)]
    return key


def name_words(text: str | None) -> set[str]:
    """Casefolded words of a name or title ("Menteri Keuangan" -> {"menteri", "keuangan"})."""
    return set(_NAME_WORD_RE.findall((text or "").casefold()))


def matching_names(value: str, directory: dict[str, set[str]], cap: int = 1000) -> list[str]:
    """Return the keys whose words hold every word of ``value``, exact match first."""
    wanted = name_words(value)
    if not wanted:
        return []
    exact = name_key(value)
    found = [key for key, held in directory.items() if wanted <= held]
    found.sort(key=lambda k: (k != exact, k))
    return found[:cap]


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """Casefolded surface form -> (canonical, type) pairs, from the linking gazetteer."""
    from warta.linking import load_gazetteer

    index: dict[str, set[tuple[str, str]]] = {}
    for surface, known in load_gazetteer().names.items():
        key = name_key(surface)
        if key:
            index.setdefault(key, set()).add((known.canonical, known.type))
    return {k: tuple(sorted(v)) for k, v in index.items()}


def gazetteer_canonicals(value: str) -> list[str]:
    """Canonical names the gazetteer gives a typed name: "rusia" -> ["Russia"]."""
    key = name_key(value)
    return [canonical for canonical, _ in _gazetteer_index().get(key or "", ())]


def entity_aliases(aliases: Iterable[str], canonical: str) -> list[tuple[str, str]]:
    """(alias_key, alias) pairs worth storing: not empty and not the canonical name itself."""
    own = name_key(canonical)
    out: dict[str, str] = {}
    for alias in aliases:
        key = name_key(alias)
        if key and key != own:
            out.setdefault(key, alias)
    return sorted(out.items())
