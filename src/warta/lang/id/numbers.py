"""Number words used in relative dates ("dua hari lalu", "sepekan lalu")."""

NUMBER_WORDS: dict[str, int] = {
    "se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
}  # fmt: skip
