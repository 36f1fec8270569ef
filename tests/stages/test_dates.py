import pytest

from warta import analyze


def dates_of(body: str, published: str | None = "2023-05-10") -> dict[str, str]:
    record = analyze(body, published=published)
    return {d.text: d.value for d in record.dates}


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("Selasa, 9 Mei 2023", "2023-05-09"),
        ("Rabu (10/5/2023)", "2023-05-10"),
        ("10/05/2023 14:30 WIB", "2023-05-10"),
        ("9 Mei", "2023-05-09"),
        ("pada 1945", "1945"),
        ("Maret 2021", "2021-03"),
    ],
)
def test_absolute_dates(phrase: str, value: str) -> None:
    found = dates_of(f"Rapat itu digelar {phrase} di Jakarta dan berjalan lancar.")
    assert value in found.values()


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("kemarin", "2023-05-09"),
        ("pekan lalu", "2023-05-03"),
        ("Senin lalu", "2023-05-08"),
        ("14 bulan lalu", "2022-03"),
        ("Maret lalu", "2023-03"),
        ("tahun depan", "2024"),
        ("dua hari lalu", "2023-05-08"),
        ("tahun lalu", "2022"),
        ("bulan depan", "2023-06"),
        ("Desember lalu", "2022-12"),
    ],
)
def test_relative_dates_resolve_against_publication(phrase: str, value: str) -> None:
    record = analyze(f"Pemerintah mengumumkan kebijakan itu {phrase} di Jakarta.", published="2023-05-10")
    relative = {d.text.lower(): d.value for d in record.dates if d.relative}
    assert relative.get(phrase.lower()) == value


def test_published_inferred_from_latest_past_date() -> None:
    body = (
        "Rapat pertama digelar Senin, 8 Mei 2023 di Jakarta. Rapat kedua digelar Rabu, 10 Mei 2023. "
        "Keputusan akan diumumkan pada 20 Juni 2023."
    )
    record = analyze(body)
    assert record.published.date == "2023-05-10"
    assert record.published.inferred is True
    assert record.published.source == "body"
    assert "10 Mei 2023" in (record.published.text or "")


def test_explicit_published_wins_and_is_not_inferred() -> None:
    record = analyze("Banjir melanda kota itu pada Rabu, 10 Mei 2023.", published="2023-05-12")
    assert record.published.date == "2023-05-12"
    assert record.published.inferred is False


def test_no_date_at_all_leaves_published_empty_and_warns_on_relative() -> None:
    record = analyze("Warga berkumpul di balai desa kemarin untuk membahas jalan rusak.")
    assert record.published.date is None
    assert not record.dates
    assert any("relative-dates-unresolved" in w for w in record.warnings)


def test_invalid_calendar_date_is_ignored() -> None:
    assert "2023-02-31" not in dates_of("Acara digelar 31 Februari 2023 di Bandung.").values()
