"""Turn a user's search text into a safe FTS5 MATCH string or PostgreSQL tsquery.

User text is never passed through as query syntax: it is split into words
(letters and digits only), stemmed, and re-quoted, so quotes, operators
(AND, NEAR, *, :) and SQL in a query are just words or are dropped.
Double quotes mark phrases; an unbalanced quote runs to the end of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.text.stem import stem_word, words

MAX_QUERY_WORDS = 32  # longer queries are cut: each word is a doclist to intersect


@dataclass(slots=True)
class ParsedQuery:
    terms: list[str] = field(default_factory=list)  # stems that must all occur
    phrases: list[list[str]] = field(default_factory=list)  # stem sequences that must occur in order

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases

    @property
    def stems(self) -> set[str]:
        """Every stem in the query, for highlighting."""
        return set(self.terms).union(*self.phrases) if self.phrases else set(self.terms)

    def fts5(self) -> str:
        """Return an FTS5 MATCH expression: quoted terms and phrases, implicitly ANDed."""
        parts = [f'"{t}"' for t in self.terms] + ['"' + " ".join(p) + '"' for p in self.phrases]
        return " ".join(parts)

    def tsquery(self) -> str:
        """Return a ``to_tsquery('simple', …)`` expression with the same meaning."""
        parts = [f"'{t}'" for t in self.terms]
        parts += ["(" + " <-> ".join(f"'{w}'" for w in p) + ")" for p in self.phrases]
        return " & ".join(parts)


def parse_query(text: str) -> ParsedQuery:
    """Parse search text into stemmed terms and phrases ('"harga beras" naik')."""
    query = ParsedQuery()
    budget = MAX_QUERY_WORDS
    # Split on double quotes: odd-numbered pieces were inside quotes.
    for i, piece in enumerate((text or "").split('"')):
        stems = [stem_word(w) for w in words(piece)][:budget]
        budget -= len(stems)
        if i % 2 == 1 and len(stems) > 1:
            query.phrases.append(stems)
        else:
            query.terms.extend(s for s in stems if s not in query.terms)
        if budget <= 0:
            break
    return query
