"""Sources the article cites: news agencies, outlets and websites ("Dikutip dari laman inews.co.uk")."""

from __future__ import annotations

import re

from warta.config import Config
from warta.lang.id.boilerplate import AGENCY_CREDITS, INITIALS_AGENCIES
from warta.lang.id.cues import SOURCE_CUES
from warta.record import Record

_CUE_RE = re.compile(
    r"\b(?i:"
    + "|".join(re.escape(c) for c in sorted(SOURCE_CUES, key=len, reverse=True))
    + r")\s+(?:(?i:kantor berita|laman|situs|media|akun resmi|akun)\s+)?"
    r"(?P<source>[a-z0-9-]+(?:\.[a-z0-9-]+)+|[A-Z][\w.&'-]*(?:[ ]+(?:[A-Z][\w.&'-]*|of|de))*(?:[ ]+\([A-Z]{2,10}\))?)",  # noqa: E501
)


def find_sources(record: Record, config: Config) -> Record:
    found: list[str] = []
    for match in _CUE_RE.finditer(record.body):
        found.append(match.group("source").rstrip("."))
    if record.image and record.image.credit:
        head = re.split(r"[/:]", record.image.credit)[0].strip()
        if head.lower() in AGENCY_CREDITS or head.lower() == "antara foto":
            found.append("ANTARA" if head.lower().startswith("antara") else head)
    for sign_off in record.evidence.sign_offs:
        for code in sign_off.value.split("/"):
            agency = INITIALS_AGENCIES.get(code.strip().lower())
            if agency:
                found.append(agency)
    seen: set[str] = set()
    record.sources_cited = [s for s in found if not (s.lower() in seen or seen.add(s.lower()))]  # type: ignore[func-returns-value]
    return record
