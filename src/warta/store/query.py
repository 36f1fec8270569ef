"""Parse a user's search text into one query, compiled to FTS5 MATCH or a PostgreSQL tsquery.

The language (documented with examples in docs/web.md):

- words are ANDed: ``korupsi suap`` needs both;
- ``OR`` between two terms makes them alternatives: ``korupsi OR suap``; OR binds tighter
  than the implicit AND, so ``hibah korupsi OR suap`` is hibah AND (korupsi OR suap);
- ``AND`` may be written; ``-word``, ``-"a phrase"`` or ``NOT word`` excludes; a query
  needs at least one term that is not excluded;
- ``"harga beras"`` is a phrase (the words adjacent, in order);
- ``korup*`` is a prefix (it matches indexed stems that start with "korup");
- ``speaker:Yilmaz``, ``outlet:Kompas``, ``entity:Rusia`` (or ``field:"two words"``) are
  filters, the same as the page's and API's parameters of those names; several values of one
  field match any of them (``outlet:Kompas outlet:Tempo``), and ``-outlet:Kompas`` excludes.

User text never reaches the index as syntax: every word is split on letters and digits,
stemmed the way documents are (``warta.text.stem``) and re-quoted. What cannot be parsed
(an unbalanced quote, a dangling OR, a query of exclusions only) raises ``QueryError``
naming the problem, rather than being silently changed into another query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.text.stem import stem_word, words

MAX_QUERY_WORDS = 32  # longer queries are refused: each word is a doclist to intersect
FIELDS = ("speaker", "outlet", "entity")

# One token: a field filter, an optionally excluded phrase or word, or a lone operator.
_TOKEN_RE = re.compile(
    r"(?P<fneg>-?)(?P<field>(?:" + "|".join(FIELDS) + r'):(?:"[^"]*"|[^\s"]*))'
    r'|(?P<neg>-?)(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))',
    re.IGNORECASE,
)


class QueryError(ValueError):
    """The search text cannot be parsed; the message says why, in terms a user can act on."""


@dataclass(frozen=True, slots=True)
class Term:
    """One word or phrase (stems in order); ``prefix`` matches stems starting with the last word."""

    stems: tuple[str, ...]
    prefix: bool = False

    def fts5(self) -> str:
        quoted = '"' + " ".join(self.stems) + '"'
        return quoted + "*" if self.prefix else quoted

    def tsquery(self) -> str:
        parts = [f"'{s}'" for s in self.stems]
        if self.prefix:
            parts[-1] += ":*"
        return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


@dataclass(slots=True)
class ParsedQuery:
    # Clauses that must all match; each is a list of alternatives (OR).
    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    # field -> values: a match has any one of them (a multi-select facet); excluded: none of them.
    filters: dict[str, list[str]] = field(default_factory=dict)
    excluded_filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.clauses

    @property
    def stems(self) -> set[str]:
        """Stems a matching text holds, for highlighting (excluded terms are not highlighted)."""
        return {s for clause in self.clauses for term in clause if not term.prefix for s in term.stems}

    @property
    def terms(self) -> list[str]:
        """Single-word, non-prefix clauses, in order (for tests and the 'looser query' hint)."""
        return [
            c[0].stems[0] for c in self.clauses if len(c) == 1 and len(c[0].stems) == 1 and not c[0].prefix
        ]

    @property
    def phrases(self) -> list[list[str]]:
        return [list(c[0].stems) for c in self.clauses if len(c) == 1 and len(c[0].stems) > 1]

    def fts5(self) -> str:
        """Return an FTS5 MATCH expression (every part quoted and parenthesised)."""
        positive = " AND ".join(_group(clause, " OR ", Term.fts5) for clause in self.clauses)
        if not self.excluded:
            return positive
        return f"({positive}) NOT " + _group(self.excluded, " OR ", Term.fts5)

    def tsquery(self) -> str:
        """Return a ``to_tsquery('simple', …)`` expression with the same meaning."""
        positive = " & ".join(_group(clause, " | ", Term.tsquery) for clause in self.clauses)
        if not self.excluded:
            return positive
        return f"({positive}) & !" + _group(self.excluded, " | ", Term.tsquery)


def _group(terms: list[Term], op: str, render: object) -> str:
    parts = [render(t) for t in terms]  # type: ignore[operator]
    return parts[0] if len(parts) == 1 else "(" + op.join(parts) + ")"


def _term(text: str, prefix: bool) -> Term | None:
    stems = tuple(stem_word(w) for w in words(text))
    if not stems:
        return None
    if prefix:
        # The prefix word is matched against stems as typed (lower-cased), not stemmed itself:
        # stemming "korup" could change it into something no stem starts with.
        last = words(text)[-1]
        stems = (*stems[:-1], last)
    return Term(stems, prefix)


def parse_query(text: str) -> ParsedQuery:
    """Parse search text ('"harga beras" naik -impor', 'korupsi OR suap', 'speaker:Yilmaz')."""
    query = ParsedQuery()
    text = text or ""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: close the phrase with a second " (or remove the first)')
    pending_or = pending_not = False
    count = 0
    for match in _TOKEN_RE.finditer(text):
        if match.group("field"):
            name, _, value = match.group("field").partition(":")
            value = value.strip('"').strip()
            if not value:
                raise QueryError(f"{name.lower()}: needs a value, e.g. {name.lower()}:Kompas")
            target = query.excluded_filters if match.group("fneg") else query.filters
            if value not in target.setdefault(name.lower(), []):
                target[name.lower()].append(value)
            continue
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        negated = bool(match.group("neg")) or pending_not
        pending_not = False
        if raw == "AND" and not negated and match.group("word") is not None:
            if not query.clauses or pending_or:
                raise QueryError("AND needs a term on each side (words are ANDed anyway)")
            continue
        if raw == "NOT" and not negated and match.group("word") is not None:
            pending_not = True
            continue
        if raw == "OR" and not negated and match.group("word") is not None:
            if not query.clauses or pending_or:
                raise QueryError("OR needs a term on each side, e.g. korupsi OR suap")
            pending_or = True
            continue
        prefix = match.group("word") is not None and raw.endswith("*") and len(raw.rstrip("*")) > 0
        term = _term(raw.rstrip("*") if prefix else raw, prefix)
        if term is None:
            if negated and not raw:
                raise QueryError("a lone - excludes nothing: write -word")
            continue  # punctuation only ("*", "?", "--"): no word to search for
        count += len(term.stems)
        if count > MAX_QUERY_WORDS:
            raise QueryError(f"the query has more than {MAX_QUERY_WORDS} words")
        if negated:
            if pending_or:
                raise QueryError("OR cannot join an excluded term; write a OR b -c")
            query.excluded.append(term)
        elif pending_or:
            if term not in query.clauses[-1]:
                query.clauses[-1].append(term)
            pending_or = False
        elif [term] not in query.clauses:
            query.clauses.append([term])
    if pending_not:
        raise QueryError("NOT needs a term after it, e.g. korupsi NOT suap")
    if pending_or:
        raise QueryError("OR needs a term on each side, e.g. korupsi OR suap")
    if query.excluded and not query.clauses:
        raise QueryError("a query of exclusions only matches nearly everything: add a word to search for")
    return query


def looser(parsed: ParsedQuery) -> str | None:
    """Suggest a query that matches more: the clauses joined by OR (None when there is one)."""
    if len(parsed.clauses) < 2 and not parsed.excluded:
        return None
    alternatives = [t for clause in parsed.clauses for t in clause]
    return " OR ".join(
        ('"' + " ".join(t.stems) + '"' if len(t.stems) > 1 else t.stems[0]) + ("*" if t.prefix else "")
        for t in alternatives
    )
