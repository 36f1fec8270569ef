"""Tests for warta.ner.train: a tiny, fast training run on data written in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.errors import WartaError
from warta.ner.train import load_recipe, train_ner, training_sentences

SENTENCES = [
    "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nSurabaya\tB-PLACE\n.\tO\n",
    "Pejabat\tO\nKPK\tB-ORGANISATION\nke\tO\nBali\tB-PLACE\n.\tO\n",
]
LOWER = "warga\tO\nbandung\tB-PLC\nmenemui\tO\nridwan\tB-PPL\nkamil\tI-PPL\n.\tO\n"
SMALL = {
    "warta.eval_every": 2,
    "warta.max_epochs": 2,
    "warta.final_steps": 0,
    "components.ner.model.tok2vec.embed.width": 16,
    "components.ner.model.tok2vec.embed.rows": [100, 50, 50, 20],
    "components.ner.model.tok2vec.encode.width": 16,
    "components.ner.model.tok2vec.encode.depth": 1,
    "components.ner.model.hidden_width": 16,
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    for name, text in (("nergrit", "\n".join(SENTENCES)), ("nerp", LOWER)):
        folder = tmp_path / "data" / name
        folder.mkdir(parents=True)
        for split in ("train", "valid"):
            (folder / f"{split}.tsv").write_text(text, encoding="utf-8")
    return tmp_path / "data"


def test_training_sentences_add_recased_copies(data_dir: Path) -> None:
    _, recipe = load_recipe(overrides=SMALL)
    train, valid = training_sentences(data_dir, recipe)
    assert set(valid) == {"nergrit", "nerp"}
    assert ["Warga", "Bandung", "menemui", "Ridwan", "Kamil", "."] in [s.words for s in train]
    # The cased set is repeated three times by the shipped recipe.
    assert len(train) == 3 * 2 + 2


def test_final_fit_adds_validation_data(data_dir: Path) -> None:
    _, recipe = load_recipe(overrides={**SMALL, "warta.final_steps": 5, "warta.repeat": {}})
    train, _ = training_sentences(data_dir, recipe)
    assert len(train) == 2 * (2 + 1) + 2


def test_untagged_institutions_become_unknown(tmp_path: Path) -> None:
    folder = tmp_path / "nerp"
    folder.mkdir()
    text = "penyidik\tO\nkpk\tO\n,\tO\nbudi\tB-PPL\n,\tO\nhut\tB-EVT\nri\tI-EVT\n"
    for split in ("train", "valid"):
        (folder / f"{split}.tsv").write_text(text, encoding="utf-8")
    overrides = {**SMALL, "warta.datasets": ["nerp"], "warta.recase": [], "warta.repeat": {}}
    _, recipe = load_recipe(overrides=overrides)
    train, _ = training_sentences(tmp_path, recipe)
    assert train[0].unknown == [(1, 2), (5, 7)]


def test_train_ner_writes_a_loadable_model(data_dir: Path, tmp_path: Path) -> None:
    from warta.ner.model import load_ner

    out = tmp_path / "model"
    result = train_ner(data_dir, out, seed=3, max_minutes=1, overrides=SMALL)
    assert result.out_dir == out and result.steps > 0
    nlp = load_ner(out)
    assert set(nlp.get_pipe("ner").labels) >= {"PER", "ORG", "LOC"}
    assert nlp.meta["warta"]["seed"] == 3


def test_missing_dataset_is_an_error(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(WartaError, match="no train.tsv for absent"):
        train_ner(data_dir, tmp_path / "m", overrides={**SMALL, "warta.datasets": ["nergrit", "absent"]})


def test_unknown_recipe_setting_is_an_error() -> None:
    with pytest.raises(WartaError, match="unknown"):
        load_recipe(overrides={"warta.bogus": 1})
