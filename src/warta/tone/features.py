"""Text to tone features: the one featurizer that training and scoring share.

A text gives two blocks of features, each L2-normalised on its own (as two scikit-learn
``TfidfVectorizer`` in a ``FeatureUnion``): word unigrams and bigrams, and character
2- to 5-grams inside each word, padded with spaces as scikit-learn's ``char_wb`` analyzer
does. Everything is lower-cased. Words come from Python's ``re`` word class (Unicode-aware)
with reduplication ("anak-anak") and clitics ("harganya") kept inside the word.

Training (``training/tone.py``) hands ``word_block`` and ``char_block`` to scikit-learn as
analyzers, so the shipped scorer sees exactly the features the model was fitted on.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word: letters or digits, optionally joined by hyphens ("anak-anak", "covid-19").
WORD_RE = re.compile(r"\w+(?:-\w+)*")
CHAR_NGRAMS = (2, 5)  # smallest and largest character n-gram, inclusive


def words(text: str) -> list[str]:
    """Return the lower-cased words of ``text``."""
    return WORD_RE.findall(text.lower())


def word_grams(tokens: list[str]) -> list[str]:
    """Word unigrams and bigrams of a word sequence."""
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def word_block(text: str) -> list[str]:
    """Word unigrams and bigrams of ``text``."""
    return word_grams(words(text))


@lru_cache(maxsize=65536)
def char_grams(word: str) -> tuple[str, ...]:
    """Character n-grams of one space-padded word (cached: news repeats its words)."""
    padded = f" {word} "
    low, high = CHAR_NGRAMS
    return tuple(padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1))


def char_block(text: str) -> list[str]:
    """In-word character n-grams of ``text``."""
    out: list[str] = []
    for token in words(text):
        out.extend(char_grams(token))
    return out
