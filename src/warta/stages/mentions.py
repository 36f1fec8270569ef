"""Entity mentions in body order, shared by the quote and claim stages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang.id.cues import PERSON_PRONOUNS
from warta.lang.id.titles import PERSON_TITLES, TITLE_CONTINUATIONS
from warta.linking import load_gazetteer
from warta.record import Entity, Record

PRONOUN_RE = re.compile(r"\b(?P<p>" + "|".join(PERSON_PRONOUNS) + r")\b", re.I)
_WORD_RE = re.compile(r"[\w.'-]+")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity

    @property
    def is_agent(self) -> bool:
        """Persons and organisations speak; so do states (metonymy: "Korea Utara membantah")."""
        return self.entity.type in ("PER", "ORG", "GPE")


def mentions_of(record: Record) -> list[Mention]:
    found = [
        Mention(s, e, entity)
        for entity in record.entities
        if entity.field == "body"
        for s, e in entity.mentions
    ]
    return sorted(found, key=lambda m: m.start)


def agent_name(entity: Entity) -> str:
    """A capital city acting as a state stands for the state ("Pyongyang dituduh" -> North Korea)."""
    known = load_gazetteer().lookup(entity.text) if entity.type == "GPE" else None
    if known and known.capital_of:
        return load_gazetteer().country_name(known.capital_of) or entity.canonical
    return entity.canonical


def title_before(text: str, start: int) -> str | None:
    """The title phrase right before a name: "Koordinator Keamanan Nasional AS, John Kirby"."""
    head = text[max(0, start - 120) : start].rstrip(" ,")
    words = list(_WORD_RE.finditer(head))
    first = len(words)
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        lower = word.lower().rstrip(".")
        if (
            lower in PERSON_TITLES
            or lower in TITLE_CONTINUATIONS
            or (word[:1].isupper() and index < len(words))
        ):
            first = index
            if lower in PERSON_TITLES and (index == 0 or not words[index - 1].group(0)[:1].isupper()):
                break
            continue
        break
    while first < len(words) and words[first].group(0).lower().rstrip(".") not in PERSON_TITLES:
        first += 1
    if first >= len(words):
        return None
    return head[words[first].start() :].strip(" ,") or None
