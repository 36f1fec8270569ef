"""The numpy scorer reproduces the fitted scikit-learn model, and the shipped model loads."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from warta.record import TONE_LABELS
from warta.tone.model import ToneModel, default_model

ROOT = Path(__file__).resolve().parents[2]


def _training():  # type: ignore[no-untyped-def]
    pytest.importorskip("sklearn", reason="scikit-learn (the train extra) is not installed")
    spec = importlib.util.spec_from_file_location("warta_training_tone", ROOT / "training" / "tone.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXTS = [
    "IHSG melesat, saham bank diborong asing",
    "Rupiah anjlok ke level terendah tahun ini",
    "BI umumkan jadwal rapat dewan gubernur",
    "Laba emiten tambang naik tajam",
    "Harga saham teknologi ambruk, investor panik",
    "OJK rilis data kredit bulan Juni",
] * 3
LABELS = ["positive", "negative", "neutral", "positive", "negative", "neutral"] * 3


def test_exported_weights_reproduce_scikit_learn(tmp_path: Path) -> None:
    training = _training()
    corpus = training.Corpus(TEXTS, np.array(LABELS), np.zeros(len(TEXTS), dtype=int))
    fitted = training.fit(training.Recipe("test", word_min_df=1, char_min_df=1), corpus, None)
    training.export(fitted, 1.0, tmp_path, {})
    model = ToneModel.load(tmp_path)
    probe = ["Saham bank melesat tajam", "Rupiah ambruk", "jadwal rapat", "kata yang tidak dikenal"]
    expected = fitted.classifier.predict_proba(fitted.matrix(probe))
    np.testing.assert_allclose(model.probabilities(probe), expected, atol=1e-5)
    # Second pass: every word's n-gram ids now come from the per-word cache.
    np.testing.assert_allclose(model.probabilities(probe[::-1]), expected[::-1], atol=1e-5)


def test_shipped_model_scores_headlines() -> None:
    model = default_model()
    assert model.classes == TONE_LABELS
    verdicts = model.label(["IHSG Ambruk, Saham Bank Rontok Berjamaah", "Laba Bersih BRI Melonjak 20%"])
    assert [v.label for v in verdicts] == ["negative", "positive"]
    assert all(-1.0 <= v.score <= 1.0 for v in verdicts)
    assert model.probabilities([""]).shape == (1, 3)
