"""Accusations, denials and confirmations, with a denial linked to the accusation it answers.

"Pyongyang dituduh AS memasok senjata …" is an accusation by the United States
against North Korea; a later "Tuduhan itu dibantah Korea Utara." denies it, so
the accusation's status becomes "denied".
"""

from __future__ import annotations

import re

from warta.config import Config
from warta.lang.id import cues
from warta.record import Claim, Record, Sentence
from warta.stages.mentions import Mention, agent_name, mentions_of


def _verb_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I
    )


ACCUSE_ACTIVE_RE = _verb_re(cues.ACCUSATION_ACTIVE)
ACCUSE_PASSIVE_RE = _verb_re(cues.ACCUSATION_PASSIVE)
DENY_ACTIVE_RE = _verb_re(cues.DENIAL_ACTIVE)
DENY_PASSIVE_RE = _verb_re(cues.DENIAL_PASSIVE)
CONFIRM_ACTIVE_RE = _verb_re(cues.CONFIRMATION_ACTIVE)
CONFIRM_PASSIVE_RE = _verb_re(cues.CONFIRMATION_PASSIVE)
ACCUSATION_NOUN_RE = _verb_re(cues.ACCUSATION_NOUNS)
_MAX_SUBJECT_WORDS = 4
_ANAPHOR_RE = re.compile(r"\b(?:itu|tersebut|ini)\b", re.I)


def find_claims(record: Record, config: Config) -> Record:
    """Fill ``record.claims``."""
    mentions = [m for m in mentions_of(record) if m.is_agent]
    claims: list[Claim] = []
    for sentence in record.sentences:
        claim = _accusation(record.body, sentence, mentions)
        if claim:
            claims.append(claim)
            continue
        for kind, active, passive in (
            ("denial", DENY_ACTIVE_RE, DENY_PASSIVE_RE),
            ("confirmation", CONFIRM_ACTIVE_RE, CONFIRM_PASSIVE_RE),
        ):
            response = _response(record.body, sentence, mentions, kind, active, passive, claims)
            if response:
                claims.append(response)
                break
    record.claims = claims
    return record


def _first_after(start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if start <= m.start < stop), None)


def _last_before(start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    found = None
    for mention in mentions:
        if start <= mention.start and mention.end <= stop:
            found = mention
    return found


def _content(body: str, start: int, end: int) -> str:
    return body[start:end].strip(' ,."\u201d')


def _accusation(body: str, sentence: Sentence, mentions: list[Mention]) -> Claim | None:
    if match := ACCUSE_PASSIVE_RE.search(sentence.text):
        verb_start, verb_end = sentence.start + match.start(), sentence.start + match.end()
        target = _last_before(sentence.start, verb_start, mentions)
        after = body[verb_end : verb_end + 8]
        claimant = _first_after(
            verb_end, verb_end + 12 + (5 if after.strip().startswith("oleh") else 0), mentions
        )
        if target is None:
            return None
        content_start = claimant.end if claimant else verb_end
        return Claim(
            "accusation",
            agent_name(claimant.entity) if claimant else None,
            agent_name(target.entity),
            _content(body, content_start, sentence.end),
            "open",
            [sentence.text],
        )
    if match := ACCUSE_ACTIVE_RE.search(sentence.text):
        verb_start, verb_end = sentence.start + match.start(), sentence.start + match.end()
        claimant = _last_before(sentence.start, verb_start, mentions)
        target = _first_after(verb_end, verb_end + 40, mentions)
        subject = _subject_phrase(body[sentence.start : verb_start])
        if target is None or (claimant is None and subject is None):
            return None
        claimant_name = agent_name(claimant.entity) if claimant else subject
        return Claim(
            "accusation",
            claimant_name,
            agent_name(target.entity),
            _content(body, target.end, sentence.end),
            "open",
            [sentence.text],
        )
    return None


def _subject_phrase(text: str) -> str | None:
    """A short unnamed subject ("Polisi", "Jaksa penuntut umum") before the verb."""
    words = text.strip(" ,").split()
    return " ".join(words) if 0 < len(words) <= _MAX_SUBJECT_WORDS else None


def _response(
    body: str,
    sentence: Sentence,
    mentions: list[Mention],
    kind: str,
    active: re.Pattern[str],
    passive: re.Pattern[str],
    earlier: list[Claim],
) -> Claim | None:
    if match := passive.search(sentence.text):
        verb_end = sentence.start + match.end()
        who = _first_after(verb_end, verb_end + 12, mentions)
        about = sentence.text[: match.start()]
    elif match := active.search(sentence.text):
        who = _last_before(sentence.start, sentence.start + match.start(), mentions)
        about = sentence.text[match.end() :]
    else:
        return None
    if who is None:
        return None
    responder = agent_name(who.entity)
    answered = _answered(earlier, responder, about)
    status = "denied" if kind == "denial" else "confirmed"
    if answered is None and kind == "confirmation" and not ACCUSATION_NOUN_RE.search(about):
        return None  # "mengakui" without an accusation is ordinary speech, left to the quote stage
    if answered is not None:
        answered.status = status
        answered.evidence.append(sentence.text)
    content = answered.content if answered else _content(body, sentence.start + match.end(), sentence.end)
    target = answered.claimant if answered else None
    return Claim(kind, responder, target, content, status, [sentence.text])


def _answered(earlier: list[Claim], responder: str, about: str) -> Claim | None:
    """The open accusation this response answers: one against the responder, or "tuduhan itu"."""
    accusations = [c for c in earlier if c.type == "accusation"]
    refers_back = bool(ACCUSATION_NOUN_RE.search(about) and _ANAPHOR_RE.search(about))
    for claim in reversed(accusations):
        if claim.target == responder or refers_back:
            return claim
    return None
