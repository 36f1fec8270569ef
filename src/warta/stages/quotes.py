"""Direct and indirect quotes with their speakers.

Direct quotes are text inside quotation marks (straight, curly, mixed, « »).
Indirect quotes are clauses around a reporting verb: "X mengatakan (bahwa) …",
"…, kata X", "Menurut X, …". Pronoun speakers (ia, dia, beliau, -nya) resolve to
the person the text is currently about: the last speaker, else the first person
named in the most recent sentence that names one.
"""

from __future__ import annotations

import re

from warta.config import Config
from warta.lang.id.cues import (
    ACCORDING_TO,
    CUE_ADJUNCTS,
    NYA_SUFFIX,
    POST_CUES,
    PRE_CUE_LINKERS,
    PRE_CUES,
    QUOTE_PAIRS,
)
from warta.record import Quote, Record, Sentence
from warta.stages.mentions import PRONOUN_RE, Mention, mentions_of, title_before


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


POST_CUE_RE = re.compile(rf"^\s*[,.]?\s*(?P<cue>{_alt(POST_CUES)})\b", re.I)
POST_CUE_ANY_RE = re.compile(rf"\b(?P<cue>{_alt(POST_CUES)}|ditulis|disampaikan|diucapkan)\b", re.I)
INDIRECT_POST_RE = re.compile(
    rf"^(?P<content>.{{12,}}?),\s*(?P<cue>{_alt(POST_CUES)})\b(?P<rest>.*)$", re.I | re.S
)
PRE_CUE_RE = re.compile(
    rf"\b(?P<cue>{_alt(PRE_CUES)})(?P<adjunct>\s+(?:{_alt(CUE_ADJUNCTS)}))?(?:\s*,)?(?P<linker>\s+(?:{_alt(PRE_CUE_LINKERS)}))?\s+",
    re.I,
)
ACCORDING_RE = re.compile(
    rf"^(?P<cue>{_alt(ACCORDING_TO)})(?P<who>[^,]{{1,120}}),\s*(?P<content>.+)$", re.I | re.S
)
_SUBJECT_WINDOW = 60  # characters between a speaker and its reporting verb
_TITLE_WINDOW = 90  # characters of title allowed between a cue and the speaker's name


def find_quotes(record: Record, config: Config) -> Record:
    """Fill ``record.quotes``."""
    body = record.body
    mentions = mentions_of(record)
    quotes: list[Quote] = []
    direct_spans: list[tuple[int, int]] = []
    topic: str | None = None
    for index, sentence in enumerate(record.sentences):
        found: list[Quote] = []
        for start, end in _quoted_spans(sentence.text):
            q_start, q_end = sentence.start + start, sentence.start + end
            if len(body[q_start:q_end].split()) < 3:
                continue  # a scare-quoted word, not speech
            direct_spans.append((q_start - 1, q_end + 1))
            found.append(_direct(body, sentence, index, q_start, q_end, mentions, topic))
        if not found:
            quote = _indirect(body, sentence, index, mentions, topic)
            if quote:
                found.append(quote)
        quotes += found
        topic = _next_topic(found, sentence, mentions, topic)
    record.quotes = quotes
    return record


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations in one sentence; mixed marks ("…”) accepted."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        char = text[i]
        closers = QUOTE_PAIRS.get(char)
        single = char in "'\u2018"
        if closers and (i == 0 or not text[i - 1].isalnum()):
            j = i + 1
            while j < len(text):
                if text[j] in closers and (j + 1 == len(text) or not text[j + 1].isalnum()):
                    if not single or j - i > 15:
                        break
                j += 1
            if j < len(text) and j > i + 1:
                spans.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return spans


def _speaker_after(body: str, start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    """The first person after a cue, else the first organisation or state.

    A state inside the title ("kata Koordinator Keamanan Nasional AS, John Kirby") is not the speaker.
    """
    agents = [m for m in mentions if start <= m.start < stop and m.is_agent]
    people = [m for m in agents if m.entity.type == "PER" and m.start - start <= _TITLE_WINDOW]
    return people[0] if people else (agents[0] if agents else None)


def _speaker_before(start: int, stop: int, mentions: list[Mention]) -> Mention | None:
    found = None
    for mention in mentions:
        if start <= mention.start and mention.end <= stop and mention.is_agent:
            found = mention
    return found


def _direct(
    body: str,
    sentence: Sentence,
    index: int,
    q_start: int,
    q_end: int,
    mentions: list[Mention],
    topic: str | None,
) -> Quote:
    text = body[q_start:q_end].strip().rstrip(",")
    tail_start = q_end + 1
    tail = body[tail_start : sentence.end]
    speaker = mention_text = title = cue = None
    cue_match = POST_CUE_ANY_RE.search(tail[:80])
    if cue_match:
        cue_at = tail_start + cue_match.start()
        who = _speaker_after(body, cue_at, sentence.end, mentions)
        if who:
            speaker, mention_text = who.entity.canonical, who.entity.text
            mention_text = body[who.start : who.end]
            title = title_before(body, who.start) if who.entity.type == "PER" else None
            cue = body[cue_at : who.end].strip(" ,")
        else:
            cue = cue_match.group("cue")
            pronoun = PRONOUN_RE.search(tail[cue_match.end() : cue_match.end() + 12])
            if cue.lower().endswith(NYA_SUFFIX) or pronoun:
                speaker, mention_text = topic, (pronoun.group(0) if pronoun else cue)
    else:
        head = body[sentence.start : q_start - 1]
        cue_before = PRE_CUE_RE.search(head) or re.search(r"\b(?:kata|ujar)\b", head, re.I)
        if cue_before:
            who = _speaker_before(sentence.start, sentence.start + cue_before.start(), mentions)
            if who:
                speaker, mention_text = who.entity.canonical, body[who.start : who.end]
                title = title_before(body, who.start) if who.entity.type == "PER" else None
            elif PRONOUN_RE.search(head[: cue_before.start()]):
                speaker, mention_text = topic, PRONOUN_RE.search(head[: cue_before.start()]).group(0)  # type: ignore[union-attr]
            cue = cue_before.group(0).strip(" ,:")
    return Quote(text, "direct", speaker, mention_text, title, cue, q_start, q_end, index)


def _indirect(
    body: str, sentence: Sentence, index: int, mentions: list[Mention], topic: str | None
) -> Quote | None:
    text = sentence.text
    if match := ACCORDING_RE.match(text):
        who_start = sentence.start + match.start("who")
        who = _speaker_after(body, who_start, sentence.start + match.end("who"), mentions)
        speaker = who.entity.canonical if who else None
        mention_text = body[who.start : who.end] if who else None
        if match.group("cue").lower() == "menurut" and match.group("who").strip().lower() == NYA_SUFFIX:
            speaker, mention_text = topic, "menurutnya"
        if speaker:
            content_start = sentence.start + match.start("content")
            return _make_indirect(
                body,
                content_start,
                sentence,
                index,
                speaker,
                mention_text,
                None,
                match.group("cue") + match.group("who"),
            )
    if text.lower().startswith("menurutnya"):
        content_start = sentence.start + len("menurutnya")
        return _make_indirect(body, content_start, sentence, index, topic, "menurutnya", None, "menurutnya")
    if match := INDIRECT_POST_RE.match(text):
        rest_start = sentence.start + match.start("rest")
        who = _speaker_after(body, rest_start, sentence.end, mentions)
        cue = match.group("cue")
        if who:
            speaker, mention_text = who.entity.canonical, body[who.start : who.end]
            title = title_before(body, who.start) if who.entity.type == "PER" else None
        elif cue.lower().endswith(NYA_SUFFIX) or PRONOUN_RE.match(match.group("rest").strip()):
            speaker, mention_text, title = topic, cue, None
        else:
            speaker = None
        if speaker:
            quote_text = match.group("content").strip(" \"'\u201c\u201d")
            start = sentence.start + match.start("content")
            return Quote(
                quote_text,
                "indirect",
                speaker,
                mention_text,
                title,
                cue,
                start,
                start + len(match.group("content")),
                index,
            )
    for match in PRE_CUE_RE.finditer(text):
        cue_at = sentence.start + match.start()
        who = _speaker_before(max(sentence.start, cue_at - _SUBJECT_WINDOW), cue_at, mentions)
        if who and body[who.end : cue_at].strip(" ,").count(" ") <= 4:
            speaker, mention_text = who.entity.canonical, body[who.start : who.end]
            title = title_before(body, who.start) if who.entity.type == "PER" else None
        else:
            pronoun = PRONOUN_RE.search(body[max(sentence.start, cue_at - 12) : cue_at])
            if not pronoun:
                continue
            speaker, mention_text, title = topic, pronoun.group(0), None
        content_start = sentence.start + match.end()
        if body[content_start : content_start + 1] in '"\u201c':
            continue  # a direct quote follows
        cue = " ".join(match.group(0).split()).strip(" ,")
        return _make_indirect(body, content_start, sentence, index, speaker, mention_text, title, cue)
    return None


def _make_indirect(
    body: str,
    start: int,
    sentence: Sentence,
    index: int,
    speaker: str | None,
    mention_text: str | None,
    title: str | None,
    cue: str,
) -> Quote | None:
    end = sentence.end
    while end > start and body[end - 1] in '.!? "\u201d':
        end -= 1
    content = body[start:end].strip(" ,")
    if len(content.split()) < 3 or speaker is None:
        return None
    return Quote(content, "indirect", speaker, mention_text, title, " ".join(cue.split()), start, end, index)


def _next_topic(
    found: list[Quote], sentence: Sentence, mentions: list[Mention], topic: str | None
) -> str | None:
    people = [m for m in mentions if sentence.start <= m.start < sentence.end and m.entity.type == "PER"]
    for quote in found:
        if quote.speaker and any(
            m.entity.canonical == quote.speaker for m in mentions if m.entity.type == "PER"
        ):
            return quote.speaker
    if found and found[0].speaker == topic:
        return topic
    return people[0].entity.canonical if people else topic
