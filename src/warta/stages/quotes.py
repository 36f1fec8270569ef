"""Direct and indirect quotes with their speakers.

Direct quotes are text inside quotation marks (straight, curly, mixed, single, « »);
a quotation nested inside another is reported on its own too. Indirect quotes are
clauses around a reporting verb: "X mengatakan (bahwa) …", "…, kata X",
"…, tambah X, …", "Menurut X, …". Pronoun speakers (ia, dia, beliau, -nya)
resolve to the person the text is about: the last person quoted, else the first
person named in the most recent sentence that names one. A bare title as subject
("Presiden menegaskan …") resolves to the person last given that title.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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
from warta.lang.id.titles import PERSON_TITLES
from warta.record import Quote, Record, Sentence
from warta.stages.mentions import PRONOUN_RE, Mention, mentions_of, title_before
from warta.stages.quotemarks import quoted_spans


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


POST_CUE_ANY_RE = re.compile(rf"\b(?P<cue>{_alt(POST_CUES)}|ditulis|disampaikan|diucapkan)\b", re.I)
INDIRECT_POST_RE = re.compile(
    rf"^(?P<content>.{{12,}}?),\s*(?P<cue>{_alt(POST_CUES)})\b(?P<rest>.*)$", re.I | re.S
)
# "Cadangan devisa, tambah Aditya, masih cukup besar": the cue sits between commas.
INDIRECT_MID_RE = re.compile(
    rf"^(?P<head>.{{3,}}?),\s*(?P<cue>{_alt(POST_CUES)})\b(?P<who>[^,]{{0,80}}),\s*(?P<tail>(?-i:[a-z]).{{7,}})$",
    re.I | re.S,
)
PRE_CUE_RE = re.compile(
    rf"\b(?P<cue>{_alt(PRE_CUES)})(?P<adjunct>\s+(?:{_alt(CUE_ADJUNCTS)}))?(?:\s*,)?"
    rf"(?P<linker>\s+(?:{_alt(PRE_CUE_LINKERS)}))?\s+",
    re.I,
)
ACCORDING_RE = re.compile(
    rf"^(?P<cue>{_alt(ACCORDING_TO)})(?P<who>[^,]{{1,120}}),\s*(?P<content>.+)$", re.I | re.S
)
APPOSITION_RE = re.compile(r"[A-Z][^,]{1,60},\s*")
_APPOSITION_GAP_RE = re.compile(r"(?:\s*\(\d{1,3}\))?,\s+[a-z][^,]{0,80},\s*")
_SUBJECT_WORDS = 10
_MAX_ROLE_WORDS = 3
_SUBJECT_WINDOW = 60  # characters between a speaker and its reporting verb
_TITLE_WINDOW = 90  # characters of title allowed between a cue and the speaker's name
_MIN_QUOTE_WORDS = 3
_END_PUNCTUATION = ".!? \"'\u201d\u2019\u00bb"


@dataclass(slots=True)
class _Context:
    body: str
    mentions: list[Mention]
    topic: str | None = None
    titled: dict[str, str] = field(default_factory=dict)  # title word -> person canonical
    # Mention starts (``mentions`` is sorted by start) and the persons named: looked up per
    # sentence, so a scan of every mention per sentence made long articles quadratic.
    starts: list[int] = field(init=False)
    people: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]
        self.people = {m.entity.canonical for m in self.mentions if m.entity.type == "PER"}

    def in_range(self, start: int, stop: int) -> list[Mention]:
        """The mentions that start in [start, stop), in order."""
        return self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, stop)]

    def speaker_after(self, start: int, stop: int) -> Mention | None:
        """The first person after a cue, else the first organisation or state.

        A state inside the title ("kata Koordinator Keamanan Nasional AS, John Kirby") is not the speaker.
        """
        agents = [m for m in self.in_range(start, stop) if m.is_agent]
        people = [m for m in agents if m.entity.type == "PER" and m.start - start <= _TITLE_WINDOW]
        return people[0] if people else (agents[0] if agents else None)

    def speaker_before(self, start: int, stop: int) -> Mention | None:
        """The agent closest before a verb; of nested ones, the outermost
        ("Kementerian Pertahanan Jepang menyebut", not "Jepang")."""
        inside = [m for m in self.in_range(start, stop) if m.end <= stop and m.is_agent]
        return max(inside, key=lambda m: (m.end, -m.start), default=None)

    def by_title(self, subject: str) -> str | None:
        """ "Presiden" alone as a subject means the person last called "Presiden"."""
        words = subject.lower().replace("sang ", "").split()
        return self.titled.get(words[0]) if len(words) == 1 else None


def find_quotes(record: Record, config: Config) -> Record:
    """Fill ``record.quotes``."""
    ctx = _Context(record.body, mentions_of(record))
    quotes: list[Quote] = []
    runs = _open_runs(record.body, record.sentences)
    inside_run = -1  # the last sentence of the quote spanning paragraphs we are in
    for index, sentence in enumerate(record.sentences):
        _learn_titles(ctx, sentence)
        found: list[Quote] = []
        if index <= inside_run:
            ctx.topic = _next_topic(ctx, found, sentence)
            continue
        if index in runs:
            last, q_end = runs[index]
            inside_run = last
            q_start = sentence.start + 1
            found.append(_direct(ctx, record.sentences[last], last, q_start, q_end))
            quotes += found
            ctx.topic = _next_topic(ctx, found, record.sentences[last])
            continue
        for start, end in quoted_spans(sentence.text):
            q_start, q_end = sentence.start + start, sentence.start + end
            if len(ctx.body[q_start:q_end].split()) < _MIN_QUOTE_WORDS:
                continue  # a scare-quoted word, not speech
            found.append(_direct(ctx, sentence, index, q_start, q_end))
            for inner_start, inner_end in quoted_spans(ctx.body[q_start:q_end], nested=True):
                a, b = q_start + inner_start, q_start + inner_end
                if len(ctx.body[a:b].split()) >= _MIN_QUOTE_WORDS:
                    text = ctx.body[a:b].strip().rstrip(",")
                    found.append(Quote(text, "direct", None, None, None, None, a, b, index))
        if not found:
            quote = _indirect(ctx, sentence, index)
            if quote:
                found.append(quote)
        quotes += found
        ctx.topic = _next_topic(ctx, found, sentence)
    record.quotes = quotes
    return record


_OPENERS = frozenset(QUOTE_PAIRS)
_CLOSERS = frozenset("".join(QUOTE_PAIRS.values()))


def _open_runs(body: str, sentences: list[Sentence]) -> dict[int, tuple[int, int]]:
    """Quotes that span paragraphs: a sentence opens a quote it does not close, and the quote goes
    on (each new paragraph reopening it, as Indonesian outlets write) to the sentence that closes
    it. Returns first sentence index -> (last sentence index, end offset of the quote's text)."""
    runs: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(sentences):
        text = sentences[index].text
        if text[:1] in _OPENERS and text[:1] not in "'\u2018" and not any(c in _CLOSERS for c in text[1:]):
            last = index + 1
            while last < len(sentences) and sentences[last].paragraph - sentences[index].paragraph <= 3:
                following = sentences[last].text
                body_part = following[1:] if following[:1] in _OPENERS else following
                closer = next((i for i, c in enumerate(body_part) if c in _CLOSERS), None)
                if closer is not None:
                    offset = sentences[last].start + (len(following) - len(body_part)) + closer
                    if sentences[last].paragraph > sentences[index].paragraph:
                        runs[index] = (last, offset)
                    break
                last += 1
            index = last if index in runs else index + 1
            continue
        index += 1
    return runs


def _learn_titles(ctx: _Context, sentence: Sentence) -> None:
    for mention in ctx.in_range(sentence.start, sentence.end):
        if mention.entity.type == "PER":
            title = title_before(ctx.body, mention.start, sentence.start)
            if title:
                ctx.titled[title.split()[0].lower()] = mention.entity.canonical


def _named(ctx: _Context, who: Mention, limit: int) -> tuple[str, str, str | None]:
    title = title_before(ctx.body, who.start, limit) if who.entity.type == "PER" else None
    return who.entity.canonical, ctx.body[who.start : who.end], title


def _direct(ctx: _Context, sentence: Sentence, index: int, q_start: int, q_end: int) -> Quote:
    body = ctx.body
    # A quote spanning paragraphs reopens each one: its text is one quote without the marks.
    text = re.sub(r"\s*\n+\s*[\"\u201c\u201d\u00ab]?", " ", body[q_start:q_end]).strip().rstrip(",")
    tail_start = q_end + 1
    tail = body[tail_start : sentence.end]
    speaker = mention_text = title = cue = None
    cue_match = POST_CUE_ANY_RE.search(tail[:80])
    if cue_match:
        cue_at = tail_start + cue_match.start()
        # "katanya di Banda Aceh": a -nya cue names its speaker already.
        nya = cue_match.group("cue").lower().endswith(NYA_SUFFIX)
        who = None if nya else ctx.speaker_after(cue_at, sentence.end)
        if who:
            speaker, mention_text, title = _named(ctx, who, tail_start + cue_match.end())
            cue = body[cue_at : who.end].strip(" ,")
        else:
            cue = cue_match.group("cue")
            # "ujar dia", "kata beliau": the pronoun may be part of the cue itself.
            pronoun = PRONOUN_RE.search(cue) or PRONOUN_RE.search(
                tail[cue_match.end() : cue_match.end() + 12]
            )
            if cue.lower().endswith(NYA_SUFFIX) or pronoun:
                speaker, mention_text = ctx.topic, (pronoun.group(0) if pronoun else cue)
    else:
        head = body[sentence.start : q_start - 1]
        cue_before = PRE_CUE_RE.search(head) or re.search(r"\b(?:kata|ujar|berkata)\b", head, re.I)
        if cue_before:
            who = ctx.speaker_before(sentence.start, sentence.start + cue_before.start())
            pronoun = PRONOUN_RE.search(head[: cue_before.start()])
            if who:
                speaker, mention_text, title = _named(ctx, who, sentence.start)
            elif pronoun:
                speaker, mention_text = ctx.topic, pronoun.group(0)
            cue = cue_before.group(0).strip(" ,:")
    return Quote(text, "direct", speaker, mention_text, title, cue, q_start, q_end, index)


def _indirect(ctx: _Context, sentence: Sentence, index: int) -> Quote | None:
    return (
        _according_to(ctx, sentence, index)
        or _cue_between_commas(ctx, sentence, index)
        or _cue_after(ctx, sentence, index)
        or _cue_before(ctx, sentence, index)
    )


def _according_to(ctx: _Context, sentence: Sentence, index: int) -> Quote | None:
    """ "Menurut X, …", "Menurut dia, …", "Menurutnya, …"."""
    text = sentence.text
    if text.lower().startswith("menurutnya"):
        start = sentence.start + len("menurutnya")
        return _make_indirect(ctx, start, sentence, index, ctx.topic, "menurutnya", None, "menurutnya")
    match = ACCORDING_RE.match(text)
    if not match:
        return None
    who_text = match.group("who").strip()
    title = None
    content_at = match.start("content")
    if PRONOUN_RE.fullmatch(who_text):
        speaker, mention_text = ctx.topic, who_text
    elif _is_role(who_text):
        speaker, mention_text = who_text, who_text  # "Menurut polisi, …"
        who = None
    else:
        who = ctx.speaker_after(sentence.start + match.start("who"), sentence.start + match.end("who"))
        # "Menurut Direktur Jenderal …, Taufik Hidayat, hilirisasi …": the name follows the title.
        apposition = APPOSITION_RE.match(text, match.start("content"))
        if apposition and (
            named := ctx.speaker_after(sentence.start + apposition.start(), sentence.start + apposition.end())
        ):
            if named.entity.type == "PER":
                who, title, content_at = named, who_text, apposition.end()
        if who is None:
            return None
        if title is None:  # "Menurut Kapolres Pelabuhan Tanjung Perak AKBP Wahyu Hidayat, …"
            speaker, mention_text, title = _named(ctx, who, sentence.start + match.start("who"))
        else:
            speaker, mention_text = who.entity.canonical, ctx.body[who.start : who.end]
    cue = match.group("cue") + match.group("who")
    start = sentence.start + content_at
    return _make_indirect(ctx, start, sentence, index, speaker, mention_text, title, cue)


def _cue_between_commas(ctx: _Context, sentence: Sentence, index: int) -> Quote | None:
    match = INDIRECT_MID_RE.match(sentence.text)
    if not match:
        return None
    resolved = _post_cue_speaker(ctx, sentence, match.group("cue"), match.start("who"), match.end("who"))
    if resolved is None:
        return None
    speaker, mention_text, title = resolved
    content = f"{match.group('head').strip()} {match.group('tail').strip().rstrip(_END_PUNCTUATION)}"
    return Quote(
        content,
        "indirect",
        speaker,
        mention_text,
        title,
        match.group("cue"),
        sentence.start,
        sentence.end,
        index,
    )


def _cue_after(ctx: _Context, sentence: Sentence, index: int) -> Quote | None:
    match = INDIRECT_POST_RE.match(sentence.text)
    if not match:
        return None
    resolved = _post_cue_speaker(ctx, sentence, match.group("cue"), match.start("rest"), match.end("rest"))
    if resolved is None:
        return None
    speaker, mention_text, title = resolved
    content = match.group("content")
    start = sentence.start + match.start("content")
    text = content.strip(" \"'\u201c\u201d")
    return Quote(
        text, "indirect", speaker, mention_text, title, match.group("cue"), start, start + len(content), index
    )


def _post_cue_speaker(
    ctx: _Context, sentence: Sentence, cue: str, rest_start: int, rest_end: int
) -> tuple[str | None, str | None, str | None] | None:
    """The speaker named after "kata"/"tambah", or the topic for "katanya"/"ujar dia"."""
    who = ctx.speaker_after(sentence.start + rest_start, sentence.start + rest_end)
    if who:
        return _named(ctx, who, sentence.start + rest_start)
    rest = sentence.text[rest_start:rest_end].strip()
    if cue.lower().endswith(NYA_SUFFIX) or PRONOUN_RE.match(rest):
        return ctx.topic, cue if cue.lower().endswith(NYA_SUFFIX) else PRONOUN_RE.match(rest).group(0), None  # type: ignore[union-attr]
    titled = ctx.by_title(rest.rstrip(_END_PUNCTUATION)) if rest else None
    return (titled, rest.rstrip(_END_PUNCTUATION), None) if titled else None


def _cue_before(ctx: _Context, sentence: Sentence, index: int) -> Quote | None:
    """ "X mengatakan (bahwa) …" with X named, a pronoun, or a bare title."""
    body = ctx.body
    speaker: str | None
    mention_text: str | None
    title: str | None
    for match in PRE_CUE_RE.finditer(sentence.text):
        cue_at = sentence.start + match.start()
        who = ctx.speaker_before(max(sentence.start, cue_at - _SUBJECT_WINDOW - 60), cue_at)
        subject = body[sentence.start : cue_at].strip(" ,")
        between = body[who.end : cue_at] if who else ""
        # "Udin (52), pedagang di Pasar Baru, mengatakan": an age or apposition may sit between.
        if who and (between.strip(" ,").count(" ") <= 4 or _APPOSITION_GAP_RE.fullmatch(between)):
            speaker, mention_text, title = _named(ctx, who, sentence.start)
        elif pronoun := PRONOUN_RE.search(body[max(sentence.start, cue_at - 12) : cue_at]):
            speaker, mention_text, title = ctx.topic, pronoun.group(0), None
        elif (titled := ctx.by_title(subject)) is not None:
            speaker, mention_text, title = titled, subject, subject
        elif _is_role(subject):
            speaker, mention_text, title = subject, subject, None  # "Jaksa menyebut …", "Polisi mengatakan …"
        else:
            continue
        content_start = sentence.start + match.end()
        if body[content_start : content_start + 1] in '"\u201c':
            continue  # a direct quote follows
        cue = " ".join(match.group(0).split()).strip(" ,")
        return _make_indirect(ctx, content_start, sentence, index, speaker, mention_text, title, cue)
    return None


def _is_role(subject: str) -> bool:
    """A short unnamed role as subject: "Jaksa", "Polisi", "Para pedagang"."""
    words = subject.lower().split()
    return 0 < len(words) <= _MAX_ROLE_WORDS and words[-1] in PERSON_TITLES and not subject.isupper()


def _make_indirect(
    ctx: _Context,
    start: int,
    sentence: Sentence,
    index: int,
    speaker: str | None,
    mention_text: str | None,
    title: str | None,
    cue: str,
) -> Quote | None:
    end = sentence.end
    while end > start and ctx.body[end - 1] in _END_PUNCTUATION:
        end -= 1
    content = ctx.body[start:end].strip(" ,")
    if len(content.split()) < _MIN_QUOTE_WORDS or speaker is None:
        return None
    return Quote(content, "indirect", speaker, mention_text, title, " ".join(cue.split()), start, end, index)


def _next_topic(ctx: _Context, found: list[Quote], sentence: Sentence) -> str | None:
    """Who "ia"/"dia"/"-nya" will mean next: the last person quoted, else the first person named."""
    people = ctx.people
    for quote in reversed(found):
        if quote.speaker in people:
            return quote.speaker
    # A pronoun subject ("Ia bertemu Gubernur BI Perry Warjiyo") keeps whom the text is about.
    if ctx.topic is not None and PRONOUN_RE.match(sentence.text.lstrip(" \"'\u201c")):
        return ctx.topic
    # Only a person near the start (the subject) changes whom the text is about.
    subject_end = sentence.start + len(" ".join(sentence.text.split()[:_SUBJECT_WORDS]))
    named = [m for m in ctx.in_range(sentence.start, subject_end) if m.entity.type == "PER"]
    if found and any(q.speaker == ctx.topic for q in found):
        return ctx.topic
    if named:
        # A full name beats a lone word the model took for a name ("Dinas Tanaman Pangan,
        # Hortikultura, dan Perkebunan Jember, Ir. Sigit Hariyanto, membantah …").
        full = [m for m in named if len(m.entity.canonical.split()) > 1]
        return (full or named)[0].entity.canonical
    if ctx.topic is None:  # nobody yet: the last person named will do
        anywhere = [m for m in ctx.in_range(sentence.start, sentence.end) if m.entity.type == "PER"]
        return anywhere[-1].entity.canonical if anywhere else None
    return ctx.topic
