"""Story clustering: shared rare entities plus text similarity, within a time window."""

from __future__ import annotations

from warta.corpus.cluster import Features, cluster_stories, day_of, features_of
from warta.record import Entity, Published, Record


def record(article_id: str, date: str | None, body: str, *entities: tuple[str, str]) -> Record:
    return Record(
        id=article_id,
        body=body,
        published=Published(date=date),
        entities=[Entity(text=name, type=kind, canonical=name) for name, kind in entities],
    )


QUAKE = (
    "Gempa bermagnitudo 5,6 mengguncang Cianjur dan menewaskan puluhan warga. BMKG mencatat pusat gempa "
    "berada di darat dengan kedalaman dangkal. Ribuan rumah rusak dan pengungsi membutuhkan tenda, selimut "
    "dan air bersih."
)
QUAKE_2 = (
    "Jumlah korban gempa Cianjur bertambah. Kepala BMKG Dwikorita Karnawati meminta warga mewaspadai gempa "
    "susulan. Pengungsi di tenda darurat masih kekurangan air bersih dan selimut."
)
QUAKE_3 = (
    "Relawan membangun dapur umum bagi pengungsi gempa Cianjur. Rumah warga yang rusak berat akan dibangun "
    "kembali, kata pemerintah daerah."
)
TRIAL = (
    "KPK kembali memanggil saksi dalam kasus suap yang menjerat Harun Masiku. Penyidik mendalami aliran dana "
    "kepada sejumlah pejabat partai."
)
TRIAL_2 = (
    "Sidang kasus suap Harun Masiku menghadirkan saksi dari partai. Jaksa KPK menanyakan aliran dana suap "
    "kepada pejabat."
)
FLOOD = "Banjir merendam ratusan rumah di Bekasi setelah hujan deras semalaman. Warga mengungsi ke masjid."


def corpus() -> list[Record]:
    common = ("Indonesia", "GPE")
    return [
        record("q1", "2024-05-01", QUAKE, ("Cianjur", "GPE"), ("BMKG", "ORG"), common),
        record(
            "q2", "2024-05-02", QUAKE_2, ("Cianjur", "GPE"), ("BMKG", "ORG"), ("Dwikorita Karnawati", "PER")
        ),
        record("q3", "2024-05-03", QUAKE_3, ("Cianjur", "GPE"), common),
        record("t1", "2024-05-01", TRIAL, ("KPK", "ORG"), ("Harun Masiku", "PER"), common),
        record("t2", "2024-05-02", TRIAL_2, ("KPK", "ORG"), ("Harun Masiku", "PER")),
        record("f1", "2024-05-02", FLOOD, ("Bekasi", "GPE"), common),
        # The same place and agency three weeks later: another event, another story.
        record("q9", "2024-05-24", QUAKE_2, ("Cianjur", "GPE"), ("BMKG", "ORG")),
        record("nodate", None, QUAKE, ("Cianjur", "GPE"), ("BMKG", "ORG")),
    ]


def test_articles_about_one_event_share_a_story() -> None:
    stories = cluster_stories([features_of(r) for r in corpus()], window_days=3, threshold=0.35)
    assert stories["q1"] == stories["q2"] == stories["q3"] == "q1"
    assert stories["t1"] == stories["t2"] == "t1"
    assert stories["f1"] == "f1"
    assert stories["q9"] == "q9"  # outside the window
    assert stories["nodate"] == "nodate"  # no date: never placed in time


def test_threshold_and_window_are_honoured() -> None:
    features = [features_of(r) for r in corpus()]
    strict = cluster_stories(features, window_days=3, threshold=0.99)
    assert len(set(strict.values())) == len(features)
    wide = cluster_stories(features, window_days=30, threshold=0.35)
    assert wide["q9"] == wide["q1"]


def test_result_does_not_depend_on_input_order() -> None:
    features = [features_of(r) for r in corpus()]
    assert cluster_stories(features) == cluster_stories(list(reversed(features)))


def test_features_drop_stop_words_and_case() -> None:
    f = features_of(
        record("x", "2024-05-01T10:00:00+07:00", "Dan yang BANJIR di Bekasi, banjir lagi.", ("Bekasi", "GPE"))
    )
    assert f.day == day_of("2024-05-01")
    assert f.entities == frozenset({"bekasi"})
    assert f.terms["banjir"] == 2 and "yang" not in f.terms and "dan" not in f.terms


def test_common_entities_alone_do_not_make_a_story() -> None:
    items = [
        Features(f"a{i}", day_of("2024-05-01"), frozenset({"indonesia"}), {f"kata{i}": 1, f"lain{i}": 2})
        for i in range(30)
    ]
    stories = cluster_stories(items, threshold=0.35)
    assert len(set(stories.values())) == 30


def test_empty_input() -> None:
    assert cluster_stories([]) == {}
