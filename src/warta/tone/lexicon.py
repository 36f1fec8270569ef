"""GDELT V2Tone-compatible word figures from the derived Indonesian tone lexicon.

The lexicon (``lang/id/tone_lexicon.tsv``) and the activity word list
(``lang/id/tone_activity.txt``) are built from the tone training data by
``training/tone.py`` (method in docs/model-card-tone.md). Figures follow GDELT's GKG
V2Tone field: ``positive`` and ``negative`` are the percentages of words found in the
positive and negative lists, ``tone`` their difference, ``polarity`` their sum,
``activity`` the percentage of active-verb words, ``self_group`` the percentage of
pronouns, and ``words`` the number of words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.errors import WartaError
from warta.lang.id.tone_words import PRONOUNS

LANG_DIR = Path(__file__).resolve().parents[1] / "lang" / "id"
LEXICON_FILE = LANG_DIR / "tone_lexicon.tsv"
ACTIVITY_FILE = LANG_DIR / "tone_activity.txt"
# A word has at least one letter: "2024" and "15.980" are not words.
_WORD_RE = re.compile(r"[^\W\d_]+(?:-\w+)*|\d+(?:-\w+)*[^\W\d_]\w*")


@dataclass(frozen=True, slots=True)
class WordFigures:
    """Percentages of words (0-100) and the word count, as in GDELT's V2Tone."""

    tone: float
    positive: float
    negative: float
    polarity: float
    activity: float
    self_group: float
    words: int


@dataclass(frozen=True, slots=True)
class ToneLexicon:
    positive: frozenset[str]
    negative: frozenset[str]
    activity: frozenset[str]

    @classmethod
    def load(cls, lexicon: Path = LEXICON_FILE, activity: Path = ACTIVITY_FILE) -> ToneLexicon:
        positive: set[str] = set()
        negative: set[str] = set()
        try:
            for number, line in enumerate(lexicon.read_text(encoding="utf-8").splitlines(), 1):
                if not line or line.startswith("#") or line.startswith("word\t"):
                    continue
                word, polarity, *_ = line.split("\t")
                if polarity == "positive":
                    positive.add(word)
                elif polarity == "negative":
                    negative.add(word)
                else:
                    raise WartaError(f"{lexicon}:{number}: polarity must be positive or negative")
            active = {
                w for w in activity.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")
            }
        except OSError as exc:
            raise WartaError(f"{exc.filename}: cannot read the tone lexicon: {exc.strerror}") from exc
        return cls(frozenset(positive), frozenset(negative), frozenset(active))

    def figures(self, text: str) -> WordFigures:
        """Count the lexicon's words in ``text``."""
        tokens = _WORD_RE.findall(text.lower())
        n = len(tokens)
        if not n:
            return WordFigures(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
        pos = sum(1 for t in tokens if t in self.positive)
        neg = sum(1 for t in tokens if t in self.negative)
        act = sum(1 for t in tokens if t in self.activity)
        pro = sum(1 for t in tokens if t in PRONOUNS)

        def pct(count: int) -> float:
            return round(100.0 * count / n, 4)

        return WordFigures(
            tone=round(pct(pos) - pct(neg), 4),
            positive=pct(pos),
            negative=pct(neg),
            polarity=round(pct(pos) + pct(neg), 4),
            activity=pct(act),
            self_group=pct(pro),
            words=n,
        )


@cache
def default_lexicon() -> ToneLexicon:
    """The bundled lexicon, loaded once per process."""
    return ToneLexicon.load()
