"""Indonesian stemming for the search index (Sastrawi plus one correction)."""

from __future__ import annotations

import pytest

from warta.text.stem import stem_text, stem_word, words


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("bantahan", "bantah"),
        ("membantah", "bantah"),  # plain Sastrawi strips "-tah" as a particle and gives "ban"
        ("dibantah", "bantah"),
        ("membantahnya", "bantah"),
        ("bersekolah", "sekolah"),
        ("mengatakan", "kata"),
        ("pemerintah", "perintah"),
        ("keuangan", "uang"),
        ("dikalahkan", "kalah"),
        ("siapakah", "siapa"),  # a real particle is still removed
        ("bukanlah", "bukan"),
    ],
)
def test_stem_word(word, stem):
    assert stem_word(word) == stem


@pytest.mark.parametrize("token", ["2024", "ab", "covid19", "x" * 60])
def test_numbers_short_and_long_tokens_are_kept(token):
    assert stem_word(token) == token


def test_words_split_on_punctuation_and_underscores():
    assert words("COVID-19, Jl. Sudirman_No.5 'kata'") == ["covid", "19", "jl", "sudirman", "no", "5", "kata"]


def test_stem_text_lowercases_and_joins_stems():
    assert stem_text("Menteri Keuangan MEMBANTAH; bantahan!") == "menteri uang bantah bantah"
    assert stem_text("") == ""


def test_stems_are_cached():
    stem_word.cache_clear()
    stem_word("pemerintahan")
    stem_word("pemerintahan")
    info = stem_word.cache_info()
    assert (info.hits, info.misses) == (1, 1)


def test_fast_path_agrees_with_sastrawi():
    """Words skipped as unaffixable must be exactly the ones Sastrawi leaves alone."""
    import random

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    plain = StemmerFactory().create_stemmer()
    rng = random.Random(7)
    roots = rng.sample([w for w in StemmerFactory().get_words() if w.isalpha()], 150)
    forms = [f for r in roots for f in (r, "me" + r, "di" + r + "kan", "pe" + r + "an", "ber" + r, r + "nya")]
    syllables = "ba bi bu da di ga gu ka ke ku la ma me mu na pa pe ra ri sa se ta te tu".split()
    forms += ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(300)]
    forms += ["sudirman", "jokowi", "prabowo", "surabaya", "covid", "vaksin", "bulog", "telunjuk"]
    for form in forms:
        if not form.endswith(("lah", "kah", "tah", "pun")):
            assert stem_word(form) == plain.stem(form), form
