"""The events stage: who did what to whom in each sentence, plus the claims coded as events.

Runs after claims (an accusation becomes ACCUSE/112, a denial REJECT/016, linked by
``Event.claim``) and before tone.
"""

from __future__ import annotations

from warta.config import Config
from warta.events.coder import EventCoder
from warta.events.lexicon import Code, default_lexicon
from warta.record import Claim, Entity, Event, EventParty, Record

# CAMEO codes of claim types: an accusation accuses (112), a denial rejects it (016, deny
# responsibility, coded REJECT).
CLAIM_CODES = {"accusation": "112", "denial": "016"}


class EventStage:
    """Fill ``record.events``; the lexicon compiles on first use."""

    name = "events"
    writes = frozenset({"events"})

    def __init__(self, coder: EventCoder | None = None) -> None:
        self._coder = coder

    @property
    def coder(self) -> EventCoder:
        if self._coder is None:
            self._coder = EventCoder()
        return self._coder

    def __call__(self, record: Record, config: Config) -> Record:
        if not record.sentences:
            record.events = []
            return record
        events = self.coder.code(record)
        link_claims(record, events)
        record.events = events
        return record


def link_claims(record: Record, events: list[Event]) -> None:
    """Attach each accusation or denial to the event of its sentence, or add one for it."""
    codes = default_lexicon().codes
    by_text = {s.text: n for n, s in enumerate(record.sentences)}
    for claim in record.claims:
        cameo = CLAIM_CODES.get(claim.type)
        if cameo is None or not claim.evidence:
            continue
        index = by_text.get(claim.evidence[0])
        if index is None:
            continue
        code = codes.get(cameo)
        if code is None:
            continue
        same = [e for e in events if e.sentence == index and e.claim is None]
        match = next((e for e in same if e.type == code.type or e.negated), None)
        if match is not None:
            match.claim = claim.id
            continue
        events.append(_claim_event(record, claim, code, index))
    events.sort(key=lambda e: (e.sentence, e.start))


def _claim_event(record: Record, claim: Claim, code: Code, index: int) -> Event:
    sentence = record.sentences[index]
    return Event(
        type=code.type,
        cameo=code.cameo,
        quad=code.quad,
        goldstein=code.goldstein,
        sentence=index,
        start=sentence.start,
        end=sentence.end,
        mode=code.mode,
        actors=[_named_party(record.entities, claim.claimant)] if claim.claimant else [],
        recipients=[_named_party(record.entities, claim.target)] if claim.target else [],
        date=record.published.date if record.published else None,
        location=record.dateline.canonical if record.dateline else None,
        confidence=0.6,
        claim=claim.id,
    )


def _named_party(entities: list[Entity], name: str) -> EventParty:
    from warta.events.sectors import sector_of

    for entity in entities:
        if name in (entity.canonical, entity.text):
            return EventParty(text=entity.text, canonical=entity.canonical, country=entity.country)
    return EventParty(text=name, sector=sector_of(name))
