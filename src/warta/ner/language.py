"""The spaCy ``Language`` class the NER model runs in: Indonesian, with warta's tokenizer.

``spacy.blank("id")`` imports ``spacy.lang.id``, whose tokenizer exceptions take 0.1 s to
import and 1.6 s to build, for a tokenizer the model does not use. This class carries only
what the pipeline needs: the language code (so the saved config says ``lang = "id"``) and
:class:`warta.ner.tokenizer.IndonesianTokenizer`. Stop words and spaCy's Indonesian number
words are not model features (it reads NORM, PREFIX, SUFFIX and SHAPE), so they are left out.
``spacy.load`` on the saved model also works (through ``spacy.lang.id`` and the tokenizer
registered under ``warta.IndonesianTokenizer.v1``); :func:`warta.ner.model.load_ner` uses this
class instead.
"""

from __future__ import annotations

from spacy.language import BaseDefaults, Language
from spacy.util import load_config_from_str

from warta.ner.tokenizer import TOKENIZER_NAME

# Merged into spaCy's default config, as spacy/lang/ja does for its own tokenizer.
DEFAULT_CONFIG = f"""
[nlp]

[nlp.tokenizer]
@tokenizers = "{TOKENIZER_NAME}"
"""


class IndonesianNerDefaults(BaseDefaults):
    """No tokenizer exceptions: :class:`~warta.ner.tokenizer.IndonesianTokenizer` has its own tables."""

    tokenizer_exceptions: dict[str, list[dict[int, str]]] = {}
    config = load_config_from_str(DEFAULT_CONFIG)


class IndonesianNer(Language):
    """Indonesian for the NER pipeline (``lang = "id"``)."""

    lang = "id"
    Defaults = IndonesianNerDefaults
