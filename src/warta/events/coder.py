"""Code the events of a record's sentences: predicate, actor, recipient, voice and negation.

One pass per sentence with the lexicon's compiled alternation finds the event verbs; for each,
Indonesian voice decides direction:

* active meN- (and ber-): the subject before the verb acts, the object after it receives:
  "Polisi menangkap dua pengedar" -> actor polisi (COP);
* passive di-/ter-: the subject receives, the agent right after the verb or in an "oleh"
  phrase acts: "Pyongyang dituduh AS memasok senjata" -> actor AS (US), recipient Pyongyang (KP);
* a receiving verb ("menerima bantuan dari X"): X acts, the subject receives;
* a negator before the verb ("tidak menyerang", "belum ditangkap") or a denial verb governing it
  ("membantah menuduh") sets ``negated``; the denial itself is a REJECT event.

Parties are noun phrases of the sentence as written ("Seorang pria berusia 41 tahun",
"Menteri Luar Negeri Retno Marsudi"), with the canonical name and country of the entity they
contain; a phrase with no entity, sector word, party noun or pronoun is a thing, not a party.
A verb that only says what was requested, threatened, promised, alleged or protested against
("meminta Komnas HAM menyelidiki", "dituduh membakar hutan") is no event of its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.events.lexicon import (
    INTRANSITIVE,
    NEEDS_ACTOR,
    NEEDS_PERSON,
    PASSIVE,
    RECEIVING,
    Lexicon,
    VerbForm,
    default_lexicon,
)
from warta.events.sectors import sector_of, sector_words
from warta.lang.id import events_cues as cues
from warta.lang.id.titles import PERSON_TITLES
from warta.record import Event, EventParty, Record, Sentence
from warta.stages.dates import _alt as alternation
from warta.stages.mentions import Mention, agent_name, mentions_of

_WORD_RE = re.compile(r"[\w-]+(?:\([\w-]+\))?|[,;:.!?\"“”()]")
_NEGATED_RE = re.compile(
    rf"(?<!\w)(?:{alternation(cues.NEGATORS)})(?:\s+(?:{alternation(cues.NEGATION_FILLERS)}))*\s*$", re.I
)
_DENIAL_GAP_RE = re.compile(rf"^\s*(?:(?:{alternation(cues.DENIAL_FILLERS)})\s+)*$", re.I)
_COORDINATED_RE = re.compile(
    rf"(?:^|[\s,])(?:{alternation(cues.COORDINATORS)})\s+(?:(?:{alternation(cues.SUBJECT_TRAILERS)})\s+)*$",
    re.I,
)
_FUTURE_RE = re.compile(r"(?<!\w)(?:akan|bakal|berencana|siap)(?:\s+\w+)?\s*$", re.I)
_PLACE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{alternation(cues.PLACE_MARKERS)})\s+$", re.I)
# meN-, ber-, di-, ter-, per- shapes: a word like this inside a phrase is a verb, and ends it.
_VERB_SHAPE_RE = re.compile(r"^(?:me|mem|men|meng|meny|ber|be|ter|di|per)[a-z]{3,}$")
_NOT_VERBS = frozenset(
    "tersebut terkait terdakwa tersangka terpidana dinas direktur diplomat dirut pemerintah "
    "dirjen terduga berusia bersenjata bersama berbagai perdana bernama tertentu dikenal".split()
)
_DENIAL_ROOTS = frozenset({"bantah", "sangkal", "tampik", "tepis", "sanggah"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
# Types whose following verbs are their content ("meminta X menyelidiki", "mengancam akan membunuh").
_HEAD_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "ACCUSE", "SUPPORT", "PROTEST"})
# Types whose recipient may be a place ("menyerang Gaza", "memblokade perairan Taiwan").
_PLACE_RECIPIENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONSULT", "AID", "PROTEST"})
_COOPERATIVE_QUADS = frozenset({"verbal-cooperation", "material-cooperation"})
_MAX_PHRASE_WORDS = 12
_QUANTIFIERS = frozenset(cues.QUANTIFIERS)
_LIGHT_VERBS = frozenset(cues.LIGHT_VERBS)
_OPENERS = frozenset(cues.SUBJECT_OPENERS)
_AGENT_GAP_WORDS = 0  # a passive agent follows its verb directly ("dituduh AS", "ditahan KPK")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    party = frozenset(cues.PARTY_NOUNS) | frozenset(w.split()[0] for w in sector_words())
    return (
        party,
        frozenset(cues.PARTY_PRONOUNS),
        frozenset(cues.TARGET_NOUNS),
        frozenset(cues.SUBJECT_TRAILERS),
    )


@dataclass(frozen=True, slots=True)
class _Party:
    party: EventParty
    start: int
    end: int
    named: bool  # holds an entity


@dataclass(slots=True)
class _Clause:
    verbs: list[VerbForm]
    start: int
    end: int
    negated: bool = False
    denied_by: int | None = None  # start of the denial verb that governs this one


def _is_verb(word: str) -> bool:
    lower = word.lower()
    if word != lower or lower in _NOT_VERBS or lower in PERSON_TITLES or lower in _vocabulary()[0]:
        return False
    return bool(_VERB_SHAPE_RE.match(lower))


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
            events.extend(_SentenceCoder(self.lexicon, record, index, sentence, mentions[lo:hi]).events())
        return events


class _SentenceCoder:
    def __init__(
        self, lexicon: Lexicon, record: Record, index: int, sentence: Sentence, mentions: list[Mention]
    ) -> None:
        self.lexicon, self.record, self.index, self.sentence = lexicon, record, index, sentence
        self.body = record.body
        self.mentions = mentions
        self.breaks: list[tuple[int, int]] = []

    # -- clauses -------------------------------------------------------------------------

    def clauses(self) -> list[_Clause]:
        body = self.body
        clauses: list[_Clause] = []
        for start, end, form in self.lexicon.scan(body, self.sentence.start, self.sentence.end):
            verbs = self.lexicon.lookup(form)
            if not verbs:
                continue
            clause = _Clause(verbs, start, end)
            after = body[clause.end : clause.end + 12].split()
            if after and after[0].lower().strip(",.") in cues.NON_EVENT_AFTER:
                continue
            previous = clauses[-1] if clauses else None
            if (
                previous is not None
                and previous.verbs[0].root in _DENIAL_ROOTS
                and previous.verbs[0].voice != PASSIVE
                and _DENIAL_GAP_RE.match(body[previous.end : clause.start])
            ):
                clause.negated = True
                clause.denied_by = previous.start
            clauses.append(clause)
        return clauses

    def _break_before(self, left: int, verb_start: int) -> tuple[int, str | None]:
        """Where a verb's subject may start (after the last break before it) and that break's word."""
        word = None
        for start, end in self.breaks:
            if end > verb_start:
                break
            if start < left:
                continue
            text = self.body[start:end].lower()
            if text == "yang" and not self.body[end:verb_start].strip():
                continue  # "pria yang menyerang": the subject is before "yang"
            left, word = end, text
        return left, word

    def _right_limit(self, clause_end: int, next_start: int) -> int:
        return min([next_start] + [s for s, _ in self.breaks if s >= clause_end])

    # -- events --------------------------------------------------------------------------

    def events(self) -> list[Event]:
        clauses = self.clauses()
        if not clauses:
            return []
        self.breaks = _breaks(self.body, self.sentence.start, self.sentence.end)
        out: list[Event] = []
        subjects: list[_Party | None] = []
        content_of: Event | None = None  # a head event whose content the next verbs are
        for number, clause in enumerate(clauses):
            previous_end = clauses[number - 1].end if number else self.sentence.start
            next_start = clauses[number + 1].start if number + 1 < len(clauses) else self.sentence.end
            subject_end = clause.denied_by if clause.denied_by is not None else clause.start
            left, word = self._break_before(previous_end, subject_end)
            between = self.body[previous_end:subject_end]
            if content_of is not None and (
                word in cues.NEW_CLAUSE_BREAKS
                or "," in between
                or ";" in between
                or _COORDINATED_RE.search(between)
            ):
                content_of = None
            right = self._right_limit(clause.end, next_start)
            verb = self._choose(clause, self._right_limit(clause.end, self.sentence.end))
            if verb is None:
                subjects.append(None)
                continue
            negated = clause.negated or bool(_NEGATED_RE.search(self.body, left, clause.start))
            subject = self._subject(left, subject_end)
            # "menyerbu rumah sakit dan menangkap puluhan orang": the words before "dan" are the
            # first verb's object; both verbs share its subject.
            coordinated = bool(number and _COORDINATED_RE.search(between) and left == previous_end)
            missing = subject is None and (
                word in cues.PURPOSE_BREAKS or word in cues.NEW_CLAUSE_BREAKS or clause.denied_by is not None
            )
            if number and subjects and (coordinated or missing):
                subject = subjects[-1]
            if (
                subject is None
                and word in cues.PURPOSE_BREAKS + cues.NEW_CLAUSE_BREAKS + cues.REPORTING_VERBS
            ):
                subject = self._main_subject(left)
            subjects.append(subject)
            if clause.denied_by is not None and out and out[-1].start == clause.denied_by:
                out[-1].recipients = []
            if content_of is not None:
                # "meminta Komnas HAM menyelidiki", "berjanji akan menyalurkan bantuan kepada X"
                if not content_of.recipients and content_of.type in ("AGREE", "THREATEN"):
                    recipient = self._object(clause.end, right, verb)
                    if recipient is not None:
                        content_of.recipients = [recipient.party]
                continue
            if number and word in cues.PURPOSE_BREAKS and out:
                continue  # "dikerahkan untuk mengamankan pelantikan": the purpose, not an event
            if out and word == "yang" and not self.body[left : clause.start].strip():
                continue  # "dua warga Kanada yang ditahan sejak 2018": background, not an event
            if subject is not None and verb.voice != PASSIVE and _hazard(subject.party.text):
                continue  # disasters and accidents are no events
            actor, recipient = self._parties(verb, subject, clause, right)
            if (NEEDS_PERSON in verb.requires and recipient is None) or (
                NEEDS_ACTOR in verb.requires and actor is None
            ):
                continue
            if actor is None and recipient is None and verb.code.type not in ("MOBILIZE", "PROTEST"):
                continue
            if (
                out
                and out[-1].type == verb.code.type
                and not _separated(self.body[out[-1].end : clause.start])
            ):
                continue  # "menggelar aksi demonstrasi": one protest
            if verb.code.quad == "material-cooperation" and _FUTURE_RE.search(self.body, left, clause.start):
                # PLOVER: promised or future cooperation is AGREE ("akan tetap bekerja sama")
                verb = VerbForm(verb.form, verb.root, verb.voice, self.lexicon.codes["030"], verb.requires)
            event = self._event(verb, clause, actor, recipient, negated)
            out.append(event)
            if verb.code.type in _HEAD_TYPES and verb.root not in _DENIAL_ROOTS:
                content_of = event
        return out

    def _choose(self, clause: _Clause, right: int) -> VerbForm | None:
        """The clause's entry: the first whose required word follows the verb, else the plain one."""
        after = self.body[clause.end : max(right, clause.end)].lower()
        for verb in clause.verbs:
            words = [w for w in verb.requires if w not in (NEEDS_PERSON, NEEDS_ACTOR)]
            if not words or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", after) for w in words):
                return verb
        return None

    def _parties(
        self, verb: VerbForm, subject: _Party | None, clause: _Clause, right: int
    ) -> tuple[_Party | None, _Party | None]:
        if verb.voice == PASSIVE:
            agent = self._agent(clause.end, right)
            if verb.code.type == "MOBILIZE":  # "Ribuan personel dikerahkan": the force acts
                return agent or subject, None
            return agent, subject
        if verb.voice == RECEIVING:
            return self._marked(clause.end, right, ("dari",), False), subject
        return subject, self._object(clause.end, right, verb)

    def _event(
        self, verb: VerbForm, clause: _Clause, actor: _Party | None, recipient: _Party | None, negated: bool
    ) -> Event:
        code = verb.code
        used = [(p.start, p.end) for p in (actor, recipient) if p is not None]
        confidence = 0.3 + 0.3 * (actor is not None) + 0.3 * (recipient is not None)
        if actor is not None and recipient is not None and actor.named and recipient.named:
            confidence += 0.1
        return Event(
            type=code.type,
            cameo=code.cameo,
            quad=code.quad,
            goldstein=code.goldstein,
            sentence=self.index,
            start=clause.start,
            end=clause.end,
            mode=code.mode,
            actors=[actor.party] if actor else [],
            recipients=[recipient.party] if recipient else [],
            location=self._location(used),
            date=self._date(),
            confidence=round(min(confidence, 1.0), 2),
            negated=negated,
        )

    # -- parties -------------------------------------------------------------------------

    def _words(self, start: int, end: int) -> list[tuple[str, int, int]]:
        return [
            (m.group(0), start + m.start(), start + m.end()) for m in _WORD_RE.finditer(self.body[start:end])
        ]

    def _phrase(
        self, words: list[tuple[str, int, int]], places: bool = False, subject: bool = False
    ) -> _Party | None:
        """A party from the words of a phrase, or None when they name no party."""
        if not words:
            return None
        start, end = words[0][1], words[-1][2]
        party_nouns, pronouns, targets, _ = _vocabulary()
        lowered = [w.lower() for w, _, _ in words]
        inside = [m for m in self.mentions if start <= m.start and m.end <= end and m.is_agent]
        place = [
            m for m in self.mentions if start <= m.start and m.end <= end and m.entity.type in _PLACE_TYPES
        ]
        # A capitalised word the NER left out ("Houthi", "Imigrasi") names a subject, rarely an object.
        capitalised = subject and any(w[:1].isupper() for w, s, _ in words if s > self.sentence.start)
        partyish = any(w in party_nouns or w in pronouns or (w.endswith("nya") and w[:-3] in party_nouns)
                       for w in lowered)  # fmt: skip
        if not (
            inside or partyish or capitalised or (places and (place or any(w in targets for w in lowered)))
        ):
            return None
        text = self.body[start:end]
        chosen = inside or place
        canonical = country = None
        if chosen:
            head = chosen[0]
            if head.entity.type == "GPE" and len(chosen) > 1 and chosen[1].entity.type == "PER":
                country = head.entity.country
                head = chosen[1]
            canonical = agent_name(head.entity)
            country = head.entity.country or country
        sector = (
            sector_of(text) if not (chosen and chosen[0].entity.type == "GPE" and len(words) == 1) else None
        )
        return _Party(EventParty(text=text, canonical=canonical, country=country, sector=sector), start, end,
                      bool(chosen))  # fmt: skip

    def _subject(self, left: int, verb_start: int) -> _Party | None:
        """The subject phrase before a verb: after the last comma, trailing auxiliaries trimmed."""
        words = self._words(left, verb_start)
        commas = [i for i, w in enumerate(words) if w[0] in ",;:"]
        if commas and commas[-1] < len(words) - 1:
            words = words[commas[-1] + 1 :]
        words = [w for w in words if w[0] not in '"“”']
        trailers = _vocabulary()[3]
        untrimmed = list(words)
        while words and (
            words[-1][0].lower() in trailers or words[-1][0] in ",.()" or words[-1][0].lower() in _LIGHT_VERBS
        ):
            words.pop()
        verbs = [i for i, w in enumerate(words) if _is_verb(w[0])]
        if verbs:
            # "Gempa ... mengguncang Cianjur dan merusak": the subject of the first verb is shared;
            # "pemerintah mengklaim polisi telah menangkap": the words after the verb are the subject.
            coordinated = any(w[0].lower() in cues.COORDINATORS for w in untrimmed[verbs[-1] + 1 :])
            words = words[: verbs[0]] if coordinated else words[verbs[-1] + 1 :]
        while words and words[0][0].lower() in _OPENERS:
            words.pop(0)
        return self._phrase(words[-_MAX_PHRASE_WORDS:], subject=True)

    def _main_subject(self, before: int) -> _Party | None:
        """The subject of the main clause before a purpose or time break ("Tim Gegana ... berada di
        lokasi untuk menyelidiki"): the words before its first verb."""
        words = self._words(self.sentence.start, before)
        commas = [i for i, w in enumerate(words) if w[0] in ",;:"]
        if commas:
            words = words[commas[-1] + 1 :] or words
        for i, word in enumerate(words):
            if _is_verb(word[0]) or word[0].lower() in cues.OBJECT_STOPS and i:
                words = words[:i]
                break
        trailers = _vocabulary()[3]
        while words and words[-1][0].lower() in trailers:
            words.pop()
        return self._phrase(words[:_MAX_PHRASE_WORDS], subject=True)

    def _object_words(self, start: int, right: int) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        for word, s, e in self._words(start, right):
            lower = word.lower()
            if word in ',;:.!?"“”' or (out and (lower in cues.OBJECT_STOPS or _is_verb(word))):
                break
            if not out and (
                lower in cues.OBJECT_STOPS or lower in ("telah", "untuk", "yang") or _is_verb(word)
            ):
                break  # "Warga diminta menerapkan 3M": a verb, not an agent
            out.append((word, s, e))
            if len(out) >= _MAX_PHRASE_WORDS:
                break
        while out and out[-1][0].lower() in ("dan", "serta", "atau"):
            out.pop()
        return out

    def _object(self, verb_end: int, right: int, verb: VerbForm) -> _Party | None:
        places = verb.code.type in _PLACE_RECIPIENT_TYPES
        if verb.code.type == "MOBILIZE":
            return None  # a deployment has a force, not a recipient
        markers = ["kepada", "terhadap", "dengan", "antara"]
        if verb.code.type in ("AID", "ASSAULT", "CONSULT"):
            markers.append("ke")
        if verb.code.cameo.startswith(("171", "16")) or verb.code.type == "REJECT":
            markers.append("dari")
        marked = self._marked(verb_end, right, tuple(markers), places)
        if verb.voice == INTRANSITIVE or (marked and verb.code.quad in _COOPERATIVE_QUADS):
            return marked or self._phrase(self._object_words(verb_end, right))
        return self._phrase(self._object_words(verb_end, right), places) or marked

    def _marked(self, verb_end: int, right: int, markers: tuple[str, ...], places: bool) -> _Party | None:
        """The party after a preposition ("kepada Ukraina", "dengan Kadin", "dari BNPB")."""
        sentence_end = self.sentence.end
        for word, _, end in self._words(verb_end, min(sentence_end, max(right, verb_end) + 80)):
            if word.lower() in markers:
                return self._phrase(self._object_words(end, sentence_end), places)
            if word in ';"“”' or (word.lower() in cues.NEW_CLAUSE_BREAKS):
                break
        return None

    def _agent(self, verb_end: int, right: int) -> _Party | None:
        """A passive verb's agent: an "oleh" phrase, else the phrase right after the verb."""
        oleh = self._marked(verb_end, right, ("oleh",), False)
        if oleh is not None:
            return oleh
        words = self._object_words(verb_end, right)
        if words and words[0][0].lower() not in cues.OBJECT_STOPS:
            return self._phrase(words)
        return None

    # -- place and date ------------------------------------------------------------------

    def _location(self, used: list[tuple[int, int]]) -> str | None:
        """A place named in the sentence outside its parties (one after "di" first), else the dateline's."""
        places = [
            m
            for m in self.mentions
            if m.entity.type in _PLACE_TYPES and not any(s <= m.start < e for s, e in used)
        ]
        marked = [m for m in places if _PLACE_BEFORE_RE.search(self.body[max(0, m.start - 8) : m.start])]
        if marked or places:
            return (marked or places)[0].entity.canonical
        if self.record.dateline is not None:
            return self.record.dateline.canonical or self.record.dateline.place
        return None

    def _date(self) -> str | None:
        for mention in self.record.dates:
            if self.sentence.start <= mention.start < self.sentence.end and mention.value:
                return mention.value[:10]
        return self.record.published.date if self.record.published else None


_BREAK_WORDS = frozenset(w.lower() for w in cues.CLAUSE_BREAKS + cues.REPORTING_VERBS)
_BREAK_TOKEN_RE = re.compile(r"[\w-]+|[;:\"“”]")


def _breaks(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause-break words and quote or colon marks of a sentence, as (start, end)."""
    return [
        (m.start(), m.end())
        for m in _BREAK_TOKEN_RE.finditer(body, start, end)
        if m.group(0).lower() in _BREAK_WORDS or m.group(0) in ';:"“”'
    ]


_HAZARDS = frozenset(cues.HAZARDS)


def _hazard(text: str) -> bool:
    head = next((w for w in text.lower().split() if w not in _QUANTIFIERS), "")
    return head in _HAZARDS


def _separated(text: str) -> bool:
    """Whether two verbs are separate clauses: a comma, a conjunction or more than two words apart."""
    return "," in text or ";" in text or bool(_COORDINATED_RE.search(text + " ")) or len(text.split()) > 2
