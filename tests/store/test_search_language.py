"""The query language and names as people type them, on both backends."""

from __future__ import annotations

import pytest

from warta.record import Entity, Published, Quote, Record
from warta.store.base import SearchQuery
from warta.store.names import outlet_family


def ids(result):
    return {h.article_id for h in result.hits}


def _entity(body: str, text: str, type_: str, canonical: str) -> Entity:
    start = body.index(text)
    return Entity(text=text, type=type_, canonical=canonical, start=start, end=start + len(text),
                  mentions=[[start, start + len(text)]])  # fmt: skip


def _quote(body: str, text: str, speaker: str, title: str | None) -> Quote:
    start = body.index(text)
    return Quote(text=text, kind="direct", speaker=speaker, speaker_mention=speaker, speaker_title=title,
                 cue="kata", start=start, end=start + len(text), sentence=0)  # fmt: skip


def _records() -> list[Record]:
    b1 = 'Rusia menolak tuduhan korupsi. "Kami tidak suap siapa pun," kata Menteri Luar Negeri Mehmet Yilmaz.'
    b2 = "Komisi Pemberantasan Korupsi (KPK) menahan tersangka korupsi suap proyek jalan."
    b3 = "Amerika Serikat (AS) dan Korea Selatan membahas korupsi pajak."
    b4 = 'Harga beras naik. "Stok aman," kata Budi Santoso.'
    return [
        Record(id="r1", title="Rusia menolak tuduhan", outlet="Kompas.com", language="id",
               published=Published(date="2024-05-01"), body=b1,
               entities=[_entity(b1, "Rusia", "GPE", "Russia"),
                         _entity(b1, "Mehmet Yilmaz", "PER", "Mehmet Yilmaz")],
               quotes=[_quote(b1, "Kami tidak suap siapa pun,", "Mehmet Yilmaz", "Menteri Luar Negeri")]),
        Record(id="r2", title="KPK menahan tersangka", outlet="KOMPAS.com", language="id",
               published=Published(date="2024-05-02"), body=b2,
               entities=[_entity(b2, "KPK", "ORG", "Komisi Pemberantasan Korupsi")]),
        Record(id="r3", title="AS dan Korea Selatan", outlet="detikNews", language="id",
               published=Published(date="2024-05-03"), body=b3,
               entities=[_entity(b3, "Amerika Serikat", "GPE", "United States"),
                         _entity(b3, "Korea Selatan", "GPE", "South Korea")]),
        Record(id="r4", title="Harga beras", outlet="detikcom", language="id",
               published=Published(date="2024-05-04"), body=b4,
               quotes=[_quote(b4, "Stok aman,", "Budi Santoso", None)]),
    ]  # fmt: skip


@pytest.fixture
def store(any_store):
    any_store.put_many(_records())
    return any_store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("korupsi suap", {"r1", "r2"}),
        ("korupsi -suap", {"r3"}),
        ("korupsi NOT suap", {"r3"}),
        ("beras OR pajak", {"r3", "r4"}),
        ("korupsi pajak OR jalan", {"r2", "r3"}),
        ("korup*", {"r1", "r2", "r3"}),
        ('"korupsi pajak"', {"r3"}),
        ('korupsi -"korupsi pajak"', {"r1", "r2"}),
        ("speaker:Yilmaz", {"r1"}),
        ("korupsi outlet:Kompas", {"r1", "r2"}),
        ("entity:Rusia", {"r1"}),
        ('outlet:"kompas.com" entity:KPK', {"r2"}),
    ],
)
def test_operators(store, text, expected):
    result = store.search(SearchQuery(text=text))
    assert ids(result) == expected
    assert result.total == len(expected)


def test_excluded_words_are_not_highlighted(store):
    hit = store.search(SearchQuery(text="korupsi -suap")).hits[0]
    assert "<mark>korupsi</mark>" in hit.snippet and "<mark>suap" not in hit.snippet.lower()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kompas", {"r1", "r2"}), ("KOMPAS.com", {"r1", "r2"}), ("kompas.com", {"r1", "r2"}),
        ("detik", {"r3", "r4"}), ("detikNews", {"r3", "r4"}), ("Detik.com", {"r3", "r4"}),
        ("Tempo", set()),
    ],
)  # fmt: skip
def test_outlet_names_are_normalised(store, name, expected):
    assert ids(store.search(SearchQuery(outlet=name))) == expected


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Rusia", "gpe-russia"), ("russia", "gpe-russia"), ("KPK", "org-komisi-pemberantasan-korupsi"),
        ("AS", "gpe-united-states"), ("Amerika Serikat", "gpe-united-states"),
        ("Korea Selatan", "gpe-south-korea"), ("korsel", "gpe-south-korea"),
    ],
)  # fmt: skip
def test_entities_resolve_through_aliases_and_the_gazetteer(store, name, entity_id):
    assert store.resolve_entities(name)[0][0] == entity_id
    assert store.entity(name)["id"] == entity_id


def test_entity_filter_uses_aliases(store):
    assert ids(store.search(SearchQuery(entity="Rusia"))) == {"r1"}
    assert ids(store.search(SearchQuery(entity="Korsel"))) == {"r3"}
    assert store.search(SearchQuery(entity="Atlantis")).total == 0


@pytest.mark.parametrize(
    ("speaker", "n"),
    [("Yilmaz", 1), ("mehmet yilmaz", 1), ("Menteri", 1), ("Menteri Luar Negeri", 1), ("Budi", 1),
     ("Menteri Budi", 0)],
)  # fmt: skip
def test_speakers_match_by_name_words_and_title(store, speaker, n):
    assert store.quotes(speaker=speaker)["total"] == n
    assert store.search(SearchQuery(type="quote", speaker=speaker)).total == n


def test_suggestions_and_completion(store):
    # "Rusiaa" is no name, but a word of it is near nothing; "Korupsi" is in one canonical name.
    assert [e["id"] for e in store.suggest_entities("korupsi rusiaa")] == ["org-komisi-pemberantasan-korupsi"]
    assert {e["id"] for e in store.suggest_entities("rusia")} == {"gpe-russia"}  # through the stored alias
    assert [c["value"] for c in store.complete("rus")] == ["Russia"]
    assert "Komisi Pemberantasan Korupsi" in [c["value"] for c in store.complete("kp")]
    assert [c["value"] for c in store.complete("yil", "speaker")] == ["mehmet yilmaz"]
    assert store.complete("komp", "outlet")[0]["value"] in {"Kompas.com", "KOMPAS.com"}


@pytest.mark.parametrize(
    ("name", "family"),
    [("Kompas", "kompas"), ("KOMPAS.com", "kompas"), ("https://www.kompas.com", "kompas"),
     ("detikNews", "detik"), ("detikcom", "detik"), ("Antaranews", "antara"), ("ANTARA", "antara"),
     ("REPUBLIKA.CO.ID", "republika"), ("CNN Indonesia", "cnnindonesia"), ("News", "news")],
)  # fmt: skip
def test_outlet_family(name, family):
    assert outlet_family(name) == family


def test_duplicate_group_kinds(any_store):
    body = "Harga cabai naik di Pasar Senen pada Senin pagi."
    any_store.put_many(
        [
            Record(id="d1", title="Cabai", outlet="Antara", body=body,
                   published=Published(date="2024-01-01")),
            Record(id="d2", title="Cabai", outlet="Tempo", body=body.upper(),
                   published=Published(date="2024-01-02")),
            Record(id="d3", title="Cabai", outlet="Tempo", body=body + " Stok cukup.",
                   published=Published(date="2024-01-02")),
            Record(id="d4", title="Cabai", outlet="Antara", body=body + " Harga turun.",
                   published=Published(date="2024-01-03")),
        ]
    )  # fmt: skip
    with any_store.transaction():
        any_store.set_duplicate_group("d1", "g1", canonical=True)
        for member in ("d2", "d3", "d4"):
            any_store.set_duplicate_group(member, "g1")
    group = any_store.duplicate_groups()["items"][0]
    assert group["original"]["id"] == "d1"
    assert {c["id"]: c["kind"] for c in group["copies"]} == {"d2": "exact", "d3": "syndicated", "d4": "near"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("outlet:Kompas outlet:detik", {"r1", "r2", "r3", "r4"}),
        ("korupsi -outlet:Kompas", {"r3"}),
        ("-outlet:detik", {"r1", "r2"}),
        ("entity:Rusia entity:KPK", {"r1", "r2"}),
        ("korupsi -entity:Rusia -entity:AS", {"r2"}),
        ("-speaker:Yilmaz outlet:Kompas", {"r2"}),
        ("outlet:Atlantis", set()),
        ("beras -outlet:Atlantis", {"r4"}),
    ],
)
def test_multi_select_and_excluded_filters(store, text, expected):
    assert ids(store.search(SearchQuery(text=text, limit=50))) == expected


def test_parameter_and_text_filters_combine(store):
    assert ids(store.search(SearchQuery(text="outlet:detik outlet:Kompas", outlet="Kompas"))) == {"r1", "r2"}
