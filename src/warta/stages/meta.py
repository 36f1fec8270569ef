"""Resolve the record's metadata fields from the evidence, through named precedence tables.

Each table lists evidence sources, most trusted first. For a single-valued field
(title, published date, outlet, dateline, image) the first source in the table
that has a usable value wins, and within one source the first value found. For
the list fields some sources are all kept (the bylines printed on the page) and
others give only their first non-empty source (structured metadata, which often
repeats or contradicts itself). ``docs/record.md`` prints these tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from warta.config import Config
from warta.extract.captions import known_caption
from warta.extract.outlets import outlet_name, outlet_of_url
from warta.record import Author, Found, Published, Record, Source

T = TypeVar("T")

TITLE_PRECEDENCE = (Source.CALLER, Source.JSON, Source.META, Source.JSONLD, Source.TRAFILATURA, Source.HEADER)
PUBLISHED_PRECEDENCE = (
    Source.CALLER, Source.JSON, Source.JSONLD, Source.META, Source.DATALAYER, Source.URL,
    Source.TRAFILATURA, Source.HTMLDATE, Source.HEADER,
)  # fmt: skip
OUTLET_PRECEDENCE = (
    Source.DATELINE, Source.JSON, Source.META, Source.JSONLD, Source.TRAFILATURA, Source.HEADER,
)  # fmt: skip
# Printed bylines are all kept, in this order; structured metadata adds the writers and the
# editors of its first source that names any.
BYLINE_SOURCES = (Source.HEADER, Source.BODY, Source.BYLINE)
WRITER_PRECEDENCE = (Source.JSON, Source.DATALAYER, Source.JSONLD, Source.META, Source.TRAFILATURA)
EDITOR_PRECEDENCE = (Source.DATALAYER, Source.JSONLD, Source.META)
# Hashtags and tag lines are all kept; metadata keywords come from their first source.
TAG_SOURCES = (Source.HEADER, Source.BODY)
TAG_PRECEDENCE = (Source.JSON, Source.META, Source.DATALAYER)
IMAGE_PRECEDENCE = (Source.HEADER, Source.BODY, Source.FIGURE)
RELATED_SOURCES = (Source.BODY, Source.RELATED)


def resolve_meta(record: Record, config: Config) -> Record:
    """Fill title, authors, outlet, dateline, image, tags, related links and published from evidence."""
    evidence = record.evidence
    title = first(evidence.titles, TITLE_PRECEDENCE)
    record.title = " ".join(title.value.split()) if title else None
    record.authors = resolve_authors(evidence.authors)
    record.outlet = resolve_outlet(record)
    dateline = first(evidence.datelines, (Source.DATELINE,))
    record.dateline = dateline.value if dateline else None
    figures = [Found(known_caption(c.value), c.source, c.value) for c in evidence.captions]
    image = first(evidence.images + figures, IMAGE_PRECEDENCE)
    record.image = image.value if image else None
    tags = [t.value for t in ordered(evidence.tags, TAG_SOURCES)]
    tags += [t.value for t in first_source(evidence.tags, TAG_PRECEDENCE)]
    record.tags = unique_by(tags, str)
    links = [link.value for link in ordered(evidence.related_links, RELATED_SOURCES)]
    record.related_links = unique_by(links, lambda link: link.title)
    record.published = resolve_published(record)
    return record


def first(found: Sequence[Found[T]], precedence: Sequence[Source]) -> Found[T] | None:
    """The first value of the most trusted source in ``precedence`` that has one."""
    for source in precedence:
        for item in found:
            if item.source == source:
                return item
    return None


def first_source(found: Sequence[Found[T]], precedence: Sequence[Source]) -> list[Found[T]]:
    """All the values of the most trusted source in ``precedence`` that has any."""
    for source in precedence:
        items = [item for item in found if item.source == source]
        if items:
            return items
    return []


def ordered(found: Iterable[Found[T]], sources: Sequence[Source]) -> list[Found[T]]:
    """The values of ``sources``, grouped in that order (found order within a source)."""
    rank = {source: n for n, source in enumerate(sources)}
    return sorted((f for f in found if f.source in rank), key=lambda f: rank[f.source])


def resolve_authors(found: Sequence[Found[Author]]) -> list[Author]:
    """Printed bylines, then the writers and editors of the metadata; one entry per name and role.

    A name listed as plain "author" is dropped when it already has a more specific role.
    """
    structured = [f for f in found if f.source not in BYLINE_SOURCES]
    writers = [f for f in structured if f.value.role != "editor"]
    editors = [f for f in structured if f.value.role == "editor"]
    chosen_writers = first_source(writers, WRITER_PRECEDENCE)
    authors = [f.value for f in ordered(found, BYLINE_SOURCES) if _keep_byline(f, found, chosen_writers)]
    authors += [f.value for f in chosen_writers]
    authors += [f.value for f in first_source(editors, EDITOR_PRECEDENCE)]
    seen: set[tuple[str, str]] = set()
    unique: list[Author] = []
    for author in authors:
        key = (author.name.lower(), author.role)
        names_with_role = {a.name.lower() for a in unique}
        if key in seen or (author.role == "author" and author.name.lower() in names_with_role):
            continue
        seen.add(key)
        unique.append(Author(author.name, author.role))
    return unique


# More plain writers than this in the page's byline elements, with no metadata naming one,
# is a list of teasers (each related article's byline), not the article's byline.
MAX_BYLINE_BOX_WRITERS = 3


def _keep_byline(item: Found[Author], found: Sequence[Found[Author]], writers: list[Found[Author]]) -> bool:
    """Lines of the text are all kept; a byline element anywhere in the page is checked.

    Byline elements (``byline`` source) are found by class name over the whole page, so
    they include the bylines of teasers around the article. A plain writer from one is
    kept only when the metadata names the same person, or names no writer and the page
    has few such bylines (else only the first one); roles (editor, reporter,
    photographer) are always kept.
    """
    if item.source != Source.BYLINE or item.value.role != "author":
        return True
    if writers:
        named = {_name_key(w.value.name) for w in writers}
        return _name_key(item.value.name) in named
    box = [a for a in found if a.source == Source.BYLINE and a.value.role == "author"]
    if len({a.value.name.lower() for a in box}) <= MAX_BYLINE_BOX_WRITERS:
        return True
    return item is box[0]  # the first byline of the page is the article's; teasers follow it


def _name_key(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def resolve_outlet(record: Record) -> str | None:
    """The outlet of the dateline, else of the metadata or a header line, else of the URL's domain."""
    found = first(record.evidence.outlets, OUTLET_PRECEDENCE)
    if found:
        return found.value if found.source == Source.DATELINE else outlet_name(found.value)
    canonical = record.evidence.urls[0].value if record.evidence.urls else None
    url = record.url or canonical
    return outlet_of_url(url) if url else None


def resolve_published(record: Record) -> Published:
    """The publication date of the most trusted source that gives a parsable date.

    The body's own dates are the last resort; the dates stage infers from them.
    """
    from warta.stages.dates import parse_date_string

    for item in ordered(record.evidence.dates, PUBLISHED_PRECEDENCE):
        if item.source == Source.CALLER:
            return Published(item.value[:10], False, item.source, item.value)
        parsed = parse_date_string(item.value)
        if parsed:
            return Published(parsed, False, item.source, item.text or item.value)
        record.warnings.append(f"unparsed-date: {item.value}")
    return Published()


def unique_by(items: list[T], key: Callable[[T], str]) -> list[T]:
    """Keep the first of items whose keys are equal, ignoring case; drop empty ones."""
    seen: set[str] = set()
    out = []
    for item in items:
        folded = key(item).lower()
        if folded and folded not in seen:
            seen.add(folded)
            out.append(item)
    return out


# The tables by name, with the field each one decides (printed in docs/record.md).
PRECEDENCE_TABLES: dict[str, tuple[tuple[Source, ...], str]] = {
    "TITLE_PRECEDENCE": (TITLE_PRECEDENCE, '`title`: the first; page titles lose a trailing " - Outlet"'),
    "PUBLISHED_PRECEDENCE": (PUBLISHED_PRECEDENCE, "`published`: the first that parses as a date"),
    "OUTLET_PRECEDENCE": (OUTLET_PRECEDENCE, "`outlet`: the first; else the outlet of the URL's domain"),
    "BYLINE_SOURCES": (BYLINE_SOURCES, "`authors`: all of these, in this order"),
    "WRITER_PRECEDENCE": (WRITER_PRECEDENCE, "`authors`: then the writers of the first that names any"),
    "EDITOR_PRECEDENCE": (EDITOR_PRECEDENCE, "`authors`: then the editors of the first that names any"),
    "TAG_SOURCES": (TAG_SOURCES, "`tags`: all hashtags and tag lines"),
    "TAG_PRECEDENCE": (TAG_PRECEDENCE, "`tags`: then the keywords of the first that has any"),
    "IMAGE_PRECEDENCE": (IMAGE_PRECEDENCE, "`image`: the first caption"),
    "RELATED_SOURCES": (RELATED_SOURCES, "`related_links`: all, in this order, one per title"),
}


def precedence_markdown() -> str:
    """The precedence tables as the markdown list of docs/record.md."""
    return "\n".join(
        f"- `{name}` ({what}): {' > '.join(f'`{s.value}`' for s in sources)}"
        for name, (sources, what) in PRECEDENCE_TABLES.items()
    )
