"""Actor sector codes (GOV, MIL, COP, JUD, LEG, …) from Indonesian title and institution words.

"Kapolda Metro Jaya Irjen Karyoto" -> COP, "Menteri Luar Negeri Retno Marsudi" -> GOV,
"TNI" -> MIL, "DPR" -> LEG, "KPK" -> JUD (see the note in lang/id/events_sectors.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from warta.errors import WartaError
from warta.stages.dates import _alt as alternation

SECTORS_FILE = "events_sectors.tsv"


@lru_cache(maxsize=1)
def sector_words() -> dict[str, str]:
    """Casefolded word or phrase -> sector code."""
    text = resources.files("warta.lang.id").joinpath(SECTORS_FILE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words: dict[str, str] = {}
    for number, row in enumerate(rows[1:], start=1):
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise WartaError(f"{SECTORS_FILE}: row {number} needs a word and a sector")
        words[" ".join(row[0].casefold().split())] = row[1].strip()
    return words


@lru_cache(maxsize=1)
def sector_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + alternation(sector_words()) + r")(?!\w)", re.I)


def sector_of(*texts: str | None) -> str | None:
    """The sector of the first sector word in ``texts`` (a title, then the name itself)."""
    for text in texts:
        if text and (match := sector_pattern().search(text)):
            return sector_words()[" ".join(match.group(0).casefold().split())]
    return None
