"""Relative-date vocabulary. Units map to (days, months, years) steps."""

# "kemarin" is the day before publication, "lusa" two days after.
DAY_OFFSETS: dict[str, int] = {
    "kemarin lusa": -2,
    "kemarin": -1,
    "hari ini": 0,
    "besok": 1,
    "esok": 1,
    "lusa": 2,
}

UNITS: dict[str, str] = {
    "hari": "day",
    "pekan": "week",
    "minggu": "week",
    "bulan": "month",
    "tahun": "year",
    "dekade": "decade",
    "abad": "century",
}

PAST_WORDS = ("yang lalu", "lalu", "silam", "sebelumnya", "kemarin")
FUTURE_WORDS = ("mendatang", "depan", "lagi", "berikutnya", "yang akan datang")
THIS_WORDS = ("ini",)

# Words before a date that mark it as the future, so it cannot be the publication date.
FUTURE_CUES = ("akan", "hingga", "sampai", "mulai", "rencananya", "dijadwalkan", "mendatang")

# Words before a bare year that make it a date ("pada 1945", "sejak 1998").
YEAR_CUES = (
    "pada", "tahun", "sejak", "hingga", "sampai", "sebelum", "setelah", "sesudah", "awal", "akhir",
    "pertengahan", "era", "medio", "dari", "di", "periode", "musim", "dekade", "sepanjang", "selama",
    "per", "semester", "kuartal", "triwulan", "dibandingkan", "dibanding", "sekitar", "tanggal", "anggaran",
)  # fmt: skip
