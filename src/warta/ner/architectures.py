"""The token embedding the shipped NER model uses, registered with spaCy.

It joins spaCy's hashed lexical features (``MultiHashEmbed``-style tables of NORM, PREFIX,
SUFFIX and SHAPE) with byte embeddings of each word's first and last characters
(``CharacterEmbed``) and an embedding of the token's name-list matches
(:func:`warta.ner.lexicon.lexicon_ids`). The byte table reads the word as written, so it
sees capitals and affixes such as ``ke-``/``-an`` and ``-nya`` even for words the hash
tables never saw. Importing this module registers the name, and
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

from warta.ner.lexicon import area_names, lexicon_ids, person_names, place_names

# Distinct ids lexicon_ids can give: 4 place positions x 4 place kinds x 4 person kinds,
# and twice that (x 2 company bit) once the company list is used (v3).
LEXICON_IDS = 64
LEXICON_IDS_WITH_COMPANIES = 128


@registry.architectures("warta.HashCharLexEmbed.v2")
def hash_char_lexicon_embed(
    width: int, attrs: list[str], rows: list[int], nM: int, nC: int, lex_width: int
) -> Model[list[Doc], list[Floats2d]]:
    """Embed tokens from hashed attributes, ``nC`` UTF-8 bytes and place/person matches."""
    return _embed(width, attrs, rows, nM, nC, lex_width, LEXICON_IDS)


@registry.architectures("warta.HashCharLexEmbed.v3")
def hash_char_lexicon_company_embed(
    width: int, attrs: list[str], rows: list[int], nM: int, nC: int, lex_width: int
) -> Model[list[Doc], list[Floats2d]]:
    """As v2, with a table wide enough for the company bit (IDX-listed company names).

    The company list is not gathered here: training sets ``attrs["companies"]`` of the
    ``lexicon_matches`` node from the gazetteer file (:func:`set_companies`).
    """
    return _embed(width, attrs, rows, nM, nC, lex_width, LEXICON_IDS_WITH_COMPANIES)


def set_companies(model: Model, companies: dict[str, int]) -> bool:
    """Store the company list in ``model``'s ``lexicon_matches`` node; False when it has none."""
    found = False
    for node in model.walk():
        if node.name == "lexicon_matches":
            node.attrs["companies"] = dict(sorted(companies.items()))
            found = True
    return found


def _embed(
    width: int, attrs: list[str], rows: list[int], nM: int, nC: int, lex_width: int, lex_rows: int
) -> Model[list[Doc], list[Floats2d]]:
    """Embed tokens from hashed attributes, ``nC`` UTF-8 bytes and name-list matches.

    Args:
        width: output width, and the width of each hashed attribute's table.
        attrs: token attributes to hash, e.g. ``["NORM", "PREFIX", "SUFFIX", "SHAPE"]``.
        rows: rows of each attribute's table, in the order of ``attrs``.
        nM: dimensions per byte.
        nC: bytes per word, taken alternately from its start and its end.
        lex_width: width of the name-list match embedding.
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
    lexicon: Model[list[Doc], Ragged] = chain(
        lexicon_matches(),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(HashEmbed(lex_width, lex_rows, column=0, seed=7, dropout=0.0)),
    )
    n_in = width * len(embeds) + nM * nC + lex_width
    mixed: Model[Ragged, Ragged] = with_array(Maxout(width, n_in, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(hashed, chars, lexicon), mixed, ragged2list())


def lexicon_matches() -> Model[list[Doc], list[Ints2d]]:
    """Give each token its id from :func:`warta.ner.lexicon.lexicon_ids`.

    The lists are gathered when the model is initialised for training and saved with its
    weights (``attrs["places"]``, ``attrs["people"]``), so a loaded model never rebuilds
    them and needs none of the packages they come from. ``attrs["companies"]`` stays empty
    unless training fills it (v3).
    """
    return Model(
        "lexicon_matches",
        _lexicon_forward,
        init=_lexicon_init,
        attrs={"places": {}, "people": {}, "companies": {}},
    )


def _lexicon_init(model: Model, X: object = None, Y: object = None) -> None:
    if not model.attrs["places"]:
        places = dict.fromkeys(place_names(), 1)
        for name in area_names():
            places[name] = places.get(name, 0) | 2
        model.attrs["places"] = dict(sorted(places.items()))
        model.attrs["people"] = dict(sorted(person_names().items()))


def _lexicon_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], object]:
    places, people = model.attrs["places"], model.attrs["people"]
    # Models saved before the company list existed have no such attribute.
    companies = model.attrs.get("companies") or {}
    out = []
    for doc in docs:
        # HashEmbed hashes uint64 ids, as FeatureExtractor gives it.
        ids = lexicon_ids([t.text for t in doc], places, people, companies)
        column = numpy.asarray(ids, dtype="uint64")
        out.append(cast(Ints2d, model.ops.asarray(cast(Ints2d, column.reshape(-1, 1)))))
    return out, lambda d_out: []
