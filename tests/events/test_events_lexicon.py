"""The verb dictionary: Indonesian morphology builds the forms, every code cites CAMEO and PLOVER."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta.events.lexicon import _read, ber_prefixed, default_lexicon, load_codes, men_prefixed, surface_forms

EXTRA_CODES = {"016"}  # codes PLOVER's table leaves out (training/events_cameo.py EXTRA_CODES)
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "events"


@pytest.mark.parametrize(
    ("root", "form"),
    [
        ("tangkap", "menangkap"),
        ("pukul", "memukul"),
        ("serang", "menyerang"),
        ("kecam", "mengecam"),
        ("kritik", "mengkritik"),
        ("bom", "mengebom"),
        ("bantu", "membantu"),
        ("dukung", "mendukung"),
        ("larang", "melarang"),
        ("usir", "mengusir"),
        ("gerebek", "menggerebek"),
    ],
)
def test_men_allomorphs(root: str, form: str) -> None:
    assert form in men_prefixed(root)


@pytest.mark.parametrize(
    ("root", "pattern", "form"),
    [
        ("tuduh", "di", "dituduh"),
        ("selidik", "meN-i", "menyelidiki"),
        ("bebas", "meN-kan", "membebaskan"),
        ("tangkap", "ter", "tertangkap"),
        ("temu", "ber", "bertemu"),
        ("kerja sama", "ber", "bekerja sama"),
        ("unjuk rasa", "ber", "berunjuk rasa"),
        ("tandatangan", "di-i", "ditandatangani"),
    ],
)
def test_surface_forms(root: str, pattern: str, form: str) -> None:
    assert form in surface_forms(root, pattern) or form in ber_prefixed(root.split()[0])


@pytest.mark.parametrize(
    ("text", "cameo", "type_", "voice"),
    [
        ("menuduh", "112", "ACCUSE", "active"),
        ("ditangkap", "173", "COERCE", "passive"),
        ("membantah", "016", "REJECT", "active"),
        ("berunjuk  rasa", "141", "PROTEST", "intransitive"),
        ("Menyerang", "190", "ASSAULT", "active"),
    ],
)
def test_lookup(text: str, cameo: str, type_: str, voice: str) -> None:
    (verb, *_) = default_lexicon().lookup(text)
    assert (verb.code.cameo, verb.code.type, verb.voice) == (cameo, type_, voice)


def test_one_pass_finds_every_verb_of_a_sentence() -> None:
    text = "Polisi menangkap pelaku yang menyerang warga dan diperiksa penyidik."
    found = [m.group(0) for m in default_lexicon().pattern.finditer(text)]
    assert found == ["menangkap", "menyerang", "diperiksa"]
    assert not default_lexicon().pattern.search("penangkapan dan serangan")  # nouns are not verbs


def test_codes_have_goldstein_and_quad() -> None:
    codes = load_codes()
    assert codes["112"].goldstein == -2.0 and codes["112"].quad == "verbal-conflict"
    assert codes["173"].mode == "arrest" and codes["173"].quad == "material-conflict"
    assert codes["057"].quad == "verbal-cooperation" and codes["070"].quad == "material-cooperation"


def _plover_table() -> dict[str, tuple[str, str]]:
    rows = {}
    for line in (SHARED / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*?)\s*,", line.strip())
        if match:
            rows.setdefault(match[1], (match[2], match[3].strip().lower()))
    return rows


def test_every_code_matches_the_plover_table() -> None:
    if not (SHARED / "CAMEO2PLOVER-2021.txt").exists():
        pytest.skip("../shared/data/events is absent: cannot check the codes against CAMEO2PLOVER")
    table = _plover_table()
    for code in load_codes().values():
        if code.cameo in EXTRA_CODES:
            continue
        assert table[code.cameo] == (code.type, code.mode or ""), code.cameo


def test_every_verb_cites_a_cameo_dictionary_entry() -> None:
    path = SHARED / "CAMEO.2.0.txt"
    if not path.exists():
        pytest.skip("../shared/data/events is absent: cannot check citations against CAMEO.2.0.txt")
    words = set(re.findall(r"[A-Z][A-Z_-]+", path.read_text(encoding="utf-8", errors="replace")))
    for row in _read("events_verbs.tsv"):
        assert row[3].strip() in words, row


def test_word_requirements_pick_the_entry() -> None:
    entries = default_lexicon().lookup("memberikan")
    assert [v.code.cameo for v in entries] == ["070", "075", "081", "139"]
    assert entries[2].code.type == "CONCEDE"  # the manual's type for pardons, not the map's
    assert default_lexicon().codes["016"].quad == "verbal-conflict"


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap pelaku yang menyerang warga dan diperiksa penyidik.",
        "Ribuan buruh berunjuk rasa lalu menarik pasukannya, bekerja sama dan bertemu.",
        "Tidak ada kata kerja di sini.",
    ],
)
def test_scan_finds_what_the_alternation_finds(text: str) -> None:
    lexicon = default_lexicon()
    by_regex = [(m.start(), m.end()) for m in lexicon.pattern.finditer(text)]
    assert [(s, e) for s, e, _ in lexicon.scan(text, 0, len(text))] == by_regex
