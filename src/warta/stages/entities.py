"""Find entities, link them to canonical names, and group their mentions.

Detection and linking are separate: a detector proposes (start, end, label)
spans; the linker maps each span to a canonical name, type, ISO country and
coordinates, and resolves short name forms within the document ("Kim" ->
"Kim Jong-un", "KCNA" -> "Korean Central News Agency"). The gazetteer always
runs; the trained NER model (when shipped) or the capitalised-span heuristic
proposes the names the gazetteer does not know.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from warta.config import Config
from warta.errors import WartaError
from warta.lang.id.abbreviations import ABBREVIATIONS, DEGREES_AFTER_NAME
from warta.lang.id.common_words import COMMON_WORDS
from warta.lang.id.cues import CUES_BEFORE_NAME
from warta.lang.id.titles import (
    ALWAYS_CAPITALISED,
    BARE_INSTITUTION_WORDS,
    EVENT_KEYWORDS,
    GENERIC_PLACE_HEADS,
    INDONESIAN_KEYWORDS,
    LOCATIVE_WORDS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_KEYWORDS,
    PERSON_TITLES,
    PLACE_KEYWORDS,
    TITLE_CONTINUATIONS,
    TOPIC_WORDS,
)
from warta.linking import TOKEN_RE, Gazetteer, KnownEntity, load_gazetteer
from warta.record import Entity, Record
from warta.stages.mentions import title_before
from warta.stages.spans import SpanContext, locative_before, plain_word, refine

log = logging.getLogger(__name__)

Span = tuple[int, int, str]
ACRONYM_DEF_RE = re.compile(
    r"(?P<long>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|dan|untuk|of|and|the|for|on)){1,8})\s+"
    r"\((?P<short>[A-Z][A-Za-z]{1,9}(?:-[A-Z][A-Za-z0-9]{0,5})?)\)"
    # "Kejaksaan Negeri (Kejari) Serang": the place the office serves follows the acronym.
    r"(?P<place>\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)
_ACRONYM_IN_NAME_RE = re.compile(r"\s*\([A-Z][A-Za-z0-9-]{1,15}\)")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\"\u201d\u201c]\s*|\n)$")
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, NAME_HONORIFICS)) + r")\.?\s+$")
_TOPIC_BEFORE_RE = re.compile(r"\b(?:" + "|".join(TOPIC_WORDS) + r")\s+$")
_APPOSITION_RE = re.compile(r"(?:\s*\(\d{1,3}\))?,\s+(?!(?:dan|atau|serta)\b)[a-z]")
_CUE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(CUES_BEFORE_NAME) + r")\s+$")


class Detector(Protocol):
    """Proposes entity spans with coarse labels PER, ORG, LOC or EVT."""

    def detect(self, text: str) -> list[Span]: ...


_PARTICLES = "|".join(sorted(NAME_PARTICLES))
# A run of capitalised words joined by a space or hyphen; particles ("bin", "van") only between names.
_CAPITALISED = r"[A-Z\u00c0-\u00de][\w'.\u2019-]*"
_CAPITAL_RUN_RE = re.compile(rf"{_CAPITALISED}(?:[ -](?:{_CAPITALISED}|(?:{_PARTICLES})(?=[ -][A-Z])))*")


def _is_abbreviation_token(token: str) -> bool:
    word = token.rstrip(".")
    return len(word) == 1 or "." in word or word.lower() in ABBREVIATIONS


class CapitalisedSpanDetector:
    """Runs of capitalised words, with titles stripped; typed by keywords."""

    def detect(self, text: str) -> list[Span]:
        spans: list[Span] = []
        # The regex finds the runs in C; the Python loop only splits them at sentence ends.
        for found in _CAPITAL_RUN_RE.finditer(text):
            offset = found.start()
            run: list[tuple[int, int]] = []
            for token in TOKEN_RE.finditer(found.group(0)):
                start, end = offset + token.start(), offset + token.end()
                run.append((start, end))
                if text[end - 1] == "." and not _is_abbreviation_token(text[start:end]):
                    spans += self._typed(text, run)  # "… dibantah Rina. Menurutnya …"
                    run = []
            if run:
                spans += self._typed(text, run)
        return spans

    def _typed(self, text: str, run: list[tuple[int, int]]) -> list[Span]:
        # Degrees after a name ("S.H.", "M.Si.") are not names of their own.
        kept = [(a, b) for a, b in run if text[a:b].replace(".", "").lower() not in DEGREES_AFTER_NAME]
        if len(kept) < len(run):
            cut = next(i for i, (a, b) in enumerate(run) if (a, b) not in kept)
            run = run[:cut]
        if not run:
            return []
        words = [text[a:b].rstrip(".") for a, b in run]
        lowered_words = [w.lower() for w in words]
        if len(words) > 1 and lowered_words[0] in EVENT_KEYWORDS:
            return [(run[0][0], run[-1][1], "EVT+")]  # "Hari Kemenangan", "Parade Kemenangan"
        if lowered_words[0] in PLACE_KEYWORDS and len(words) > 1:
            return [(run[0][0], run[-1][1], "LOC+")]  # "Sungai Ciliwung", "Kali Mas"
        if (
            lowered_words[0] in ORG_KEYWORDS
            and len(words) > 1
            and not (set(lowered_words[1:]) & PERSON_TITLES)
        ):
            return [(run[0][0], run[-1][1], "ORG+")]  # "Universitas Gadjah Mada"; "Kantor berita" is not
        # A rank or title inside the run starts the name: "… Polda Metro Jaya AKBP Dimas Prasetyo".
        titled = False
        last_title = max((i for i, w in enumerate(lowered_words[:-1]) if w in PERSON_TITLES), default=-1)
        if last_title >= 0:
            titled = True
            cut = last_title + 1
            while cut < len(words) - 1 and lowered_words[cut] in TITLE_CONTINUATIONS:
                cut += 1
            words, run = words[cut:], run[cut:]
        if _TOPIC_BEFORE_RE.search(text[max(0, run[0][0] - 10) : run[0][0]]):
            return []  # "Undang-Undang … tentang Lalu Lintas dan Angkutan Jalan": a subject, not a name
        at_sentence_start = bool(_SENTENCE_START_RE.search(text[max(0, run[0][0] - 3) : run[0][0]]))
        # Openers ("Meski", "Isi") are capitalised only at a sentence start; mid-sentence they are names.
        while words and (
            words[0].lower() in ALWAYS_CAPITALISED
            or (at_sentence_start and words[0].lower() in NON_NAME_WORDS)
        ):
            words, run = words[1:], run[1:]
            at_sentence_start = False
        while words and (words[-1].lower() in NON_NAME_WORDS or words[-1].lower() in NAME_PARTICLES):
            words, run = words[:-1], run[:-1]
        if not run:
            return []
        lowered = {w.lower() for w in words}
        start, end = run[0][0], run[-1][1]
        if text[end - 1] == "." and not text[start:end].count(".") > 1:
            end -= 1
        if titled and words[0].lower() in PLACE_KEYWORDS:
            return [(start, end, "LOC")]  # "General Manager Terminal Petikemas Surabaya, Agus …"
        if words[0].lower() in ORG_KEYWORDS or (lowered & ORG_KEYWORDS and not titled):
            return [(start, end, "ORG")]
        if lowered & EVENT_KEYWORDS:
            return [(start, end, "EVT")]
        if all(w.isupper() and len(w) > 1 for w in words):
            return [(start, end, "ORG")]  # acronyms: ORG unless linked otherwise
        if len(words) == 1:
            if at_sentence_start:
                return [(start, end, "PER?")]  # "Kishida mengatakan …": kept if a longer name has it
            after_comma = text[max(0, start - 2) : start] == ", "
            if titled or after_comma and (_APPOSITION_RE.match(text, end) or title_before(text, start)):
                # "Irjen Pol Karyoto", "Nakhoda kapal, Rusli, mengakui", "kata Ketua RW 05, Suparman."
                return [(start, end, "PER+")]
            if _CUE_BEFORE_RE.search(text[max(0, start - 12) : start]):
                return [(start, end, "PER+")]  # "ujar Fazzli"
            return [(start, end, "PER?")]  # kept only if it resolves to a longer name
        sure = (
            titled
            or _HONORIFIC_BEFORE_RE.search(text[max(0, start - 8) : start])
            or (text[max(0, start - 2) : start] == ", " and _APPOSITION_RE.match(text, end))
        )
        return [(start, end, "PER+" if sure else "PER")]  # "dr. Ratna Sari", ", Aman Sahri, menambahkan"


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    label: str
    known: KnownEntity | None = None
    canonical: str = ""
    extra: dict[str, object] = field(default_factory=dict)


class EntityStage:
    """The entities stage: detector + gazetteer + in-document linking."""

    name = "entities"
    writes = frozenset({"entities"})

    def __init__(
        self, detector: Detector | None = None, gazetteer_loader: Callable[[], Gazetteer] = load_gazetteer
    ):
        self.fallback = CapitalisedSpanDetector()
        self.detector = detector or self.fallback
        self.gazetteer_loader = gazetteer_loader

    @classmethod
    def from_config(cls, config: Config) -> EntityStage:
        detector: Detector | None = None
        if config.ner_model != "none":
            try:
                from warta.ner.model import SpacyNerDetector

                path = None if config.ner_model == "bundled" else config.ner_model
                model = SpacyNerDetector(path)
                _ = model.nlp  # load now, so a missing model falls back here, not mid-batch
                detector = model
            except (ImportError, OSError, WartaError) as exc:
                log.info("NER model unavailable (%s); using the capitalised-span detector", exc)
        return cls(detector)

    def __call__(self, record: Record, config: Config) -> Record:
        home = record.dateline.country if record.dateline else None
        entities = self.find(record.body, home_country=home)
        seen = {(e.canonical, e.type) for e in entities}
        extra_fields = (("title", record.title), ("caption", record.image.caption if record.image else None))
        for field_name, text in extra_fields:
            # Headlines are title-cased, so only known names are trusted there.
            for entity in self.find(text or "", detect=field_name != "title"):
                if (entity.canonical, entity.type) not in seen:
                    entity.field = field_name
                    entities.append(entity)
                    seen.add((entity.canonical, entity.type))
        record.entities = entities
        return record

    def find(self, text: str, *, detect: bool = True, home_country: str | None = None) -> list[Entity]:
        """Entities in ``text``: gazetteer matches, plus detector spans when ``detect``.

        Args:
            home_country: ISO code given to unknown places and Indonesian-named institutions
                (the dateline's country).
        """
        gazetteer = self.gazetteer_loader()
        spans = SpanContext.of(text)
        known = [
            (s, e, k)
            for s, e, k in gazetteer.find(text)
            if not _inside_name(text, s, e, k) and not spans.in_headline(s, e)
        ]
        acronyms = _acronym_definitions(text, gazetteer)
        spans.defined = frozenset(a.short for a in acronyms)
        heuristic = self.fallback.detect(text) if detect and text else []
        if self.detector is self.fallback:
            proposed = heuristic
        else:
            # The model proposes; the capitalised-span rules keep what they are sure of (a title
            # before a name, "Universitas …", "Sungai …") and add persons the model missed.
            proposed = self.detector.detect(text) if detect and text else []
            proposed += [s for s in heuristic if s[2].endswith("+") or s[2] in ("PER", "PER?")]
        if detect:
            proposed += _acronym_long_forms(acronyms)
            proposed += _locative_places(text)
        proposed = [
            kept
            for s, e, label in proposed
            if (kept := refine(spans, s, e, label, known_place=gazetteer.lookup(text[s:e]) is not None))
        ]
        # Institution names ("Universitas Indonesia", "Kementerian Luar Negeri Tiongkok") are added
        # whole, and the names inside them are kept as entities of their own.
        mentions = [_Mention(s, e, text[s:e], k.type, k) for s, e, k in known]
        taken = _SpanIndex((m.start, m.end) for m in mentions)
        wide = [
            (s, e, "ORG")
            for s, e, label in proposed
            if label == "ORG!" or _institution(text, s, e, label.rstrip("+"))
        ]
        for start, end, label in wide:
            # "Kejaksaan Negeri" inside "Kejaksaan Negeri (Kejari) Serang" is the same office.
            if any(s == start and end < e for s, e, _ in wide):
                continue
            if not any(m.start == start and m.end == end for m in mentions):
                mentions.append(self._mention(text, start, end, label, gazetteer, home_country))
        taken.extend((s, e) for s, e, _ in wide)
        # Sure spans first; then, for the same span proposed twice, a typed guess ("di Tambora" ->
        # GPE) beats an unsure person.
        for start, end, label in sorted(
            proposed, key=lambda s: (not s[2].endswith("+"), s[0], -(s[1] - s[0]), s[2] in ("PER", "PER?"))
        ):
            label = label.rstrip("!+")
            if text[start:end].replace(".", "").lower() in DEGREES_AFTER_NAME:
                continue  # "M.Si." after a name
            start, end = _strip_titles(text, start, end)
            trimmed = _trim_at_known(text, start, end, taken, last=label == "PER")
            if trimmed[1] <= trimmed[0]:
                continue
            rest = text[trimmed[0] : trimmed[1]].lower()
            if trimmed != (start, end) and (rest in BARE_INSTITUTION_WORDS or rest in PERSON_TITLES):
                continue  # "Desa Sukamaju" minus the known "Sukamaju" leaves the bare "Desa"
            if label == "PER" and trimmed != (start, end) and " " not in text[trimmed[0] : trimmed[1]]:
                label = "PER?"  # "Bali Utara" minus "Bali" leaves "Utara": a name only if it resolves
            elif label != "PER" and trimmed[0] > start and _after_title_chain(text, trimmed[0], trimmed[1]):
                label = "PER"  # "Kepala Dinas PUPR Kabupaten Bogor Made Tampubolon" minus the place
            start, end = trimmed
            mentions.append(self._mention(text, start, end, label, gazetteer, home_country))
            taken.append((start, end))
        _link(mentions, acronyms, gazetteer)
        entities = _group(mentions)
        _add_aliases(entities, mentions, acronyms, gazetteer)
        return entities

    @staticmethod
    def _mention(
        text: str, start: int, end: int, label: str, gazetteer: Gazetteer, home_country: str | None
    ) -> _Mention:
        surface = text[start:end]
        entity = gazetteer.lookup(surface)
        locative = bool(_LOCATIVE_BEFORE_RE.search(text[max(0, start - 10) : start]))
        if entity is None and (locative and label in ("PER", "PER?") or label in ("LOC", "GPE")):
            entity = gazetteer.lookup_place(surface)  # "di Chiang Mai"
        mention = _Mention(start, end, surface, entity.type if entity else label, entity)
        if entity is None and label in ("ORG", "LOC", "GPE"):
            first = surface.split()[0].lower()
            if label in ("GPE", "LOC") and locative and home_country:
                mention.extra["country"] = home_country  # "di Tambora" in a Jakarta-datelined story
            elif state := _state_named_last(surface, gazetteer):
                mention.extra["country"] = state.country  # "Kementerian Luar Negeri Tiongkok" -> CN
            elif first in INDONESIAN_KEYWORDS:
                mention.extra["country"] = "ID"
            if label == "ORG":
                # "PT X Tbk" -> "X"; "Kejaksaan Negeri (Kejari) Serang" -> "Kejaksaan Negeri Serang"
                named = _ACRONYM_IN_NAME_RE.sub("", surface)
                mention.extra["canonical"] = LEGAL_FORM_RE.sub("", named).strip() or named
            if first in GENERIC_PLACE_HEADS and len(surface.split()) > 1:
                mention.extra["canonical"] = surface.split(" ", 1)[1]  # "Sungai Ciliwung" -> "Ciliwung"
        return mention


def _state_named_last(surface: str, gazetteer: Gazetteer) -> KnownEntity | None:
    """The country an institution's name ends with: "Pemerintah Tiongkok", "Kemlu Korea Selatan"."""
    words = surface.split()
    for size in (3, 2, 1):
        if len(words) > size:
            known = gazetteer.lookup(" ".join(words[-size:]))
            if known is not None and known.kind == "country":
                return known
    return None


def _inside_name(text: str, start: int, end: int, known: KnownEntity) -> bool:
    """A town's name glued to a personal name ("Cok Gede Sukawati", "Bruno Mars") is part of
    the name, and a town named by a common word ("…, Sumber, mengatakan") is a town only after
    "di", "ke", "dari"."""
    if known.kind not in ("city", "district") or " " in known.canonical:
        return False
    if known.population >= _NAME_TOWN_MAX_POPULATION:
        return False
    surface = text[start:end]
    locative = locative_before(text, start)
    if " " not in surface and surface.lower() in COMMON_WORDS and not locative:
        return True
    after = re.match(r" ([A-Z][a-z][\w'-]*)", text[end : end + 30])
    if after and not locative and not plain_word(after.group(1)):
        return True  # "Bruno Mars": a name word follows the town
    before = re.search(r"([A-Z][\w'-]*) $", text[max(0, start - 30) : start])
    if not before or before.group(1).isupper():
        return False  # "KBRI Den Haag": an acronym before a city is an institution, not a name
    word = before.group(1).lower()
    return not (
        word in PERSON_TITLES
        or word in TITLE_CONTINUATIONS
        or word in ORG_KEYWORDS
        or word in PLACE_KEYWORDS
        or word in ALWAYS_CAPITALISED
        or word in NON_NAME_WORDS
    )


def _institution(text: str, start: int, end: int, label: str) -> bool:
    """An organisation name opening with an institution word and longer than one word."""
    words = text[start:end].split()
    return label == "ORG" and len(words) > 1 and words[0].lower() in ORG_KEYWORDS


def _acronym_long_forms(definitions: list[_Acronym]) -> list[Span]:
    """ "Perhimpunan Hotel dan Restoran Indonesia (PHRI)": the long form is one organisation,
    and so is "Kejaksaan Negeri (Kejari) Serang" with the place it serves."""
    spans = []
    for definition in definitions:
        first = definition.words[0].lower()
        if first in NON_NAME_WORDS and first not in ORG_KEYWORDS:  # "PT …" opens a company
            continue
        spans.append((definition.start, definition.end, "ORG!"))
    return spans


@dataclass(slots=True)
class _Acronym:
    short: str
    name: str  # what the acronym stands for, with the place an office serves
    words: list[str]
    start: int
    end: int
    titled: bool  # the acronym names the office's head (Kajari), not the office


def _acronym_definitions(text: str, gazetteer: Gazetteer) -> list[_Acronym]:
    """Each "Long Form (ACR)" with the name the acronym stands for (with its place, if any)."""
    found = []
    for match in ACRONYM_DEF_RE.finditer(text):
        spans = list(re.finditer(r"\S+", match["long"]))
        words = [w.group(0) for w in spans]
        titles = 0
        while titles < len(words) - 1 and words[titles].lower() in PERSON_TITLES:
            titles += 1
        # "Deputi Bidang SDM Aparatur Kementerian PAN dan RB (KemenPAN-RB)": after a title the
        # office opens with its institution word.
        head = next((i for i in range(titles, len(words)) if words[i].lower() in ORG_KEYWORDS), None)
        if head is None:
            if titles:
                continue  # "Ketua Umum (Ketum)": a title, not an organisation
            head = 0  # "Indonesia Corruption Watch (ICW)"
        start = match.start("long") + spans[head].start()
        words = words[head:]
        name, end = " ".join(words), match.end("long")
        place = (match["place"] or "").strip()
        known = gazetteer.lookup(place) if place else None
        if known is not None and known.type == "GPE" and words[0].lower() in ORG_KEYWORDS:
            name, end = f"{name} {place}", match.end("place")
        # "Kepala Kejaksaan Negeri (Kajari)": the acronym is the head's title, not the office.
        titled = match["short"].lower() in PERSON_TITLES
        found.append(_Acronym(match["short"], name, words, start, end, titled))
    return found


# Towns this small share their names with people ("Cok Gede Sukawati"); larger cities rarely do.
_NAME_TOWN_MAX_POPULATION = 200_000
LEGAL_FORM_RE = re.compile(r"^(?:PT|CV|UD|Perum|Persero)\.?\s+|\s+(?:Tbk|\(Persero\))\.?$")
_LOCATIVE_WORDS = "(?:" + "|".join(LOCATIVE_WORDS) + ")"
_LOCATIVE_BEFORE_RE = re.compile(rf"\b{_LOCATIVE_WORDS}\s+$")
_LOCATIVE_RE = re.compile(rf"\b{_LOCATIVE_WORDS}\s+(?P<place>[A-Z][a-z]{{3,}})\b(?!\s+[A-Z])")


def _locative_places(text: str) -> list[Span]:
    """A lone capitalised word after "di", "ke", "wilayah" names a place: "di Tambora"."""
    return [
        (m.start("place"), m.end("place"), "GPE")
        for m in _LOCATIVE_RE.finditer(text)
        if m["place"].lower() not in ALWAYS_CAPITALISED and m["place"].lower() not in NON_NAME_WORDS
    ]


class _SpanIndex:
    """Spans bucketed by position, so finding those that overlap a span does not scan them all.

    A long article proposes thousands of spans; a list scan per proposal was quadratic
    (bench/hostile.py: 2.6 s of 11.5 s on a 100 KB article).
    """

    BUCKET = 256  # characters; names are shorter, so a span sits in one or two buckets

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        self.extend(spans)

    def append(self, span: tuple[int, int]) -> None:
        for bucket in range(span[0] // self.BUCKET, max(span[0], span[1] - 1) // self.BUCKET + 1):
            self._buckets.setdefault(bucket, []).append(span)

    def extend(self, spans: Iterable[tuple[int, int]]) -> None:
        for span in spans:
            self.append(span)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        found: dict[tuple[int, int], None] = {}
        for bucket in range(start // self.BUCKET, max(start, end - 1) // self.BUCKET + 1):
            for a, b in self._buckets.get(bucket, ()):
                if a < end and start < b:
                    found[(a, b)] = None
        return list(found)


def _trim_at_known(
    text: str, start: int, end: int, taken: _SpanIndex, *, last: bool = False
) -> tuple[int, int]:
    """Cut known names out of a proposed span and keep the longest rest, or with ``last``
    the last one (a person's name follows the title chain it ends).

    "Ridwan Kamil di Bandung" -> "Ridwan Kamil"; "Bulog Budi Waseso" -> "Budi Waseso";
    "Terminal Petikemas Surabaya Agus Wibisono" -> "Agus Wibisono" with ``last``.
    """
    overlapping = taken.overlapping(start, end)
    if not overlapping:
        return start, end
    pieces = [(start, end)]
    for a, b in overlapping:
        pieces = [p for s0, e0 in pieces for p in ((s0, min(e0, a)), (max(s0, b), e0)) if p[1] > p[0]]
    best = (start, start)
    for s0, e0 in pieces:
        while s0 < e0 and not text[s0].isalnum():
            s0 += 1
        while e0 > s0 and not text[e0 - 1].isalnum():
            e0 -= 1
        words = text[s0:e0].split()
        while words and words[-1].lower() in NON_NAME_WORDS:
            words.pop()
        while words and words[0].lower() in NON_NAME_WORDS:
            s0 = text.index(words[1], s0) if len(words) > 1 else e0
            words.pop(0)
        piece = (s0, s0 + len(" ".join(words))) if words else (s0, s0)
        if piece[1] - piece[0] >= best[1] - best[0] or (last and piece[1] > piece[0]):
            best = piece
    return best


def _after_title_chain(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` ends a capitalised chain that opens with a person's
    title: "Kapolres Bogor AKBP Rio", "Kepala Dinas PUPR Kabupaten Bogor Made Tampubolon"."""
    words = text[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    lowered = {w.lower().rstrip(".") for w in words}
    if lowered & (ORG_KEYWORDS | PLACE_KEYWORDS | PERSON_TITLES) or any(w.isupper() for w in words):
        return False  # "Perak AKBP", "Dinas PUPR": still part of the title
    chain = re.search(r"(?:[A-Z][\w.'-]*\s+){1,8}$", text[max(0, start - 120) : start])
    if chain is None:
        return False
    return any(w.lower().rstrip(".") in PERSON_TITLES for w in chain.group(0).split())


def _strip_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """Model spans may include a leading title ("Presiden Joko Widodo") or a trailing one
    ("Pelabuhan Tanjung Perak AKBP", before the officer's name); keep the name."""
    words = list(TOKEN_RE.finditer(text[start:end]))
    if not words:
        return start, end
    first, last = 0, len(words) - 1

    def lower_edge(word: str) -> bool:  # "said Wahyu Santoso", "Santoso said the"
        return word[:1].islower() and word not in NAME_PARTICLES

    while first < last and (
        words[first].group(0).lower().rstrip(".") in PERSON_TITLES or lower_edge(words[first].group(0))
    ):
        first += 1
    while last > first and lower_edge(words[last].group(0)):
        last -= 1
    # Only ranks written in capitals trail a place: "Mas" in "Kali Mas" is part of the name.
    while last > first and words[last].group(0).isupper() and words[last].group(0).lower() in PERSON_TITLES:
        last -= 1
    new_end = start + words[last].end() if last < len(words) - 1 else end
    new_start = start + words[first].start() if first else start
    # A sentence's full stop is not part of a name ("Jalan Kalianak."); an initial's is ("Jr.").
    last_word = text[new_start:new_end].split()[-1] if text[new_start:new_end].split() else ""
    if last_word.endswith(".") and len(last_word) > 3 and last_word[:-1].lower() not in ABBREVIATIONS:
        new_end -= 1
    return new_start, new_end


def _link(mentions: list[_Mention], definitions: list[_Acronym], gazetteer: Gazetteer) -> None:
    acronyms = {a.short: a.name for a in definitions if not a.titled}
    # Distinct names: a long article repeats them, and each mention is compared with all.
    full_people = list(
        dict.fromkeys(m.text for m in mentions if m.label == "PER" and len(m.text.split()) > 1)
    )
    longest = functools.lru_cache(maxsize=None)(lambda name: _longest_form(name, full_people))
    # Single-word names of the places the text names ("Kecamatan Simboro" -> "Simboro").
    places: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if m.label in ("LOC", "GPE") and not m.known and words:
            if len(words) == 2 and words[0].lower() in PLACE_KEYWORDS:
                words = words[1:]
            if len(words) == 1:
                places[words[0]] = m.label
    for mention in mentions:
        if mention.known:
            mention.canonical = mention.known.canonical
            mention.label = mention.known.type
            if mention.label == "PER":
                mention.canonical = longest(mention.canonical) or mention.canonical
            continue
        if mention.text in acronyms:
            long_form = acronyms[mention.text]
            known = gazetteer.lookup(long_form)
            mention.canonical = known.canonical if known else long_form
            mention.known = known
            mention.label = known.type if known else "ORG"
            continue
        if mention.label in ("PER", "PER?"):
            longer = longest(mention.text)
            if longer:
                mention.canonical, mention.label = longer, "PER"
            elif " " not in mention.text and mention.text in places:
                # "Kecamatan Simboro … Warga Simboro, Nurhayati": the place named before
                mention.canonical, mention.label = mention.text, places[mention.text]
            elif mention.label == "PER?":
                mention.label = ""  # a lone capitalised word that names nobody here
            else:
                mention.canonical = mention.text
            continue
        mention.canonical = str(mention.extra.get("canonical", mention.text))
    mentions[:] = [m for m in mentions if m.label]


_MAX_ALIASES = 12


def _add_aliases(
    entities: list[Entity], mentions: list[_Mention], definitions: list[_Acronym], gazetteer: Gazetteer
) -> None:
    """Each entity's surface forms: those in the text ("Rusia", "KPK"), the acronym the text
    defines for it, and the gazetteer's Indonesian and English names ("AS", "Amerika Serikat")."""
    short_forms = {a.name: a.short for a in definitions if not a.titled}
    for entity in entities:
        forms = [m.text for m in mentions if (m.canonical, m.label) == (entity.canonical, entity.type)]
        if entity.canonical in short_forms:
            forms.append(short_forms[entity.canonical])
        if entity.type != "PER":
            forms += gazetteer.aliases(entity.canonical, entity.type)
        seen = {entity.canonical}
        entity.aliases = [f for f in forms if not (f in seen or seen.add(f))][:_MAX_ALIASES]  # type: ignore[func-returns-value]


def _longest_form(name: str, people: list[str]) -> str | None:
    """The longest full name in the document that contains ``name`` as whole words."""
    tokens = name.replace("-", " ").split()
    best = None
    for person in people:
        person_tokens = person.replace("-", " ").split()
        if len(person_tokens) > len(tokens) and all(t in person_tokens for t in tokens):
            if best is None or len(person) > len(best):
                best = person
    return best


def _group(mentions: list[_Mention]) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = (mention.canonical, mention.label)
        entity = entities.get(key)
        if entity is None:
            known = mention.known
            entity = Entity(
                text=mention.text,
                type=mention.label,
                canonical=mention.canonical,
                country=known.country if known else mention.extra.get("country"),  # type: ignore[arg-type]
                start=mention.start,
                end=mention.end,
                lat=known.lat if known else None,
                lon=known.lon if known else None,
            )
            entities[key] = entity
        elif entity.country is None and mention.extra.get("country"):
            entity.country = str(mention.extra["country"])  # a later mention ("di Tambora") tells
        entity.mentions.append([mention.start, mention.end])
    return list(entities.values())
