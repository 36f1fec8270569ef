"""Accusations, denials and confirmations, with a response linked to the accusation it answers.

"Pyongyang dituduh AS memasok senjata …" is an accusation by the United States
against North Korea; a later "Tuduhan itu dibantah Korea Utara." denies it, so
the accusation's status becomes "denied". "X membenarkan …" or "X mengakui …" is
a confirmation; when it answers an open accusation (against X, or "tuduhan itu"),
that accusation becomes "confirmed".

Parties are named entities where the text names one, else the short noun phrase
in their place ("Para awak kapal", "seluruh ABK").
"""

from __future__ import annotations

import re

from warta.config import Config
from warta.lang.id import cues
from warta.lang.id.months import DAYS
from warta.lang.id.titles import PERSON_TITLES
from warta.record import Claim, Record, Sentence
from warta.stages.mentions import Mention, agent_name, mentions_of


def _verb_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?P<verb>" + alternatives + r")\b", re.I)


ACCUSE_ACTIVE_RE = _verb_re(cues.ACCUSATION_ACTIVE)
ACCUSE_PASSIVE_RE = _verb_re(cues.ACCUSATION_PASSIVE)
DENY_ACTIVE_RE = _verb_re(cues.DENIAL_ACTIVE)
DENY_PASSIVE_RE = _verb_re(cues.DENIAL_PASSIVE)
CONFIRM_ACTIVE_RE = _verb_re(cues.CONFIRMATION_ACTIVE)
CONFIRM_PASSIVE_RE = _verb_re(cues.CONFIRMATION_PASSIVE)
ACCUSATION_NOUN_RE = _verb_re(cues.ACCUSATION_NOUNS)
_MAX_SUBJECT_WORDS = 4
# ", M.M.," after a name: degrees are not the subject.
_TRAILING_DEGREES_RE = re.compile(r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.){1,4})+[\s,]*$")
_AGENT_WINDOW = 20  # characters between a passive verb and its agent ("dituduh otoritas Belanda")
_ANAPHOR_RE = re.compile(r"\b(?:itu|tersebut|ini|hal itu)\b", re.I)
_DAY_NAMES = "|".join(sorted(DAYS, key=len, reverse=True))
# A trailing ", Kamis (7/3)", ", pada Senin", ", 47" (an age) segment before the verb.
_TRAILING_ADJUNCT_RE = re.compile(
    rf",\s+(?:(?:pada\s+)?(?:{_DAY_NAMES})\b[^,]{{0,20}}|\(?\d{{1,3}}\)?(?:\s+tahun)?)\s*,?\s*$", re.I
)
# "membantah tuduhan Filipina": the accusation noun and then its author.
_NOUN_OF_RE = re.compile(r"\s+(?:" + "|".join(cues.ACCUSATION_NOUNS) + r")\s+", re.I)
# Up to three lower-case words after an accusing verb, cut before the clause's own verb.
_OBJECT_RE = re.compile(r"\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,2})\b")
# Active and passive verb forms: memalsukan, menjaga, mengambil, menyalahgunakan, dilakukan.
_VERB_LIKE_RE = re.compile(r"^(?:mem|men|meng|meny|me[lr])[a-z]{3,}$|^di[a-z]{3,}(?:kan|i)$")
_REPORTED_TO_RE = re.compile(
    r"\bke\s+(?:" + "|".join(re.escape(a) for a in cues.REPORT_AUTHORITIES) + r")\b", re.I
)
_RESPONSES = (
    ("denial", DENY_ACTIVE_RE, DENY_PASSIVE_RE, "denied"),
    ("confirmation", CONFIRM_ACTIVE_RE, CONFIRM_PASSIVE_RE, "confirmed"),
)


def find_claims(record: Record, config: Config) -> Record:
    """Fill ``record.claims``."""
    mentions = [m for m in mentions_of(record) if m.is_agent]
    claims: list[Claim] = []
    for sentence in record.sentences:
        accusation = _accusation(record.body, sentence, mentions)
        rest_start = 0
        if accusation:
            claims.append(accusation)
            rest_start = _verb_after(sentence.text)
        for kind, active, passive, status in _RESPONSES:
            response = _response(
                record.body, sentence, rest_start, mentions, kind, active, passive, status, claims
            )
            if response:
                claims.append(response)
                break
    record.claims = claims
    return record


def _verb_after(text: str) -> int:
    match = ACCUSE_PASSIVE_RE.search(text) or ACCUSE_ACTIVE_RE.search(text)
    return match.end() if match else 0


def _first_after(start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if start <= m.start < stop), None)


def _subject(body: str, sentence: Sentence, verb_start: int, mentions: list[Mention]) -> str | None:
    """The head of the subject before a verb: its first entity, else its words ("Polisi")."""
    # "Direktur Utama Perum Bulog, Haryo Wibisono, membenarkan": the subject is the last
    # comma-separated part before the verb.
    head = _TRAILING_DEGREES_RE.sub("", body[sentence.start : verb_start]).rstrip(" ,")
    # "Rusia, Kamis (7/3), menuduh …", "Slamet Riyadi, 47, menuding …": not the subject.
    while (adjunct := _TRAILING_ADJUNCT_RE.search(head)) and adjunct.start() > 0:
        head = head[: adjunct.start()].rstrip(" ,")
    verb_start = sentence.start + len(head)
    clause_start = sentence.start
    for match in re.finditer(r",\s+", head):
        clause_start = sentence.start + match.end()
    inside = [m for m in mentions if clause_start <= m.start and m.end <= verb_start]
    if inside:
        return agent_name(inside[0].entity)
    words = body[clause_start:verb_start].strip(" ,").split()
    return " ".join(words) if 0 < len(words) <= _MAX_SUBJECT_WORDS else None


def _agent(body: str, verb_end: int, stop: int, mentions: list[Mention]) -> str | None:
    """The agent after a passive verb: "dituduh AS", "dibantah oleh KPU", "dibantah Rina"."""
    found = _first_after(verb_end, min(stop, verb_end + _AGENT_WINDOW), mentions)
    if found:
        return agent_name(found.entity)
    match = re.match(r"\s+(?:oleh\s+)?(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})", body[verb_end:stop])
    return match["who"] if match else None


def _content(body: str, start: int, end: int) -> str:
    return body[start:end].strip(' ,."\u201d')


def _accusation(body: str, sentence: Sentence, mentions: list[Mention]) -> Claim | None:
    if match := ACCUSE_PASSIVE_RE.search(sentence.text):
        verb_start, verb_end = sentence.start + match.start(), sentence.start + match.end()
        target = _subject(body, sentence, verb_start, mentions)
        claimant = _agent(body, verb_end, sentence.end, mentions)
        agent_mention = _first_after(verb_end, verb_end + _AGENT_WINDOW, mentions)
        if target is None:
            return None
        content_start = agent_mention.end if agent_mention else verb_end
        content = _content(body, content_start, _clause_end(body, content_start, sentence.end))
        return Claim("accusation", claimant, target, content, "open", [sentence.text])
    if (match := ACCUSE_ACTIVE_RE.search(sentence.text)) and not _news_report(sentence.text, match):
        verb_start, verb_end = sentence.start + match.start(), sentence.start + match.end()
        claimant = _subject(body, sentence, verb_start, mentions)
        target_mention = _first_after(verb_end, verb_end + 40, mentions)
        if claimant is None:
            return None
        if target_mention is not None:
            target, target_end = agent_name(target_mention.entity), target_mention.end
        elif unnamed := _OBJECT_RE.match(body, verb_end, sentence.end):
            # "menuding pengelola terminal tidak memberi informasi": a group, not a name
            words = []
            for word in unnamed["words"].split():
                verb = _VERB_LIKE_RE.match(word) and word not in PERSON_TITLES  # not "menteri"
                if word in cues.TARGET_STOP_WORDS or verb:
                    break
                words.append(word)
            if not words or words[0] in cues.ALL_PRONOUNS:
                return None
            target = " ".join(words)
            target_end = body.index(target, verb_end) + len(target)
        else:
            return None
        content = _content(body, target_end, _clause_end(body, target_end, sentence.end))
        return Claim("accusation", claimant, target, content, "open", [sentence.text])
    return None


def _news_report(text: str, verb: re.Match[str]) -> bool:
    """ "melaporkan" without "ke <authority>" after it reports news; it accuses nobody."""
    if verb.group(0).lower() not in cues.REPORT_VERBS:
        return False
    return not _REPORTED_TO_RE.search(text, verb.end())


def _clause_end(body: str, start: int, end: int) -> int:
    """Stop the content before a trailing ", tuduhan yang dibantah …"."""
    match = re.search(r",\s+(?:tuduhan|tudingan|hal)\b", body[start:end], re.I)
    return start + match.start() if match else end


def _response(
    body: str,
    sentence: Sentence,
    offset: int,
    mentions: list[Mention],
    kind: str,
    active: re.Pattern[str],
    passive: re.Pattern[str],
    status: str,
    earlier: list[Claim],
) -> Claim | None:
    text = sentence.text
    if match := passive.search(text, offset):
        verb_end = sentence.start + match.end()
        responder = _agent(body, verb_end, sentence.end, mentions)
        about = text[offset : match.start()]
    elif match := active.search(text, offset):
        responder = _subject(body, sentence, sentence.start + match.start(), mentions)
        about = text[match.end() :]
    else:
        return None
    if responder is None:
        return None
    answered = _answered(earlier, responder, about, same_sentence=offset > 0)
    if answered is None and not passive.search(text, offset):
        answered = _denied_in_passing(body, sentence, sentence.start + match.end(), responder, mentions)
        if answered is not None:
            earlier.append(answered)
    if answered is not None:
        answered.status = status
        if sentence.text not in answered.evidence:
            answered.evidence.append(sentence.text)
    content = answered.content if answered else _content(body, sentence.start + match.end(), sentence.end)
    target = answered.claimant if answered else None
    return Claim(kind, responder, target, content, status, [sentence.text])


def _denied_in_passing(
    body: str, sentence: Sentence, verb_end: int, responder: str, mentions: list[Mention]
) -> Claim | None:
    """ "Tiongkok membantah tuduhan Filipina bahwa …": the accusation, named only in its answer."""
    noun = _NOUN_OF_RE.match(body, verb_end, sentence.end)
    if noun is None:
        return None
    accuser = _first_after(noun.end(), noun.end() + 1, mentions)
    if accuser is None or agent_name(accuser.entity) == responder:
        return None
    that = re.match(r"\s+bahwa\s+", body[accuser.end : sentence.end])
    content = _content(body, accuser.end + (that.end() if that else 0), sentence.end)
    return Claim("accusation", agent_name(accuser.entity), responder, content, "open", [sentence.text])


def _answered(earlier: list[Claim], responder: str, about: str, *, same_sentence: bool) -> Claim | None:
    """The open accusation a response answers: same sentence, against the responder, or "tuduhan itu"."""
    accusations = [c for c in earlier if c.type == "accusation" and c.status == "open"]
    if same_sentence and accusations:
        return accusations[-1]
    refers_back = bool(ACCUSATION_NOUN_RE.search(about) and _ANAPHOR_RE.search(about))
    for claim in reversed(accusations):
        if claim.target == responder or refers_back:
            return claim
    return None
