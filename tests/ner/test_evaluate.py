"""Tests for warta.ner.evaluate: conlleval-style chunking and micro F1, computed by hand."""

from __future__ import annotations

import pytest
import spacy

from warta.ner.data import Sentence
from warta.ner.evaluate import Score, bio_chunks, doc_tags, score_sentences


@pytest.mark.parametrize(
    ("tags", "chunks"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
        # conlleval: I- after O, or after another type, opens a chunk.
        (["O", "I-PER", "I-PER", "I-LOC"], {(1, 3, "PER"), (3, 4, "LOC")}),
        (["B-ORG", "B-ORG", "I-ORG"], {(0, 1, "ORG"), (1, 3, "ORG")}),
        (["O", "O"], set()),
        (["I-LOC"], {(0, 1, "LOC")}),
    ],
)
def test_bio_chunks(tags: list[str], chunks: set[tuple[int, int, str]]) -> None:
    assert bio_chunks(tags) == chunks


def test_score_counts_exact_spans_only() -> None:
    score = Score()
    gold = ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC"]
    pred = ["B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-LOC"]
    score.add(gold, pred)
    # 3 gold, 3 predicted, 2 exact matches (the ORG span is one token short).
    p, r, f = score.prf()
    assert (p, r) == pytest.approx((2 / 3, 2 / 3))
    assert f == pytest.approx(2 / 3)
    assert score.prf("ORG") == (0.0, 0.0, 0.0)
    assert score.prf("PER") == (1.0, 1.0, 1.0)


def _ruler_nlp() -> spacy.language.Language:
    """A pipeline whose predictions are fixed by patterns, so the expected score is known."""
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": [{"ORTH": "Joko"}, {"ORTH": "Widodo"}]},
            {"label": "ORG", "pattern": [{"ORTH": "Bank"}]},
            {"label": "LOC", "pattern": [{"ORTH": "Washington"}]},
            {"label": "EVT", "pattern": [{"ORTH": "HUT"}]},
            {"label": "PER", "pattern": [{"ORTH": "RI"}]},
        ]
    )
    return nlp


def test_score_sentences_maps_dataset_labels_and_ignores_others() -> None:
    words = "Joko Widodo ke Bank Dunia di Washington saat HUT RI".split()
    tags = [
        "B-PERSON",
        "I-PERSON",
        "O",
        "B-ORGANISATION",
        "I-ORGANISATION",
        "O",
        "B-PLACE",
        "O",
        "B-EVT",
        "I-EVT",
    ]
    score = score_sentences(_ruler_nlp(), [Sentence(words, tags)])
    # Gold (EVT ignored): PER 0-2, ORG 3-5, LOC 6-7.
    # Predicted (EVT ignored): PER 0-2, ORG 3-4, LOC 6-7, PER 9-10 -> tp 2 of 4 predicted, 3 gold.
    assert dict(score.gold) == {"PER": 1, "ORG": 1, "LOC": 1}
    assert dict(score.pred) == {"PER": 2, "ORG": 1, "LOC": 1}
    p, r, f = score.prf()
    assert p == pytest.approx(0.5)
    assert r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert score.sentences == 1 and score.words == 10
    assert score.summary().startswith("ner: f1=0.571 p=0.500 r=0.667 sentences=1 words_per_s=")


def test_doc_tags_uses_label_table() -> None:
    nlp = _ruler_nlp()
    doc = nlp("HUT RI di Washington")
    assert doc_tags(doc) == ["O", "B-PER", "O", "B-LOC"]
