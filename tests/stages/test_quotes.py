import pytest

from warta import analyze


def quotes_of(text: str):
    return analyze(text, published="2023-05-10").quotes


@pytest.mark.parametrize(
    "open_mark, close_mark", [('"', '"'), ("\u201c", "\u201d"), ('"', "\u201d"), ("\u00ab", "\u00bb")]
)
def test_direct_quote_marks(open_mark: str, close_mark: str) -> None:
    text = f"{open_mark}Kami akan membangun jembatan baru tahun ini,{close_mark} kata Gubernur Ridwan Kamil di Bandung."  # noqa: E501
    (quote,) = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.text.startswith("Kami akan membangun jembatan")
    assert quote.speaker == "Ridwan Kamil"
    assert quote.speaker_title == "Gubernur"


@pytest.mark.parametrize("cue", ["mengatakan", "menyebut", "menegaskan", "mengatakan bahwa"])
def test_indirect_pre_cues(cue: str) -> None:
    (quote,) = quotes_of(f"Menteri Keuangan Sri Mulyani {cue} inflasi akan terkendali hingga akhir tahun.")
    assert quote.kind == "indirect"
    assert quote.speaker == "Sri Mulyani"
    assert quote.text.startswith("inflasi akan terkendali")


@pytest.mark.parametrize(
    "cue", ["kata", "ujar", "tutur", "ungkap", "jelas", "imbuh", "tambah", "lanjut", "terang"]
)
def test_indirect_post_cues(cue: str) -> None:
    (quote,) = quotes_of(f"Harga beras akan turun pekan depan, {cue} Kepala Bulog Budi Waseso.")
    assert quote.speaker == "Budi Waseso"
    assert quote.text.startswith("Harga beras akan turun")


def test_pronoun_speakers_resolve_to_last_person() -> None:
    text = (
        "Presiden Joko Widodo meninjau pasar di Solo. Ia mengatakan harga bahan pokok masih stabil. "
        "Stok beras aman sampai Lebaran, katanya."
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Joko Widodo", "Joko Widodo"]
    assert quotes[0].speaker_mention == "Ia"


def test_according_to_organisation() -> None:
    (quote,) = quotes_of("Menurut BMKG, hujan lebat akan mengguyur Jawa Barat sepekan ke depan.")
    assert quote.speaker == "Badan Meteorologi, Klimatologi, dan Geofisika"


def test_quote_without_speaker_is_kept_without_one() -> None:
    (quote,) = quotes_of(
        'Spanduk bertuliskan "Kami butuh air bersih sekarang juga" terpasang di depan kantor desa.'
    )
    assert quote.kind == "direct"
    assert quote.speaker is None


def test_nested_quote_is_reported_inside_and_alone() -> None:
    text = "\u201cDia bilang 'jangan pulang dulu ya' kepada kami semua,\u201d ujar Siti Aminah."
    outer, inner = quotes_of(text)
    assert "jangan pulang dulu" in outer.text and outer.speaker == "Siti Aminah"
    assert inner.text == "jangan pulang dulu ya" and inner.speaker is None


def test_nya_speaker_prefers_the_full_name_in_the_subject() -> None:
    """A lone word taken for a name inside a title does not become the topic."""
    from warta.analysis import default_pipeline, input_record
    from warta.pipeline import Pipeline
    from warta.stages.entities import EntityStage

    class LoneWordModel:
        def detect(self, text: str) -> list[tuple[int, int, str]]:
            spans = []
            for name in ("Hortikultura", "Sigit Hariyanto"):
                at = text.find(name)
                if at >= 0:
                    spans.append((at, at + len(name), "PER"))
            return spans

    stages = [EntityStage(LoneWordModel()) if s.name == "entities" else s for s in default_pipeline().stages]
    text = (
        "Kepala Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Jember, Ir. Sigit Hariyanto, "
        "membantah tudingan itu. Pihaknya sudah memfasilitasi pertemuan petani, terangnya."
    )
    record = input_record(text, published="2023-05-10")
    quotes = Pipeline(stages).run(record).quotes
    assert [q.speaker for q in quotes if q.text.startswith("Pihaknya")] == ["Sigit Hariyanto"]


def test_according_to_a_titled_name_keeps_the_title() -> None:
    (quote,) = quotes_of(
        "Menurut Kapolres Bogor AKBP Rio Wahyu Anggoro, tidak ada korban jiwa dalam banjir itu."
    )
    assert (quote.kind, quote.speaker, quote.speaker_title) == (
        "indirect",
        "Rio Wahyu Anggoro",
        "Kapolres Bogor",
    )
    assert quote.text.startswith("tidak ada korban jiwa")


@pytest.mark.parametrize("cue", ["tanya Siti", "keluhnya", "sahut Siti", "jawabnya"])
def test_more_post_cues(cue: str) -> None:
    question = "\u201cKapan air bersih mengalir lagi ke rumah kami?\u201d"
    text = f"Warga RT 27, Siti Aminah, datang ke kantor desa. {question} {cue}."
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Siti Aminah"]


def test_closing_mark_used_as_an_opening_mark_starts_a_sentence() -> None:
    text = (
        "Warga RT 27, Siti Aminah, mengatakan keluarganya harus membeli air galon untuk memasak. "
        "\u201dSehari bisa habis Rp 50 ribu, berat buat kami,\u201d keluhnya."
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Siti Aminah"), ("direct", "Siti Aminah")]


def test_a_district_before_the_verb_is_not_the_speaker() -> None:
    (quote,) = quotes_of(
        "Udin (52), pedagang di Pasar Induk Kramat Jati, mengatakan pembeli kini hanya membeli sedikit cabai."
    )
    assert quote.speaker == "Udin"


# Speakers (issue 11, item 4), on text written for each rule.


def test_an_organisation_speaks() -> None:
    record = analyze('"Kami sudah memeriksa tiga saksi dalam kasus ini," kata KPK dalam keterangannya.')
    assert record.quotes[0].speaker == "Komisi Pemberantasan Korupsi"


def test_the_speaker_after_a_title_chain_is_the_person() -> None:
    record = analyze(
        "Kepala Seksi Urusan Umum dan Humas PT Angkasa I Bandara Internasional Lombok (BIL), "
        'Eka Asmadi, mengatakan penerbangan normal. "Semua jadwal berjalan lancar seperti biasa," katanya.'
    )
    assert {q.speaker for q in record.quotes} == {"Eka Asmadi"}


def test_ujar_dia_resolves_to_the_last_named_subject_not_a_name_in_passing() -> None:
    record = analyze(
        "Menteri Keuangan Sri Mulyani hadir. Ia bertemu Gubernur BI Perry Warjiyo.\n\n"
        '"Inflasi masih terkendali dengan baik," ujar dia.'
    )
    assert record.quotes[0].speaker == "Sri Mulyani"


def test_tegasnya_resolves_to_the_speaker_named_before() -> None:
    record = analyze(
        "Kapolres Bogor AKBP Rio Wahyu mengatakan pelaku sudah ditangkap.\n\n"
        '"Pelaku kami tangkap di rumahnya pada malam hari," tegasnya.'
    )
    assert [q.speaker for q in record.quotes] == ["Rio Wahyu", "Rio Wahyu"]


def test_a_quote_spanning_paragraphs_stays_one_quote() -> None:
    record = analyze(
        '"Kami menolak rencana itu. Warga sudah lama tinggal di sini,\n\n'
        '"Kami akan terus bertahan sampai ada keputusan yang adil," kata Ketua RW 05, Suparman.\n\n'
        "Rapat berlanjut pekan depan."
    )
    (quote,) = record.quotes
    assert quote.text.startswith("Kami menolak") and quote.text.endswith("yang adil")
    assert (quote.speaker, quote.speaker_title) == ("Suparman", "Ketua RW 05")
