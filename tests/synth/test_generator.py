"""The generated stream: determinism, ground truth, planted duplicates, distinct texts, realism."""

from __future__ import annotations

import json
import random
import re
import statistics
from collections import defaultdict
from datetime import date

import pytest

from warta.synth import FORMATS, SyntheticArticle, generate_corpus
from warta.synth.outlets import OUTLETS
from warta.synth.vocab import WEEKDAYS

_WORD = re.compile(r"\w+")
N = 2500


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def _undated(body: str) -> str:
    # "Jakarta (ANTARA) - Banjir ..." -> "Banjir ..."
    return re.sub(r"^.*? (?:-|--|–) ", "", body, count=1)


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


@pytest.fixture(scope="module")
def corpus() -> list[SyntheticArticle]:
    return list(generate_corpus(N, seed=11))


@pytest.fixture(scope="module")
def by_id(corpus: list[SyntheticArticle]) -> dict[str, SyntheticArticle]:
    return {a.id: a for a in corpus}


def _originals(corpus: list[SyntheticArticle]) -> list[SyntheticArticle]:
    return [a for a in corpus if not (a.exact_dup_of or a.near_dup_of or a.syndicated_from)]


def test_same_seed_same_stream_other_seed_other_stream() -> None:
    first = [(a.id, a.content, a.truth()) for a in generate_corpus(150, seed=5)]
    again = [(a.id, a.content, a.truth()) for a in generate_corpus(150, seed=5)]
    other = [(a.id, a.content, a.truth()) for a in generate_corpus(150, seed=6)]
    assert first == again
    assert [c for _, c, _ in first] != [c for _, c, _ in other]


def test_prefix_of_a_longer_stream_differs_only_by_date_spread() -> None:
    # n sets the calendar span, so ids and count are what must hold.
    articles = list(generate_corpus(40, seed=2))
    assert [a.id for a in articles] == [f"s2-{i:06d}" for i in range(40)]


def test_arguments_are_checked() -> None:
    assert list(generate_corpus(0)) == []
    with pytest.raises(ValueError):
        list(generate_corpus(-1))
    with pytest.raises(ValueError):
        list(generate_corpus(10, dup_rate=0.7, syndication_rate=0.5))


def test_ids_urls_and_files_are_unique_and_consistent(corpus: list[SyntheticArticle]) -> None:
    assert len({a.id for a in corpus}) == N
    assert len({a.url for a in corpus}) == N
    assert len({a.filename for a in corpus}) == N
    for a in corpus:
        assert a.fmt in FORMATS
        assert a.filename == f"{a.fmt}/{a.id}.{a.fmt}"
        date.fromisoformat(a.published)
        assert a.url.startswith("https://")
        assert a.title and a.body and a.story and a.entities


def test_planted_kinds_occur_at_about_the_requested_rates(corpus: list[SyntheticArticle]) -> None:
    exact = sum(a.exact_dup_of is not None for a in corpus)
    near = sum(a.near_dup_of is not None for a in corpus)
    synd = sum(a.syndicated_from is not None for a in corpus)
    # defaults: dup_rate 0.05 (half exact, half near), syndication_rate 0.08
    assert 0.015 * N < exact < 0.04 * N
    assert 0.015 * N < near < 0.04 * N
    assert 0.05 * N < synd < 0.11 * N


def test_copies_point_back_to_earlier_originals(
    corpus: list[SyntheticArticle], by_id: dict[str, SyntheticArticle]
) -> None:
    position = {a.id: i for i, a in enumerate(corpus)}
    for a in corpus:
        sources = [s for s in (a.exact_dup_of, a.near_dup_of, a.syndicated_from) if s]
        assert len(sources) <= 1
        for src_id in sources:
            src = by_id[src_id]
            assert position[src_id] < position[a.id]
            assert not (src.exact_dup_of or src.near_dup_of or src.syndicated_from)
            assert src.story == a.story


def test_exact_duplicates_repeat_the_article(
    corpus: list[SyntheticArticle], by_id: dict[str, SyntheticArticle]
) -> None:
    dups = [a for a in corpus if a.exact_dup_of]
    assert dups
    for a in dups:
        src = by_id[a.exact_dup_of]
        assert a.body == src.body and a.title == src.title and a.fmt == src.fmt
        assert a.url != src.url
        if a.fmt == "json":
            assert json.loads(a.content)["text"] == json.loads(src.content)["text"]
        else:
            assert a.content == src.content


def test_near_duplicates_are_near(corpus: list[SyntheticArticle], by_id: dict[str, SyntheticArticle]) -> None:
    scores = [jaccard(a.body, by_id[a.near_dup_of].body) for a in corpus if a.near_dup_of]
    assert len(scores) > 20
    assert min(scores) >= 0.75
    assert max(scores) < 1.0  # every near duplicate really was edited
    assert 0.8 <= statistics.median(scores) <= 0.95


def test_syndicated_copies_are_reprints_of_antara(
    corpus: list[SyntheticArticle], by_id: dict[str, SyntheticArticle]
) -> None:
    copies = [a for a in corpus if a.syndicated_from]
    scores = []
    for a in copies:
        src = by_id[a.syndicated_from]
        assert src.outlet == "antara" and a.outlet != "antara"
        assert "(ANTARA)" in src.body.split("\n", 1)[0]
        # the reprint is edited, not just given another dateline
        assert _undated(a.body) != _undated(src.body)
        scores.append(jaccard(a.body, src.body))
    assert min(scores) >= 0.5
    assert statistics.median(scores) >= 0.75


def test_distinct_articles_are_not_near_duplicates(corpus: list[SyntheticArticle]) -> None:
    originals = _originals(corpus)
    rng = random.Random(3)
    pairs = [rng.sample(originals, 2) for _ in range(300)]
    assert max(jaccard(a.body, b.body) for a, b in pairs) < 0.3


def test_stories_group_distinct_articles_about_one_event(corpus: list[SyntheticArticle]) -> None:
    stories: dict[str, list[SyntheticArticle]] = defaultdict(list)
    for a in _originals(corpus):
        stories[a.story].append(a)
    multi = [arts for arts in stories.values() if len(arts) >= 3]
    assert len(multi) > 20
    for arts in multi:
        assert len({a.event for a in arts}) == 1
        assert len({a.entities for a in arts}) == 1
        days = sorted(date.fromisoformat(a.published) for a in arts)
        assert (days[-1] - days[0]).days <= 3
        for i in range(len(arts)):
            for j in range(i + 1, len(arts)):
                assert jaccard(arts[i].body, arts[j].body) < 0.3
    # each article names at least one of the story's main people, organisations or places
    for arts in multi:
        for a in arts:
            assert any(entity in a.body for entity in a.entities), a.id


def test_datelines_follow_the_outlet(corpus: list[SyntheticArticle]) -> None:
    marks = {
        "kompas": "KOMPAS.com -",
        "antara": "(ANTARA) -",
        "cnn": "CNN Indonesia --",
        "liputan6": "Liputan6.com,",
        "tempo": "TEMPO.CO,",
        "lampost": "(Lampost.co",
        "tribun": "TRIBUNNEWS.COM,",
        "republika": "REPUBLIKA.CO.ID,",
        "jawapos": "JawaPos.com",
        "bisnis": "Bisnis.com,",
        "idntimes": "IDN Times -",
    }
    assert set(marks) | {"detik"} == {o.key for o in OUTLETS}
    for a in corpus:
        if a.outlet in marks:
            assert marks[a.outlet] in a.body[:60], (a.outlet, a.body[:60])


def test_written_dates_have_the_right_weekday(corpus: list[SyntheticArticle]) -> None:
    pattern = re.compile(r"\b(" + "|".join(WEEKDAYS) + r") \((\d{1,2})/(\d{1,2})/(\d{4})\)")
    seen = 0
    for a in corpus[:800]:
        for wd, d, m, y in pattern.findall(a.body):
            assert WEEKDAYS[date(int(y), int(m), int(d)).weekday()] == wd
            seen += 1
    assert seen > 100


def test_articles_quote_people_and_name_them(corpus: list[SyntheticArticle]) -> None:
    direct = re.compile(r'[,.?]["”] (kata|ujar|ungkap|jelas|tutur|terang|tegas|imbuh|sebut)')
    originals = _originals(corpus)
    quoted = sum(bool(direct.search(a.body)) for a in originals)
    assert quoted > 0.7 * len(originals)
    indirect = sum(" mengatakan " in a.body or "Menurut " in a.body for a in originals)
    assert indirect > 0.3 * len(originals)
    titled = sum(
        bool(
            re.search(
                r"\b(Kepala|Menteri|Ketua|Juru Bicara|Bupati|Kapolres|Kasat|Pelatih|Direktur|Wakil|Duta Besar"
                r"|Manajer|Sekretaris|[Aa]nggota|Pengamat|Pakar|Peneliti|Ekonom|Gubernur|Wali Kota)\b",
                a.body,
            )
        )
        for a in originals
    )
    assert titled > 0.9 * len(originals)


def test_bodies_are_news_length(corpus: list[SyntheticArticle]) -> None:
    words = [len(a.body.split()) for a in _originals(corpus)]
    assert min(words) >= 80
    assert 180 <= statistics.median(words) <= 400
