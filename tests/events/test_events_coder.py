"""The event coder on short Indonesian sentences: voice, negation, sectors, places, claims."""

from __future__ import annotations

from functools import cache

import pytest

import warta
from warta.events.sectors import sector_of
from warta.record import Event, Record


@cache
def _analyze(text: str) -> Record:
    return warta.analyze(text, published="2024-06-03")


def _events(text: str) -> list[Event]:
    return _analyze(text).events


def _names(parties: list) -> list[str]:
    return [p.canonical or p.text for p in parties]


def test_passive_agent_after_the_verb_acts() -> None:
    (event,) = _events("Pyongyang dituduh AS memasok senjata ke Rusia.")
    assert (event.type, event.cameo, event.quad) == ("ACCUSE", "112", "verbal-conflict")
    assert [p.country for p in event.actors] == ["US"]
    assert [p.country for p in event.recipients] == ["KP"]
    assert event.claim == 0  # the claims stage's accusation is this event


def test_active_subject_acts_and_oleh_agent_acts() -> None:
    (active,) = _events("Polisi menangkap dua tersangka pengedar narkoba di Medan.")
    assert active.type == "COERCE" and active.mode == "arrest" and active.goldstein == -5.0
    assert [p.sector for p in active.actors] == ["COP"] and active.location == "Medan"
    (passive,) = _events("Tersangka ditangkap oleh polisi di rumahnya.")
    assert [p.sector for p in passive.actors] == ["COP"]
    assert [p.sector for p in passive.recipients] == ["CRM"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel tidak menyerang Gaza pada hari itu.",
        "Polisi belum menangkap pelaku penembakan itu.",
    ],
)
def test_negation(text: str) -> None:
    events = _events(text)
    assert events and all(e.negated for e in events)


def test_denial_is_a_rejection_and_negates_the_denied_act() -> None:
    denial, attack = _events("Rusia membantah menyerang Ukraina.")
    assert (denial.type, denial.cameo, denial.negated, denial.recipients) == ("REJECT", "016", False, [])
    assert (attack.type, attack.negated) == ("ASSAULT", True)
    assert [p.country for p in attack.actors] == ["RU"] and [p.country for p in attack.recipients] == ["UA"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Keluarga korban meminta Komnas HAM menyelidiki penembakan itu.", ["REQUEST"]),
        ("Mereka dituduh telah dengan sengaja membakar hutan.", ["ACCUSE"]),
        ("Pasukan Israel menyerbu rumah sakit dan menangkap puluhan orang.", ["ASSAULT", "COERCE"]),
        ("Ribuan personel TNI dikerahkan untuk mengamankan pelantikan presiden.", ["MOBILIZE"]),
        ("Arsenal ditahan imbang Wolverhampton di kandang sendiri.", []),
    ],
)
def test_content_purpose_and_coordination(text: str, types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


def test_parties_are_phrases_as_written() -> None:
    (event,) = _events("Seorang pria berusia 41 tahun telah ditangkap polisi di Depok.")
    assert event.recipients[0].text == "Seorang pria berusia 41 tahun" and event.actors[0].sector == "COP"
    (reject,) = _events("Presiden Joko Widodo menolak wacana amandemen UUD 1945.")
    assert reject.recipients == []  # a proposal is no party
    (aid,) = _events("Korban banjir menerima bantuan logistik dari BNPB.")
    assert aid.type == "AID" and "BNPB" in aid.actors[0].text and aid.recipients[0].text == "Korban banjir"


def test_meeting_recipient_is_the_person_not_his_country() -> None:
    (event,) = _events("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo.")
    assert event.type == "CONSULT" and event.location == "Tokyo"
    assert _names(event.recipients) == ["Fumio Kishida"] and event.recipients[0].country == "JP"
    assert event.actors[0].sector == "GOV"


def test_a_place_phrase_is_no_recipient_of_a_protest() -> None:
    events = _events("Ribuan buruh berunjuk rasa di depan gedung DPR menolak UU Cipta Kerja.")
    assert [e.type for e in events] == ["PROTEST"]  # what is protested against is its content
    assert events[0].actors[0].sector == "LAB"
    assert events[0].recipients == []


def test_event_free_sentences_have_no_events() -> None:
    assert _events("Cuaca di Jakarta hari ini cerah berawan.") == []
    assert _events("Harga beras naik 5 persen sepanjang bulan lalu.") == []


def test_date_is_the_sentence_date_else_published() -> None:
    (event,) = _events("Polisi menangkap pelaku di Bandung.")
    assert event.date == "2024-06-03"


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Kapolda Metro Jaya", "COP"),
        ("Menteri Luar Negeri", "GOV"),
        ("TNI", "MIL"),
        ("DPR", "LEG"),
        ("KPK", "JUD"),
        ("Partai Demokrat", "PTY"),
        ("mahasiswa", "EDU"),
    ],
)
def test_sector_words(words: str, sector: str) -> None:
    assert sector_of(words) == sector
