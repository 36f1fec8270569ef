"""Tests for warta.ner.data: reading BIO files, the label table and re-casing."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.errors import WartaError
from warta.ner.data import (
    Sentence,
    case_table,
    coarse_tag,
    deduplicate,
    iter_files,
    label_heads,
    lowercase,
    read_bio,
    recase,
    spaces_for,
    unlabelled_institutions,
)


@pytest.mark.parametrize(
    ("tag", "coarse"),
    [
        ("B-PERSON", "B-PER"),
        ("I-PPL", "I-PER"),
        ("B-PER", "B-PER"),
        ("B-ORGANISATION", "B-ORG"),
        ("I-ORGANIZATION", "I-ORG"),
        ("B-IND", "B-ORG"),
        ("I-ORG", "I-ORG"),
        ("B-PLACE", "B-LOC"),
        ("B-LOCATION", "B-LOC"),
        ("I-PLC", "I-LOC"),
        ("B-GPE", "B-LOC"),
        ("B-LOC", "B-LOC"),
        ("B-EVT", "O"),
        ("I-FNB", "O"),
        ("B-MISC", "O"),
        ("O", "O"),
    ],
)
def test_coarse_tag(tag: str, coarse: str) -> None:
    assert coarse_tag(tag) == coarse


def test_read_bio_splits_sentences(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("Joko\tB-PERSON\nWidodo\tI-PERSON\n\n\nke\tO\nBali\tB-PLACE\n", encoding="utf-8")
    sentences = read_bio(path)
    assert [s.words for s in sentences] == [["Joko", "Widodo"], ["ke", "Bali"]]
    assert sentences[1].tags == ["O", "B-PLACE"]


def test_read_bio_rejects_a_line_without_label(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("Joko\n", encoding="utf-8")
    with pytest.raises(WartaError, match="bad.tsv:1"):
        read_bio(path)


def test_spaces_for_keeps_punctuation_attached() -> None:
    assert spaces_for(["Kata", "dia", "(", "Jokowi", ")", "."]) == [True, True, False, False, False, False]


def test_recase_uses_cased_forms_and_titles_unknown_names() -> None:
    table = case_table([Sentence(["Kata", "Presiden", "di", "Jakarta", "dan", "KPK"], ["O"] * 6)])
    sentence = Sentence(
        ["ketua", "kpk", "bertemu", "budi", "di", "jakarta"], ["O", "B-IND", "O", "B-PPL", "O", "B-PLC"]
    )
    assert recase(sentence, table).words == ["Ketua", "KPK", "bertemu", "Budi", "di", "Jakarta"]


def test_unlabelled_institutions_cover_the_name_not_the_verb() -> None:
    words = "penyidik kpk memeriksa pejabat kementerian keuangan di jakarta".split()
    tags = ["O", "O", "O", "O", "O", "O", "O", "B-PLC"]
    heads = {"kpk", "kementerian"}
    stop_words = {"di", "dan", "yang"}
    spans = unlabelled_institutions(Sentence(words, tags), heads, stop_words, max_tail=1)
    assert spans == [(1, 3), (4, 6)]
    # A head already inside an entity is left alone.
    tagged = Sentence(["bank", "mandiri"], ["B-IND", "I-IND"])
    assert unlabelled_institutions(tagged, {"bank"}, stop_words) == []


def test_label_heads_need_a_majority_of_uses() -> None:
    sentences = [
        Sentence(["Partai", "Golkar", "dan", "partai"], ["B-ORGANISATION", "I-ORGANISATION", "O", "O"]),
        Sentence(["Partai", "Demokrat"], ["B-ORGANISATION", "I-ORGANISATION"]),
        Sentence(["Golkar"], ["O"]),
    ]
    assert label_heads(sentences, "ORG", min_count=2) == {"partai"}


def _sentence(text: str, tags: str) -> Sentence:
    return Sentence(text.split(), tags.split())


def test_deduplicate_keeps_the_first_dataset_in_priority_and_drops_held_out() -> None:
    cased = _sentence("Prabowo ke Bandung", "B-PER O B-LOC")
    lower = _sentence("prabowo ke bandung", "B-PPL O O")
    only_lower = _sentence("warga bandung", "O B-PLC")
    scored = _sentence("Jokowi di Solo", "B-PER O B-LOC")
    sets = {"nerp": [lower, only_lower, _sentence("jokowi di solo", "B-PPL O B-PLC")], "idner2k": [cased]}
    kept, dropped = deduplicate(sets, ["idner2k", "nerp"], held_out=[scored])
    assert kept == {"nerp": [only_lower], "idner2k": [cased]}
    assert dropped == {"idner2k": 0, "nerp": 2}


def test_deduplicate_without_priority_goes_by_name() -> None:
    a, b = _sentence("Budi pergi", "B-PER O"), _sentence("budi pergi", "O O")
    kept, _ = deduplicate({"b": [b], "a": [a]}, [])
    assert kept == {"b": [], "a": [a]}


def test_lowercase_copies_words_and_keeps_tags() -> None:
    sentence = _sentence("Budi ke KPK", "B-PER O B-ORG")
    copy = lowercase(sentence)
    assert copy.words == ["budi", "ke", "kpk"] and copy.tags == sentence.tags
    assert sentence.words[0] == "Budi"


def test_iter_files_reads_dev_when_there_is_no_valid(tmp_path: Path) -> None:
    for name, stem in (("idner2k", "dev"), ("nerp", "valid")):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{stem}.tsv").write_text("a\tO\n", encoding="utf-8")
    (tmp_path / "nerp" / "dev.tsv").write_text("b\tO\n", encoding="utf-8")
    found = {name: path.name for name, path in iter_files(tmp_path, "valid")}
    assert found == {"idner2k": "dev.tsv", "nerp": "valid.tsv"}
    assert list(iter_files(tmp_path, "test")) == []
