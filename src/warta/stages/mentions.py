"""Entity mentions in body order, shared by the quote and claim stages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang.id.cues import PERSON_PRONOUNS
from warta.lang.id.titles import HONORIFICS, PERSON_TITLES, STATE_WORDS
from warta.linking import load_gazetteer
from warta.record import Entity, Record

_MAX_TITLE_WORDS = 14
# Indonesian verb shapes (meN-, ber-, di- forms); a title phrase contains none.
_VERB_RE = re.compile(r"^(?:me|mem|men|meng|meny|ber|ter|di)[a-z]{4,}$")
_NOT_VERBS = frozenset({"tersebut", "terkait", "terdakwa", "tersangka", "terpilih", "dinas", "direktur"})
# Two-word titles whose words are ordinary on their own.
TITLE_PHRASES = frozenset({"juru bicara", "kuasa hukum", "corporate secretary", "salah satu"})
_HONORIFIC_TAIL_RE = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)) + r")\.?$",
    re.I,
)
PRONOUN_RE = re.compile(r"\b(?P<p>" + "|".join(PERSON_PRONOUNS) + r")\b", re.I)
_WORD_RE = re.compile(r"[\w.'-]+")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity

    @property
    def is_agent(self) -> bool:
        """Persons and organisations speak; so do states and their capitals (metonymy: "Korea
        Utara membantah", "Beijing menuduh"), but not provinces, towns or districts."""
        if self.entity.type in ("PER", "ORG"):
            return True
        if self.entity.type != "GPE":
            return False
        known = load_gazetteer().lookup(self.entity.text) or load_gazetteer().lookup(self.entity.canonical)
        return known is None or known.kind in ("country", "historical") or bool(known.capital_of)


def mentions_of(record: Record) -> list[Mention]:
    found = [
        Mention(s, e, entity)
        for entity in record.entities
        if entity.field == "body"
        for s, e in entity.mentions
    ]
    return sorted(found, key=lambda m: m.start)


def agent_name(entity: Entity) -> str:
    """A capital city acting as a state stands for the state ("Pyongyang dituduh" -> North Korea),
    and so does a country's government ("Pemerintah Tiongkok membantah" -> China)."""
    known = load_gazetteer().lookup(entity.text) if entity.type == "GPE" else None
    if known and known.capital_of:
        return load_gazetteer().country_name(known.capital_of) or entity.canonical
    words = entity.text.split()
    if entity.type == "ORG" and len(words) > 1 and words[0].lower() in STATE_WORDS:
        state = load_gazetteer().lookup(" ".join(words[1:]))
        if state is not None and state.kind == "country":
            return state.canonical
    return entity.canonical


def title_before(text: str, start: int, limit: int = 0) -> str | None:
    """The title phrase right before a name, from ``limit`` (a clause start) at the earliest.

    "kata Koordinator Keamanan Nasional AS, John Kirby" -> "Koordinator Keamanan Nasional AS";
    "Kepala Daerah Kerja (Daker) Madinah, H. Zainal Muttaqin" -> "Kepala Daerah Kerja (Daker) Madinah".
    Ranks and honorifics right before the name (H., Ir., Irjen Pol, AKBP) are not part of the title.
    """
    segment = text[max(limit, start - 160) : start]
    while True:
        trimmed = _HONORIFIC_TAIL_RE.sub("", segment.rstrip(" ,"))
        if trimmed == segment:
            break
        segment = trimmed
    segment = re.split(r"[.!?;:\"\u201c\u201d\u00ab\u00bb]\s", segment)[-1]
    candidate = segment.split(", ")[-1].strip(" ,")
    words = candidate.split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return None
    lowered = [w.lower().strip("(),") for w in words]
    if any(
        w.islower() and _VERB_RE.match(w) and w not in _NOT_VERBS and w not in PERSON_TITLES for w in words
    ):
        return None  # "Jaksa penuntut umum (JPU) menuduh Bambang": a clause, not a title
    for index, word in enumerate(lowered):
        if word in PERSON_TITLES or " ".join(lowered[index : index + 2]) in TITLE_PHRASES:
            return " ".join(words[index:])
    return None
