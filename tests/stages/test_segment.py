import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.stages.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Budi datang. Ia pulang.", ["Dr. Budi datang.", "Ia pulang."]),
        (
            "Kantornya di Jl. Sudirman No. 5 Jakarta. Besok buka.",
            ["Kantornya di Jl. Sudirman No. 5 Jakarta.", "Besok buka."],
        ),
        ("Inflasi naik 3.5 persen. Harga Rp 1.500.", ["Inflasi naik 3.5 persen.", "Harga Rp 1.500."]),
        (
            "Pengacara Andi, S.H. membela. Sidang ditunda.",
            ["Pengacara Andi, S.H. membela.", "Sidang ditunda."],
        ),
        (
            "Hadir H. Abdul Somad dan M. Yusuf. Acara usai.",
            ["Hadir H. Abdul Somad dan M. Yusuf.", "Acara usai."],
        ),
        ("Buah, sayur, dll. Semua dijual.", ["Buah, sayur, dll. Semua dijual."]),
        ("Rapat tgl. 5 Mei. Lalu bubar!", ["Rapat tgl. 5 Mei.", "Lalu bubar!"]),
    ],
)
def test_abbreviations_initials_and_decimals(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_quote_spanning_sentences_stays_with_its_attribution() -> None:
    text = '"Kami menolak. Kami akan melawan," kata Budi. Rapat selesai.'
    assert sentences(text) == ['"Kami menolak. Kami akan melawan," kata Budi.', "Rapat selesai."]


def test_closing_quote_belongs_to_the_sentence() -> None:
    text = "Ia berkata, \u201cSaya siap.\u201d Semua bertepuk tangan."
    assert sentences(text) == ["Ia berkata, \u201cSaya siap.\u201d", "Semua bertepuk tangan."]


# The boundary pattern before it was made linear: the reference for the same boundaries.
_QUADRATIC_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u201d\u2018(\[]?[A-Z0-9])")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\"'\u201d\u201c) \nAa1", max_size=60))
def test_boundaries_are_those_of_the_plain_pattern(text: str) -> None:
    from warta.stages.segment import _BOUNDARY_RE

    assert [m.span() for m in _BOUNDARY_RE.finditer(text)] == [
        m.span() for m in _QUADRATIC_BOUNDARY.finditer(text)
    ]


def test_a_long_run_of_dots_is_split_in_linear_time() -> None:
    started = time.process_time()
    spans = split_sentences("Banjir melanda kota. " + "." * 200_000 + " Warga mengungsi.")
    assert time.process_time() - started < 2.0
    assert len(spans) == 2
