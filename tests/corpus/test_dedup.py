"""Near-duplicate detection: shingles, signatures, groups, and precision on a planted set."""

from __future__ import annotations

import itertools
import random

import pytest

from warta.corpus.dedup import (
    DedupIndex,
    choose_bands,
    core_text,
    find_groups,
    shingles,
    signature,
    similarity,
    strip_dateline,
)

WORDS = (
    "pemerintah harga beras naik turun pasar petani menteri rapat kota desa jalan banjir hujan gempa "
    "warga sekolah guru siswa rumah sakit dokter pasien polisi jaksa hakim sidang kasus korupsi dana "
    "anggaran proyek tol jembatan kereta bandara pesawat kapal pelabuhan ikan nelayan laut pantai gunung "
    "hutan api asap udara listrik air bersih sampah plastik pabrik buruh upah pajak bank kredit rupiah "
    "dolar ekspor impor batubara nikel sawit kopi teh gula garam minyak gas bensin solar motor mobil "
    "bus angkot ojek pilkada partai calon suara pemilih kampanye debat survei presiden gubernur bupati"
).split()


def text(rng: random.Random, words: int = 160) -> str:
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16)))
        sentences.append(sentence.capitalize() + ".")
    return " ".join(sentences)


def syndicate(rng: random.Random, body: str, outlet: str) -> str:
    """Reprint a story: another dateline, up to two edited words, sometimes an editor's initials."""
    words = body.split()
    for _ in range(rng.randint(0, 2)):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    signoff = rng.choice(["", " (ant/kmp)", " (rdk)"])
    return f"JAKARTA, {outlet} - " + " ".join(words) + signoff


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "Harga beras naik."),
        ("Jakarta (ANTARA) - Harga beras naik.", "Harga beras naik."),
        ("SURABAYA, tempo.co — Harga beras naik.", "Harga beras naik."),
        ("Harga beras naik di pasar induk.", "Harga beras naik di pasar induk."),
        ("Tol Semarang-Demak diresmikan - kata menteri", "Tol Semarang-Demak diresmikan - kata menteri"),
        # Long words and no dash: this once backtracked for minutes.
        ("Pembangunan" * 12 + " infrastruktur" * 5, "Pembangunan" * 12 + " infrastruktur" * 5),
    ],
)
def test_strip_dateline(text: str, expected: str) -> None:
    assert strip_dateline(text) == expected


def test_shingles_are_word_five_grams() -> None:
    assert sorted(shingles("Satu dua tiga empat lima enam")) == [
        "dua tiga empat lima enam",
        "satu dua tiga empat lima",
    ]
    assert shingles("Pendek saja") == ["pendek saja"]
    assert shingles("") == []


def test_signature_is_stable_and_similarity_tracks_overlap() -> None:
    rng = random.Random(1)
    body = text(rng)
    assert signature(body) == signature(body)
    assert similarity(signature(body), signature(body)) == 1.0
    other = text(rng)
    assert similarity(signature(body), signature(other)) < 0.1
    assert similarity(signature(body), signature(syndicate(rng, body, "detik.com"))) > 0.85


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.8, 0.9])
def test_band_midpoint_sits_below_the_threshold(threshold: float) -> None:
    bands = choose_bands(threshold)
    rows = 128 // bands
    midpoint = (1 / bands) ** (1 / rows)
    assert threshold - 0.2 < midpoint <= threshold - 0.05


def test_groups_have_the_earliest_then_longest_member_as_canonical() -> None:
    rng = random.Random(2)
    body = text(rng)
    index = DedupIndex(threshold=0.8)
    assert index.add("b", "SOLO, detik.com - " + body + " Tambahan kalimat.", "2024-05-02") is None
    group = index.add("c", "MEDAN, tribun - " + body, "2024-05-02")
    assert group is not None and group.canonical == "b" and group.members == ["b", "c"]
    group = index.add("a", "Jakarta (ANTARA) - " + body, "2024-05-01")
    assert group is not None and group.canonical == "a" and group.group_id == "a"
    assert group.members == ["a", "b", "c"]
    assert index.add("z", text(rng), "2024-05-01") is None
    assert [g.members for g in index.groups()] == [["a", "b", "c"]]


def test_groups_do_not_depend_on_arrival_order() -> None:
    rng = random.Random(3)
    bodies = [text(rng) for _ in range(4)]
    items = [(f"o{i}", b, f"2024-05-0{i + 1}") for i, b in enumerate(bodies)]
    items += [(f"s{i}", syndicate(rng, b, "kumparan"), "2024-05-09") for i, b in enumerate(bodies[:3])]
    items += [(f"t{i}", syndicate(rng, b, "okezone"), None) for i, b in enumerate(bodies[:2])]
    expected = find_groups(items)
    assert len(expected) == 3
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert find_groups(shuffled) == expected


def test_precision_and_recall_on_planted_duplicates() -> None:
    rng = random.Random(4)
    outlets = ["kompas.com", "detik.com", "tempo.co", "antaranews", "cnn indonesia"]
    items: list[tuple[str, str, str | None]] = []
    truth: dict[str, int] = {}
    for story in range(60):
        body = text(rng, words=rng.randint(150, 500))
        items.append((f"s{story}-0", body, "2024-05-01"))
        truth[f"s{story}-0"] = story
        for copy in range(rng.randint(0, 3)):
            key = f"s{story}-{copy + 1}"
            items.append((key, syndicate(rng, body, rng.choice(outlets)), "2024-05-02"))
            truth[key] = story
        # A follow-up that reuses a third of the story is related, not a duplicate.
        if story % 3 == 0:
            half = body.split()[: len(body.split()) // 3]
            key = f"f{story}"
            items.append((key, " ".join(half) + " " + text(rng), "2024-05-03"))
            truth[key] = 1000 + story
    groups = find_groups(items, threshold=0.8)
    found = {frozenset(p) for g in groups for p in itertools.combinations(g.members, 2)}
    planted = {frozenset((a, b)) for a, b in itertools.combinations(truth, 2) if truth[a] == truth[b]}
    precision = len(found & planted) / len(found)
    recall = len(found & planted) / len(planted)
    assert precision >= 0.96 and recall >= 0.94, (precision, recall)


def test_core_text_drops_headline_lines_only() -> None:
    body = (
        "Harga beras naik di pasar induk pekan ini.\n\n"
        "Baca juga: Harga Cabai Turun\n"
        "Pedagang mengeluh pembeli sepi, kata Siti (45).\n"
        "Gempa Cianjur: 104 Orang Luka\n"
        "Menurut dia pasokan dari Jawa Tengah tersendat sejak awal bulan karena hujan deras di jalur utama"
    )
    kept = core_text(body).split("\n")
    assert kept == [
        "Harga beras naik di pasar induk pekan ini.",
        "Pedagang mengeluh pembeli sepi, kata Siti (45).",
        "Menurut dia pasokan dari Jawa Tengah tersendat sejak awal bulan karena hujan deras di jalur utama",
    ]
    assert core_text("Judul saja tanpa titik") == "Judul saja tanpa titik"


def test_copies_with_different_related_headlines_stay_near_duplicates() -> None:
    rng = random.Random(5)
    body = "\n".join(text(rng, words=40) for _ in range(3))
    a = body + "\nDebat Kandidat Gubernur Jambi Soroti Kemiskinan\nGempa Minahasa Ratusan Warga Mengungsi"
    b = body + "\nPedagang Pasar Cik Puk Keluhkan Sepinya Pembeli\nBanjir Bekasi Rendam Ratusan Rumah"
    assert similarity(signature(a), signature(b)) == 1.0
