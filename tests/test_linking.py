"""The linking tables: Indonesian names to canonical entities, ISO countries and coordinates."""

from __future__ import annotations

import pytest

from warta.linking import load_gazetteer


@pytest.mark.parametrize(
    ("name", "canonical", "kind", "country"),
    [
        ("Rusia", "Russia", "GPE", "RU"),
        ("Korea Utara", "North Korea", "GPE", "KP"),
        ("AS", "United States", "GPE", "US"),
        ("Amerika Serikat", "United States", "GPE", "US"),
        ("Tiongkok", "China", "GPE", "CN"),
        ("Uni Soviet", "Soviet Union", "GPE", None),
        ("Lapangan Merah", "Red Square", "LOC", "RU"),
        ("Den Haag", "The Hague", "GPE", "NL"),
        ("Jenewa", "Geneva", "GPE", "CH"),
        ("PBB", "United Nations", "ORG", None),
        ("Mahkamah Pidana Internasional", "International Criminal Court", "ORG", None),
        ("UNHCR", "United Nations High Commissioner for Refugees", "ORG", None),
        ("KPK", "Komisi Pemberantasan Korupsi", "ORG", "ID"),
        ("Surabaya", "Surabaya", "GPE", "ID"),
        ("Jawa Timur", "Jawa Timur", "GPE", "ID"),
    ],
)
def test_names_link_to_canonical_entities(name: str, canonical: str, kind: str, country: str | None) -> None:
    known = load_gazetteer().lookup(name)
    assert known is not None, name
    assert (known.canonical, known.type, known.country) == (canonical, kind, country)


@pytest.mark.parametrize("name", ["Surabaya", "Jawa Timur", "Kabupaten Bogor", "Den Haag"])
def test_cities_provinces_and_regencies_have_coordinates(name: str) -> None:
    known = load_gazetteer().lookup(name)
    assert known is not None and known.lat is not None and known.lon is not None
    assert -90 <= known.lat <= 90 and -180 <= known.lon <= 180


def test_any_geonames_city_is_a_place_when_context_says_so() -> None:
    known = load_gazetteer().lookup_place("Chiang Mai")
    assert known is not None and (known.country, known.type) == ("TH", "GPE")
    assert load_gazetteer().lookup("dan") is None


def test_districts_link_as_indonesian_places_but_common_words_do_not() -> None:
    gazetteer = load_gazetteer()
    known = gazetteer.lookup("Cikeusal")
    assert known is not None and (known.type, known.country, known.kind) == ("GPE", "ID", "district")
    for word in ("Baru", "Tengah", "Pasar"):  # district names that are also ordinary words
        found = gazetteer.lookup(word)
        assert found is None or found.kind != "district", word


def test_aliases_are_the_names_that_link_to_an_entity() -> None:
    from warta.linking import load_gazetteer

    gazetteer = load_gazetteer()
    assert {"Rusia", "Federasi Rusia"} <= set(gazetteer.aliases("Russia", "GPE"))
    assert "Korea Selatan" in gazetteer.aliases("South Korea", "GPE")
    assert "Russia" not in gazetteer.aliases("Russia", "GPE")
    assert gazetteer.aliases("No Such Place", "GPE") == []
