"""The shipped tone classifier: TF-IDF features and a multinomial logistic regression, scored with numpy.

The weights are exported by ``training/tone.py`` into one ``.npz`` file: the feature strings
(newline-joined UTF-8), their idf weights, the coefficient matrix (features x classes), the
intercepts and a softmax temperature fitted on cross-validated predictions. Scoring repeats
scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` exactly (1 + log tf, times idf, L2 norm),
so the shipped scorer gives the probabilities the fitted model gave, without importing
scikit-learn (about 0.5 s and 60 MiB more at start).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from warta.errors import WartaError
from warta.record import TONE_LABELS, ToneLabel
from warta.tone.features import char_grams, word_grams, words

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "tone-id"
MODEL_FILE = "model.npz"
CHAR_CACHE_WORDS = 200_000  # distinct words whose n-gram ids are kept (a few tens of MiB at most)


@dataclass(frozen=True, slots=True)
class ToneModel:
    """A linear classifier over tone features; ``classes`` follow ``TONE_LABELS``."""

    word_index: dict[str, int]
    char_index: dict[str, int]
    idf: np.ndarray  # (features,) float32
    block: np.ndarray  # (features,) 0 for word features, 1 for character n-grams
    coef: np.ndarray  # (features, classes) float32
    intercept: np.ndarray  # (classes,) float32
    temperature: float
    classes: tuple[str, ...]
    meta: dict[str, object]
    # Character-n-gram feature ids per word: news repeats its words, and looking up each word's
    # 20-30 n-grams once instead of at every occurrence is most of the scorer's time.
    _char_ids: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> ToneModel:
        path = directory / MODEL_FILE
        try:
            with np.load(path, allow_pickle=False) as data:
                names = data["features"].tobytes().decode("utf-8").split("\n")
                classes = tuple(str(c) for c in data["classes"])
                model = cls(
                    word_index={name[1:]: i for i, name in enumerate(names) if name[0] == "w"},
                    char_index={name[1:]: i for i, name in enumerate(names) if name[0] == "c"},
                    idf=data["idf"].astype(np.float32),
                    block=data["block"].astype(np.int64),
                    coef=data["coef"].astype(np.float32),
                    intercept=data["intercept"].astype(np.float32),
                    temperature=float(data["temperature"]),
                    classes=classes,
                    meta=json.loads((directory / "meta.json").read_text(encoding="utf-8")),
                )
        except (OSError, KeyError, ValueError, IndexError) as exc:
            raise WartaError(f"{path}: cannot load the tone model: {exc}") from exc
        if classes != TONE_LABELS or model.coef.shape != (len(names), len(classes)):
            raise WartaError(f"{path}: unexpected tone model shape {model.coef.shape} / classes {classes}")
        return model

    def _feature_ids(self, text: str) -> list[int]:
        tokens = words(text)
        word_lookup = self.word_index.get
        char_lookup = self.char_index.get
        ids = [i for i in map(word_lookup, word_grams(tokens)) if i is not None]
        cache = self._char_ids
        for token in tokens:
            token_ids = cache.get(token)
            if token_ids is None:
                token_ids = tuple(i for i in map(char_lookup, char_grams(token)) if i is not None)
                if len(cache) < CHAR_CACHE_WORDS:
                    cache[token] = token_ids
            ids.extend(token_ids)
        return ids

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Return one row of class probabilities (negative, neutral, positive) per text."""
        logits = np.tile(self.intercept.astype(np.float64), (len(texts), 1))
        rows: list[np.ndarray] = []
        cols: list[np.ndarray] = []
        for row, text in enumerate(texts):
            ids = self._feature_ids(text)
            if ids:
                cols.append(np.asarray(ids, dtype=np.int64))
                rows.append(np.full(len(ids), row, dtype=np.int64))
        if cols:
            n = len(self.idf)
            keys, counts = np.unique(np.concatenate(rows) * n + np.concatenate(cols), return_counts=True)
            row_of, col_of = np.divmod(keys, n)
            # Each block (words, characters) is L2-normalised on its own, as in a FeatureUnion.
            group = row_of * 2 + self.block[col_of]
            weights = (1.0 + np.log(counts)) * self.idf[col_of]
            norms = np.sqrt(np.bincount(group, weights=weights * weights, minlength=2 * len(texts)))
            weights = weights / norms[group]
            contributions = self.coef[col_of] * weights[:, None]
            for k in range(len(self.classes)):
                logits[:, k] += np.bincount(row_of, weights=contributions[:, k], minlength=len(texts))
        logits /= self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]

    def label(self, texts: list[str]) -> list[ToneLabel]:
        """Return the label and score (P(positive) - P(negative)) of each text."""
        return [verdict(p) for p in self.probabilities(texts)]


def verdict(probabilities: np.ndarray) -> ToneLabel:
    """Turn one row of (negative, neutral, positive) probabilities into a label and a score in [-1, 1]."""
    negative, _neutral, positive = (float(p) for p in probabilities)
    label = TONE_LABELS[int(np.argmax(probabilities))]
    return ToneLabel(label=label, score=round(positive - negative, 4))


@cache
def default_model() -> ToneModel:
    """The bundled model, loaded once per process."""
    return ToneModel.load()
