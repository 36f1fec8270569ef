"""Tests for warta.ner.architectures: the registered embedding layers build and run."""

from __future__ import annotations

import pytest
import spacy
from spacy.util import registry

from warta.ner import architectures  # noqa: F401  (registers the layers)


@pytest.mark.parametrize("name", ["warta.HashCharEmbed.v1", "warta.HashCharLexEmbed.v1"])
def test_embed_gives_one_vector_per_token(name: str) -> None:
    kwargs = {"width": 8, "attrs": ["NORM", "SHAPE"], "rows": [50, 20], "nM": 4, "nC": 4}
    if "Lex" in name:
        kwargs["lex_width"] = 4
    model = registry.get("architectures", name)(**kwargs)
    nlp = spacy.blank("id")
    docs = [nlp("Warga Surabaya berkumpul ."), nlp("Ya")]
    model.initialize(X=docs)
    vectors = model.predict(docs)
    assert [v.shape for v in vectors] == [(4, 8), (1, 8)]


def test_mismatched_rows_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        make = registry.get("architectures", "warta.HashCharEmbed.v1")
        make(width=8, attrs=["NORM"], rows=[1, 2], nM=4, nC=4)
