from warta import analyze


def test_passive_accusation_denied_later() -> None:
    record = analyze(
        "Pyongyang dituduh AS memasok senjata ke militer Rusia. Tuduhan itu dibantah Korea Utara.",
        published="2023-05-10",
    )
    accusation = next(c for c in record.claims if c.type == "accusation")
    assert (accusation.claimant, accusation.target) == ("United States", "North Korea")
    assert accusation.status == "denied"
    assert len(accusation.evidence) == 2
    assert any(c.type == "denial" and c.claimant == "North Korea" for c in record.claims)


def test_active_accusation_confirmed() -> None:
    record = analyze(
        "KPK menuduh Bupati Ahmad Yani menerima suap proyek jalan. Ahmad Yani mengakui tuduhan tersebut.",
        published="2023-05-10",
    )
    accusation = next(c for c in record.claims if c.type == "accusation")
    assert accusation.claimant == "Komisi Pemberantasan Korupsi"
    assert accusation.target == "Ahmad Yani"
    assert accusation.status == "confirmed"


def test_accusation_without_answer_stays_open() -> None:
    record = analyze("Polisi menuduh Rudi Hartono menyebarkan hoaks di media sosial.", published="2023-05-10")
    (claim,) = record.claims
    assert claim.status == "open"


def _claims(text: str) -> list[tuple[str, str | None, str | None, str]]:
    record = analyze(text, published="2024-03-07")
    return [(c.type, c.claimant, c.target, c.status) for c in record.claims]


def test_a_date_or_an_age_between_subject_and_verb_is_not_the_claimant() -> None:
    dated = _claims("Rusia, Kamis (7/3), menuduh Inggris melatih kelompok penyabot di perbatasan.")
    assert dated[0][:3] == ("accusation", "Russia", "United Kingdom")
    aged = _claims(
        "Sopir asal Gresik, Slamet Riyadi, 47, menuding pengelola terminal tidak memberi informasi."
    )
    assert aged[0][:3] == ("accusation", "Slamet Riyadi", "pengelola terminal")


def test_unnamed_targets_stop_before_the_clause_verb() -> None:
    assert (
        _claims("Warga menuding para menteri mengabaikan korban banjir di pesisir.")[0][2] == "para menteri"
    )
    assert _claims("Polisi menuding mereka memalsukan dokumen kependudukan.") == []


def test_reporting_news_is_not_an_accusation() -> None:
    assert _claims("Kantor berita Xinhua melaporkan Beijing telah memanggil duta besar Filipina.") == []
    reported = _claims("Ketua RT Budi Santoso melaporkan Joko Susilo ke polisi atas dugaan penipuan.")
    assert reported[0][:3] == ("accusation", "Budi Santoso", "Joko Susilo")


def test_a_denial_names_the_accusation_it_answers() -> None:
    found = _claims(
        "Pemerintah Tiongkok membantah tuduhan Filipina bahwa kapal penjaga pantainya sengaja "
        "membahayakan awak kapal pemasok."
    )
    assert found == [
        ("accusation", "Philippines", "China", "denied"),
        ("denial", "China", "Philippines", "denied"),
    ]
