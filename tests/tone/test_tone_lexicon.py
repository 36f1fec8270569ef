"""GDELT V2Tone word figures from the derived lexicon."""

from __future__ import annotations

from warta.tone.lexicon import ToneLexicon, default_lexicon


def test_figures_are_percentages_of_words() -> None:
    lexicon = ToneLexicon(frozenset({"untung"}), frozenset({"rugi", "anjlok"}), frozenset({"membeli"}))
    figures = lexicon.figures("Kami membeli saham, harga anjlok 5 persen dan rugi.")
    assert figures.words == 8  # "5" is not a word
    assert figures.positive == 0.0
    assert figures.negative == 25.0
    assert figures.tone == -25.0 and figures.polarity == 25.0
    assert figures.activity == 12.5
    assert figures.self_group == 12.5  # "kami"


def test_empty_text_has_no_words() -> None:
    assert default_lexicon().figures("  2024 ").words == 0


def test_shipped_lexicon_holds_market_words_from_the_news() -> None:
    lexicon = default_lexicon()
    assert {"anjlok", "ambruk"} <= lexicon.negative
    assert not lexicon.positive & lexicon.negative
