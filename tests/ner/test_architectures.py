"""Tests for warta.ner.architectures: the registered embedding layer builds and runs."""

from __future__ import annotations

import pytest
import spacy
from spacy.util import registry

from warta.ner import architectures  # noqa: F401  (registers the layer)

NAME = "warta.HashCharLexEmbed.v2"


def test_embed_gives_one_vector_per_token() -> None:
    model = registry.get("architectures", NAME)(
        width=8, attrs=["NORM", "SHAPE"], rows=[50, 20], nM=4, nC=4, lex_width=4
    )
    # Small lists stand in for the ones built at training time.
    for node in model.walk():
        if node.name == "lexicon_matches":
            node.attrs["places"] = {"surabaya": 3}
            node.attrs["people"] = {"budi": 1}
    nlp = spacy.blank("id")
    docs = [nlp("Budi ke Surabaya ."), nlp("Ya")]
    model.initialize(X=docs)
    vectors = model.predict(docs)
    assert [v.shape for v in vectors] == [(4, 8), (1, 8)]


def test_v3_embed_takes_the_company_list() -> None:
    model = registry.get("architectures", "warta.HashCharLexEmbed.v3")(
        width=8, attrs=["NORM"], rows=[50], nM=4, nC=4, lex_width=4
    )
    assert architectures.set_companies(model, {"astra international": 1})
    for node in model.walk():
        if node.name == "lexicon_matches":
            node.attrs["places"] = {"surabaya": 3}
            node.attrs["people"] = {"budi": 1}
            ids, _ = node([spacy.blank("id")("Astra International di Surabaya")], is_train=False)
            assert ids[0].ravel().tolist() == [64, 64, 0, 3 + 4 * 3]


def test_set_companies_reports_a_model_without_name_lists() -> None:
    from thinc.api import Relu

    assert not architectures.set_companies(Relu(4, 4), {"astra international": 1})


def test_mismatched_rows_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        registry.get("architectures", NAME)(width=8, attrs=["NORM"], rows=[1, 2], nM=4, nC=4, lex_width=4)
