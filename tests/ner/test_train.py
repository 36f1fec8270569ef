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
VALID = "Gubernur\tO\nAnies\tB-PERSON\nke\tO\nMedan\tB-PLACE\n.\tO\n"
VALID_LOWER = "penduduk\tO\nbogor\tB-PLC\n.\tO\n"
SMALL = {
    "warta.datasets": ["nergrit", "nerp"],
    "warta.priority": ["nergrit", "nerp"],
    "warta.companies": "",
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
        (folder / "train.tsv").write_text(text, encoding="utf-8")
        (folder / "valid.tsv").write_text(VALID if name == "nergrit" else VALID_LOWER, encoding="utf-8")
    gazetteers = tmp_path / "gazetteers"
    gazetteers.mkdir()
    (gazetteers / "idx.tsv").write_text("code\tname\tlisted\nTLKM\tTelkom Indonesia Tbk.\t1995\n")
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
    # NERGrit train + valid, and NERP train + valid twice (as given and re-cased).
    assert len(train) == (2 + 1) + (1 + 1) * 2


def test_dev_only_sets_stay_out_of_training_and_duplicates_go(tmp_path: Path) -> None:
    cased = "Prabowo\tB-PER\nke\tO\nBandung\tB-LOC\n"
    lower = "prabowo\tB-PPL\nke\tO\nbandung\tO\n"
    scored = "Jokowi\tB-PER\ndi\tO\nSolo\tB-LOC\n"
    files = {
        ("idner2k", "train"): cased,
        ("idner2k", "dev"): scored,
        ("nerp", "train"): lower + "\n" + scored.lower(),
        ("nerp", "valid"): LOWER,
    }
    for (name, split), text in files.items():
        (tmp_path / name).mkdir(exist_ok=True)
        (tmp_path / name / f"{split}.tsv").write_text(text, encoding="utf-8")
    overrides = {
        **SMALL,
        "warta.datasets": ["idner2k", "nerp"],
        "warta.priority": ["idner2k", "nerp"],
        "warta.dev_only": ["idner2k"],
        "warta.recase": [],
        "warta.repeat": {},
        "warta.unknown_institutions": [],
        "warta.final_steps": 5,
        "warta.lowercase": ["idner2k"],
    }
    _, recipe = load_recipe(overrides=overrides)
    train, valid = training_sentences(tmp_path, recipe)
    words = [s.words for s in train]
    # idner2k's copy wins over NERP's; the dev sentence's NERP copy is dropped; NERP valid
    # joins the final fit, idner2k dev does not; one lower-cased copy of the cased sentence.
    assert words == [
        ["Prabowo", "ke", "Bandung"],
        ["warga", "bandung", "menemui", "ridwan", "kamil", "."],
        ["prabowo", "ke", "bandung"],
    ]
    assert train[2].tags == ["B-PER", "O", "B-LOC"]
    assert set(valid) == {"idner2k", "nerp"}


def test_untagged_institutions_become_unknown(tmp_path: Path) -> None:
    folder = tmp_path / "nerp"
    folder.mkdir()
    text = "penyidik\tO\nkpk\tO\n,\tO\nbudi\tB-PPL\n,\tO\nhut\tB-EVT\nri\tI-EVT\n"
    (folder / "train.tsv").write_text(text, encoding="utf-8")
    (folder / "valid.tsv").write_text(VALID_LOWER, encoding="utf-8")
    overrides = {**SMALL, "warta.datasets": ["nerp"], "warta.recase": [], "warta.repeat": {}}
    _, recipe = load_recipe(overrides=overrides)
    train, _ = training_sentences(tmp_path, recipe)
    assert train[0].unknown == [(1, 2), (5, 7)]


def test_train_ner_writes_a_loadable_model(data_dir: Path, tmp_path: Path) -> None:
    from warta.ner.model import load_ner

    out = tmp_path / "model"
    overrides = {**SMALL, "warta.companies": "../gazetteers/idx.tsv"}
    result = train_ner(data_dir, out, seed=3, max_minutes=1, overrides=overrides)
    assert result.out_dir == out and result.steps > 0
    nlp = load_ner(out)
    assert set(nlp.get_pipe("ner").labels) >= {"PER", "ORG", "LOC"}
    assert nlp.meta["warta"]["seed"] == 3 and nlp.meta["warta"]["companies"]
    saved = [n.attrs["companies"] for n in nlp.get_pipe("ner").model.walk() if n.name == "lexicon_matches"]
    assert saved == [{"telkom indonesia": 1}]


def test_missing_dataset_is_an_error(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(WartaError, match="no train.tsv for absent"):
        train_ner(data_dir, tmp_path / "m", overrides={**SMALL, "warta.datasets": ["nergrit", "absent"]})


def test_unknown_recipe_setting_is_an_error() -> None:
    with pytest.raises(WartaError, match="unknown"):
        load_recipe(overrides={"warta.bogus": 1})
