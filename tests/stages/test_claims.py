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
