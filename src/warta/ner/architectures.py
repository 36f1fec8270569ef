"""The token embedding the shipped NER model uses, registered with spaCy.

It joins spaCy's hashed lexical features (``MultiHashEmbed``) with byte embeddings of
each word's first and last characters (``CharacterEmbed``). The byte table reads the
word as written, so it sees capitals and affixes such as ``ke-``/``-an`` and ``-nya``
even for words the hash tables never saw. Importing this module registers the name, and
:func:`warta.ner.model.load_ner` imports it before loading a pipeline.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import intify_attr
from spacy.ml import _character_embed
from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d, Ragged

from warta.ner.lexicon import match_ids, place_names

# Lexicon sets rebuilt from a model's stored name list, keyed by the layer's id.
_NAME_SETS: dict[int, tuple[int, set[str]]] = {}


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
    embeds: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(width, nrows, column=i, seed=11 + i, dropout=0.0) for i, nrows in enumerate(rows)
    ]
    hashed: Model[list[Doc], Ragged] = chain(
        FeatureExtractor(columns),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeds)),
    )
    chars: Model[list[Doc], Ragged] = chain(
        _character_embed.CharacterEmbed(nM=nM, nC=nC),
        cast(Model[list[Floats2d], Ragged], list2ragged()),
    )
    mixed: Model[Ragged, Ragged] = with_array(
        Maxout(width, width * len(embeds) + nM * nC, nP=3, dropout=0.0, normalize=True)
    )
    return chain(concatenate(hashed, chars), mixed, ragged2list())


@registry.architectures("warta.HashCharLexEmbed.v1")
def hash_char_lex_embed(
    width: int, attrs: list[str], rows: list[int], nM: int, nC: int, lex_width: int
) -> Model[list[Doc], list[Floats2d]]:
    """Like ``warta.HashCharEmbed.v1``, plus a ``lex_width`` embedding of place-lexicon matches."""
    if len(rows) != len(attrs):
        raise ValueError(f"attrs and rows differ in length: {len(attrs)} vs {len(rows)}")
    columns = [intify_attr(attr) for attr in attrs]
    embeds: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(width, nrows, column=i, seed=11 + i, dropout=0.0) for i, nrows in enumerate(rows)
    ]
    hashed: Model[list[Doc], Ragged] = chain(
        FeatureExtractor(columns),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeds)),
    )
    chars: Model[list[Doc], Ragged] = chain(
        _character_embed.CharacterEmbed(nM=nM, nC=nC),
        cast(Model[list[Floats2d], Ragged], list2ragged()),
    )
    lexicon: Model[list[Doc], Ragged] = chain(
        place_matches(),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(HashEmbed(lex_width, 16, column=0, seed=7, dropout=0.0)),
    )
    n_in = width * len(embeds) + nM * nC + lex_width
    mixed: Model[Ragged, Ragged] = with_array(Maxout(width, n_in, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(hashed, chars, lexicon), mixed, ragged2list())


def place_matches() -> Model[list[Doc], list[Ints2d]]:
    """Give each token its place-lexicon match id (see :func:`warta.ner.lexicon.match_ids`).

    The names are gathered when the model is initialised for training and saved with its
    weights (``attrs["names"]``), so a loaded model never rebuilds them.
    """
    return Model("place_matches", _place_forward, init=_place_init, attrs={"names": []})


def _place_init(model: Model, X: object = None, Y: object = None) -> None:
    if not model.attrs["names"]:
        model.attrs["names"] = sorted(place_names())


def _name_set(model: Model) -> set[str]:
    names = model.attrs["names"]
    cached = _NAME_SETS.get(model.id)
    if cached is None or cached[0] != len(names):
        cached = (len(names), set(names))
        _NAME_SETS[model.id] = cached
    return cached[1]


def _place_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], object]:
    names = _name_set(model)
    ops = model.ops
    # HashEmbed hashes uint64 ids, as FeatureExtractor gives it.
    out = []
    for doc in docs:
        ids = numpy.asarray(match_ids([t.text for t in doc], names), dtype="uint64").reshape(-1, 1)
        out.append(cast(Ints2d, ops.asarray(cast(Ints2d, ids))))
    return out, lambda d_out: []
