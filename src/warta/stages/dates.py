"""Find absolute and relative Indonesian dates; infer the publication date when no evidence gave one.

Order: absolute dates with a year first; then the publication date (the one
the ``meta`` stage resolved from the evidence, else inferred from the latest
absolute date the text treats as past); then partial dates ("9 Mei") and
relative ones ("kemarin", "14 bulan lalu", "Maret lalu") resolved against it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.config import Config
from warta.lang.id.months import DAYS, ENGLISH_MONTHS, MONTH_NAMES, MONTHS
from warta.lang.id.numbers import NUMBER_WORDS
from warta.lang.id.relative_dates import DAY_OFFSETS, FUTURE_CUES, FUTURE_WORDS, PAST_WORDS, UNITS, YEAR_CUES
from warta.record import DateMention, Published, Record, Source


def _alt(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    if not items:
        raise ValueError("empty alternation")
    return "|".join(re.escape(w) for w in items)


_DAY = _alt(DAYS)
_MONTH = _alt(MONTHS)
_MONTH_FULL = _alt(MONTH_NAMES)
_NUMBER = r"\d{1,3}|" + _alt(NUMBER_WORDS)
_UNIT = _alt(UNITS)
_TIME = r"(?:,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?)?"

ABSOLUTE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy-name", re.compile(
        rf"\b(?:(?:{_DAY})\s*,?\s*)?(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})\b{_TIME}", re.I)),
    ("day-paren", re.compile(
        rf"\b(?:{_DAY})\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)", re.I)),
    ("dmy-numeric", re.compile(
        rf"(?<![\d/.])(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})(?![\d/]){_TIME}")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy-en", re.compile(rf"\b(?P<m>{_alt(ENGLISH_MONTHS)})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.I)),  # noqa: E501
    ("dmy-en", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_alt(ENGLISH_MONTHS)})\.?\s+(?P<y>\d{{4}})\b", re.I)),  # noqa: E501
    ("dm-name", re.compile(rf"\b(?:(?:{_DAY})\s*,?\s*)?(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_FULL})\b(?!\s+\d{{4}}|\s+tahun\s+(?:lalu|depan|ini|kemarin))", re.I)),  # noqa: E501
    ("my-name", re.compile(rf"\b(?P<m>{_MONTH_FULL})\s+(?P<y>\d{{4}})\b", re.I)),
    # Digits first (fast to scan); the cue word before ("pada 1945") is checked in code.
    ("year", re.compile(r"(?<![\d.,])(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d|-an|\s*%)")),
]  # fmt: skip

# The first patterns give a full date on their own (used for printed date lines).
EXPLICIT_PATTERNS = 6
_MONTH_CUES = "awal|akhir|pertengahan|medio"
RELATIVE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month-year-rel", re.compile(
        rf"\b(?:(?P<d>\d{{1,2}})\s+)?(?P<month>{_MONTH_FULL})(?:\s+(?:hingga|sampai|dan|-)\s+(?:{_MONTH_FULL}))?"
        rf"\s+tahun\s+(?P<dir>lalu|depan|ini|kemarin)\b", re.I)),
    ("n-units", re.compile(
        rf"\b(?P<n>{_NUMBER})\s*(?P<unit>{_UNIT})\s+(?P<dir>{_alt(PAST_WORDS + FUTURE_WORDS)})\b", re.I)),
    ("se-unit", re.compile(rf"\bse(?P<unit>{_UNIT})\s+(?P<dir>{_alt(PAST_WORDS + FUTURE_WORDS)})\b", re.I)),
    ("unit", re.compile(rf"\b(?P<unit>{_UNIT})\s+(?P<dir>lalu|kemarin|depan|mendatang|ini)\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<day>{_DAY})\s+(?P<dir>lalu|kemarin|depan|mendatang)\b", re.I)),
    ("month", re.compile(rf"\b(?P<month>{_MONTH_FULL})\s+(?P<dir>lalu|kemarin|depan|mendatang|ini)\b", re.I)),
    ("day-word", re.compile(rf"\b(?P<word>{_alt(DAY_OFFSETS)})\b", re.I)),
    ("weekday-bare", re.compile(rf"(?:\b(?:pada|hari|sejak|mulai)\s+|,\s*)(?P<day>{_DAY})\b(?!\s*[(,/]\s*\d)", re.I)),  # noqa: E501
    ("month-bare", re.compile(
        rf"(?:\b(?:pada|sejak|hingga|sampai|bulan|per|{_MONTH_CUES})\s+)(?P<month>{_MONTH_FULL})\b"
        rf"(?!\s+(?:\d|lalu|depan|mendatang|ini|tahun))", re.I)),  # noqa: E501
]  # fmt: skip

_YEAR_CUE_BEFORE_RE = re.compile(rf"\b(?:{_alt(YEAR_CUES)})\s+(?:tahun\s+)?$", re.I)
_WORD_RE = re.compile(r"[a-z']+")
# Words a pattern cannot match without; a pattern whose words are all absent is skipped.
_MONTH_WORDS = frozenset(MONTHS)
_DAY_WORDS = frozenset(DAYS)
_EN_MONTH_WORDS = frozenset(ENGLISH_MONTHS)
_RELATIVE_WORDS = frozenset(
    w for phrase in (*PAST_WORDS, *FUTURE_WORDS, *DAY_OFFSETS, "ini") for w in phrase.split()
)
_NEEDS: dict[str, frozenset[str]] = {
    "dmy-name": _MONTH_WORDS, "day-paren": _DAY_WORDS,
    "mdy-en": _EN_MONTH_WORDS, "dmy-en": _EN_MONTH_WORDS, "dm-name": _MONTH_WORDS, "my-name": _MONTH_WORDS,
    "month-year-rel": _MONTH_WORDS, "n-units": _RELATIVE_WORDS, "se-unit": _RELATIVE_WORDS,
    "unit": _RELATIVE_WORDS, "weekday": _DAY_WORDS, "month": _MONTH_WORDS, "day-word": _RELATIVE_WORDS,
    "weekday-bare": _DAY_WORDS, "month-bare": _MONTH_WORDS,
}  # fmt: skip
_PAST_SET = {w.lower() for w in PAST_WORDS}
# Where a mention's text starts when the pattern also matched a lead-in word ("pada", ",").
_TEXT_GROUP = {"weekday-bare": "day"}
_FUTURE_CUE_RE = re.compile(rf"\b(?:{_alt(FUTURE_CUES)})\b[^.]*$", re.I)


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    text: str
    value: str
    relative: bool
    kind: str


def find_dates(record: Record, config: Config) -> Record:
    """Fill ``record.dates``, and ``record.published`` when the evidence gave no date."""
    body = record.body
    words = set(_WORD_RE.findall(body.lower()))
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in ABSOLUTE_PATTERNS:
        if kind in ("dm-name", "day-paren") or not _may_match(kind, words):
            continue  # dm-name and day-paren need the publication year: resolved below
        for match in pattern.finditer(body):
            if _overlaps(match.start(), match.end(), taken):
                continue
            if kind == "year" and not _YEAR_CUE_BEFORE_RE.search(
                body[max(0, match.start() - 30) : match.start()]
            ):
                continue
            value = _absolute_value(match, kind, None)
            if value:
                start = match.start()
                found.append(_Found(start, match.end(), body[start : match.end()], value, False, kind))
                taken.append((match.start(), match.end()))

    if record.published.date is None:
        record.published = _inferred_published(body, found)
    anchor = _as_date(record.published.date)

    for kind, pattern in ABSOLUTE_PATTERNS:
        if kind not in ("dm-name", "day-paren") or not _may_match(kind, words):
            continue
        for match in pattern.finditer(body):
            if _overlaps(match.start(), match.end(), taken):
                continue
            value = _absolute_value(match, kind, anchor)
            if value:
                found.append(_Found(match.start(), match.end(), match.group(0), value, False, kind))
                taken.append((match.start(), match.end()))
    if anchor is None:
        if any(p.search(body) for _, p in RELATIVE_PATTERNS):
            record.warnings.append("relative-dates-unresolved: no publication date")
    else:
        for kind, pattern in RELATIVE_PATTERNS:
            if not _may_match(kind, words):
                continue
            for match in pattern.finditer(body):
                if _overlaps(match.start(), match.end(), taken):
                    continue
                value = _relative_value(match, kind, anchor)
                if value:
                    start = match.start(_TEXT_GROUP[kind]) if kind in _TEXT_GROUP else match.start()
                    found.append(_Found(start, match.end(), body[start : match.end()], value, True, kind))
                    taken.append((match.start(), match.end()))
    found.sort(key=lambda f: f.start)
    record.dates = [DateMention(f.text, f.value, f.relative, f.start, f.end) for f in found]
    return record


def _may_match(kind: str, words: set[str]) -> bool:
    needed = _NEEDS.get(kind)
    return needed is None or not words.isdisjoint(needed)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


def _month_number(text: str) -> int | None:
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    name = text.lower().rstrip(".")
    return MONTHS.get(name) or ENGLISH_MONTHS.get(name)


def _absolute_value(match: re.Match[str], kind: str, anchor: dt.date | None) -> str | None:
    groups = match.groupdict()
    year = groups.get("y")
    if kind == "year":
        return year
    month = _month_number(groups["m"])
    if month is None:
        return None
    if year is None:
        if anchor is None:
            return None
        year_number = anchor.year
        # "28 Desember" in a January article means last year.
        if (month - anchor.month) > 6:
            year_number -= 1
    else:
        year_number = int(year) + (2000 if len(year) == 2 else 0)
    if not 1000 <= year_number <= 2200:
        return None
    if kind == "my-name":
        return f"{year_number:04d}-{month:02d}"
    day = int(groups["d"])
    if not 1 <= day <= calendar.monthrange(year_number, month)[1]:
        return None
    return f"{year_number:04d}-{month:02d}-{day:02d}"


def _inferred_published(body: str, found: list[_Found]) -> Published:
    """The latest full date in the body that is not announced as future ("akan digelar 9 Mei 2023")."""
    candidates = [
        f
        for f in found
        if len(f.value) == 10 and not _FUTURE_CUE_RE.search(body[max(0, f.start - 60) : f.start])
    ]
    if candidates:
        latest = max(candidates, key=lambda f: f.value)
        return Published(latest.value, True, Source.BODY, latest.text)
    return Published()


@lru_cache(maxsize=1024)
def parse_date_string(text: str) -> str | None:
    """Parse a metadata date (ISO, "2023-11-02 21:34:19", "Kamis, 02 Nov 2023 21:34 WIB") to YYYY-MM-DD."""
    text = text.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return iso.group(0)
    for kind, pattern in ABSOLUTE_PATTERNS[:EXPLICIT_PATTERNS]:
        match = pattern.search(text)
        if match:
            return _absolute_value(match, kind, None)
    import dateparser  # slow to import and to call: only for odd metadata strings

    parsed = dateparser.parse(text, languages=["id", "en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date().isoformat() if parsed else None


def _as_date(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _number(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _shift_months(anchor: dt.date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def _relative_value(match: re.Match[str], kind: str, anchor: dt.date) -> str | None:
    groups = match.groupdict()
    direction = (groups.get("dir") or "").lower()
    sign = -1 if direction in _PAST_SET else 0 if direction == "ini" else 1
    if kind == "day-word":
        return (anchor + dt.timedelta(days=DAY_OFFSETS[groups["word"].lower()])).isoformat()
    if kind in ("n-units", "se-unit", "unit"):
        count = 1 if kind != "n-units" else _number(groups["n"])
        if count is None:
            return None
        unit = UNITS[groups["unit"].lower()]
        step = sign * count
        if unit == "day":
            return (anchor + dt.timedelta(days=step)).isoformat()
        if unit == "week":
            return (anchor + dt.timedelta(weeks=step)).isoformat()
        if unit == "month":
            year, month = _shift_months(anchor, step)
            return f"{year:04d}-{month:02d}"
        if unit == "year":
            return f"{anchor.year + step:04d}"
        if unit == "decade":
            return f"{anchor.year + 10 * step:04d}"
        return None
    if kind in ("weekday", "weekday-bare"):
        target = DAYS[groups["day"].lower()]
        if kind == "weekday-bare":
            sign = -1  # "pada Senin" in a news report is the most recent Monday
            back = (anchor.weekday() - target) % 7
            return (anchor - dt.timedelta(days=back)).isoformat()
        if sign < 0:
            back = (anchor.weekday() - target) % 7 or 7
            return (anchor - dt.timedelta(days=back)).isoformat()
        ahead = (target - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=ahead)).isoformat()
    if kind == "month-year-rel":
        month = MONTH_NAMES[groups["month"].lower()]
        year = anchor.year + sign
        if groups.get("d"):
            day = int(groups["d"])
            return (
                f"{year:04d}-{month:02d}-{day:02d}"
                if 1 <= day <= calendar.monthrange(year, month)[1]
                else None
            )
        return f"{year:04d}-{month:02d}"
    if kind == "month-bare":
        return f"{anchor.year:04d}-{MONTH_NAMES[groups['month'].lower()]:02d}"
    if kind == "month":
        month = MONTH_NAMES[groups["month"].lower()]
        if sign == 0:
            return f"{anchor.year:04d}-{month:02d}"
        if sign < 0:
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        return f"{year:04d}-{month:02d}"
    return None
