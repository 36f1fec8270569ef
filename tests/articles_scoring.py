"""Score a Warta record against hand-written expected facts.

The comparisons are the tolerant ones of ``../shared/tools/seed_check.py``:
strings are compared after whitespace, case and edge punctuation are
normalised; a quote is found when it holds at least 80 % of the expected
quote's words; two names denote the same speaker when they share a token of
three or more letters; entities match on their canonical name; dates match on
their value. Every expected fact yields one named check, so a report can say
exactly which fact an article misses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

QUOTE_OVERLAP = 0.8
# Entity types that denote a place: the gold files say GPE or LOC as a careful
# annotator would, but a gazetteer may label a country LOC and a region GPE.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PERSON_TYPES = frozenset({"PERSON", "PER"})

Check = tuple[str, bool]


def norm(text: Any) -> str:
    """Collapse whitespace, trim quotes and edge punctuation, lower-case."""
    return re.sub(r"\s+", " ", str(text or "")).strip().strip("\"'\u201c\u201d\u2018\u2019.,").lower()


def tokens(text: Any) -> set[str]:
    """Return the lower-case letter runs of three or more letters."""
    return set(re.findall(r"[a-z]{3,}", str(text or "").lower()))


def same_person(found: Any, expected: Any) -> bool:
    """Return whether two names share a token of three or more letters."""
    return bool(tokens(found) & tokens(expected))


def overlap(found: Any, expected: Any) -> float:
    """Return the share of the expected text's words that occur in the found text."""
    want = re.findall(r"\w+", str(expected or "").lower())
    have = set(re.findall(r"\w+", str(found or "").lower()))
    return sum(word in have for word in want) / max(1, len(want))


def _type_class(kind: Any) -> str:
    kind = str(kind or "").upper()
    if kind in PLACE_TYPES:
        return "PLACE"
    if kind in PERSON_TYPES:
        return "PERSON"
    return kind


def _value_matches(found: Any, expected: str) -> bool:
    """Compare ISO dates: an exact day, or a month/year prefix for coarser gold values."""
    found = str(found or "")
    if len(expected) == 10:
        return found[:10] == expected
    return found[: len(expected)] == expected and (len(found) == len(expected) or found[len(expected)] == "-")


def _date_checks(name: str, found: list[dict[str, Any]], expected: list[dict[str, Any]]) -> Iterator[Check]:
    for want in expected:
        value = want["value"]
        yield (
            f"{name}[{want.get('text', '')}={value}]",
            any(_value_matches(d.get("value"), value) for d in found),
        )


def score(rec: dict[str, Any], exp: dict[str, Any]) -> list[Check]:
    """Return ``(fact name, passed)`` for every fact in ``exp`` (see tests/data/README.md)."""
    return list(_checks(rec, exp))


def _checks(rec: dict[str, Any], exp: dict[str, Any]) -> Iterator[Check]:
    if "language" in exp:
        yield "language", norm(rec.get("language")) == norm(exp["language"])
    if "title" in exp:
        if exp["title"] is None:
            yield "title(absent)", not norm(rec.get("title"))
        else:
            yield "title", norm(rec.get("title")) == norm(exp["title"])
    if "tags" in exp:
        found = sorted(norm(t).lstrip("#") for t in rec.get("tags") or [])
        yield "tags", found == sorted(norm(t) for t in exp["tags"])
    if "outlet" in exp:
        yield "outlet", norm(rec.get("outlet")) == norm(exp["outlet"])
    if "dateline" in exp:
        dateline = rec.get("dateline") or {}
        if exp["dateline"] is None:
            yield "dateline(absent)", not dateline
        else:
            yield "dateline.place", norm(dateline.get("place")) == norm(exp["dateline"]["place"])
            if exp["dateline"].get("country"):
                want = exp["dateline"]["country"].upper()
                yield "dateline.country", str(dateline.get("country") or "").upper() == want
    authors = [(norm(a.get("name")), norm(a.get("role"))) for a in rec.get("authors") or []]
    for author in exp.get("authors", []):
        wanted = (norm(author["name"]), norm(author.get("role", "author")))
        yield f"author[{author['name']}:{wanted[1]}]", wanted in authors
    if "published" in exp:
        pub = rec.get("published") or {}
        want_date = exp["published"].get("date")
        if want_date is None:
            yield "published(absent)", not pub.get("date")
        else:
            yield "published.date", str(pub.get("date") or "")[:10] == want_date
        if "inferred" in exp["published"] and want_date is not None:
            yield "published.inferred", bool(pub.get("inferred")) == exp["published"]["inferred"]
    if "image" in exp:
        image = rec.get("image") or ((rec.get("images") or [None])[0]) or {}
        if "caption" in exp["image"]:
            yield "image.caption", norm(image.get("caption")) == norm(exp["image"]["caption"])
        if "credit" in exp["image"]:
            yield "image.credit", norm(image.get("credit")) == norm(exp["image"]["credit"])
    if "related_links" in exp:
        found = sorted(
            norm(r.get("title") if isinstance(r, dict) else r) for r in rec.get("related_links") or []
        )
        yield "related_links", found == sorted(norm(r) for r in exp["related_links"])
    body = rec.get("body") or ""
    for text in exp.get("boilerplate_absent", []):
        yield f"body.absent[{text[:40]}]", text.lower() not in body.lower()
    if "body_first_words" in exp:
        yield "body.starts", norm(body).startswith(norm(exp["body_first_words"]))
    if "body_last_words" in exp:
        yield "body.ends", norm(body).endswith(norm(exp["body_last_words"]))
    if "paragraph_count" in exp:
        yield (
            f"paragraphs={exp['paragraph_count']}",
            len(rec.get("paragraphs") or []) == exp["paragraph_count"],
        )
    sentences = [norm(s.get("text") if isinstance(s, dict) else s) for s in rec.get("sentences") or []]
    if "sentence_count" in exp:
        yield f"sentences={exp['sentence_count']}", len(sentences) == exp["sentence_count"]
    for text in exp.get("sentences_contain", []):
        yield f"sentence[{text[:40]}]", norm(text) in sentences
    dates = rec.get("dates") or []
    yield from _date_checks("date", dates, exp.get("dates", []))
    yield from _date_checks("relative_date", dates, exp.get("relative_dates", []))
    entities = rec.get("entities") or []
    for want in exp.get("entities", []):
        canon = norm(want["canonical"])
        hits = [e for e in entities if norm(e.get("canonical") or e.get("text")) == canon]
        yield f"entity[{want['canonical']}]", bool(hits)
        if "type" in want:
            ok = any(_type_class(e.get("type")) == _type_class(want["type"]) for e in hits)
            yield f"entity[{want['canonical']}].type", ok
        if want.get("country"):
            ok = any(str(e.get("country") or "").upper() == want["country"].upper() for e in hits)
            yield f"entity[{want['canonical']}].country", ok
    quotes = rec.get("quotes") or []
    for want in exp.get("quotes", []):
        label = f"quote[{want.get('kind', '?')}:{want['text'][:30]}]"
        hits = [q for q in quotes if overlap(q.get("text"), want["text"]) >= QUOTE_OVERLAP]
        if want.get("nested"):
            # An inner quote must be found on its own, not only inside the quote that encloses it.
            hits = [q for q in hits if overlap(want["text"], q.get("text")) >= QUOTE_OVERLAP]
        yield f"{label}.found", bool(hits)
        if "kind" in want:
            yield f"{label}.kind", any(norm(q.get("kind")) == norm(want["kind"]) for q in hits)
        if "speaker" in want:
            if want["speaker"] is None:
                yield f"{label}.no_speaker", bool(hits) and all(not q.get("speaker") for q in hits)
            else:
                yield f"{label}.speaker", any(same_person(q.get("speaker"), want["speaker"]) for q in hits)
        if want.get("speaker_title"):
            ok = any(overlap(q.get("speaker_title"), want["speaker_title"]) >= QUOTE_OVERLAP for q in hits)
            yield f"{label}.speaker_title", ok
    claims = rec.get("claims") or []
    for want in exp.get("claims", []):
        label = f"claim[{want['type']}:{want.get('claimant')}->{want.get('target')}]"
        hits = [
            c
            for c in claims
            if norm(c.get("type")) == norm(want["type"])
            and (want.get("claimant") is None or same_person(c.get("claimant"), want["claimant"]))
            and (want.get("target") is None or same_person(c.get("target"), want["target"]))
        ]
        yield f"{label}.found", bool(hits)
        if "status" in want:
            yield (
                f"{label}.status={want['status']}",
                any(norm(c.get("status")) == want["status"] for c in hits),
            )
    cited = {norm(s) for s in rec.get("sources_cited") or []}
    for source in exp.get("sources_cited", []):
        yield f"source[{source}]", norm(source) in cited


def failed(checks: list[Check]) -> list[str]:
    """Return the names of the failed checks."""
    return [name for name, ok in checks if not ok]


def fraction(checks: list[Check]) -> float:
    """Return the share of passed checks (1.0 when there are none)."""
    return sum(ok for _, ok in checks) / len(checks) if checks else 1.0
