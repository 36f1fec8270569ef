"""Tests for warta.ner.tokenizer: Indonesian tokens, exact offsets, linear time on hostile runs."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.vocab import Vocab

from warta.ner.tokenizer import (
    IndonesianTokenizer,
    abbreviations,
    hyphenated_words,
    is_reduplication,
    token_spans,
)

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(scope="module")
def tokenizer() -> IndonesianTokenizer:
    return IndonesianTokenizer(Vocab())


def _texts(tokenizer: IndonesianTokenizer, text: str) -> list[str]:
    return [t.text for t in tokenizer(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # reduplication, with affixes, nasal substitution and the rhyming kinds
        ("anak-anak bermain-main", ["anak-anak", "bermain-main"]),
        ("sebaik-baiknya anak-anaknya", ["sebaik-baiknya", "anak-anaknya"]),
        ("tolong-menolong kemerah-merahan", ["tolong-menolong", "kemerah-merahan"]),
        ("sayur-mayur bolak-balik warna-warni", ["sayur-mayur", "bolak-balik", "warna-warni"]),
        ("Negara-Negara BUMN-BUMN", ["Negara-Negara", "BUMN-BUMN"]),
        # compounds spaCy keeps whole that no rule covers (the derived table)
        ("kacau-balau e-KTP check-up", ["kacau-balau", "e-KTP", "check-up"]),
        # names and ranges joined by a hyphen are split, as spaCy splits them
        ("rute Jakarta-Bandung", ["rute", "Jakarta", "-", "Bandung"]),
        ("Kim Jong-un dan COVID-19", ["Kim", "Jong", "-", "un", "dan", "COVID", "-", "19"]),
        ("periode 2014-2019", ["periode", "2014", "-", "2019"]),
        ("HUT ke-79 tahun 1990-an", ["HUT", "ke-79", "tahun", "1990-an"]),
        # clitics after a hyphen; attached clitics stay in the word
        ("rumah-nya rumahnya", ["rumah", "-nya", "rumahnya"]),
        ("siapa-pun Ayo-lah Dia-kah", ["siapa", "-pun", "Ayo", "-lah", "Dia", "-kah"]),
        ("fitur dashboard -nya", ["fitur", "dashboard", "-nya"]),
        # abbreviations and initials keep their period; other words lose it
        ("Dr. Budi, S.H., M.Si.", ["Dr.", "Budi", ",", "S.H.", ",", "M.Si."]),
        ("Prof. Ir. H. Joko dll.", ["Prof.", "Ir.", "H.", "Joko", "dll."]),
        ("Jl. Sudirman No. 5", ["Jl.", "Sudirman", "No.", "5"]),
        ("A.Md.Keb. dan S.Farm", ["A.Md.Keb.", "dan", "S.Farm"]),
        ("PT Astra Tbk. naik.", ["PT", "Astra", "Tbk.", "naik", "."]),
        ("M. Nuh tiba.", ["M.", "Nuh", "tiba", "."]),
        ("dr. Ani, M.Kes dan S.Pd.I.", ["dr.", "Ani", ",", "M.Kes", "dan", "S.Pd.I."]),
        ("A.S. dan s.d. 5 Jan. 2020", ["A.S.", "dan", "s.d.", "5", "Jan.", "2020"]),
        # numbers, currencies, units
        ("naik 3,5 persen", ["naik", "3,5", "persen"]),
        ("Rp1.500 atau Rp 1.500,00", ["Rp", "1.500", "atau", "Rp", "1.500,00"]),
        ("US$5 dan 10%", ["US$", "5", "dan", "10", "%"]),
        ("pukul 12.30 WIB, +62 21", ["pukul", "12.30", "WIB", ",", "+62", "21"]),
        ("jaringan 5G dan A330-900", ["jaringan", "5G", "dan", "A330", "-", "900"]),
        # web text
        (
            "di https://www.kompas.com/read/2024/05/21/x.html.",
            ["di", "https://www.kompas.com/read/2024/05/21/x.html", "."],
        ),
        ("surel budi.s@kompas.co.id,", ["surel", "budi.s@kompas.co.id", ","]),
        ("dikutip Kompas.com dan detik.com.", ["dikutip", "Kompas.com", "dan", "detik.com", "."]),
        ("#PemiluDamai @jokowi", ["#PemiluDamai", "@jokowi"]),
        ("A &amp; B", ["A", "&amp;", "B"]),
        # punctuation
        ('"Kami siap," katanya.', ['"', "Kami", "siap", ",", '"', "katanya", "."]),
        ('berkata:"Tidak!"...lalu', ["berkata", ":", '"', "Tidak", "!", '"', "...", "lalu"]),
        ("Sabtu (21/5).Ia", ["Sabtu", "(", "21", "/", "5", ")", ".", "Ia"]),
        ("Jum'at Ma'ruf", ["Jum'at", "Ma'ruf"]),
        ("((((x))))", ["((((", "x", "))))"]),
    ],
)
def test_tokens(tokenizer: IndonesianTokenizer, text: str, tokens: list[str]) -> None:
    assert _texts(tokenizer, text) == tokens


def test_whitespace_is_kept_as_spacy_keeps_it(tokenizer: IndonesianTokenizer) -> None:
    doc = tokenizer("  Presiden  tiba\n\ndi Bali. ")
    assert doc.text == "  Presiden  tiba\n\ndi Bali. "
    assert [t.text for t in doc] == ["  ", "Presiden", " ", "tiba", "\n\n", "di", "Bali", "."]
    assert [t.whitespace_ for t in doc] == ["", " ", "", "", "", " ", "", " "]


def test_offsets_are_those_of_the_text(tokenizer: IndonesianTokenizer) -> None:
    text = "Menurut Dr. Budi (45), harga Rp1.500 naik 3,5%—kata-kata\u00a0itu anak-anaknya."
    doc = tokenizer(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("aA1 -.,'()\"&;:@#/\n\u00a0éRpSH"), max_size=60) | st.text(max_size=40)
)
def test_any_text_round_trips(text: str) -> None:
    tokenizer = IndonesianTokenizer(Vocab())
    doc = tokenizer(text)
    assert doc.text == text
    spans = token_spans(text)
    assert spans == sorted(spans)
    assert all(start < end and not text[start:end].isspace() for start, end in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))


def test_spacy_hyphenated_words_stay_whole(tokenizer: IndonesianTokenizer) -> None:
    """Every word spaCy's Indonesian data keeps whole, in the case forms spaCy generates."""
    from spacy.lang.id._tokenizer_exceptions_list import ID_BASE_EXCEPTIONS

    split = []
    for word in ID_BASE_EXCEPTIONS:
        for form in (word, word.title(), word.upper(), "-".join(p.title() for p in word.split("-"))):
            if _texts(tokenizer, form) != [form]:
                split.append(form)
    assert not split, split[:20]


def test_spacy_abbreviations_keep_their_period(tokenizer: IndonesianTokenizer) -> None:
    kept = [a for a in abbreviations() if _texts(tokenizer, f"{a} Budi") == [a, "Budi"]]
    assert len(kept) == len(abbreviations()), sorted(abbreviations() - set(kept))[:20]


def test_tables_are_current() -> None:
    """The shipped tables are what training/build_tokenizer_tables.py derives from spaCy."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "training" / "build_tokenizer_tables.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(hyphenated_words()) < 1000 and len(abbreviations()) < 400


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("anak", "anak", True),
        ("berlari", "lari", True),
        ("pukul", "memukul", True),
        ("lauk", "pauk", True),
        ("gerak", "gerik", True),
        ("Jakarta", "Bandung", False),
        ("Jokowi", "JK", False),
        ("a", "a", False),
    ],
)
def test_is_reduplication(first: str, second: str, expected: bool) -> None:
    assert is_reduplication(first, second) is expected


def _article_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    if not texts:
        pytest.skip(f"no article texts under {ARTICLES}")
    return "\n\n".join(texts)


# Hostile runs of the hostile-input issue, and ordinary text, each given as a function of size.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "open brackets": lambda n: "(" * n,
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "alternating brackets": lambda n: "()" * (n // 2),
    "punctuation": lambda n: (".,;:!?-\"'()[]{}<>/\\|*&^%$#@~`" * n)[:n],
    "quotes": lambda n: '"' * n,
    "html entities": lambda n: ("&amp; " * (n // 6 + 1))[:n],
    "one long word": lambda n: "a" * n,
    "dotted letters": lambda n: "a." * (n // 2),
    "hyphen chain": lambda n: ("anak-" * (n // 5 + 1))[:n],
    "at signs": lambda n: "a@" * (n // 2),
    "url prefixes": lambda n: ("https://" * (n // 8 + 1))[:n],
    "initials": lambda n: ("A. " * (n // 3 + 1))[:n],
    "spaces": lambda n: " " * n,
}


def _seconds(text: str, tokenizer: IndonesianTokenizer, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        doc = tokenizer(text)
        best = min(best, time.perf_counter() - started)
    assert doc.text == text
    return best


def _assert_linear(make: Callable[[int], str], small: int, tokenizer: IndonesianTokenizer) -> None:
    """Four times the input takes about four times as long; quadratic would be sixteen.

    The smaller size grows (up to 1M characters) until it takes 20 ms, so that timer and
    scheduler noise on a loaded machine do not decide the ratio; the best of five runs counts.
    Under 50 ms for the larger size there is no superlinear cost worth the name to find.
    """
    short = _seconds(make(small), tokenizer)
    while short < 0.02 and small < 1_000_000:
        small *= 2
        short = _seconds(make(small), tokenizer)
    long = _seconds(make(4 * small), tokenizer)
    assert long < 0.05 or long / short < 9, f"{4 * small} chars took {long:.3f}s vs {short:.3f}s for {small}"


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
def test_linear_on_pathological_runs(kind: str, tokenizer: IndonesianTokenizer) -> None:
    _assert_linear(PATHOLOGICAL[kind], 25_000, tokenizer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "small"),
    [("open brackets", 25_000), ("html entities", 250_000), ("article", 500_000)],
)
def test_linear_at_hostile_input_sizes(kind: str, small: int, tokenizer: IndonesianTokenizer) -> None:
    """100k '(', 1 MB of '&amp; ' and a 2 MB article (real articles repeated), against a quarter."""
    if kind == "article":
        article = _article_text()

        def make(n: int) -> str:
            return (article * (n // len(article) + 1))[:n]

        _assert_linear(make, small, tokenizer)
    else:
        _assert_linear(PATHOLOGICAL[kind], small, tokenizer)


def test_model_loads_without_spacy_tokenizer_exceptions() -> None:
    """load_ner builds no spaCy special cases and does not import spacy.lang.id."""
    code = (
        "import sys\n"
        "from warta.ner.model import load_ner\n"
        "from warta.ner.tokenizer import IndonesianTokenizer\n"
        "nlp = load_ner()\n"
        "assert isinstance(nlp.tokenizer, IndonesianTokenizer), type(nlp.tokenizer)\n"
        "assert 'spacy.lang.id' not in sys.modules\n"
        "print([(e.text, e.label_) for e in nlp('Presiden Joko Widodo tiba di Surabaya.').ents])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Joko Widodo" in result.stdout


def test_spacy_load_uses_the_registered_tokenizer() -> None:
    import spacy

    import warta.ner.architectures  # noqa: F401
    from warta.ner.model import MODEL_DIR

    nlp = spacy.load(MODEL_DIR)
    assert isinstance(nlp.tokenizer, IndonesianTokenizer)
    assert not (MODEL_DIR / "tokenizer").exists()
