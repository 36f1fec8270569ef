"""Classify the lines of the input into body and boilerplate, and note what the other lines say.

Works line by line over ``record.raw_lines``: hashtag lines, a repeated title,
photo captions, datelines, "Baca juga" links, author lines and page chrome are
recognised from the markers in ``warta.lang.id.boilerplate`` and recorded in
``record.boilerplate`` with a reason, never silently dropped. What those lines
say (an author, a printed date, a caption, a tag, the dateline) becomes
evidence (source ``header`` above the body, ``body`` within and after it,
``dateline`` for the body's opening); the ``meta`` stage resolves the fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.config import Config
from warta.extract import bylines
from warta.extract.bylines import CREDIT_LINE_RE, INITIALS_RE, known_place
from warta.extract.captions import caption, header_caption, known_caption
from warta.extract.outlets import is_outlet, outlet_name
from warta.lang.id import boilerplate as bp
from warta.lang.id.outlets import DATELINE_DASHES
from warta.linking import load_gazetteer
from warta.record import Author, Boilerplate, Dateline, Evidence, Found, Image, Record, RelatedLink, Source

_DASH = f"[{DATELINE_DASHES}]{{1,3}}"
_PLACE = r"[A-Z][A-Za-z.'\u2019]*(?:[ -][A-Z][A-Za-z.'\u2019]*){0,3}"
_OUTLET = r"[A-Za-z0-9][\w.\-/]*(?: [A-Z][\w.\-]*){0,2}"
DATELINE_PAREN_RE = re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<outlet>[^()]{{2,40}})\)\s*{_DASH}\s*")
DATELINE_COMMA_RE = re.compile(
    rf"^(?P<first>{_PLACE}|{_OUTLET}),\s*(?P<second>{_OUTLET}|{_PLACE})\s*(?:{_DASH}|:)\s+"
)
DATELINE_PLACE_RE = re.compile(rf"^(?P<place>{_PLACE})\s+{_DASH}(?:\s+|$)")
# "BALIKPAPAN–Pemerintah …" (dash glued to an upper-case place) and "Denpasar. Pemerintah …".
DATELINE_GLUED_RE = re.compile(rf"^(?P<place>[A-Z][A-Z .'-]{{2,30}}?)\s*{_DASH}\s*(?=[A-Z])")
DATELINE_PERIOD_RE = re.compile(rf"^(?P<place>{_PLACE})\.\s+(?=[A-Z])")
# "TRIBUNNEWS.COM - …" (outlet only) and "Liputan6.com, Jakarta Baru-baru ini …" (no dash).
DATELINE_OUTLET_RE = re.compile(rf"^(?P<outlet>{_OUTLET})\s*{_DASH}\s+")
DATELINE_NODASH_RE = re.compile(rf"^(?P<outlet>{_OUTLET}),\s*(?P<place>{_PLACE}?)\s+(?=[A-Z])")

HASHTAG_LINE_RE = re.compile(r"^\s*(?:#[\w\-]+[\s,;|]*)+$")
HASHTAG_RE = re.compile(r"#([\w\-]+)")
RELATED_RE = re.compile(
    r"^\s*(?:"
    + "|".join(r"\s*".join(map(re.escape, p.split())) for p in bp.RELATED_LINK_PREFIXES)
    + r")\b\s*[:\-\u2013|]*\s*",
    re.I,
)
# "Fadil Ramadhan - detikNews" or "Kompas.com - 10/07/2023, 14:30 WIB".
BYLINE_RE = re.compile(r"^(?P<left>[^-\u2013|]{2,60}?)\s+[-\u2013|]\s+(?P<right>[^-\u2013|]{2,60})$")
SINGLE_HASHTAG_RE = re.compile(r"^#[A-Za-z][\w\- ]{0,40}$")
_MAX_HEADER_UNITS = 12
# An HTML page's body under this many characters gets a "short-body" warning.
SHORT_PAGE_BODY_CHARS = 300
# Embedded-widget placeholders: "[Gambas:Video CNN]", "[embed]".
EMBED_LINE_RE = re.compile(r"^\[[^\]]{1,80}\]$")
TAGS_LINE_RE = re.compile(r"^\s*(?:tags?|topik|kata kunci)\s*:\s*(?P<tags>.+)$", re.I)
# Latin, then CJK full-width sentence ends ("。", "！", "？", closing corner brackets).
_SENTENCE_END = tuple('.!?"\u201d\u2019)') + tuple("\u3002\uff01\uff1f\u300d\u300f")
_HEADER_MAX_WORDS = 30
_TRAILING_MAX_WORDS = 6
# Labels are short in characters too: a CJK paragraph has no spaces, so it is one "word".
_TRAILING_MAX_CHARS = 40


@dataclass(slots=True)
class _Unit:
    text: str
    kind: str = "body"  # body, or the boilerplate reason


def clean(record: Record, config: Config) -> Record:
    """Fill body, paragraphs and boilerplate; add what the other lines say to ``record.evidence``."""
    evidence = record.evidence
    units = [_Unit(text) for text in _units(record.raw_lines, record.raw_format)]
    title = evidence.titles[0].value if evidence.titles else None
    # The title came from the page or the JSON object, not only from the caller.
    title_is_metadata = any(t.source != Source.CALLER for t in evidence.titles)
    figure_caption = evidence.captions[0].value if evidence.captions else None
    description = evidence.descriptions[0].value if evidence.descriptions else None
    found = _LineEvidence()

    # Everything before a dateline paragraph ("JAKARTA, KOMPAS.com - …") is header.
    header_end = _find_dateline_unit(units)
    body_started = False
    pending_role: str | None = None
    pending_related = False
    for index, unit in enumerate(units):
        text = unit.text.strip()
        lowered = _plain(text)
        in_header = index < header_end if header_end is not None else not body_started
        where = Source.HEADER if in_header else Source.BODY
        if pending_role and bylines.looks_like_names(text):
            found.authors += [
                Found(Author(name, pending_role), where, text) for name in bylines.split_names(text)
            ]
            unit.kind, pending_role = "author-line", None
            continue
        pending_role = None
        if pending_related and len(text.split()) <= 20 and not text.endswith((".", '"', "\u201d")):
            # "Baca Juga" alone heads a list of linked titles, one a line.
            found.related.append(Found(RelatedLink(text, _link_for(text, evidence.anchors)), Source.BODY))
            unit.kind = "related-link"
            continue
        pending_related = False
        if HASHTAG_LINE_RE.match(text) or SINGLE_HASHTAG_RE.match(text):
            tags = HASHTAG_RE.findall(text) if HASHTAG_LINE_RE.match(text) else [text.lstrip("#").strip()]
            found.tags += [Found(tag, where, text) for tag in tags]
            unit.kind = "hashtags"
        elif (
            lowered in bp.CHROME_LINES
            or is_chrome_label(text)
            or _is_chrome_phrase(lowered)
            or lowered.startswith(bp.CHROME_PREFIXES)
            or EMBED_LINE_RE.match(text)
        ):
            unit.kind = "page-chrome"
        elif match := TAGS_LINE_RE.match(text):
            tags = [t.strip(" #") for t in re.split(r"[,;|]", match["tags"]) if t.strip(" #")]
            found.tags += [Found(tag, where, text) for tag in tags]
            unit.kind = "tags-line"
        elif match := RELATED_RE.match(text):
            rest = text[match.end() :].strip()
            if rest:
                found.related.append(Found(RelatedLink(rest, _link_for(rest, evidence.anchors)), Source.BODY))
            else:
                pending_related = True
            unit.kind = "related-link"
        elif match := bylines.AUTHOR_LABEL_ALONE_RE.match(text):
            pending_role = bylines.role_of(match["label"])
            unit.kind = "author-line"
        elif (authors := bylines.author_line(text)) is not None:
            found.authors += [Found(author, where, text) for author in authors]
            unit.kind = "author-line"
        elif match := INITIALS_RE.fullmatch(text):
            found.sign_offs.append(Found(match["codes"], Source.BODY, text))
            unit.kind = "author-initials"
        elif match := CREDIT_LINE_RE.fullmatch(text):
            found.authors += [
                Found(Author(name, "reporter"), where, text) for name in bylines.split_names(match["name"])
            ]
            unit.kind = "author-credit"
        elif title and _plain(text) == _plain(title):
            unit.kind = "repeated-title" if index or title_is_metadata else "title"
        elif in_header and (header := _header_line(text)) is not None:
            found.add_header(header, text)
            unit.kind = "header-line"
        elif in_header and (cap := header_caption(text, known=header_end is not None)):
            found.images.append(Found(Image(*cap), Source.HEADER, text))
            unit.kind = "image-caption"
        elif body_started and (cap := caption(text, strict=True)) and not text.endswith(_SENTENCE_END[:3]):
            found.images.append(Found(Image(*cap), Source.BODY, text))
            unit.kind = "image-caption"
        elif figure_caption and _plain(text) == _plain(figure_caption):
            found.images.append(Found(known_caption(text), where, text))
            unit.kind = "image-caption"
        elif description and in_header and header_end is not None and _same_start(text, description):
            # The page's summary printed above a dateline lead is a teaser; elsewhere the
            # description is the lead paragraph itself (many pages copy it there), so body.
            unit.kind = "summary"
        elif in_header and title is None and _is_headline(text, units[index + 1 :]):
            title = text
            found.titles.append(Found(text, Source.HEADER))
            unit.kind = "title"
        elif header_end is not None and index < header_end:
            unit.kind = "header-line"
        else:
            body_started = True

    _drop_trailing_chrome(units)
    body_units = [u for u in units if u.kind == "body"]
    if body_units:
        first = body_units[0]
        dateline, outlet, first.text = _dateline(first.text.strip())
        if dateline is not None:
            found.datelines.append(Found(dateline, Source.DATELINE))
        if outlet is not None:
            found.outlets.append(Found(outlet, Source.DATELINE))
        if not first.text:
            first.kind = "dateline"
    for unit in units:
        # "… tegasnya. (boy/jpnn)": the sign-off closes a paragraph, usually the last one.
        if (
            unit.kind == "body"
            and (match := INITIALS_RE.search(unit.text))
            and len(unit.text) > len(match[0])
        ):
            found.sign_offs.append(Found(match["codes"], Source.BODY, unit.text))
            record.boilerplate.append(Boilerplate(match[0].strip(), "author-initials"))
            unit.text = unit.text[: match.start()].rstrip()

    paragraphs = [" ".join(u.text.split()) for u in units if u.kind == "body" and u.text.strip()]
    record.paragraphs = paragraphs
    record.body = "\n\n".join(paragraphs)
    record.boilerplate += [
        Boilerplate(u.text.strip(), u.kind) for u in units if u.kind not in ("body", "title")
    ]
    # A printed date among the removed lines ("Rabu, 10 Mei 2023 14:30 WIB") is the page's date line.
    found.dates += [
        Found(item.text, Source.HEADER) for item in record.boilerplate if _has_explicit_date(item.text)
    ]
    found.add_to(evidence)
    if not record.body:
        record.warnings.append("no-body")
    elif record.raw_format == "html" and len(record.body) < SHORT_PAGE_BODY_CHARS:
        # A page whose article is this short is mostly a teaser, a caption or a video's blurb.
        record.warnings.append(f"short-body: {len(record.body)} characters from an HTML page")
    return record


@dataclass(slots=True)
class _LineEvidence:
    """What the lines say, in line order, before it joins the record's evidence."""

    titles: list[Found[str]] = field(default_factory=list)
    dates: list[Found[str]] = field(default_factory=list)
    authors: list[Found[Author]] = field(default_factory=list)
    outlets: list[Found[str]] = field(default_factory=list)
    tags: list[Found[str]] = field(default_factory=list)
    images: list[Found[Image]] = field(default_factory=list)
    datelines: list[Found[Dateline]] = field(default_factory=list)
    related: list[Found[RelatedLink]] = field(default_factory=list)
    sign_offs: list[Found[str]] = field(default_factory=list)
    # The header's printed date line comes before other removed lines that carry a date.
    header_dates: list[Found[str]] = field(default_factory=list)

    def add_header(self, header: _Header, text: str) -> None:
        if header.date:
            self.header_dates.append(Found(header.date, Source.HEADER, text))
        if header.outlet:
            self.outlets.append(Found(header.outlet, Source.HEADER, text))
        self.authors += [Found(author, Source.HEADER, text) for author in header.authors]

    def add_to(self, evidence: Evidence) -> None:
        evidence.titles += self.titles
        evidence.dates += self.header_dates + self.dates
        evidence.authors += self.authors
        evidence.outlets += self.outlets
        evidence.tags += self.tags
        evidence.images += self.images
        evidence.datelines += self.datelines
        evidence.related_links += self.related
        evidence.sign_offs += self.sign_offs


def _units(lines: list[str], raw_format: str) -> list[str]:
    """Split raw lines into paragraphs: blank-line blocks, re-joined where a line was hard-wrapped."""
    units: list[str] = []
    previous_blank = True
    for line in lines:
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        joinable = (
            units
            and not previous_blank
            and raw_format == "text"
            and len(units[-1]) >= 60
            and not units[-1].endswith(_SENTENCE_END + (":",))
            and stripped[:1].islower()
        )
        if joinable:
            units[-1] = f"{units[-1]} {stripped}"
        else:
            units.append(stripped)
        previous_blank = False
    return units


def _plain(text: str) -> str:
    """Lower-cased, spaces collapsed, list bullets and closing punctuation trimmed."""
    return " ".join(text.lower().split()).strip(" .:!*-\u2013|\u2022")


# Everything that is not a letter or a digit, for chrome labels: "Memuat...", "LOADING…", "Iklan ▼".
_NOT_WORD_RE = re.compile(r"[\W_]+")
# Label separators within one chrome line: "Advertisement - Scroll to continue".
_LABEL_SPLIT_RE = re.compile(r"\s+[-\u2013\u2014|\u00b7\u2022]\s+")


def _label_words(text: str) -> str:
    """A line reduced to its words, lower-cased: "Memuat..." -> "memuat"."""
    return " ".join(_NOT_WORD_RE.sub(" ", text.lower()).split())


def is_chrome_label(text: str) -> bool:
    """A line that is page chrome by rule, in any casing and punctuation.

    Each part of the line (parts split on " - ", " | ", " · ") is a chrome label of
    ``CHROME_LINES`` or ``CHROME_LABELS``, or a scroll instruction: a short phrase that
    starts with a scroll verb and has a "continue" word ("Gulir untuk melanjutkan",
    "Scroll down to continue reading").
    """
    if len(text) > _MAX_LABEL_CHARS:
        return False
    parts = [_label_words(part) for part in _LABEL_SPLIT_RE.split(text)]
    parts = [part for part in parts if part]
    # A line of symbols alone ("·", "***", "▼") separates or decorates: chrome too.
    return all(_is_label(part) for part in parts)


_MAX_LABEL_CHARS = 80
_MAX_SCROLL_WORDS = 8


def _is_label(words: str) -> bool:
    if words in bp.CHROME_LINES or words in bp.CHROME_LABELS:
        return True
    tokens = words.split()
    return (
        len(tokens) <= _MAX_SCROLL_WORDS
        and tokens[0] in bp.SCROLL_VERBS
        and any(token in bp.CONTINUE_WORDS for token in tokens[1:])
    )


def _same_start(text: str, summary: str) -> bool:
    """The page's summary repeated as a paragraph (possibly cut short in one of them)."""
    a, b = _plain(text), _plain(summary)
    size = min(len(a), len(b), 100)
    return size >= 40 and a[:size] == b[:size]


def _is_chrome_phrase(lowered: str) -> bool:
    if len(lowered.split()) > 25:
        return False
    return any(phrase in lowered for phrase in bp.CHROME_PHRASES)


def _find_dateline_unit(units: list[_Unit]) -> int | None:
    """Index of the first paragraph that opens with a dateline, within the first few."""
    for index, unit in enumerate(units[:_MAX_HEADER_UNITS]):
        dateline, outlet, rest = _dateline(unit.text.strip())
        if (dateline or outlet) and len(rest.split()) >= 5:
            return index
    return None


@dataclass(slots=True)
class _Header:
    """What a header line says: a printed date, the outlet, bylined authors."""

    date: str | None = None
    outlet: str | None = None
    authors: list[Author] = field(default_factory=list)


def _header_line(text: str) -> _Header | None:
    """Header metadata: a date line, an outlet line, "Nama - detikNews", "Kompas.com - 10/07/2023"."""
    if len(text.split()) > 14:
        return None
    if _is_date_line(text):
        return _Header(date=text)
    if is_outlet(text) and len(text.split()) <= 4:
        return _Header(outlet=text)
    match = BYLINE_RE.match(text)
    if match and is_outlet(match["right"]):
        left = match["left"]
        if _is_date_line(left) or _is_date_line(match["right"]):
            return None
        names = bylines.split_names(left) if bylines.looks_like_names(left) else []
        return _Header(outlet=match["right"], authors=[Author(name, "author") for name in names])
    if match and is_outlet(match["left"]) and _is_date_line(match["right"]):
        return _Header(date=match["right"], outlet=match["left"])
    return None


def _has_explicit_date(text: str) -> bool:
    """A short removed line that prints a full date ("Rabu, 10 Mei 2023 14:30 WIB")."""
    from warta.stages.dates import ABSOLUTE_PATTERNS, EXPLICIT_PATTERNS

    return len(text) < 80 and any(p.search(text) for _, p in ABSOLUTE_PATTERNS[:EXPLICIT_PATTERNS])


def _is_date_line(text: str) -> bool:
    """A printed publication line: "Kamis, 02 Nov 2023 16:20 WIB", "Rabu (10/5/2023)"."""
    from warta.stages.dates import ABSOLUTE_PATTERNS, EXPLICIT_PATTERNS

    if len(text.split()) > 10 or text.endswith((".", "?", "!")):
        return False
    return any(pattern.search(text) for _, pattern in ABSOLUTE_PATTERNS[:EXPLICIT_PATTERNS])


def _is_headline(text: str, rest: list[_Unit]) -> bool:
    words = text.split()
    if not words or len(words) > _HEADER_MAX_WORDS or len(text) > 220:
        return False
    if text.endswith((".", ",", ";")) and not text.endswith("..."):
        return False
    return any(len(u.text.split()) > len(words) for u in rest)


def _dateline(text: str) -> tuple[Dateline | None, str | None, str]:
    """Split "Pyongyang (Lampost.co) -- Pemimpin …" into dateline, outlet and the rest."""
    head = text[:90]
    if match := DATELINE_PAREN_RE.match(head):
        place, outlet = match["place"], match["outlet"]
    elif match := DATELINE_COMMA_RE.match(head):
        first, second = match["first"], match["second"]
        if is_outlet(first) and not is_outlet(second):
            outlet, place = first, second
        elif is_outlet(second) or (known_place(first) and not known_place(second)):
            place, outlet = first, second  # "Mamuju, IDN Times -": a known place, then the outlet
        else:
            return None, None, text
    elif (
        match := DATELINE_PLACE_RE.match(head)
        or DATELINE_GLUED_RE.match(head)
        or DATELINE_PERIOD_RE.match(head)
    ) and known_place(match["place"]):
        place, outlet = match["place"], None
    elif (match := DATELINE_OUTLET_RE.match(head)) and is_outlet(match["outlet"]):
        return None, outlet_name(match["outlet"]), text[match.end() :].strip()
    elif (
        (match := DATELINE_NODASH_RE.match(head))
        and is_outlet(match["outlet"])
        and known_place(match["place"])
    ):
        place, outlet = match["place"], match["outlet"]
    else:
        return None, None, text
    place = place.strip()
    display = place.title() if place.isupper() and len(place) > 3 else place
    known = load_gazetteer().lookup(display) or load_gazetteer().lookup_place(display)
    dateline = Dateline(display, known.canonical if known else display, known.country if known else None)
    return dateline, outlet_name(outlet) if outlet else None, text[match.end() :].strip()


def _drop_trailing_chrome(units: list[_Unit]) -> None:
    """Short label-like lines after the last real paragraph are page chrome ("Komentar", "Terkait")."""
    for unit in reversed(units):
        if unit.kind != "body":
            continue
        words = unit.text.split()
        too_long = len(words) > _TRAILING_MAX_WORDS or len(unit.text) > _TRAILING_MAX_CHARS
        if too_long or unit.text.endswith(_SENTENCE_END):
            break
        unit.kind = "trailing-chrome"


def _link_for(title: str, link_urls: dict[str, str]) -> str | None:
    return link_urls.get(title.strip()) or link_urls.get(" ".join(title.split()))
