"""Tests for warta.ner.model: the shipped model loads offline and finds obvious entities."""

from __future__ import annotations

import pytest

from warta.ner.model import MODEL_DIR, SpacyNerDetector, load_ner

TEXT = (
    "Presiden Joko Widodo bertemu Gubernur Jawa Timur Khofifah Indar Parawansa di Surabaya, "
    "Senin. Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Kementerian Keuangan di Jakarta."
)


@pytest.fixture(scope="module")
def detector() -> SpacyNerDetector:
    return SpacyNerDetector()


def _found(detector: SpacyNerDetector, text: str) -> dict[str, str]:
    return {text[start:end]: label for start, end, label in detector.detect(text)}


def test_shipped_model_is_in_the_package() -> None:
    assert (MODEL_DIR / "config.cfg").is_file()
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30_000_000


def test_load_ner_is_cached() -> None:
    assert load_ner() is load_ner(MODEL_DIR)
    assert {"PER", "ORG", "LOC"} <= set(load_ner().get_pipe("ner").labels)


GOLD = {
    "Joko Widodo": "PER",
    "Jawa Timur": "LOC",
    "Khofifah Indar Parawansa": "PER",
    "Surabaya": "LOC",
    "Komisi Pemberantasan Korupsi": "ORG",
    "KPK": "ORG",
    "Kementerian Keuangan": "ORG",
    "Jakarta": "LOC",
}


def test_detects_people_places_and_organisations(detector: SpacyNerDetector) -> None:
    """A smoke check of the shipped model on one news sentence (its scores: warta eval ner)."""
    found = _found(detector, TEXT)
    right = {name for name, label in GOLD.items() if found.get(name) == label}
    assert {"Joko Widodo", "Surabaya", "Jakarta"} <= right
    assert len(right) >= len(GOLD) // 2, found
    assert set(found) <= set(GOLD), f"spans outside the names: {set(found) - set(GOLD)}"


def test_spans_are_character_offsets_in_order(detector: SpacyNerDetector) -> None:
    spans = detector.detect(TEXT)
    assert spans == sorted(spans)
    for start, end, label in spans:
        assert TEXT[start:end].strip() == TEXT[start:end] and label in detector.labels


def test_detect_many_matches_detect_and_handles_empty_text(detector: SpacyNerDetector) -> None:
    texts = [TEXT, "", "Warga Bandung berunjuk rasa."]
    assert detector.detect_many(texts) == [detector.detect(t) for t in texts]
    assert detector.detect("") == []


def test_long_text_is_split_without_shifting_offsets(detector: SpacyNerDetector) -> None:
    text = ("Polisi menangkap seorang warga di Surabaya.\n" * 600) + "Presiden Joko Widodo tiba di Bali."
    spans = detector.detect(text)
    assert (text.index("Joko Widodo"), text.index("Joko Widodo") + len("Joko Widodo"), "PER") in spans
