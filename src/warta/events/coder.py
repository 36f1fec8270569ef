"""Code the events of a record's sentences: predicate, actor, recipient, voice and negation.

One pass per sentence with the lexicon's compiled alternation finds the event verbs; for each,
Indonesian voice decides direction:

* active meN- (and ber-): the subject before the verb acts, the object after it receives:
  "Polisi menangkap dua pengedar" -> actor polisi (COP);
* passive di-/ter-: the subject receives, the agent right after the verb or in an "oleh"
  phrase acts: "Pyongyang dituduh AS memasok senjata" -> actor AS (US), recipient Pyongyang (KP);
* a negator before the verb ("tidak menyerang", "belum ditangkap") or a denial verb governing it
  ("membantah menuduh") sets ``negated``.

Parties are the record's entity mentions; where the clause names none, a sector word
("polisi", "massa", "warga") stands for the party.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from warta.events.lexicon import INTRANSITIVE, PASSIVE, Lexicon, VerbForm, default_lexicon
from warta.events.sectors import sector_of, sector_pattern
from warta.lang.id.events_cues import (
    AGENT_MARKERS,
    CLAUSE_BREAKS,
    DENIAL_FILLERS,
    NEGATION_FILLERS,
    NEGATORS,
    PLACE_MARKERS,
    REPORTING_VERBS,
)
from warta.record import Event, EventParty, Record, Sentence
from warta.stages.dates import _alt as alternation
from warta.stages.mentions import Mention, agent_name, mentions_of, title_before

_BREAK_RE = re.compile(
    r"(?<!\w)(?:" + alternation(CLAUSE_BREAKS + REPORTING_VERBS) + r")(?!\w)|[;:\"“”()]", re.I
)
_NEGATED_RE = re.compile(
    rf"(?<!\w)(?:{alternation(NEGATORS)})(?:\s+(?:{alternation(NEGATION_FILLERS)}))*\s*$", re.I
)
_DENIAL_GAP_RE = re.compile(rf"^\s*(?:(?:{alternation(DENIAL_FILLERS)})\s+)*$", re.I)
_PLACE_WORD_RE = re.compile(rf"(?<!\w)(?:{alternation(PLACE_MARKERS)})\s", re.I)
_PLACE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{alternation(PLACE_MARKERS)})\s+$", re.I)
_AGENT_BEFORE_RE = re.compile(rf"(?<!\w)(?:{alternation(AGENT_MARKERS)})\s+$", re.I)
_ADJUNCT_START_RE = re.compile(r"\s*(?:di|ke|dari|pada|dalam|untuk|dengan)\s", re.I)
_DENIAL_ROOTS = frozenset({"bantah", "sangkal", "tampik"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_AGENT_GAP_WORDS = 2  # words between a passive verb and its agent ("ditangkap anggota Polres")
_MAX_SECTOR_PHRASE = 3


@dataclass(frozen=True, slots=True)
class _Party:
    party: EventParty
    start: int
    named: bool  # an entity, not a sector word


@dataclass(slots=True)
class _Clause:
    verb: VerbForm
    start: int
    end: int
    negated: bool = False
    subject_from: int | None = None  # set when a denial verb lends its subject


class EventCoder:
    """Find events in a record; reuse one coder for many records (its lexicon is compiled once)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def code(self, record: Record) -> list[Event]:
        mentions = mentions_of(record)
        starts = [m.start for m in mentions]
        events: list[Event] = []
        for index, sentence in enumerate(record.sentences):
            lo = bisect.bisect_left(starts, sentence.start)
            hi = bisect.bisect_left(starts, sentence.end)
            events.extend(self._sentence_events(record, index, sentence, mentions[lo:hi]))
        return events

    def _clauses(self, body: str, sentence: Sentence) -> list[_Clause]:
        clauses: list[_Clause] = []
        for match in self.lexicon.pattern.finditer(body, sentence.start, sentence.end):
            verb = self.lexicon.lookup(match.group(0))
            if verb is None:
                continue
            clause = _Clause(verb, match.start(), match.end())
            previous = clauses[-1] if clauses else None
            if (
                previous is not None
                and previous.verb.root in _DENIAL_ROOTS
                and previous.verb.voice != PASSIVE
                and _DENIAL_GAP_RE.match(body[previous.end : clause.start])
            ):
                # "membantah menuduh": the denial negates the verb it governs and lends its subject.
                clauses.pop()
                clause.negated = True
                clause.subject_from = previous.start
            clauses.append(clause)
        return clauses

    def _sentence_events(
        self, record: Record, index: int, sentence: Sentence, mentions: list[Mention]
    ) -> list[Event]:
        body = record.body
        clauses = self._clauses(body, sentence)
        if not clauses:
            return []
        breaks = [(m.start(), m.end()) for m in _BREAK_RE.finditer(body, sentence.start, sentence.end)]
        events: list[Event] = []
        for number, clause in enumerate(clauses):
            left = clauses[number - 1].end if number else sentence.start
            subject_end = clause.subject_from if clause.subject_from is not None else clause.start
            left = _left_limit(body, breaks, left, subject_end)
            right = clauses[number + 1].start if number + 1 < len(clauses) else sentence.end
            right = min([right] + [s for s, _ in breaks if s >= clause.end])
            negated = clause.negated or bool(_NEGATED_RE.search(body, left, clause.start))
            subject = _subject(body, left, subject_end, mentions)
            if number and _ADJUNCT_START_RE.match(body, left, subject_end) and events:
                # "Buruh berunjuk rasa di depan gedung DPR menolak UU": the place phrase is no
                # subject; the second verb shares the first one's actor.
                subject = _Party(events[-1].actors[0], -1, True) if events[-1].actors else subject
            if clause.verb.voice == PASSIVE:
                recipient = subject
                actor = _agent(body, clause.end, right, mentions)
            else:
                actor = subject
                recipient = _object(body, clause.end, right, mentions, clause.verb.voice == INTRANSITIVE)
            if actor is None and recipient is None:
                continue
            used = {p.start for p in (actor, recipient) if p is not None}
            code = clause.verb.code
            confidence = 0.3 + 0.3 * (actor is not None) + 0.3 * (recipient is not None)
            if actor is not None and recipient is not None and actor.named and recipient.named:
                confidence += 0.1
            events.append(
                Event(
                    type=code.type,
                    cameo=code.cameo,
                    quad=code.quad,
                    goldstein=code.goldstein,
                    sentence=index,
                    start=clause.start,
                    end=clause.end,
                    mode=code.mode,
                    actors=[actor.party] if actor else [],
                    recipients=[recipient.party] if recipient else [],
                    location=_location(record, sentence, mentions, used),
                    date=_date(record, sentence),
                    confidence=round(min(confidence, 1.0), 2),
                    negated=negated,
                )
            )
        return events


def _left_limit(body: str, breaks: list[tuple[int, int]], left: int, verb_start: int) -> int:
    """Where the subject of a verb may start: after the last clause break before it.

    A relative "yang" right before the verb ("pria yang menyerang polisi") is skipped: its
    subject is the noun before it.
    """
    for start, end in breaks:
        if end > verb_start:
            break
        if start < left:
            continue
        if body[start:end].lower() == "yang" and not body[end:verb_start].strip():
            continue
        left = end
    return left


def _party(body: str, candidates: list[Mention], limit: int) -> _Party:
    mention, country = _head(body, candidates)
    entity = mention.entity
    title = title_before(body, mention.start, limit)
    sector = None if entity.type == "GPE" else sector_of(title, entity.text)
    party = EventParty(text=entity.text, canonical=agent_name(entity), country=country, sector=sector)
    return _Party(party, mention.start, True)


def _sector_party(body: str, start: int, end: int) -> _Party | None:
    match = sector_pattern().search(body, start, end)
    if match is None:
        return None
    words = body[match.start() : end].split()[:_MAX_SECTOR_PHRASE]
    text = " ".join(w for w in words[:1]) if words else match.group(0)
    return _Party(EventParty(text=match.group(0), sector=sector_of(text)), match.start(), False)


def _usable(body: str, mention: Mention) -> bool:
    """Agents only, and never a place written as one ("di Jakarta", "dari Medan")."""
    if not mention.is_agent:
        return False
    before = body[max(0, mention.start - 8) : mention.start]
    return not (mention.entity.type in _PLACE_TYPES and _PLACE_BEFORE_RE.search(before))


def _subject(body: str, left: int, verb_start: int, mentions: list[Mention]) -> _Party | None:
    """The first agent of the subject; after a comma ("Menurut polisi, pelaku menyerang") the last part."""
    segment = body[left:verb_start]
    cut = segment.rfind(",")
    for start in ([left + cut + 1] if cut >= 0 else []) + [left]:
        inside = [m for m in mentions if start <= m.start and m.end <= verb_start and _usable(body, m)]
        if inside:
            return _party(body, inside, start)
        if sector := _sector_party(body, start, verb_start):
            return sector
    return None


def _object(
    body: str, verb_end: int, right: int, mentions: list[Mention], intransitive: bool = False
) -> _Party | None:
    """The first agent after the verb; an intransitive verb ("berunjuk rasa di depan gedung DPR")
    takes none across a place phrase."""
    inside = [m for m in mentions if verb_end <= m.start and m.end <= right and _usable(body, m)]
    if intransitive and (place := _PLACE_WORD_RE.search(body, verb_end, right)):
        right = place.start()
        inside = [m for m in inside if m.start < right]
    if inside:
        return _party(body, inside, verb_end)
    return _sector_party(body, verb_end, right)


def _head(body: str, candidates: list[Mention]) -> tuple[Mention, str | None]:
    """ "Perdana Menteri Jepang Fumio Kishida": the person (of Japan), not the country in his title."""
    first = candidates[0]
    if first.entity.type == "GPE" and len(candidates) > 1:
        after = candidates[1]
        if after.entity.type == "PER" and not body[first.end : after.start].strip():
            return after, after.entity.country or first.entity.country
    return first, first.entity.country


def _agent(body: str, verb_end: int, right: int, mentions: list[Mention]) -> _Party | None:
    """The agent of a passive verb: an "oleh" phrase, else a party within two words of the verb."""
    for mention in mentions:
        if verb_end <= mention.start and mention.end <= right and _usable(body, mention):
            gap = body[verb_end : mention.start]
            if _AGENT_BEFORE_RE.search(gap) or len(gap.split()) <= _AGENT_GAP_WORDS:
                return _party(body, [mention], verb_end)
    oleh = re.search(r"(?<!\w)oleh\s+", body[verb_end:right], re.I)
    if oleh:
        return _sector_party(body, verb_end + oleh.end(), right)
    near = _sector_party(body, verb_end, right)
    if near is not None and len(body[verb_end : near.start].split()) <= _AGENT_GAP_WORDS:
        return near
    return None


def _location(record: Record, sentence: Sentence, mentions: list[Mention], used: set[int]) -> str | None:
    """A place named in the sentence (one after "di" first), else the dateline's place."""
    places = [m for m in mentions if m.entity.type in _PLACE_TYPES and m.start not in used]
    marked = [m for m in places if _PLACE_BEFORE_RE.search(record.body[max(0, m.start - 8) : m.start])]
    if marked or places:
        return (marked or places)[0].entity.canonical
    if record.dateline is not None:
        return record.dateline.canonical or record.dateline.place
    return None


def _date(record: Record, sentence: Sentence) -> str | None:
    for mention in record.dates:
        if sentence.start <= mention.start < sentence.end and mention.value:
            return mention.value[:10]
    return record.published.date if record.published else None
