"""Score the analyzer on the hand-written gold articles in tests/data/articles.

Each article ``NAME.txt|.html|.json`` has ``NAME.expected.json`` (facts written
by a human reader, see tests/data/README.md). Every article must reach the
fact score pinned in ``floors.json``; failed facts are printed per article.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import warta
from articles_scoring import Check, failed, fraction, score

DATA = Path(__file__).resolve().parent / "data" / "articles"
SUFFIXES = (".txt", ".html", ".json")
FLOORS = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))


def _articles() -> list[Path]:
    return sorted(
        p
        for p in DATA.iterdir()
        if p.suffix in SUFFIXES and not p.name.endswith(".expected.json") and p.name != "floors.json"
    )


ARTICLES = _articles()


def _expected(path: Path) -> dict:
    return json.loads((DATA / f"{path.stem}.expected.json").read_text(encoding="utf-8"))


@cache
def _checks(name: str) -> tuple[Check, ...]:
    path = DATA / name
    record = warta.analyze(path.read_bytes(), name=path.name)
    return tuple(score(record.to_dict(), _expected(path)))


def test_every_article_has_expectations_and_a_floor() -> None:
    assert len(ARTICLES) >= 25
    for path in ARTICLES:
        assert (DATA / f"{path.stem}.expected.json").is_file(), path.name
        assert path.name in FLOORS["articles"], f"{path.name} has no floor in floors.json"
    assert set(FLOORS["articles"]) == {p.name for p in ARTICLES}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_facts(path: Path) -> None:
    checks = list(_checks(path.name))
    bad = failed(checks)
    got = fraction(checks)
    for name in bad:
        print(f"{path.name}: FAIL {name}")
    print(f"{path.name}: score={len(checks) - len(bad)}/{len(checks)}")
    floor = FLOORS["articles"][path.name]
    assert got >= floor, f"{path.name}: {got:.3f} < floor {floor} ({len(bad)} failed facts, printed above)"


def test_gold_set_total() -> None:
    """Report the fraction of all gold facts met across the set."""
    total = passed = 0
    for path in ARTICLES:
        checks = _checks(path.name)
        total += len(checks)
        passed += len(checks) - len(failed(list(checks)))
    share = passed / total
    print(f"gold articles: {passed}/{total} facts = {share:.3f}")
    assert share >= FLOORS["total"], f"gold set total {share:.3f} < floor {FLOORS['total']}"


def test_scorer_tolerance() -> None:
    """The scorer forgives case, edge punctuation and partial names, but not wrong facts."""
    record = {
        "title": "Judul  Berita.",
        "authors": [{"name": "Effran Kurniawan", "role": "editor"}],
        "dates": [{"text": "Maret lalu", "value": "2023-03-15"}],
        "quotes": [{"text": "Kami siap menang, tegasnya", "kind": "direct", "speaker": "Kim"}],
        "claims": [
            {"type": "accusation", "claimant": "United States", "target": "North Korea", "status": "open"}
        ],
    }
    expected = {
        "title": "judul berita",
        "authors": [{"name": "Effran Kurniawan", "role": "editor"}],
        "relative_dates": [{"text": "Maret lalu", "value": "2023-03"}, {"text": "x", "value": "2023-04"}],
        "quotes": [{"kind": "direct", "text": "Kami siap menang", "speaker": "Kim Jong-un"}],
        "claims": [
            {"type": "accusation", "claimant": "United States", "target": "Korea Utara", "status": "denied"}
        ],
    }
    assert failed(score(record, expected)) == [
        "relative_date[x=2023-04]",
        "claim[accusation:United States->Korea Utara].status=denied",
    ]
