"""Separate the article body from boilerplate and read header/footer metadata.

Works line by line over ``record.raw_lines``: hashtag lines, a repeated title,
photo captions, datelines, "Baca juga" links, author lines and page chrome are
recognised from the markers in ``warta.lang.id.boilerplate`` and recorded in
``record.boilerplate`` with a reason, never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlparse

from warta.config import Config
from warta.lang.id import boilerplate as bp
from warta.lang.id.outlets import DATELINE_DASHES, DOMAIN_OUTLETS, OUTLET_NAMES
from warta.linking import load_gazetteer
from warta.record import Author, Boilerplate, Dateline, Image, Record, RelatedLink

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
_DOMAIN_RE = re.compile(r"\.(?:com|co|id|net|org|co\.id|co\.uk|tv|news)\b", re.I)

HASHTAG_LINE_RE = re.compile(r"^\s*(?:#[\w\-]+[\s,;|]*)+$")
HASHTAG_RE = re.compile(r"#([\w\-]+)")
RELATED_RE = re.compile(
    r"^\s*(?:"
    + "|".join(r"\s*".join(map(re.escape, p.split())) for p in bp.RELATED_LINK_PREFIXES)
    + r")\b\s*[:\-\u2013|]*\s*",
    re.I,
)
_LABELS = sorted(bp.AUTHOR_LABELS, key=len, reverse=True)
AUTHOR_LINE_RE = re.compile(
    r"^\s*(?P<label>"
    + "|".join(re.escape(label) for label in _LABELS)
    + r")(?P<more>(?:\s*(?:&|dan|/)\s*(?:"
    + "|".join(re.escape(label) for label in _LABELS)
    + r"))*)\b(?:\s*[:|\-\u2013]\s*|\s+)(?P<names>.+)$",
    re.I,
)
AUTHOR_LABEL_ALONE_RE = re.compile(
    r"^\s*(?P<label>" + "|".join(re.escape(x) for x in _LABELS) + r")\s*:?\s*$", re.I
)
# Sign-offs closing an article: "(ant/abc)", "(mcr8/jpnn)", "(ian)", "[bag]", "(Reuters/AP)".
_AGENCIES = "(?:" + "|".join(bp.SIGN_OFF_AGENCIES) + ")"
INITIALS_RE = re.compile(
    rf"\s*[(\[](?P<codes>[a-z][a-z0-9]{{1,5}}(?:\s*/\s*[a-z0-9.]{{2,12}})*|{_AGENCIES}(?:/{_AGENCIES})*)[)\]]\s*$"
)
# "Gedung KPK di Jakarta. TEMPO/Andi Saputra" (or ". - Bisnis/Rachman"): a credit with no
# brackets after a caption.
BARE_CREDIT_RE = re.compile(
    r"^(?P<caption>.{10,}?[.!])\s+(?:[-\u2013\u2014]\s+)?"
    r"(?P<credit>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}/[A-Z][^/]{1,60})$"
)
# "(tribunbatam.id/Eko Setiawan)": a reporter credit on its own line.
CREDIT_LINE_RE = re.compile(r"\((?P<outlet>[a-z0-9-]+(?:\.[a-z]{2,6})+)/(?P<name>[A-Z][^()/]{1,60})\)")
# "Fadil Ramadhan - detikNews" or "Kompas.com - 10/07/2023, 14:30 WIB".
BYLINE_RE = re.compile(r"^(?P<left>[^-\u2013|]{2,60}?)\s+[-\u2013|]\s+(?P<right>[^-\u2013|]{2,60})$")
SINGLE_HASHTAG_RE = re.compile(r"^#[A-Za-z][\w\- ]{0,40}$")
_MAX_HEADER_UNITS = 12
T = TypeVar("T")
# Embedded-widget placeholders: "[Gambas:Video CNN]", "[embed]".
EMBED_LINE_RE = re.compile(r"^\[[^\]]{1,80}\]$")
# A trailing "(BP/Dokumen)", "(Reuters/Nama)" credit on a header line.
SLASH_CREDIT_RE = re.compile(
    r"^(?P<caption>.{10,}?)\s*\((?P<credit>[A-Za-z][\w .]{0,30}/[^()]{1,60})\)\.?\s*$"
)
TAGS_LINE_RE = re.compile(r"^\s*(?:tags?|topik|kata kunci)\s*:\s*(?P<tags>.+)$", re.I)
_CREDIT_WORDS = "|".join(re.escape(p) for p in bp.CREDIT_PREFIXES + bp.AGENCY_CREDITS)
CAPTION_CREDIT_RE = re.compile(
    rf"^(?P<caption>.*?)\s*\((?P<credit>(?:{_CREDIT_WORDS})\b[^()]{{0,80}})\)\.?\s*$", re.I
)
# In a known caption (figcaption) any trailing parenthesis that is not a date is the credit.
ANY_CREDIT_RE = re.compile(
    r"^(?:foto\s*:\s*)?(?P<caption>.*?)\s*\((?P<credit>[^()\d][^()]{1,80})\)\.?\s*$", re.I
)
CAPTION_FOTO_RE = re.compile(r"^(?P<caption>.*?)\s*(?:\||-|\u2013)?\s*(?P<credit>Foto\s*:\s*.+)$", re.I)
STRONG_CREDIT_RE = re.compile(
    r"\((?:antara foto|foto|dok\.?|istimewa)\b[^()]*\)\s*$|^foto\s*:|[.!]\s+foto\s*:"
    r"|\[[^\[\]/]{1,40}/[^\[\]]{1,60}\]\s*$|\u00a9\s*\d{4}\s+\S+/",
    re.I,
)
# "… Jakarta Timur. [Suara.com/Alfian Winanto]", "… Surabaya. ©2024 Merdeka.com/Bagus W."
MARKED_CREDIT_RE = re.compile(
    r"^(?P<caption>.{10,}?[.!])\s*(?:\[(?P<bracketed>[^\[\]/]{1,40}/[^\[\]]{1,60})\]"
    r"|\u00a9\s*\d{4}\s+(?P<copyright>\S+/.{1,60}))\s*$"
)
# "Foto/Reuters", "Foto: Dok. BPBD": the label is not part of the credit.
_CREDIT_LABEL_RE = re.compile(r"^(?:foto|photo)\s*[:/]\s*", re.I)
_NAME_RE = re.compile(r"^[A-Z][\w.'\-]*(?:\s+[A-Za-z][\w.'\-]*){0,5}$")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\bdan\b)\s*")
_NOT_PERSON = re.compile(
    r"\b(?:media|redaksi|tim|admin|cyber|network|group|developer|webmaster)\b|\.com\b|^\W*$", re.I
)
_SENTENCE_END = tuple('.!?"\u201d\u2019)')
_HEADER_MAX_WORDS = 30
_TRAILING_MAX_WORDS = 6


@dataclass(slots=True)
class _Unit:
    text: str
    kind: str = "body"  # body, or the boilerplate reason


def clean(record: Record, config: Config) -> Record:
    """Fill body, paragraphs, title, tags, outlet, dateline, authors, image, related links, boilerplate."""
    hints = record.hints
    units = [_Unit(text) for text in _units(record.raw_lines, record.raw_format)]
    title = hints.get("title") or hints.get("meta_title")
    link_urls: dict[str, str] = hints.get("link_urls", {})
    tags: list[str] = []
    authors: list[Author] = []
    related: list[RelatedLink] = []
    image: Image | None = None

    # Everything before a dateline paragraph ("JAKARTA, KOMPAS.com - …") is header.
    header_end = _find_dateline_unit(units)
    body_started = False
    pending_role: str | None = None
    pending_related = False
    for index, unit in enumerate(units):
        text = unit.text.strip()
        lowered = _plain(text)
        in_header = index < header_end if header_end is not None else not body_started
        if pending_role and _looks_like_names(text):
            authors += [Author(name, pending_role) for name in _split_names(text)]
            unit.kind, pending_role = "author-line", None
            continue
        pending_role = None
        if pending_related and len(text.split()) <= 20 and not text.endswith((".", '"', "\u201d")):
            # "Baca Juga" alone heads a list of linked titles, one a line.
            related.append(RelatedLink(text, _link_for(text, link_urls)))
            unit.kind = "related-link"
            continue
        pending_related = False
        if HASHTAG_LINE_RE.match(text) or SINGLE_HASHTAG_RE.match(text):
            tags += HASHTAG_RE.findall(text) if HASHTAG_LINE_RE.match(text) else [text.lstrip("#").strip()]
            unit.kind = "hashtags"
        elif (
            lowered in bp.CHROME_LINES
            or _is_chrome_phrase(lowered)
            or lowered.startswith(bp.CHROME_PREFIXES)
            or EMBED_LINE_RE.match(text)
        ):
            unit.kind = "page-chrome"
        elif match := TAGS_LINE_RE.match(text):
            tags += [t.strip(" #") for t in re.split(r"[,;|]", match["tags"]) if t.strip(" #")]
            unit.kind = "tags-line"
        elif match := RELATED_RE.match(text):
            rest = text[match.end() :].strip()
            if rest:
                related.append(RelatedLink(rest, _link_for(rest, link_urls)))
            else:
                pending_related = True
            unit.kind = "related-link"
        elif AUTHOR_LABEL_ALONE_RE.match(text):
            pending_role = bp.AUTHOR_LABELS[AUTHOR_LABEL_ALONE_RE.match(text)["label"].lower()]  # type: ignore[index]
            unit.kind = "author-line"
        elif (found := _author_line(text)) is not None:
            authors += found
            unit.kind = "author-line"
        elif INITIALS_RE.fullmatch(text):
            unit.kind = "author-initials"
            hints.setdefault("initials", []).append(INITIALS_RE.fullmatch(text)["codes"])  # type: ignore[index]
        elif match := CREDIT_LINE_RE.fullmatch(text):
            authors += [Author(name, "reporter") for name in _split_names(match["name"])]
            unit.kind = "author-credit"
        elif title and _plain(text) == _plain(title):
            unit.kind = "repeated-title" if index or hints.get("meta_title") else "title"
        elif in_header and (found := _header_line(text, hints)) is not None:
            authors += found
            unit.kind = "header-line"
        elif in_header and (cap := _header_caption(text, known=header_end is not None)):
            image = image or Image(*cap)
            unit.kind = "image-caption"
        elif body_started and _caption(text, strict=True) and not text.endswith(_SENTENCE_END[:3]):
            image = image or Image(*_caption(text, strict=True))  # type: ignore[misc]
            unit.kind = "image-caption"
        elif hints.get("meta_caption") and _plain(text) == _plain(hints["meta_caption"]):
            image = image or _known_caption(text)
            unit.kind = "image-caption"
        elif hints.get("meta_description") and _same_start(text, hints["meta_description"]):
            unit.kind = "summary"
        elif in_header and title is None and _is_headline(text, units[index + 1 :]):
            title = text
            unit.kind = "title"
        elif header_end is not None and index < header_end:
            unit.kind = "header-line"
        else:
            body_started = True

    _drop_trailing_chrome(units)
    body_units = [u for u in units if u.kind == "body"]
    dateline, outlet = None, None
    if body_units:
        dateline, outlet, body_units[0].text = _dateline(body_units[0].text.strip())
        if not body_units[0].text:
            body_units[0].kind = "dateline"
    for unit in units:
        # "… tegasnya. (boy/jpnn)": the sign-off closes a paragraph, usually the last one.
        if (
            unit.kind == "body"
            and (match := INITIALS_RE.search(unit.text))
            and len(unit.text) > len(match[0])
        ):
            hints.setdefault("initials", []).append(match["codes"])
            record.boilerplate.append(Boilerplate(match[0].strip(), "author-initials"))
            unit.text = unit.text[: match.start()].rstrip()

    paragraphs = [" ".join(u.text.split()) for u in units if u.kind == "body" and u.text.strip()]
    record.paragraphs = paragraphs
    record.body = "\n\n".join(paragraphs)
    record.boilerplate += [
        Boilerplate(u.text.strip(), u.kind) for u in units if u.kind not in ("body", "title")
    ]
    record.title = " ".join(title.split()) if title else None
    record.tags = _unique_by(tags + list(hints.get("meta_tags", [])), str)
    related += [RelatedLink(title, url) for title, url in hints.get("related_links", [])]
    for line in hints.get("byline_lines", []):
        authors += _author_line(line) or []
    record.related_links = _unique_by(related, lambda link: link.title)
    record.image = image or (_known_caption(hints["meta_caption"]) if hints.get("meta_caption") else None)
    record.authors = _merge_authors(authors, hints)
    record.dateline = dateline
    record.outlet = outlet or _outlet_from_hints(record)
    if not record.body:
        record.warnings.append("no-body")
    return record


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
    return " ".join(text.lower().split()).strip(" .:!-\u2013|\u2022")


def _same_start(text: str, summary: str) -> bool:
    """The page's summary repeated as a paragraph (possibly cut short in one of them)."""
    a, b = _plain(text), _plain(summary)
    size = min(len(a), len(b), 100)
    return size >= 40 and a[:size] == b[:size]


def _is_chrome_phrase(lowered: str) -> bool:
    if len(lowered.split()) > 25:
        return False
    return any(phrase in lowered for phrase in bp.CHROME_PHRASES)


def _looks_like_names(text: str) -> bool:
    return bool(text) and len(text) <= 80 and all(_NAME_RE.match(n) for n in _split_names(text) if n)


def _split_names(text: str) -> list[str]:
    names = [n.strip(" .") for n in _NAME_SPLIT_RE.split(text)]
    return [n for n in names if n and not _NOT_PERSON.search(n)]


def _author_line(text: str) -> list[Author] | None:
    """Parse "Penulis: A | Editor: B" or "Laporan Wartawan Tribunnews.com, Nama"."""
    if len(text) > 160:
        return None
    parts = [p for p in re.split(r"\s+[|/]\s+|\s*\|\s*", text) if p]
    found: list[Author] = []
    for part in parts:
        match = AUTHOR_LINE_RE.match(part)
        if not match:
            if found and _known_place(part.strip()):
                continue  # "Laporan Wartawan Serambinews.com, Nama | Aceh Tengah"
            return None
        labels = [match["label"]] + [x for x in re.split(r"\s*(?:&|dan|/)\s*", match["more"] or "") if x]
        roles = [bp.AUTHOR_LABELS[label.lower()] for label in labels]  # "Redaktur & Reporter : Boy"
        role = roles[0]
        names = match["names"].strip()
        if role == "reporter" and "," in names and _DOMAIN_RE.search(names.split(",")[0]):
            names = names.split(",", 1)[1]  # "Laporan Wartawan Tribunnews.com, Nama"
        if not _looks_like_names(names):
            return None
        found += [Author(name, each) for name in _split_names(names) for each in roles]
    return found or None


def _caption(text: str, *, strict: bool) -> tuple[str, str] | None:
    """Return (caption, credit) when the line ends with a photo credit."""
    if len(text.split()) > 60:
        return None
    if strict and not STRONG_CREDIT_RE.search(text):
        return None
    match = CAPTION_CREDIT_RE.match(text)
    if match:
        return match["caption"].strip(), _credit(match["credit"])
    match = CAPTION_FOTO_RE.match(text)
    if match and match["caption"].strip():
        return match["caption"].strip(" |-"), _credit(match["credit"])
    match = MARKED_CREDIT_RE.match(text)
    if match:
        return match["caption"].strip(), _credit(match["bracketed"] or match["copyright"])
    return None


def _credit(text: str) -> str:
    return _CREDIT_LABEL_RE.sub("", text.strip()).strip()


def _find_dateline_unit(units: list[_Unit]) -> int | None:
    """Index of the first paragraph that opens with a dateline, within the first few."""
    for index, unit in enumerate(units[:_MAX_HEADER_UNITS]):
        dateline, outlet, rest = _dateline(unit.text.strip())
        if (dateline or outlet) and len(rest.split()) >= 5:
            return index
    return None


def _header_line(text: str, hints: dict) -> list[Author] | None:
    """Header metadata: a date line, an outlet line, "Nama - detikNews", "Kompas.com - 10/07/2023"."""
    if len(text.split()) > 14:
        return None
    if _is_date_line(text):
        hints.setdefault("header_date_line", text)
        return []
    if _is_outlet(text) and len(text.split()) <= 4:
        hints.setdefault("meta_outlet", text)
        return []
    match = BYLINE_RE.match(text)
    if match and _is_outlet(match["right"]):
        left = match["left"]
        if _is_date_line(left) or _is_date_line(match["right"]):
            return None
        hints.setdefault("meta_outlet", match["right"])
        return [Author(name, "author") for name in _split_names(left)] if _looks_like_names(left) else []
    if match and _is_outlet(match["left"]) and _is_date_line(match["right"]):
        hints.setdefault("meta_outlet", match["left"])
        hints.setdefault("header_date_line", match["right"])
        return []
    return None


def _header_caption(text: str, *, known: bool) -> tuple[str, str | None] | None:
    """A photo caption in the header: a credit in brackets, after "Foto:", or "… TEMPO/Nama"."""
    found = _caption(text, strict=False) or _slash_caption(text)
    if found:
        return found
    match = BARE_CREDIT_RE.match(text)
    if match:
        return match["caption"].strip(), _credit(match["credit"])
    if (
        known
        and len(text.split()) <= 40
        and (match := ANY_CREDIT_RE.match(text))
        and match["caption"].strip()
    ):
        return match["caption"].strip(), _credit(match["credit"])
    return None


def _slash_caption(text: str) -> tuple[str, str] | None:
    if len(text.split()) > 40 or INITIALS_RE.search(text):
        return None  # "(ant/abc)" closes a paragraph; it is not a photo credit
    match = SLASH_CREDIT_RE.match(text)
    return (match["caption"].strip(), match["credit"].strip()) if match else None


def _is_date_line(text: str) -> bool:
    """A printed publication line: "Kamis, 02 Nov 2023 16:20 WIB", "Rabu (10/5/2023)"."""
    from warta.stages.dates import ABSOLUTE_PATTERNS, EXPLICIT_PATTERNS

    if len(text.split()) > 10 or text.endswith((".", "?", "!")):
        return False
    return any(pattern.search(text) for _, pattern in ABSOLUTE_PATTERNS[:EXPLICIT_PATTERNS])


def _known_caption(text: str) -> Image:
    """A figcaption: "Foto: Presiden Joko Widodo. (Biro Pers)" -> caption and credit."""
    found = _caption(text, strict=False)
    if found:
        return Image(*found)
    match = ANY_CREDIT_RE.match(text) or BARE_CREDIT_RE.match(text)
    if match and match["caption"].strip():
        return Image(match["caption"].strip(), _credit(match["credit"]))
    return Image(text, None)


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
        if _is_outlet(first) and not _is_outlet(second):
            outlet, place = first, second
        elif _is_outlet(second) or (_known_place(first) and not _known_place(second)):
            place, outlet = first, second  # "Mamuju, IDN Times -": a known place, then the outlet
        else:
            return None, None, text
    elif (
        match := DATELINE_PLACE_RE.match(head)
        or DATELINE_GLUED_RE.match(head)
        or DATELINE_PERIOD_RE.match(head)
    ) and _known_place(match["place"]):
        place, outlet = match["place"], None
    elif (match := DATELINE_OUTLET_RE.match(head)) and _is_outlet(match["outlet"]):
        return None, _outlet_name(match["outlet"]), text[match.end() :].strip()
    elif (
        (match := DATELINE_NODASH_RE.match(head))
        and _is_outlet(match["outlet"])
        and _known_place(match["place"])
    ):
        place, outlet = match["place"], match["outlet"]
    else:
        return None, None, text
    place = place.strip()
    display = place.title() if place.isupper() and len(place) > 3 else place
    known = load_gazetteer().lookup(display) or load_gazetteer().lookup_place(display)
    dateline = Dateline(display, known.canonical if known else display, known.country if known else None)
    return dateline, _outlet_name(outlet) if outlet else None, text[match.end() :].strip()


def _is_outlet(text: str) -> bool:
    return bool(_DOMAIN_RE.search(text)) or text.lower() in OUTLET_NAMES


def _known_place(text: str) -> bool:
    found = load_gazetteer().lookup(text.title() if text.isupper() else text)
    return found is not None and found.type in ("GPE", "LOC")


def _outlet_name(text: str) -> str:
    """The outlet as printed, with the outlet's own casing where only the case differs."""
    text = text.strip()
    display = OUTLET_NAMES.get(text.lower())
    return display if display and (display.lower() == text.lower() or text.isupper()) else text


def _outlet_from_hints(record: Record) -> str | None:
    if record.hints.get("meta_outlet"):
        return _outlet_name(record.hints["meta_outlet"])
    url = record.url or record.hints.get("meta_url")
    if url:
        host = urlparse(url).hostname or ""
        for domain, name in DOMAIN_OUTLETS.items():
            if host == domain or host.endswith("." + domain):
                return name
    return None


def _drop_trailing_chrome(units: list[_Unit]) -> None:
    """Short label-like lines after the last real paragraph are page chrome ("Komentar", "Terkait")."""
    for unit in reversed(units):
        if unit.kind != "body":
            continue
        words = unit.text.split()
        if len(words) > _TRAILING_MAX_WORDS or unit.text.endswith(_SENTENCE_END):
            break
        unit.kind = "trailing-chrome"


def _link_for(title: str, link_urls: dict[str, str]) -> str | None:
    return link_urls.get(title.strip()) or link_urls.get(" ".join(title.split()))


def _merge_authors(found: list[Author], hints: dict) -> list[Author]:
    authors = list(found)
    for name in hints.get("meta_authors", []):
        authors += [Author(n, "author") for n in _split_names(name)]
    for name in hints.get("meta_editors", []):
        authors += [Author(n, "editor") for n in _split_names(name)]
    seen: set[tuple[str, str]] = set()
    unique: list[Author] = []
    for author in authors:
        key = (author.name.lower(), author.role)
        names_with_role = {a.name.lower() for a in unique}
        if key in seen or (author.role == "author" and author.name.lower() in names_with_role):
            continue
        seen.add(key)
        unique.append(author)
    return unique


def _unique_by(items: list[T], key: Callable[[T], str]) -> list[T]:
    """Keep the first of items whose keys are equal, ignoring case; drop empty ones."""
    seen: set[str] = set()
    out = []
    for item in items:
        folded = key(item).lower()
        if folded and folded not in seen:
            seen.add(folded)
            out.append(item)
    return out
