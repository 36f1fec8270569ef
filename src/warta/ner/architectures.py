"""The token embedding the shipped NER model uses, registered with spaCy.

It joins spaCy's hashed lexical features (``MultiHashEmbed``) with byte embeddings of
each word's first and last characters (``CharacterEmbed``). The byte table reads the
word as written, so it sees capitals and affixes such as ``ke-``/``-an`` and ``-nya``
even for words the hash tables never saw. Importing this module registers the name, and
:func:`warta.ner.model.load_ner` imports it before loading a pipeline.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import intify_attr
from spacy.ml import _character_embed
from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d, Ragged


@registry.architectures("warta.HashCharEmbed.v1")
def hash_char_embed(
    width: int, attrs: list[str], rows: list[int], nM: int, nC: int
) -> Model[list[Doc], list[Floats2d]]:
    """Embed tokens from hashed attributes plus ``nC`` UTF-8 bytes of ``nM`` dimensions each.

    Args:
        width: output width, and the width of each hashed attribute's table.
        attrs: token attributes to hash, e.g. ``["NORM", "PREFIX", "SUFFIX", "SHAPE"]``.
        rows: rows of each attribute's table, in the order of ``attrs``.
        nM: dimensions per byte.
        nC: bytes per word, taken alternately from its start and its end.
    """
    if len(rows) != len(attrs):
        raise ValueError(f"attrs and rows differ in length: {len(attrs)} vs {len(rows)}")
    columns = [intify_attr(attr) for attr in attrs]
    embeds = [HashEmbed(width, nrows, column=i, seed=11 + i, dropout=0.0) for i, nrows in enumerate(rows)]
    hashed: Model[list[Doc], Ragged] = chain(
        FeatureExtractor(columns),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeds)),
    )
    chars: Model[list[Doc], Ragged] = chain(
        _character_embed.CharacterEmbed(nM=nM, nC=nC),
        cast(Model[list[Floats2d], Ragged], list2ragged()),
    )
    mixed = with_array(Maxout(width, width * len(embeds) + nM * nC, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(hashed, chars), mixed, ragged2list())
