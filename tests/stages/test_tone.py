"""The tone stage fills record.tone and entities[].tone."""

from __future__ import annotations

from warta import analyze
from warta.tone.model import default_model
from warta.tone.scoring import Mention, clause_of, entity_tone

ARTICLE = (
    "Jakarta - Banjir bandang merendam ratusan rumah warga di Kabupaten Garut, Jawa Barat, Selasa (5/3). "
    "Tiga orang tewas dan ribuan warga mengungsi.\n\n"
    "Kepala BPBD Garut, Asep Rahmat, mengatakan kerugian ditaksir mencapai miliaran rupiah."
)


def test_article_gets_word_figures_and_a_label() -> None:
    record = analyze(ARTICLE, title="Banjir Bandang Tewaskan Tiga Warga Garut")
    tone = record.tone
    assert tone is not None
    assert tone.label == "negative" and -1.0 <= tone.score < 0
    assert tone.words > 20
    assert tone.polarity == round(tone.positive + tone.negative, 4)
    assert "tone" in record.stages


def test_entities_get_the_tone_of_their_sentences() -> None:
    record = analyze(ARTICLE, title="Banjir Bandang Tewaskan Tiga Warga Garut")
    assert record.entities
    assert all(e.tone is not None for e in record.entities if e.field == "body")


def test_a_place_after_di_is_neutral_and_the_stressed_clause_decides() -> None:
    model = default_model()
    sentence = "Rapat digelar di Bandung."
    start = sentence.index("Bandung")
    verdict = entity_tone(model, [Mention(sentence, start, start + len("Bandung"))])
    assert verdict is not None and verdict.label == "neutral"
    turn = "Pendapatan naik 21 persen, namun perseroan masih rugi besar"
    assert (
        clause_of(Mention(turn, turn.index("perseroan"), turn.index("perseroan") + 9))
        .strip()
        .startswith("perseroan")
    )
    assert entity_tone(model, []) is None
