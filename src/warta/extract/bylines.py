"""Author lines and names: "Penulis: A | Editor: B", "Laporan Wartawan Tribunnews.com, Nama", "(ant/abc)".

The role labels are data in ``warta.lang.id.boilerplate.AUTHOR_LABELS``; this
module only parses lines with them. Used by the HTML extraction (byline boxes),
the JSON key table (author values) and the clean stage (author lines).
"""

from __future__ import annotations

import re

from warta.lang.id import boilerplate as bp
from warta.linking import load_gazetteer
from warta.record import Author

_LABELS = sorted(bp.AUTHOR_LABELS, key=len, reverse=True)
AUTHOR_LINE_RE = re.compile(
    r"^\s*(?P<label>"
    + "|".join(re.escape(label) for label in _LABELS)
    + r")(?P<more>(?:\s*(?:&|dan|/)\s*(?:"
    + "|".join(re.escape(label) for label in _LABELS)
    + r"))*)\b(?:\s*[:|\-\u2013]\s*|\s+)(?P<names>.+)$",
    re.I,
)
AUTHOR_LABEL_ALONE_RE = re.compile(
    r"^\s*(?P<label>" + "|".join(re.escape(x) for x in _LABELS) + r")\s*:?\s*$", re.I
)
# Sign-offs closing an article: "(ant/abc)", "(mcr8/jpnn)", "(ian)", "[bag]", "(Reuters/AP)".
_AGENCIES = "(?:" + "|".join(bp.SIGN_OFF_AGENCIES) + ")"
INITIALS_RE = re.compile(
    rf"\s*[(\[](?P<codes>[a-z][a-z0-9]{{1,5}}(?:\s*/\s*[a-z0-9.]{{2,12}})*|{_AGENCIES}(?:/{_AGENCIES})*)[)\]]\s*$"
)
# "(tribunbatam.id/Eko Setiawan)": a reporter credit on its own line.
CREDIT_LINE_RE = re.compile(r"\((?P<outlet>[a-z0-9-]+(?:\.[a-z]{2,6})+)/(?P<name>[A-Z][^()/]{1,60})\)")
DOMAIN_RE = re.compile(r"\.(?:com|co|id|net|org|co\.id|co\.uk|tv|news)\b", re.I)
_NAME_RE = re.compile(r"^[A-Z][\w.'\-]*(?:\s+[A-Za-z][\w.'\-]*){0,5}$")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*")
# A byline's lead word: "By A and B", "Oleh A dan B" (the AUTHOR_LABELS that read as "by").
_BY_LEAD_RE = re.compile(r"^\s*(?:by|oleh|ditulis oleh)\s+", re.I)
_NOT_PERSON = re.compile(
    r"\b(?:media|redaksi|tim|admin|cyber|network|group|developer|webmaster)\b|\.com\b|^\W*$", re.I
)
_MAX_LINE_CHARS = 160


def looks_like_names(text: str) -> bool:
    """A short run of capitalised names: "Rina Sari dan Budi"."""
    return bool(text) and len(text) <= 80 and all(_NAME_RE.match(n) for n in split_names(text) if n)


def split_names(text: str) -> list[str]:
    """Split "A, B dan C" or "By A and B" into names, dropping desks and sites ("Tim Redaksi")."""
    names = [n.strip(" .") for n in _NAME_SPLIT_RE.split(_BY_LEAD_RE.sub("", text))]
    return [n for n in names if n and not _NOT_PERSON.search(n)]


def role_of(label: str) -> str:
    """The record role of an author label ("Pewarta" -> reporter)."""
    return bp.AUTHOR_LABELS[label.lower()]


def author_line(text: str) -> list[Author] | None:
    """Parse "Penulis: A | Editor: B" or "Laporan Wartawan Tribunnews.com, Nama"; None if it is not one."""
    if len(text) > _MAX_LINE_CHARS:
        return None
    parts = [p for p in re.split(r"\s+[|/]\s+|\s*\|\s*", text) if p]
    found: list[Author] = []
    for part in parts:
        match = AUTHOR_LINE_RE.match(part)
        if not match:
            if found and known_place(part.strip()):
                continue  # "Laporan Wartawan Serambinews.com, Nama | Aceh Tengah"
            return None
        labels = [match["label"]] + [x for x in re.split(r"\s*(?:&|dan|/)\s*", match["more"] or "") if x]
        roles = [role_of(label) for label in labels]  # "Redaktur & Reporter : Boy"
        names = match["names"].strip()
        if roles[0] == "reporter" and "," in names and DOMAIN_RE.search(names.split(",")[0]):
            names = names.split(",", 1)[1]  # "Laporan Wartawan Tribunnews.com, Nama"
        if not looks_like_names(names):
            return None
        found += [Author(name, each) for name in split_names(names) for each in roles]
    return found or None


def known_place(text: str) -> bool:
    """A place in the gazetteer ("Aceh Tengah", "JAKARTA")."""
    found = load_gazetteer().lookup(text.title() if text.isupper() else text)
    return found is not None and found.type in ("GPE", "LOC")
