from warta import analyze
from warta.config import Config
from warta.stages.entities import CapitalisedSpanDetector, EntityStage


def canon(text: str) -> dict[str, tuple[str, str | None]]:
    stage = EntityStage(CapitalisedSpanDetector())
    return {e.canonical: (e.type, e.country) for e in stage.find(text)}


def test_countries_link_to_english_names_and_iso() -> None:
    found = canon("Delegasi Korea Utara bertemu pejabat AS, Amerika Serikat, Rusia dan Tiongkok di Jenewa.")
    assert found["North Korea"] == ("GPE", "KP")
    assert found["United States"] == ("GPE", "US")
    assert found["Russia"] == ("GPE", "RU")
    assert found["China"] == ("GPE", "CN")
    assert found["Geneva"][1] == "CH"


def test_short_forms_resolve_to_full_names() -> None:
    stage = EntityStage(CapitalisedSpanDetector())
    entities = stage.find(
        "Pemimpin Korea Utara Kim Jong-un menulis surat. Isi surat Kim dibacakan di Moskow."
    )
    kim = next(e for e in entities if e.canonical == "Kim Jong-un")
    assert len(kim.mentions) == 2


def test_acronym_defined_in_text() -> None:
    found = canon("Lembaga Kajian Pangan Nusantara (LKPN) merilis data baru. Kepala LKPN hadir.")
    assert "Lembaga Kajian Pangan Nusantara" in found


def test_cities_have_coordinates() -> None:
    record = analyze("Gempa mengguncang Cianjur dan terasa hingga Bandung.", config=Config(ner_model="none"))
    bandung = next(e for e in record.entities if e.canonical == "Bandung")
    assert bandung.country == "ID" and bandung.lat is not None and -8 < bandung.lat < -6


def test_caption_entities_are_marked() -> None:
    record = analyze(
        "Banjir di Jakarta\nWarga Seoul menonton berita. (AFP)\n\nJakarta (ANTARA) - Hujan deras turun sejak pagi."  # noqa: E501
    )
    seoul = next(e for e in record.entities if e.canonical == "Seoul")
    assert seoul.field == "caption"
