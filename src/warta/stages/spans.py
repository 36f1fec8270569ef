"""Entity-span rules for the way Indonesian news writes names.

A detector (the NER model or the capitalised-span rules) proposes spans; these rules
keep, cut, retype or drop each one from evidence in the text:

- a title chain is a title, not a name: in "Kepala Seksi Urusan Umum dan Humas PT Angkasa I
  (BIL), Eka Asmadi" only the organisation and Eka Asmadi are entities, and in "Menteri
  Perencanaan Pembangunan Nasional Suharso Monoarfa" the person is "Suharso Monoarfa";
- sentence openers and function words ("Menurut", "Berdasarkan", "Tahun", "Kedua") and
  honorifics ("Sir") never start a name;
- headline-case lines (related-headline lists at the end of a body) propose nothing;
- a person's name needs a word that is not an ordinary lower-case word of the language:
  "Tindak Pidana Korupsi", "Sumber", "Ketua", "Mengungsi" are not people;
- bare institution and place words ("RSUD", "Kelurahan", "Desa") name nothing alone, and an
  unknown single capitalised word after a comma is not a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang.id.abbreviations import DEGREES_AFTER_NAME as _DEGREES
from warta.lang.id.common_words import COMMON_WORDS
from warta.lang.id.titles import (
    ALWAYS_CAPITALISED,
    BARE_INSTITUTION_WORDS,
    EVENT_KEYWORDS,
    HONORIFICS,
    LOCATIVE_WORDS,
    NAME_HONORIFICS,
    NON_NAME_WORDS,
    OPENER_WORDS,
    ORG_KEYWORDS,
    PERSON_TITLES,
    PLACE_KEYWORDS,
    TITLE_CONTINUATIONS,
)
from warta.linking import TOKEN_RE
from warta.stages.dates import _alt

Span = tuple[int, int, str]

# A headline-case line: at least this many words, this share of them capitalised, no final stop.
_HEADLINE_MIN_WORDS = 3
_HEADLINE_CAPITAL_SHARE = 0.75
_HEADLINE_SMALL_WORDS = frozenset("di ke dari dan atau yang untuk pada dengan vs usai jadi".split())
_SENTENCE_END = ".!?\"'\u201d\u2019)"
# Active verb shapes ("Mengungsi", "Menyerahkan"): never a name word.
_VERB_SHAPE_RE = re.compile(r"^(?:mem|men|meng|meny)[a-z]{5,}$")
# Nominalised common words ("Perencanaan", "Pembangunan", "Urusan") belong to a title, not a name.
_AFFIXED_RE = re.compile(r"^(?:pe|pen|pem|peng|per|ke)[a-z]{3,}an$|^[a-z]{4,}an$")
# Roman numerals in unit names ("Kasubdit IV"); a lone "I" opens Balinese names ("I Made").
_ROMAN_RE = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
_CHAIN_TOKEN = r"(?:[A-Z][\w.'&/-]*|\([A-Z][\w-]*\)|dan|&|of)"
# A run of capitalised words before ", Name": the title chain of the person named after the comma.
_CHAIN_RE = re.compile(rf"{_CHAIN_TOKEN}(?:\s+{_CHAIN_TOKEN}){{0,18}}(?=,\s+[A-Z])")
_RANKS = frozenset(h.lower() for h in HONORIFICS)
_NAME_HONORIFIC_KEYS = frozenset(h.lower() for h in NAME_HONORIFICS) | {"bapak", "ibu", "pak", "bu"}
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\"\u201d\u201c]\s*|\n\s*)$")
_LOCATIVE_BEFORE_RE = re.compile(rf"\b(?:{_alt(LOCATIVE_WORDS)})\s+$", re.I)


def _key(word: str) -> str:
    return word.lower().rstrip(".,")


def title_word(word: str) -> bool:
    """A word that belongs to a title or an institution's name, not to a personal name."""
    key = _key(word)
    return (
        key in PERSON_TITLES
        or key in TITLE_CONTINUATIONS
        or key in ORG_KEYWORDS
        or key in PLACE_KEYWORDS
        or key in BARE_INSTITUTION_WORDS
        or bool(_ROMAN_RE.match(word))
        or (word.isupper() and len(word) > 1)
        or (key in COMMON_WORDS and bool(_AFFIXED_RE.match(key)))
    )


def plain_word(word: str) -> bool:
    """A word that is no name by itself: an ordinary lower-case word, a title or keyword, a verb."""
    key = _key(word)
    return (
        key in COMMON_WORDS
        or key in NON_NAME_WORDS
        or key in ALWAYS_CAPITALISED
        or bool(_VERB_SHAPE_RE.match(key))
        or title_word(word)
    )


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in headline case: "Deli Serdang Dipulangkan Usai Banjir Surut"."""
    found = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        words = [w for w in stripped.split() if w[:1].isalpha()]
        if len(words) >= _HEADLINE_MIN_WORDS and stripped[-1:] not in _SENTENCE_END:
            counted = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
            capitals = sum(1 for w in counted if w[0].isupper())
            if counted and capitals / len(counted) >= _HEADLINE_CAPITAL_SHARE:
                found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def title_chains(text: str) -> list[tuple[int, int]]:
    """The title part of each "Title … , Name" chain, from the first title word to the comma,
    or to the rank that opens the name ("Kasubdit IV Renakta … Polda Lampung, AKBP …")."""
    chains = []
    for match in _CHAIN_RE.finditer(text):
        if not _name_follows(text, match.end()):
            continue  # ", Kamis (7/3)", ", M.Si.", ", Wakil Presiden …": no name after the comma
        tokens = list(re.finditer(r"\S+", match.group(0)))
        first = next(
            (
                i
                for i, t in enumerate(tokens)
                if _key(t.group(0)) in PERSON_TITLES and _key(t.group(0)) not in _NAME_HONORIFIC_KEYS
            ),
            None,
        )
        if first is None:
            continue
        end = len(tokens)
        for i in range(first + 1, len(tokens)):
            word = tokens[i].group(0)
            if word.isupper() and _key(word) in _RANKS and i < len(tokens) - 1:
                end = i  # "… Polda Metro Jaya AKBP Dimas": the rank starts the name
                break
        if end - first < 2:
            continue  # "Warga, …": a lone title word is not a chain
        start = match.start() + tokens[first].start()
        chains.append((start, match.start() + tokens[end - 1].end()))
    return chains


def _name_follows(text: str, comma: int) -> bool:
    """Whether a person's name (after ranks and honorifics) follows the comma at ``comma``."""
    words = re.findall(r"[\w.'-]+", text[comma : comma + 60])
    for word in words:
        key = _key(word)
        if key in _RANKS or key in _NAME_HONORIFIC_KEYS:
            continue
        return word[:1].isupper() and not plain_word(word) and key.replace(".", "") not in _DEGREES
    return False


@dataclass(slots=True)
class SpanContext:
    """What the rules know about a text: its headline lines and title chains."""

    text: str
    headlines: list[tuple[int, int]]
    chains: list[tuple[int, int]]
    # Short forms the text defines ("Kejaksaan Negeri (Kejari)"): names wherever they stand.
    defined: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> SpanContext:
        return cls(text, headline_lines(text), title_chains(text))

    def in_headline(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.headlines)

    def in_chain(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.chains)


def refine(ctx: SpanContext, start: int, end: int, label: str, *, known_place: bool = False) -> Span | None:
    """Keep, cut, retype or drop one proposed span (labels keep their "+", "?", "!" marks)."""
    if label.endswith("!"):
        return start, end, label  # "Long Form (ACR)": defined in the text itself
    text = ctx.text
    if ctx.in_headline(start, end):
        return None
    if text[start:end] in ctx.defined:
        return start, end, label
    tokens = [(start + t.start(), start + t.end()) for t in TOKEN_RE.finditer(text[start:end])]
    base = label.rstrip("+?")
    # Openers and honorifics never start a name: "Berdasarkan Undang-Undang", "Tahun Sir Azyumardi".
    while len(tokens) > 1 and _opener(text, tokens[0], base):
        tokens = tokens[1:]
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    words = [text[a:b] for a, b in tokens]
    if len(words) == 1 and _key(words[0]) in PERSON_TITLES | _RANKS:
        return None  # "Iptu", "Ketua": a rank or title alone names nobody
    if base == "PER":
        return _person(ctx, tokens, words, label)
    if base in ("LOC", "GPE"):
        single = len(words) == 1
        if single and _key(words[0]) in BARE_INSTITUTION_WORDS | PLACE_KEYWORDS:
            return None  # "Desa", "Kelurahan"
        if single and not locative_before(text, start):
            if (not known_place and text[max(0, start - 2) : start] == ", ") or plain_word(words[0]):
                return None  # "…, Sumber, mengatakan": a name or a word, not a place (a known
                # city named by a common word, "Padang", still comes from the gazetteer)
    if base == "ORG" and len(words) == 1 and _key(words[0]) in BARE_INSTITUTION_WORDS:
        return None  # "RSUD setempat"
    return start, end, label


def _opener(text: str, token: tuple[int, int], base: str) -> bool:
    key = _key(text[token[0] : token[1]])
    if base == "EVT" or key in ORG_KEYWORDS:
        return False  # "Tahun Baru Imlek", "PT Pertamina Patra Niaga" opening a body
    if key in OPENER_WORDS or key in ALWAYS_CAPITALISED or key in {"sir", "mr", "mrs", "ms"}:
        return True
    # Function words are capitalised only at a sentence start; mid-sentence "Lalu" is a name.
    return key in NON_NAME_WORDS and bool(_SENTENCE_START_RE.search(text[max(0, token[0] - 3) : token[0]]))


def _ends_sentence(word: str) -> bool:
    """ "tersangka." ends a sentence; "dr." and "Ir." do not."""
    return (
        word.endswith(".")
        and word[:-1].lower() not in PERSON_TITLES | {"h", "hj", "kh"}
        or (word.endswith(".") and len(word) > 4)
    )


def locative_before(text: str, start: int) -> bool:
    """ "di Sumber", "Desa Kasmaran", "Kecamatan Pagentan": the word before says it is a place."""
    before = re.search(r"([\w-]+)\s+$", text[max(0, start - 20) : start])
    if before is None:
        return False
    return bool(_LOCATIVE_BEFORE_RE.search(before.group(0))) or before.group(1).lower() in PLACE_KEYWORDS


def _person(ctx: SpanContext, tokens: list[tuple[int, int]], words: list[str], label: str) -> Span | None:
    text = ctx.text
    start, end = tokens[0][0], tokens[-1][1]
    lowered = [_key(w) for w in words]
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return start, end, "ORG"  # "Kedua RIT": an acronym, not a person
    if ctx.in_chain(start, end):
        # Inside "Kepala Seksi … (BIL), Eka Asmadi" only an institution's name is an entity.
        if lowered[0] in ORG_KEYWORDS and len(words) > 1:
            return start, end, "ORG"
        # "Warga Simboro, Nurhayati": a lone word stays only if it names a place of the text.
        return (start, end, "PER?") if len(words) == 1 else None
    if lowered[-1] in EVENT_KEYWORDS and len(words) > 1:
        return start, end, "EVT"  # "Grammy Awards Premiere Ceremony"
    if lowered[-1] in ORG_KEYWORDS and len(words) > 1:
        return start, end, "ORG"  # "Corruption Watch", "Lowy Institute"
    # The word right before, in the same sentence ("tersangka. Kejari" is not titled).
    before = re.search(r"([\w-]+\.?)\s+$", text[max(0, start - 30) : start])
    titled = (
        bool(before and _key(before.group(1)) in PERSON_TITLES and not _ends_sentence(before.group(1)))
        or lowered[0] in PERSON_TITLES
    )
    if titled:
        # "Menteri Perencanaan Pembangunan Nasional Suharso Monoarfa": the name is the run at the
        # end that no title word interrupts.
        cut = len(words)
        while cut > 0 and not title_word(words[cut - 1]):
            cut -= 1
        if cut == len(words):
            return None  # the span is all title: "Seksi Urusan Umum"
        tokens, words = tokens[cut:], words[cut:]
        start = tokens[0][0]
    if all(plain_word(w) for w in words):
        # No name word: "Tindak Pidana Korupsi", "Ketua", "Mengungsi". A sure title before a
        # multi-word span ("dr. Putri Indah") is evidence enough.
        if len(words) == 1 and label.endswith("+"):
            return start, end, "PER?"  # "ujar Bagus": a name only if it resolves to "Bagus Wicaksono"
        if len(words) == 1 or not (label.endswith("+") or titled):
            return None
    return start, end, label
