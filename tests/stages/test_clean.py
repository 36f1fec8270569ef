import pytest

from warta import analyze

ARTICLE = """#banjir#jakarta

Banjir Rendam Ratusan Rumah di Jakarta Timur

Banjir Rendam Ratusan Rumah di Jakarta Timur
Warga mengungsi menggunakan perahu karet di Kampung Melayu. (ANTARA FOTO/Budi Prasetyo)

JAKARTA, KOMPAS.com - Banjir merendam ratusan rumah warga di Jakarta Timur pada Senin (8/5/2023).

Baca juga : Hujan Deras, Sejumlah Jalan di Jakarta Tergenang

Ketinggian air mencapai satu meter di beberapa titik, kata petugas.

ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT

Simak berita lainnya di Google News

Penulis: Rina Marlina
Editor: Andi Saputra
"""


@pytest.fixture(scope="module")
def record():
    return analyze(ARTICLE)


def test_header_metadata(record) -> None:
    assert record.title == "Banjir Rendam Ratusan Rumah di Jakarta Timur"
    assert record.tags == ["banjir", "jakarta"]
    assert record.outlet == "Kompas.com"
    assert record.dateline.place == "Jakarta"
    assert record.dateline.country == "ID"


def test_caption_and_credit(record) -> None:
    assert record.image.caption == "Warga mengungsi menggunakan perahu karet di Kampung Melayu."
    assert record.image.credit == "ANTARA FOTO/Budi Prasetyo"


def test_related_links_and_authors(record) -> None:
    assert [link.title for link in record.related_links] == [
        "Hujan Deras, Sejumlah Jalan di Jakarta Tergenang"
    ]
    assert {(a.name, a.role) for a in record.authors} == {
        ("Rina Marlina", "author"),
        ("Andi Saputra", "editor"),
    }


def test_body_is_clean(record) -> None:
    assert record.paragraphs[0].startswith("Banjir merendam ratusan rumah")
    assert len(record.paragraphs) == 2
    for marker in ("Baca juga", "ADVERTISEMENT", "SCROLL", "Google News", "Penulis", "Editor", "KOMPAS.com"):
        assert marker not in record.body
    reasons = {b.reason for b in record.boilerplate}
    assert {
        "hashtags",
        "repeated-title",
        "image-caption",
        "related-link",
        "page-chrome",
        "author-line",
    } <= reasons


@pytest.mark.parametrize(
    "first_line, place, outlet",
    [
        ("Pyongyang (Lampost.co) -- Warga berkumpul di alun-alun kota.", "Pyongyang", "Lampost.co"),
        ("Jakarta, CNN Indonesia -- Warga berkumpul di alun-alun kota.", "Jakarta", "CNN Indonesia"),
        ("Liputan6.com, Jakarta - Warga berkumpul di alun-alun kota.", "Jakarta", "Liputan6.com"),
        ("Jakarta (ANTARA) - Warga berkumpul di alun-alun kota.", "Jakarta", "ANTARA"),
        ("TEMPO.CO, Surabaya - Warga berkumpul di alun-alun kota.", "Surabaya", "Tempo.co"),
        ("Bandung - Warga berkumpul di alun-alun kota.", "Bandung", None),
    ],
)
def test_dateline_forms(first_line: str, place: str, outlet: str | None) -> None:
    record = analyze(first_line + "\n\nMereka menuntut perbaikan jalan yang rusak sejak tahun lalu.")
    assert record.dateline is not None and record.dateline.place == place
    assert record.outlet == outlet
    assert record.body.startswith("Warga berkumpul")


def test_closing_initials_are_removed() -> None:
    record = analyze("Jakarta (ANTARA) - Harga cabai naik tajam di pasar induk. (ant/abc)")
    assert record.body == "Harga cabai naik tajam di pasar induk."
    assert "ANTARA" in record.sources_cited or "Antara" in record.sources_cited


@pytest.mark.parametrize(
    ("caption_line", "caption", "credit"),
    [
        (
            "Pedagang menata cabai di Pasar Induk Kramat Jati. [Suara.com/Alfian Winanto]",
            "Pedagang menata cabai di Pasar Induk Kramat Jati.",
            "Suara.com/Alfian Winanto",
        ),
        (
            "Terdakwa menjalani sidang di Pengadilan Negeri Surabaya. ©2024 Merdeka.com/Bagus Wicaksono",
            "Terdakwa menjalani sidang di Pengadilan Negeri Surabaya.",
            "Merdeka.com/Bagus Wicaksono",
        ),
        (
            "Warga menerobos banjir di Jalan Katamso, Medan, Rabu (6/3/2024). Foto: Dok. BPBD Kota Medan",
            "Warga menerobos banjir di Jalan Katamso, Medan, Rabu (6/3/2024).",
            "Dok. BPBD Kota Medan",
        ),
        (
            "Kapal penjaga pantai menembakkan meriam air ke kapal pemasok. Foto/Reuters",
            "Kapal penjaga pantai menembakkan meriam air ke kapal pemasok.",
            "Reuters",
        ),
    ],
)
def test_caption_credit_forms_in_the_header(caption_line: str, caption: str, credit: str) -> None:
    text = (
        "Banjir Rendam Tujuh Kecamatan di Medan\n\nkumparanNEWS\n6 Maret 2024 15:42 WIB\n·\n"
        f"waktu baca 3 menit\n\n{caption_line}\n\n"
        "Banjir merendam tujuh kecamatan di Kota Medan setelah hujan deras mengguyur sejak Selasa malam.\n\n"
        "Sebanyak 3.400 warga terpaksa mengungsi ke masjid dan sekolah terdekat, kata petugas."
    )
    record = analyze(text)
    assert record.image is not None
    assert (record.image.caption, record.image.credit) == (caption, credit)
    assert record.body.startswith("Banjir merendam tujuh kecamatan")
    assert record.outlet == "kumparanNEWS"


@pytest.mark.parametrize(
    "chrome",
    [
        "Memuat...",
        "MEMUAT…",
        "Sedang memuat",
        "loading...",
        "Loading…",
        "- Advertisement -",
        "ADVERTISEMENT",
        "Iklan ▼",
        "Gulir untuk melanjutkan",
        "Gulir ke bawah untuk melanjutkan membaca",
        "Scroll to continue with content",
        "SCROLL DOWN TO CONTINUE READING",
        "Advertisement - Scroll to continue",
        "* * *",
    ],
)
def test_page_chrome_is_a_rule_in_any_casing(chrome: str) -> None:
    from warta.stages.clean import is_chrome_label

    assert is_chrome_label(chrome)
    text = (
        "Banjir Rendam Pesisir Semarang\n\n"
        "Semarang - Banjir rob kembali merendam permukiman di pesisir utara Semarang pada Selasa pagi.\n\n"
        f"{chrome}\n\n"
        "Warga mengatakan air laut naik sejak subuh dan mencapai lutut orang dewasa di beberapa gang."
    )
    record = analyze(text)
    assert chrome not in record.body
    assert "page-chrome" in {b.reason for b in record.boilerplate if b.text == chrome}


@pytest.mark.parametrize(
    "prose",
    [
        "Memuat barang ke kapal butuh waktu tiga jam.",
        "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30.",
        "Gulir",
        "Scroll",
    ],
)
def test_prose_with_chrome_words_is_not_chrome(prose: str) -> None:
    from warta.stages.clean import is_chrome_label

    assert not is_chrome_label(prose)
