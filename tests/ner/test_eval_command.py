"""Tests for `warta eval ner` (warta.commands.eval) through the CLI entry point."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from warta.cli import main

GOLD = (
    "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nSurabaya\tB-PLACE\n.\tO\n"
    "\n"
    "Pejabat\tO\nKPK\tB-ORGANISATION\nke\tO\nBali\tB-PLC\nsaat\tO\nHUT\tB-EVT\nRI\tI-EVT\n"
)
SUMMARY = re.compile(r"^ner: f1=\d\.\d{3} p=\d\.\d{3} r=\d\.\d{3} sentences=\d+ words_per_s=\d+$")


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_eval_ner_last_line_with_bundled_model(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "ner", str(gold_file)]) == 0
    last = capsys.readouterr().out.rstrip("\n").splitlines()[-1]
    assert SUMMARY.match(last), last
    assert " sentences=2 " in last


def test_eval_ner_scores_a_known_model(
    gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": [{"ORTH": "Joko"}, {"ORTH": "Widodo"}]},
            {"label": "LOC", "pattern": [{"ORTH": "Surabaya"}]},
            {"label": "LOC", "pattern": [{"ORTH": "KPK"}]},
        ]
    )
    model = tmp_path / "ruler"
    nlp.to_disk(model)
    assert main(["eval", "ner", str(gold_file), "--model", str(model)]) == 0
    last = capsys.readouterr().out.rstrip("\n").splitlines()[-1]
    # Gold: PER, LOC, ORG, LOC (EVT ignored). Predicted: PER, LOC right; KPK as LOC wrong.
    # p = 2/3, r = 2/4, f1 = 4/7.
    assert last.startswith("ner: f1=0.571 p=0.667 r=0.500 sentences=2 words_per_s=")


def test_eval_ner_missing_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "ner", str(tmp_path / "absent.tsv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_train_ner_refuses_a_missing_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `warta train ner` lives in warta.commands.train; only its argument checks are cheap enough here.
    assert main(["train", "ner", "--data", str(tmp_path / "absent"), "--out", str(tmp_path / "m")]) == 1
    assert "no such data folder" in capsys.readouterr().err
