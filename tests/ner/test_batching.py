"""The NER model sees batches bounded by tokens, not characters (runs of punctuation are dense)."""

from __future__ import annotations

from warta.ner.model import _batches, estimated_tokens


def test_estimated_tokens_count_words_and_marks() -> None:
    assert estimated_tokens("Presiden Joko Widodo tiba, kemarin.") == 7
    assert estimated_tokens("\u201c\u201d" * 10) == 20


def test_a_dense_piece_fills_a_batch_that_prose_of_the_same_length_does_not() -> None:
    prose = "Warga mengungsi ke balai desa setelah banjir. " * 200  # about 1,400 tokens
    marks = "\u201c\u201d" * (len(prose) // 2)  # one token per character
    pieces = [(i, 0, text) for i, text in enumerate([prose, prose, marks, prose])]
    batches = list(_batches(pieces, max_texts=64, max_tokens=10_000))
    assert [len(b) for b in batches] == [2, 1, 1]
    assert [p for b in batches for p in b] == pieces  # in order, nothing lost
