from warta.stages.language import guess_language


def test_indonesian_and_english() -> None:
    assert (
        guess_language("Pemerintah akan menaikkan harga bahan bakar yang sudah lama ditunggu oleh warga.")
        == "id"
    )
    english = (
        "The government said on Monday that fuel prices would rise next month, officials told reporters."
    )
    assert guess_language(english) == "en"
