"""The Warta record: one clean, structured news article.

Every stage fills its own fields; spans (``start``/``end``) are character
offsets into ``Record.body``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

AUTHOR_ROLES = ("author", "editor", "reporter", "photographer", "contributor")
QUOTE_KINDS = ("direct", "indirect")
CLAIM_TYPES = ("accusation", "denial", "confirmation")
CLAIM_STATUSES = ("open", "denied", "confirmed")
# PLOVER's sixteen event types (PLOVER manual, ../shared/data/events/PLOVER_MANUAL.tex).
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
EVENT_QUADS = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")
TONE_LABELS = ("negative", "neutral", "positive")


class Source(StrEnum):
    """Where a piece of evidence (or the published date) was found: a closed set.

    The values are the strings the JSON record carries in ``published.source``.
    """

    CALLER = "caller"  # given by the caller: analyze(published=..., title=...), a feed entry
    JSON = "json"  # a key of the input JSON object
    JSONLD = "jsonld"  # a schema.org Article in <script type="application/ld+json">
    META = "meta"  # <meta> tags, <title>, <link rel=canonical>
    DATALAYER = "datalayer"  # an analytics script's variables (Kompas, Tribun, Liputan6)
    URL = "url"  # a date in the URL path (/2024/05/13/), or the URL's host for the outlet
    BYLINE = "byline"  # a visible byline element or line ("Penulis: …", "By A and B")
    HEADER = "header"  # a line above the body: a printed date line, an outlet line, the headline
    DATELINE = "dateline"  # the dateline opening the body ("JAKARTA, KOMPAS.com -")
    BODY = "body"  # the body text (a caption line, a sign-off, the latest past date)
    FIGURE = "figure"  # a <figcaption> or caption element
    RELATED = "related"  # a related-links box of the page
    TRAFILATURA = "trafilatura"  # trafilatura's own metadata extraction
    HTMLDATE = "htmldate"  # htmldate's date search


T = TypeVar("T")


@dataclass(slots=True)
class Found(Generic[T]):
    """One candidate value for a record field, with where it was found.

    ``text`` is the text it was read from, where that differs from the value
    ("Penulis: Rina | Editor: Budi" for the author Rina).
    """

    value: T
    source: Source
    text: str | None = None


@dataclass(slots=True)
class Dateline:
    place: str
    canonical: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Author:
    name: str
    role: str = "author"


@dataclass(slots=True)
class Published:
    """The publication date (YYYY-MM-DD), where it was found, and the text it was read from."""

    date: str | None = None
    inferred: bool = False
    source: str | None = None  # a Source value
    text: str | None = None


@dataclass(slots=True)
class Image:
    caption: str | None = None
    credit: str | None = None


@dataclass(slots=True)
class RelatedLink:
    title: str
    url: str | None = None


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class DateMention:
    text: str
    value: str
    relative: bool
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    text: str
    type: str
    canonical: str
    country: str | None = None
    start: int = 0
    end: int = 0
    mentions: list[list[int]] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    # The text that start/end/mentions point into: "body", or "caption"/"title" for
    # entities named only there.
    field: str = "body"
    # Surface forms users type for this entity ("Rusia", "AS", "KPK"), the canonical name excluded.
    aliases: list[str] = dataclasses.field(default_factory=list)
    # Tone of the sentences that mention the entity; None when the tone stage did not run.
    tone: ToneLabel | None = None


@dataclass(slots=True)
class ToneLabel:
    """A classifier's verdict: ``label`` in TONE_LABELS and ``score`` in [-1, 1]."""

    label: str
    score: float


@dataclass(slots=True)
class Tone:
    """Article tone: GDELT V2Tone-compatible word figures plus a classifier's label and score."""

    tone: float
    positive: float
    negative: float
    polarity: float
    activity: float
    self_group: float
    words: int
    label: str
    score: float


@dataclass(slots=True)
class Quote:
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    speaker_title: str | None
    cue: str | None
    start: int
    end: int
    sentence: int


@dataclass(slots=True)
class Claim:
    type: str
    claimant: str | None
    target: str | None
    content: str
    status: str
    evidence: list[str] = field(default_factory=list)
    # Position of the claim in ``Record.claims``; events and other claims refer to it.
    id: int = 0
    # For a denial or confirmation, the id of the accusation it answers.
    answers: int | None = None


@dataclass(slots=True)
class EventParty:
    """An actor or recipient of an event: the entity's text and canonical name, its country and sector."""

    text: str
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Event:
    """Who did what to whom in one sentence, coded in PLOVER with its CAMEO code."""

    type: str
    cameo: str
    quad: str
    goldstein: float
    sentence: int
    start: int
    end: int
    mode: str | None = None
    actors: list[EventParty] = field(default_factory=list)
    recipients: list[EventParty] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    confidence: float = 0.0
    negated: bool = False
    # The id of the claim this event codes (accusation -> ACCUSE, denial -> REJECT).
    claim: int | None = None


@dataclass(slots=True)
class Boilerplate:
    text: str
    reason: str


@dataclass(slots=True)
class Evidence:
    """What the input says about each field, from every place it says it.

    Filled by ``load`` (the JSON object, the HTML page) and ``clean`` (the lines
    around the body); the ``meta`` stage resolves the record's fields from it
    through the precedence tables in ``warta.stages.meta``. Not part of the JSON
    record.
    """

    titles: list[Found[str]] = field(default_factory=list)
    dates: list[Found[str]] = field(default_factory=list)  # raw date strings, parsed by meta
    authors: list[Found[Author]] = field(default_factory=list)
    outlets: list[Found[str]] = field(default_factory=list)
    tags: list[Found[str]] = field(default_factory=list)
    images: list[Found[Image]] = field(default_factory=list)
    datelines: list[Found[Dateline]] = field(default_factory=list)
    related_links: list[Found[RelatedLink]] = field(default_factory=list)
    urls: list[Found[str]] = field(default_factory=list)  # canonical / og:url
    descriptions: list[Found[str]] = field(default_factory=list)
    sign_offs: list[Found[str]] = field(default_factory=list)  # closing codes: "ant/abc"
    # Figure captions as printed, so that clean can recognise them among the lines.
    captions: list[Found[str]] = field(default_factory=list)
    # Anchor text -> href of the page's links, so a "Baca juga: <title>" line keeps its URL.
    anchors: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Record:
    """One article, from raw input to enriched facts."""

    id: str = ""
    url: str | None = None
    language: str | None = None
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    outlet: str | None = None
    dateline: Dateline | None = None
    authors: list[Author] = field(default_factory=list)
    published: Published = field(default_factory=Published)
    image: Image | None = None
    related_links: list[RelatedLink] = field(default_factory=list)
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    sources_cited: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tone: Tone | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The body was cut at ``Config.max_body_chars`` before analysis.
    truncated: bool = False
    # Names of the stages that ran on this record, in order.
    stages: list[str] = field(default_factory=list)
    # Fields that no stage that ran computes (``warta analyze --only ...``): left out of the
    # JSON form, so a field not computed is never a wrong empty value.
    omitted: list[str] = field(default_factory=list)
    # Where the input came from: a file name, a URL or a corpus source key ("feed.jsonl#line3").
    origin: str | None = None
    # The input as given (text or undecoded bytes), the decoded text, its format and its lines,
    # and the evidence found in it: not part of the JSON output.
    input: str | bytes = field(default="", repr=False)
    raw: str = field(default="", repr=False)
    raw_format: str = field(default="text", repr=False)
    raw_lines: list[str] = field(default_factory=list, repr=False)
    evidence: Evidence = field(default_factory=Evidence, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON-ready form (internal fields dropped)."""
        out = {}
        omitted = set(self.omitted)
        for f in dataclasses.fields(self):
            if f.name in _INTERNAL_FIELDS or f.name in omitted:
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record from ``to_dict`` output."""
        return _build(cls, data)


_INTERNAL_FIELDS = frozenset({"input", "raw", "raw_format", "raw_lines", "evidence"})


def _internal(tp: Any, name: str) -> bool:
    """A field of ``Record`` left out of the JSON form (``Claim.evidence`` is public)."""
    return tp is Record and name in _INTERNAL_FIELDS


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@functools.cache
def _type_hints(tp: type) -> dict[str, Any]:
    """Resolved field types of a record class (resolving them is slow; do it once per class)."""
    return typing.get_type_hints(tp)


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, v) for v in data]
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], data) if len(args) == 1 else data
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _type_hints(tp)
        kwargs = {
            f.name: _build(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data and not _internal(tp, f.name)
        }
        return tp(**kwargs)
    return data


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the public record."""
    defs: dict[str, Any] = {}
    _schema_for(Record, defs)
    record = defs.pop("Record")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Warta record",
        **record,
        "$defs": defs,
    }


_PRIMITIVES = {str: "string", int: "integer", float: "number", bool: "boolean"}
_ENUMS = {
    ("Author", "role"): AUTHOR_ROLES,
    ("Quote", "kind"): QUOTE_KINDS,
    ("Claim", "type"): CLAIM_TYPES,
    ("Claim", "status"): CLAIM_STATUSES,
    ("Event", "type"): EVENT_TYPES,
    ("Event", "quad"): EVENT_QUADS,
    ("Tone", "label"): TONE_LABELS,
    ("ToneLabel", "label"): TONE_LABELS,
    ("Published", "source"): tuple(s.value for s in Source),
}


def _optional_fields() -> frozenset[str]:
    """Record fields that a stage a user may leave out writes (absent when it did not run)."""
    from warta.analysis import STAGE_SPECS

    always = set().union(*(s.writes for s in STAGE_SPECS if s.required))
    return frozenset().union(*(s.writes for s in STAGE_SPECS if not s.required)) - always


def _schema_for(tp: Any, defs: dict[str, Any], owner: str = "", name: str = "") -> dict[str, Any]:
    if tp in _PRIMITIVES:
        schema: dict[str, Any] = {"type": _PRIMITIVES[tp]}
        if (owner, name) in _ENUMS:
            schema["enum"] = list(_ENUMS[(owner, name)])
        return schema
    if tp is Any:
        return {}
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _schema_for(item, defs)}
    if origin is dict:
        return {"type": "object"}
    args = typing.get_args(tp)
    if args and type(None) in args:
        inner = [a for a in args if a is not type(None)]
        return {"anyOf": [_schema_for(inner[0], defs, owner, name), {"type": "null"}]}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        key = tp.__name__
        if key not in defs:
            defs[key] = {}
            hints = _type_hints(tp)
            props = {
                f.name: _schema_for(hints[f.name], defs, key, f.name)
                for f in dataclasses.fields(tp)
                if not _internal(tp, f.name)
            }
            optional = _optional_fields() if tp is Record else frozenset()
            defs[key] = {
                "type": "object",
                "properties": props,
                "required": [name for name in props if name not in optional],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{key}"}
    raise TypeError(f"no schema for {tp!r}")
