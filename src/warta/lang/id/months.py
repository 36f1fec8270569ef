"""Month and day names (KBBI spellings plus the abbreviations outlets print)."""

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

# English month names, for English-language articles from Indonesian outlets.
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "aug": 8, "oct": 10, "dec": 12,
}  # fmt: skip

# Full names only: the abbreviations are too ambiguous on their own ("Mar", "Des").
MONTH_NAMES: dict[str, int] = {
    name: number for name, number in MONTHS.items() if len(name) > 4 or name in {"mei", "juni", "juli"}
}

# Monday = 0, as in datetime.weekday().
DAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,  # noqa: E501
}  # fmt: skip

TIMEZONES: dict[str, int] = {"wib": 7, "wita": 8, "wit": 9}  # hours east of UTC
