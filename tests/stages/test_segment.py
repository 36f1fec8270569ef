import pytest

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
