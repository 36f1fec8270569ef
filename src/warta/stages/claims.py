"""Accusations, denials and confirmations, with each response linked to the accusation it answers.

"Pyongyang dituduh AS memasok senjata …" is an accusation by the United States against North
Korea; a later "Tuduhan itu dibantah Korea Utara." denies it. The rules:

- a sentence is cut into clauses ("…, sementara Moskow menuding Kyiv …") and each clause may
  hold an accusation; a clause that negates ("tidak menuduh") or asks ("Apakah Anda menuduh …?")
  holds none;
- the claimant is the agent of a passive verb ("dituduh AS", "… oleh sejumlah warga"), the
  subject of an active one, or the source that reports it ("Menurut X, …", "…, kata X");
- a party is the entity the text names, else the noun phrase in its place ("Sejumlah ormas",
  "seluruh ABK"); a person with a title chain is the person ("Kapolda … Irjen Karyoto" ->
  Karyoto); never a clause fragment;
- a denial or confirmation answers the accusation it shares most with: its target is the
  responder, its claimant is named in the response ("tudingan Moskow itu"), their contents share
  words; "tuduhan itu" points back to the latest; nearness only breaks ties;
- an accusation's status is derived from the responses linked to it, so an "open" accusation
  never has a denial under it; the accused's own answer decides when answers differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.config import Config
from warta.lang.id import cues
from warta.lang.id.months import DAYS
from warta.lang.id.titles import PERSON_TITLES
from warta.record import Claim, Record, Sentence
from warta.stages.dates import _alt
from warta.stages.mentions import Mention, agent_name, mentions_of


def _verb_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?P<verb>" + _alt(words) + r")\b", re.I)


ACCUSE_ACTIVE_RE = _verb_re(cues.ACCUSATION_ACTIVE)
ACCUSE_PASSIVE_RE = _verb_re(cues.ACCUSATION_PASSIVE)
DENY_ACTIVE_RE = _verb_re(cues.DENIAL_ACTIVE)
DENY_PASSIVE_RE = _verb_re(cues.DENIAL_PASSIVE)
CONFIRM_ACTIVE_RE = _verb_re(cues.CONFIRMATION_ACTIVE)
CONFIRM_PASSIVE_RE = _verb_re(cues.CONFIRMATION_PASSIVE)
ACCUSATION_NOUN_RE = _verb_re(cues.ACCUSATION_NOUNS)
_VERDICT_RE = re.compile(
    rf"\b(?P<verb>(?:{_alt(cues.VERDICT_SUBJECTS)})\s+(?:itu|tersebut|ini)\b(?:\s+\w+){{0,3}}?\s+"
    rf"(?:sebagai\s+|adalah\s+)?(?:{_alt(cues.DENIAL_VERDICTS)}))\b",
    re.I,
)
_MAX_SUBJECT_WORDS = 7
_MAX_OBJECT_WORDS = 5
# ", M.M.," after a name: degrees are not the subject.
_TRAILING_DEGREES_RE = re.compile(r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.){1,4})+[\s,]*$")
_AGENT_WINDOW = 24  # characters between a passive verb and its agent ("dituduh otoritas Belanda")
_ANAPHOR_RE = re.compile(r"\b(?:itu|tersebut|ini|hal itu)\b|nya\b", re.I)
_DAY_NAMES = _alt(DAYS)
# A trailing ", Kamis (7/3)", ", pada Senin", ", 47" (an age) segment before the verb.
_TRAILING_ADJUNCT_RE = re.compile(
    rf",\s+(?:(?:pada\s+)?(?:{_DAY_NAMES})\b[^,]{{0,20}}|\(?\d{{1,3}}\)?(?:\s+tahun)?)\s*,?\s*$", re.I
)
_OBJECT_NOUN_RE = re.compile(rf"\s+(?:(?:{_alt(cues.RESPONSE_OBJECTS)})\s+)(?!itu\b|tersebut\b)", re.I)
_OBJECT_RE = re.compile(r"\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})\b")
# Active and passive verb forms: memalsukan, menjaga, mengambil, menyalahgunakan, dilakukan.
_VERB_LIKE_RE = re.compile(r"^(?:mem|men|meng|meny|me[lr]|ber)[a-z]{3,}$|^di[a-z]{3,}(?:kan|i)?$")
_REPORTED_TO_RE = re.compile(rf"\bke\s+(?:{_alt(cues.REPORT_AUTHORITIES)})\b", re.I)
_CLAUSE_BREAK_RE = re.compile(rf"(?:{_alt(cues.CLAUSE_BREAKS)})\s*", re.I)
_OPENER_RE = re.compile(rf"(?:(?:{_alt(cues.CLAUSE_OPENERS)})\b[\s,]*)+", re.I)
_NEGATION_RE = re.compile(rf"\b(?:{_alt(cues.NEGATIONS)})\s+(?:\w+\s+)?$", re.I)
_QUESTION_RE = re.compile(rf"^\W*(?:{_alt(cues.QUESTION_WORDS)})\b", re.I)
# "Menurut X, …" and "Kata X, …" open a sentence with its source.
_ACCORDING_RE = re.compile(
    rf"^\W*(?:{_alt((*cues.ACCORDING_TO, 'kata', 'ujar'))})\s+(?P<who>[^,]{{1,80}}),", re.I
)
_POST_CUE_RE = re.compile(rf",\s*(?:{_alt(cues.CUES_BEFORE_NAME)})\s+(?P<who>[^,.]{{2,80}})", re.I)
_AGENT_OLEH_RE = re.compile(
    r"\s+oleh\s+(?P<who>[^,.]{2,60}?)(?=\s+(?:karena|atas|yang|dan|pada|di)\b|[,.]|$)"
)
_REPORTING_RE = re.compile(rf"\b(?:{_alt(cues.PRE_CUES)})(?:\s+bahwa)?\s+|\bbahwa\s+", re.I)
_CONFIRMED_EVENT_RE = re.compile(rf"\s+(?:{_alt(cues.CONFIRMED_EVENTS)})\b", re.I)
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w.'()&/-]*(?:\s+(?:[A-Z][\w.'()&/-]*|dan|bin|binti))*(?<!\s)")
_SUSPECT_RE = re.compile(
    rf"\b(?P<verb>{_alt(cues.NAMING_SUSPECT_VERBS)})\s+(?P<who>[^,.]{{2,80}}?)\s+sebagai\s+"
    rf"(?P<role>(?:{_alt(cues.SUSPECT_ROLES)})\b[^,.]*)",
    re.I,
)
_SOURCE_VERB_RE = re.compile(rf"\s(?:{_alt(cues.FINDING_VERBS)})\b", re.I)
_STATUS_OF = {"denial": "denied", "confirmation": "confirmed"}


@dataclass(slots=True)
class _Clause:
    start: int  # body offsets
    end: int
    sentence: Sentence


@dataclass(slots=True)
class _Found:
    claim: Claim
    clause: _Clause
    verb_start: int
    verb_end: int
    about: str = ""  # the response's words about what it answers ("tudingan Moskow itu")
    answered: Claim | None = None
    index: int = 0  # the sentence's position in the record
    event: bool = False  # "membenarkan adanya …": confirms an event, a claim only beside an accusation
    named: Claim | None = None  # "membantah tuduhan Bolsonaro": the accusation the denial names
    points_back: bool = False  # "membantahnya": the verb itself refers to what it answers


def find_claims(record: Record, config: Config) -> Record:
    """Fill ``record.claims``."""
    mentions = [m for m in mentions_of(record) if m.is_agent]
    found: list[_Found] = []
    body = record.body
    for index, sentence in enumerate(record.sentences):
        if _QUESTION_RE.search(sentence.text) and "?" in sentence.text:
            continue  # "Apakah Anda menuduh pemerintah berbohong?"
        sentence_found: list[_Found] = []
        for clause in _clauses(sentence):
            accusation = _accusation(body, clause, mentions)
            if accusation:
                sentence_found.append(accusation)
        for clause in _clauses(sentence):
            response = _response(body, clause, mentions, sentence_found)
            if response:
                sentence_found.append(response)
        sentence_found.sort(key=lambda f: f.verb_start)
        for item in sentence_found:
            item.index = index
        for item in sentence_found:
            if item.claim.type != "accusation":
                _link(item, [f for f in found if f.claim.type == "accusation"], sentence_found)
            found.append(item)
    if not any(f.claim.type == "accusation" for f in found):
        # "membenarkan adanya ledakan" confirms an event; beside an accusation it may answer it.
        found = [f for f in found if not f.event]
    claims = _ordered(found)
    record.claims = claims
    return record


def _ordered(found: list[_Found]) -> list[Claim]:
    """Claims in text order (an accusation named only in its denial comes first), ids and links set,
    and each accusation's status derived from the responses that answer it."""
    claims: list[Claim] = []
    answered_by: dict[int, Claim] = {}
    for item in found:
        if item.claim.type == "denial" and item.answered is not None and item.answered not in claims:
            claims.append(item.answered)  # "membantah tuduhan Bolsonaro": the accusation it names
        if item.claim not in claims:
            claims.append(item.claim)
        if item.answered is not None:
            answered_by[id(item.claim)] = item.answered
    positions = {id(claim): index for index, claim in enumerate(claims)}
    for index, claim in enumerate(claims):
        claim.id = index
        answered = answered_by.get(id(claim))
        claim.answers = positions.get(id(answered)) if answered is not None else None
        if answered is not None:
            claim.target = answered.claimant
    for claim in claims:
        if claim.type != "accusation":
            continue
        responses = [c for c in claims if c.answers == claim.id]
        own = [c for c in responses if claim.target is not None and c.claimant == claim.target]
        decisive = own or [c for c in responses if c.type == "denial"] or responses
        claim.status = _STATUS_OF[decisive[-1].type] if decisive else "open"
        for response in responses:
            evidence = response.evidence[0] if response.evidence else ""
            if evidence and evidence not in claim.evidence:
                claim.evidence.append(evidence)
    for claim in claims:
        if claim.type != "accusation":
            claim.status = _STATUS_OF[claim.type]
    return claims


def _clauses(sentence: Sentence) -> list[_Clause]:
    cuts = [sentence.start] + [sentence.start + m.start() for m in _CLAUSE_BREAK_RE.finditer(sentence.text)]
    ends = cuts[1:] + [sentence.end]
    return [_Clause(a, b, sentence) for a, b in zip(cuts, ends, strict=True) if b > a]


def _clause_start(body: str, clause: _Clause) -> int:
    """Where the clause's own words begin, after its comma and opener ("Namun", "sementara")."""
    text = body[clause.start : clause.end]
    lead = re.match(r"[\s,;]*", text)
    at = clause.start + (lead.end() if lead else 0)
    opener = _OPENER_RE.match(body, at, clause.end)
    return opener.end() if opener else at


def _negated(body: str, clause_start: int, verb_start: int) -> bool:
    return bool(_NEGATION_RE.search(body[max(clause_start, verb_start - 20) : verb_start]))


def _party_before(body: str, clause: _Clause, verb_start: int, mentions: list[Mention]) -> str | None:
    """The subject before a verb: the person a title chain ends with, the entity that opens it,
    else its words ("Sejumlah ormas", "Anggota DPR dari Fraksi PDI Perjuangan")."""
    start = _clause_start(body, clause)
    head = _TRAILING_DEGREES_RE.sub("", body[start:verb_start]).rstrip(" ,")
    # "Rusia, Kamis (7/3), menuduh …", "Slamet Riyadi, 47, menuding …": not the subject.
    while (adjunct := _TRAILING_ADJUNCT_RE.search(head)) and adjunct.start() > 0:
        head = head[: adjunct.start()].rstrip(" ,")
    # "Polri menyatakan seorang anggota … dituduh": the subject follows the reporting verb.
    for reporting in _REPORTING_RE.finditer(head):
        start, head = start + reporting.end(), head[reporting.end() :]
    # "Direktur Utama Perum Bulog, Haryo Wibisono, membenarkan": the last comma-separated part.
    for comma in re.finditer(r",\s+", head):
        if head[comma.end() :].strip():
            start, head = start + comma.end(), head[comma.end() :]
    head = head.rstrip(" ,")
    # "Polisi menangkap dua pria yang diduga mencuri …": the noun phrase the relative clause
    # qualifies, after the main clause's verb.
    if head.endswith(" yang"):
        # Only after a finding ("menemukan", "menangkap"); "mengakui ada staf yang diduga …"
        # is part of an answer, not an accusation of its own.
        head = head[: -len(" yang")]
        words = head.split()
        verbs = [i for i, w in enumerate(words) if w.lower() in cues.FINDING_VERBS]
        if not verbs:
            return None
        cut = len(" ".join(words[: verbs[-1] + 1])) + 1
        start, head = start + cut, head[cut:]
    end = start + len(head)
    if not head.strip():
        return None
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    people = [m for m in inside if m.entity.type == "PER"]
    if people and end - people[-1].end <= 2:
        return agent_name(people[-1].entity)  # "Kapolda Metro Jaya Irjen Karyoto"
    words = head.split()
    if inside and inside[0].start == start and not (people and len(words) <= _MAX_SUBJECT_WORDS):
        return agent_name(_outermost(inside).entity)
    if 0 < len(words) <= _MAX_SUBJECT_WORDS and not _fragment(words):
        return head  # "Sejumlah ormas", "Tim kuasa hukum paslon"
    return agent_name(_outermost(inside).entity) if inside else None


def _outermost(inside: list[Mention]) -> Mention:
    """Of the names opening a subject, the longest: "Kementerian Pertahanan Jepang", not "Jepang"."""
    first = inside[0]
    covering = [m for m in inside if m.start == first.start]
    return max(covering, key=lambda m: m.end)


def _fragment(words: list[str]) -> bool:
    """A clause fragment, not a noun phrase: it holds a verb ("mengatakan tulisan itu")."""
    return (
        any(
            _VERB_LIKE_RE.match(w.lower()) and w.lower() not in PERSON_TITLES
            for w in words
            if w[:1].islower()
        )
        or words[-1].lower() in cues.TARGET_STOP_WORDS
    )


def _agent_after(
    body: str, verb_end: int, stop: int, mentions: list[Mention], *, unnamed: bool = False
) -> tuple[str, int] | None:
    """The agent right after a passive verb: "dituduh AS", "dibantah oleh KPU", "dituduh warga"."""
    window = min(stop, verb_end + _AGENT_WINDOW)
    near = next((m for m in mentions if verb_end <= m.start < window), None)
    gap = body[verb_end : near.start].strip(" ,").lower().split() if near else []
    # "dituduh otoritas Belanda", "dibenarkan kuasa hukumnya, Andi Pratama": role words may lead.
    if near and len(gap) <= 3 and not any(_VERB_LIKE_RE.match(w) for w in gap if w != "oleh"):
        people = [m for m in mentions if near.start <= m.start and m.end <= stop and m.entity.type == "PER"]
        chain = body[near.start : people[0].start] if people else ""
        if people and re.fullmatch(r"[A-Z][\w.'()&-]*(?:\s+[A-Z][\w.'()&-]*)*\s*", chain):
            near = people[0]  # "dibantah Menteri Luar Negeri Retno Marsudi": the person
        return agent_name(near.entity), near.end
    match = re.match(
        r"\s+(?:oleh\s+)?(?P<who>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})|(?:sejumlah|para|beberapa)\s+[a-z]+|warga|warganet|jaksa|polisi|penyidik)\b",
        body[verb_end:stop],
    )
    if match is None and not unnamed:
        return None
    if match is None:
        # "dibantah pejabatnya", "dibantah pihak sekolah": an unnamed party as written (after a
        # response verb only; after "diduga" a lower-case word is the allegation: "diduga ikut").
        match = re.match(r"\s+(?:oleh\s+)?(?P<who>[a-z]+(?:\s+[a-z]+)?)\b", body[verb_end:stop])
        words = match["who"].split() if match else []
        while words and (words[-1] in cues.TARGET_STOP_WORDS or _VERB_LIKE_RE.match(words[-1])):
            words.pop()
        if match is None or not words or words[0] in cues.TARGET_STOP_WORDS or _VERB_LIKE_RE.match(words[0]):
            return None
        who = " ".join(words)
        return who, verb_end + match.start("who") + len(who)
    return match["who"], verb_end + match.end()


def _reported_by(body: str, clause: _Clause, mentions: list[Mention]) -> str | None:
    """The source of a reported accusation: "Menurut X, …" or "…, kata X"."""
    sentence = clause.sentence
    according = _ACCORDING_RE.match(sentence.text)
    if according:
        who_start = sentence.start + according.start("who")
        return _named_in(body, who_start, sentence.start + according.end("who"), mentions) or according["who"]
    post = _POST_CUE_RE.search(body, clause.start, sentence.end)
    if post:
        return _named_in(body, post.start("who"), post.end("who"), mentions) or _role(post["who"])
    return None


def _source_before(body: str, clause: _Clause, verb_start: int, mentions: list[Mention]) -> str | None:
    """Who vouches for a passive allegation before it in the clause: the subject of a finding
    ("Satgas Pangan menemukan 4 gudang yang diduga menimbun beras"). A reporting verb's subject
    is not ("Polri menyatakan seorang anggota … dituduh …" has no claimant)."""
    start = _clause_start(body, clause)
    head = body[start:verb_start]
    source = _SOURCE_VERB_RE.search(head)
    if source is None:
        return None
    subject_end = start + source.start()
    words = body[start:subject_end].strip(" ,").split()
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    return _party_before(body, clause, subject_end, mentions)


def _named_in(body: str, start: int, end: int, mentions: list[Mention]) -> str | None:
    """The person named in a source phrase, else the entity that is the whole phrase."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    people = [m for m in inside if m.entity.type == "PER"]
    if people:
        return agent_name(people[0].entity)
    phrase = body[start:end].strip()
    whole = [m for m in inside if body[m.start : m.end] == phrase]
    return agent_name(whole[0].entity) if whole else None


def _role(words: str) -> str | None:
    cleaned = words.strip().rstrip(".")
    return cleaned if 0 < len(cleaned.split()) <= 4 else None


def _object_after(body: str, verb_end: int, stop: int, mentions: list[Mention]) -> tuple[str, int] | None:
    """The target after an accusing verb: the entity that follows it, or the noun phrase
    ("para menteri", "selebgram itu"), cut before the clause's own verb."""
    gap = re.match(r"\s*", body[verb_end:stop])
    at = verb_end + (gap.end() if gap else 0)
    if body[verb_end - 3 : verb_end].lower() == "nya":
        return "-nya", verb_end  # "menuduhnya melakukan …": the pronoun as written
    run = _CAPITALISED_RUN_RE.match(body, at, stop)
    if run is not None:
        inside = [m for m in mentions if at <= m.start and m.end <= run.end()]
        people = [m for m in inside if m.entity.type == "PER"]
        if people:
            return agent_name(people[0].entity), people[0].end  # "menuduh Menteri Agama Yaqut …"
        if inside and inside[0].start == at:
            named = _outermost(inside)
            return agent_name(named.entity), named.end
        return run.group(0), run.end()  # "menuduh Bupati Sidoarjo": the office as written
    phrase = _OBJECT_RE.match(body, verb_end, stop)
    if phrase is None:
        return None
    words: list[str] = []
    for word in phrase["words"].split():
        if word in cues.ALL_PRONOUNS:
            words.append(word)  # "menuding mereka memalsukan …": the pronoun as written
            break
        if word in cues.TARGET_STOP_WORDS or (_VERB_LIKE_RE.match(word) and word not in PERSON_TITLES):
            break
        words.append(word)
        if len(words) >= _MAX_OBJECT_WORDS:
            break
    if not words:
        return None
    end = body.index(words[-1], verb_end) + len(words[-1])
    # "seorang anggota Polres Jakarta Barat": a named part may close the phrase.
    tail = next((m for m in mentions if end < m.start <= end + 1), None)
    if tail is not None and tail.end <= stop:
        end = tail.end
    return body[at:end], end


def _content(body: str, start: int, end: int) -> str:
    """The accused act: to the clause's end, before ", kata X", " oleh X", ", tuduhan yang …"."""
    text = body[start:end]
    stops = [
        m.start()
        for pattern in (_POST_CUE_RE, _AGENT_OLEH_RE, re.compile(r",\s+(?:tuduhan|tudingan|hal)\b", re.I))
        if (m := pattern.search(text))
    ]
    if stops:
        text = text[: min(stops)]
    return text.strip(' ,."\u201d')


def _named_suspect(body: str, clause: _Clause, mentions: list[Mention]) -> _Found | None:
    """ "Kejaksaan Negeri Medan menetapkan Kepala Dinas Perhubungan sebagai tersangka korupsi …":
    a formal accusation by the legal body against the named suspect."""
    match = _SUSPECT_RE.search(body, clause.start, clause.end)
    if match is None or _negated(body, _clause_start(body, clause), match.start()):
        return None
    claimant = _party_before(body, clause, match.start(), mentions)
    target = match["who"].strip()
    inside = [m for m in mentions if match.start("who") <= m.start and m.end <= match.end("who")]
    people = [m for m in inside if m.entity.type == "PER"]
    if people:
        target = agent_name(people[-1].entity)
    if claimant is None or not target:
        return None
    content = _content(body, match.start("role"), clause.end)
    claim = Claim("accusation", claimant, target, content, "open", [clause.sentence.text])
    return _Found(claim, clause, match.start(), match.end("verb"))


def _accusation(body: str, clause: _Clause, mentions: list[Mention]) -> _Found | None:
    if suspect := _named_suspect(body, clause, mentions):
        return suspect
    text = body[clause.start : clause.end]
    sentence = clause.sentence
    passive = ACCUSE_PASSIVE_RE.search(text)
    active = ACCUSE_ACTIVE_RE.search(text)
    clause_start = _clause_start(body, clause)
    if passive and not (active and active.start() < passive.start()):
        verb_start, verb_end = clause.start + passive.start(), clause.start + passive.end()
        if _negated(body, clause_start, verb_start):
            return None
        if passive["verb"].lower() in cues.REPORT_VERBS and not _REPORTED_TO_RE.search(
            body, verb_end, clause.end
        ):
            return None  # "dilaporkan tewas": news, not a complaint
        target = _party_before(body, clause, verb_start, mentions)
        if target is None:
            return None
        agent = _agent_after(body, verb_end, clause.end, mentions)
        content_start = verb_end
        claimant = None
        if agent and not _REPORTED_TO_RE.match(body, verb_end + 1):
            claimant, content_start = agent
            if claimant.lower() in cues.ALL_PRONOUNS or _VERB_LIKE_RE.match(claimant.lower()):
                claimant, content_start = None, verb_end
        if reported_to := _REPORTED_TO_RE.match(body, verb_end + 1):
            content_start = reported_to.end()
        if claimant is None:
            oleh = _AGENT_OLEH_RE.search(body, verb_end, sentence.end)
            claimant = oleh["who"].strip() if oleh else _reported_by(body, clause, mentions)
        if claimant is None:
            claimant = _source_before(body, clause, verb_start, mentions)
        content = _content(body, content_start, clause.end)
        claim = Claim("accusation", claimant, target, content, "open", [sentence.text])
        return _Found(claim, clause, verb_start, verb_end)
    if active:
        verb_start, verb_end = clause.start + active.start(), clause.start + active.end()
        if _negated(body, clause_start, verb_start):
            return None
        if active["verb"].lower() in cues.REPORT_VERBS and not _REPORTED_TO_RE.search(
            body, verb_end, clause.end
        ):
            return None  # "Xinhua melaporkan …" reports news
        claimant = _party_before(body, clause, verb_start, mentions)
        found = _object_after(body, verb_end, clause.end, mentions)
        if claimant is None or found is None:
            return None
        target, target_end = found
        if claimant == target:
            return None
        if _reported := _reported_by(body, clause, mentions):
            claimant = _reported  # "Pemerintah Myanmar menuduh …, kata juru bicara junta Zaw Min Tun"
        content = _content(body, target_end, clause.end)
        if reported_to := _REPORTED_TO_RE.match(body, target_end + 1):
            content = _content(body, reported_to.end(), clause.end)
        claim = Claim("accusation", claimant, target, content, "open", [sentence.text])
        return _Found(claim, clause, verb_start, verb_end)
    return None


def _response(body: str, clause: _Clause, mentions: list[Mention], same: list[_Found]) -> _Found | None:
    text = body[clause.start : clause.end]
    taken = [(f.verb_start, f.verb_end) for f in same if f.clause.start == clause.start]
    for kind, active, passive in (
        ("denial", DENY_ACTIVE_RE, DENY_PASSIVE_RE),
        ("confirmation", CONFIRM_ACTIVE_RE, CONFIRM_PASSIVE_RE),
    ):
        candidates = [("passive", m) for m in passive.finditer(text)] + [
            ("active", m) for m in active.finditer(text)
        ]
        if kind == "denial":
            candidates += [("verdict", m) for m in _VERDICT_RE.finditer(text)]
        for voice, match in sorted(candidates, key=lambda c: c[1].start()):
            verb_start, verb_end = clause.start + match.start(), clause.start + match.end()
            if any(a <= verb_start < b for a, b in taken):
                continue
            if _negated(body, _clause_start(body, clause), verb_start) and kind == "denial":
                continue  # "tidak membantah"
            event = False
            if voice == "passive":
                agent = _agent_after(body, verb_end, clause.end, mentions, unnamed=True)
                responder = agent[0] if agent else None
                about = body[_clause_start(body, clause) : verb_start]
                content = about.strip(" ,")
            else:
                event = kind == "confirmation" and bool(_CONFIRMED_EVENT_RE.match(body, verb_end))
                subject_end = verb_start
                if voice == "verdict":  # "X menyebut tuduhan itu fitnah": the subject precedes the verb
                    said = re.search(r"(\S+)\s+$", body[clause.start : verb_start])
                    if said and _VERB_LIKE_RE.match(said.group(1).lower()):
                        subject_end = clause.start + said.start()
                responder = _party_before(body, clause, subject_end, mentions)
                about = match.group(0) if voice == "verdict" else body[verb_end : clause.end]
                content = _content(body, verb_end, clause.end) or match["verb"]
            # "namun tuduhan itu dibantah": a denial with no named responder still answers.
            unnamed_denial = voice == "passive" and bool(ACCUSATION_NOUN_RE.search(about))
            if responder is None and not unnamed_denial:
                continue
            claim = Claim(kind, responder, None, content, _STATUS_OF[kind], [clause.sentence.text])
            response = _Found(claim, clause, verb_start, verb_end, about)
            response.event = voice != "passive" and event
            response.points_back = match["verb"].lower().endswith("nya")  # "membantahnya"
            if kind == "denial" and voice == "active" and responder is not None:
                response.named = _named_accusation(body, verb_end, clause.end, responder, mentions)
            return response
    return None


def _named_accusation(
    body: str, verb_end: int, stop: int, responder: str, mentions: list[Mention]
) -> Claim | None:
    """ "membantah tuduhan Bolsonaro (bahwa …)": the accusation, named only in its denial."""
    noun = re.match(
        rf"\s+(?:tegas\s+|keras\s+)?(?:{_alt(cues.ACCUSATION_NOUNS)})\s+", body[verb_end:stop], re.I
    )
    if noun is None:
        return None
    at = verb_end + noun.end()
    that = re.match(r"bahwa\s+", body[at:stop])
    if that is not None:
        # "membantah tudingan bahwa Istana mengintervensi MK": an accusation nobody is named for.
        rest_start = at + that.end()
        claim_text = _content(body, rest_start, stop)
        subject = re.match(r"(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|\w+(?:\s+\w+)?)\s+", claim_text)
        if subject is None:
            return None
        content = claim_text[subject.end() :]
        return Claim("accusation", None, subject["who"], content, "open", [])
    accuser = next((m for m in mentions if m.start == at), None)
    if accuser is not None:
        name, name_end = agent_name(accuser.entity), accuser.end
    else:
        word = re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}", body[at:stop])
        if word is None:
            return None
        name, name_end = word.group(0), at + word.end()
    if name == responder:
        return None
    that = re.match(r"\s+bahwa\s+", body[name_end:stop])
    content = _content(body, name_end + that.end(), stop) if that else body[verb_end:name_end].strip()
    return Claim("accusation", name, responder, content, "open", [])


def _link(response: _Found, accusations: list[_Found], same: list[_Found]) -> None:
    """Choose the accusation a response answers.

    A named accusation ("membantah tudingan Moskow itu") is the earlier one by that claimant if the
    text has it, else a new one. Otherwise the accusation sharing most with the response (its
    target answers, its claimant is named, their contents share words) wins; "tuduhan itu" and
    "membantahnya" point back; with no evidence at all, the latest accusation of the last two
    sentences is the one answered.
    """
    earlier = accusations + [
        f for f in same if f.claim.type == "accusation" and f.verb_start < response.verb_start
    ]
    # "membenarkan bahwa tersangka diduga memeras …": the accusation inside the response.
    earlier += [f for f in same if f.claim.type == "accusation" and f.verb_start > response.verb_start]
    if response.named is not None:
        named = response.named
        by_claimant = [f.claim for f in earlier if _same_name(f.claim.claimant, named.claimant)]
        response.answered = by_claimant[-1] if by_claimant else named
        response.answered.evidence.append(response.claim.evidence[0])
        return
    if not earlier:
        return
    about = response.about.lower()
    refers_back = response.points_back or bool(ACCUSATION_NOUN_RE.search(about) or _ANAPHOR_RE.search(about))
    best: tuple[float, int] | None = None
    chosen = None
    for order, candidate in enumerate(earlier):
        claim = candidate.claim
        score = 0.0
        if claim.target and _same_name(claim.target, response.claim.claimant):
            score += 2  # the accused answers
        if claim.claimant and re.search(rf"\b{re.escape(claim.claimant.lower())}\b", about):
            score += 2  # "tudingan Moskow itu"
        score += _shared_words(claim.content, response.claim.content + " " + response.about)
        if candidate.clause.sentence is response.clause.sentence:
            score += 1
        if score == 0 and not refers_back:
            continue
        key = (score, order)
        if best is None or key > best:
            best, chosen = key, claim
    recent = [f for f in earlier if response.index - f.index <= _ANSWER_WINDOW]
    if chosen is None and (refers_back or recent):
        chosen = (recent or earlier)[-1].claim
    response.answered = chosen


_ANSWER_WINDOW = 2  # sentences between an accusation and an answer that names nothing of it


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    left, right = a.lower().split(), b.lower().split()
    return (
        left == right
        or (len(right) <= len(left) and " ".join(right) in " ".join(left))
        or (len(left) < len(right) and " ".join(left) in " ".join(right))
    )


_SHARED_STOP = frozenset("yang dan di ke dari itu ini tersebut dengan untuk pada telah sudah tidak".split())


def _shared_words(a: str, b: str) -> float:
    left = {w for w in re.findall(r"\w+", a.lower()) if w not in _SHARED_STOP and len(w) > 2}
    right = {w for w in re.findall(r"\w+", b.lower()) if w not in _SHARED_STOP and len(w) > 2}
    return len(left & right) / min(len(left), len(right)) if left and right else 0.0
