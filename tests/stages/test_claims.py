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
    # A pronoun target is kept as written (eval/claims/README.md: "Mereka dituduh …").
    assert _claims("Polisi menuding mereka memalsukan dokumen kependudukan.")[0][2] != "mereka memalsukan"


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


# Claims a tracker can trust (issue 11, item 5): one test per rule, on text written for it.


def _found(text: str) -> list[tuple[str, str | None, str | None, str, int | None]]:
    record = analyze(text, published="2024-03-07")
    return [(c.type, c.claimant, c.target, c.status, c.answers) for c in record.claims]


def test_passive_agent_is_the_claimant() -> None:
    (claim,) = _found("Pyongyang dituduh AS memasok peluru artileri ke Rusia.")
    assert claim[:3] == ("accusation", "United States", "North Korea")


def test_passive_agent_after_oleh_is_the_claimant() -> None:
    (claim,) = _found("Kepala Desa Sukamaju dituding menyelewengkan dana desa oleh sejumlah warga.")
    assert claim[1] == "sejumlah warga" and claim[2] == "Kepala Desa Sukamaju"


def test_menurut_x_gives_the_claimant() -> None:
    (claim,) = _found("Menurut Indonesia Corruption Watch, sejumlah pejabat diduga menerima gratifikasi.")
    assert claim[1] == "Indonesia Corruption Watch" and claim[2] == "sejumlah pejabat"


def test_kata_x_after_the_accusation_gives_the_claimant() -> None:
    (claim,) = _found("Wali Kota Bandung dituding melakukan korupsi pengadaan CCTV, ujar Boyamin Saiman.")
    assert claim[1] == "Boyamin Saiman"
    record = analyze("Wali Kota Bandung dituding melakukan korupsi pengadaan CCTV, ujar Boyamin Saiman.")
    assert "ujar" not in record.claims[0].content  # the source is no part of the accused act


def test_an_agentless_passive_has_no_claimant() -> None:
    (claim,) = _found("Mereka dituduh dengan sengaja membakar hutan.")
    assert claim[1] is None and claim[2] == "Mereka"


def test_targets_are_entities_or_noun_phrases_never_clause_fragments() -> None:
    (named,) = _found("Sejumlah ormas menuduh Menteri Agama Yaqut Cholil Qoumas menistakan suara azan.")
    assert named[1:3] == ("Sejumlah ormas", "Yaqut Cholil Qoumas")
    (phrase,) = _found("Warganet menuding selebgram itu mempromosikan judi daring.")
    assert phrase[2] == "selebgram itu"
    (office,) = _found("Komisi Pemberantasan Korupsi menuduh Bupati Sidoarjo menerima suap.")
    assert office[2] == "Bupati Sidoarjo"


def test_a_denial_in_the_same_sentence_sets_the_status() -> None:
    found = _found(
        "Sejumlah ormas menuduh Yaqut Cholil Qoumas menistakan azan, "
        "namun tuduhan itu dibantah Kementerian Agama."
    )
    assert found[0][:4] == ("accusation", "Sejumlah ormas", "Yaqut Cholil Qoumas", "denied")
    assert found[1][:3] == ("denial", "Kementerian Agama", "Sejumlah ormas") and found[1][4] == 0


def test_a_denial_links_by_shared_target_and_content_not_the_nearest() -> None:
    found = _found(
        "Ukraina menuduh Rusia menembakkan rudal ke gedung apartemen, sementara Moskow menuding Kyiv "
        "menggunakan warga sipil sebagai tameng. Rusia membantah menembakkan rudal ke gedung apartemen."
    )
    accusations = [c for c in found if c[0] == "accusation"]
    assert [c[1:3] for c in accusations] == [("Ukraine", "Russia"), ("Russia", "Ukraine")]
    denial = next(c for c in found if c[0] == "denial")
    assert denial[4] == 0 and denial[2] == "Ukraine"  # the first accusation, not the nearer second
    assert found[0][3] == "denied" and found[1][3] == "open"


def test_a_denial_naming_the_accuser_links_to_that_accusation() -> None:
    found = _found(
        "Venezuela menuduh AS merencanakan kudeta, sementara Washington menuding Caracas mencurangi "
        "pemilu. Pemerintah Venezuela menolak tudingan Washington itu."
    )
    denial = next(c for c in found if c[0] == "denial")
    assert denial[4] == 1


def test_status_is_derived_from_links_so_open_never_has_a_denial() -> None:
    record = analyze(
        "KPK menuduh Hendro menerima suap. Polisi menuduh Budi Santoso menyebarkan hoaks. "
        "Hendro membantah tuduhan itu. Bendahara proyek membenarkan Hendro menerima uang.",
        published="2024-03-07",
    )
    for claim in record.claims:
        if claim.type == "accusation":
            answers = [c for c in record.claims if c.answers == claim.id]
            assert (claim.status == "open") == (not answers)
            assert not (claim.status == "open" and any(c.type == "denial" for c in answers))


def test_a_verdict_on_the_accusation_is_a_denial() -> None:
    found = _found(
        "Pyongyang dituduh Washington mengirim amunisi ke Rusia. "
        "Kementerian Luar Negeri Korea Utara menyebut tuduhan itu sebagai kebohongan."
    )
    assert found[0][3] == "denied" and found[1][0] == "denial" and found[1][4] == 0


def test_negated_and_questioned_accusations_are_not_claims() -> None:
    assert _found("Polisi tidak menuduh siapa pun dalam kasus itu.") == []
    assert _found("Apakah Anda menuduh pemerintah berbohong?") == []


def test_confirming_an_event_is_not_a_claim() -> None:
    assert _found("Kapendam Jaya Kolonel Zulhadrie membenarkan adanya ledakan di Monas.") == []


def test_two_accusations_in_one_sentence_are_two_claims() -> None:
    found = _found(
        "India menuduh Kanada melindungi separatis, sementara Kanada menuduh India membunuh aktivis."
    )
    assert [c[1:3] for c in found] == [("India", "Canada"), ("Canada", "India")]


def test_naming_a_suspect_is_a_formal_accusation() -> None:
    (claim,) = _found(
        "Kejaksaan Negeri Medan menetapkan Kepala Dinas Perhubungan sebagai tersangka korupsi bus."
    )
    assert claim[:3] == ("accusation", "Kejaksaan Negeri Medan", "Kepala Dinas Perhubungan")


def test_a_relative_clause_suspect_is_the_noun_phrase_it_qualifies() -> None:
    (claim,) = _found("Polisi menangkap dua pria yang diduga mencuri sepeda motor, ujar Kompol Haris Akhmat.")
    assert claim[1:3] == ("Haris Akhmat", "dua pria")


def test_denying_an_unattributed_accusation_names_it_without_a_claimant() -> None:
    found = _found("Kepala Staf Kepresidenan Moeldoko membantah tudingan bahwa Istana mengintervensi hakim.")
    assert found[0][:4] == ("accusation", None, "Istana", "denied")
    assert found[1][0] == "denial" and found[1][4] == 0


def test_an_unnamed_or_agentless_passive_denial_still_sets_the_status() -> None:
    found = _found(
        "Korea Selatan dituding mengirim bantuan militer, namun tuduhan itu dibantah pejabatnya. "
        "Belanda dituduh memasok senjata, namun tuduhan itu dibantah."
    )
    assert [c[3] for c in found if c[0] == "accusation"] == ["denied", "denied"]
    assert [c[1] for c in found if c[0] == "denial"] == ["pejabatnya", None]


def test_kata_x_opening_the_sentence_gives_the_claimant() -> None:
    (claim,) = _found("Kata Sarumpaet, Iskandar diduga mengatur pemenang lelang bersama pejabat.")
    assert claim[1:3] == ("Sarumpaet", "Iskandar")


def test_the_finder_vouches_for_a_relative_clause_allegation() -> None:
    (claim,) = _found("Satgas Pangan menemukan empat gudang yang diduga menimbun beras di Sarmi.")
    assert claim[1:3] == ("Satgas Pangan", "empat gudang")
    found = _found("Kepala badan itu mengakui ada staf yang diduga terlibat serangan.")
    assert not [c for c in found if c[0] == "accusation"]
