"""An Indonesian tokenizer for the NER pipeline: one regular-expression pass, linear in its input.

spaCy's Indonesian tokenizer (``spacy.blank("id")``) adds 15,963 special cases when it is
built (about 1.6 s), and its prefix loop re-slices the rest of a token after every prefix it
strips, so a run of 100,000 ``(`` takes minutes. This tokenizer keeps what those tables are
for by rule, with two compact tables derived from spaCy's own Indonesian data
(``warta/lang/id/tokenizer_*.txt``, rebuilt by ``training/build_tokenizer_tables.py``):

- reduplication stays one token: ``anak-anak``, ``bermain-main``, ``sebaik-baiknya``,
  ``tolong-menolong``, ``sayur-mayur``, ``bolak-balik`` (rules), plus the 600-odd
  lexicalised compounds of spaCy's hyphen list the rules do not cover (``kacau-balau``,
  ``e-KTP``, ``check-up``);
- a clitic written after a hyphen is its own token, as spaCy splits ``-nya``: ``rumah-nya``
  -> ``rumah`` ``-nya``; ``siapa-pun`` -> ``siapa`` ``-pun`` (also ``-ku``, ``-mu``, ``-lah``,
  ``-kah``, ``-tah``), and so is one set apart (``dashboard -nya``);
- ``siswa/i``, ``mahasiswa/i`` (a masculine and feminine pair) stay one token;
- abbreviations keep their period (``Dr.``, ``dll.``, ``S.H.``, ``M.Si.``, ``Jl.``), as do
  single capital initials (``M. Nuh``); a degree of capitalised parts stays whole
  (``M.Kes``; with its last period where spaCy's table has it: ``S.Pd.I.``);
- numbers keep their separators and sign (``3,5``, ``1.500,00``, ``12.30``, ``+62``); a
  word of letters and digits is one token (``5G``, ``A330``); a currency sign before
  a number is its own token (``Rp1.500`` -> ``Rp`` ``1.500``);
- URLs, e-mail addresses, web addresses such as ``Kompas.com``, hashtags and mentions are
  one token each, and so is an HTML character reference left in the text (``&amp;``);
- a run of one punctuation character is one token (``...``, ``--``, ``((((``), so no run of
  symbols makes more tokens than it has kinds of characters in a row.

Every alternative of the pattern either consumes what it scanned or gives up after a bounded
number of characters, so the time is linear in the input, and the tokens' character offsets
are those of the input (``Doc.text == text``; spaces and other whitespace are kept as spaCy
keeps them: one space after a token is its trailing space, anything else is a token).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

TOKENIZER_NAME = "warta.IndonesianTokenizer.v1"

# Word characters: letters, digits and "_", plus combining marks (a decomposed "é" stays in its word).
_W = r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_LETTER = r"[^\W\d_]"
_TLD = r"(?i:com|net|org|id|co|io|tv|news|info|biz|my|sg|go\.id|co\.id|ac\.id|or\.id|web\.id)"
_CURRENCY = r"Rp|RP|rp|US\$|S\$|A\$|HK\$|RM|IDR|USD|SGD|EUR|JPY|CNY|GBP|AUD|MYR"

# Alternatives in the order they are tried at each position. Quantifiers that can fail after a
# long scan are bounded ({1,64}, {0,62}); the unbounded ones only ever extend a match.
_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?://|ftp://|www\.)[^\s<>"'(){{}}\[\]]*[^\s<>"'(){{}}\[\].,;:!?])
    |(?P<email>[\w.+-]{{1,64}}@\w[\w-]{{0,62}}(?:\.\w[\w-]{{0,62}}){{1,4}})
    |(?P<domain>\w[\w-]{{0,62}}(?:\.\w[\w-]{{0,62}}){{0,3}}\.{_TLD}(?![\w.-]?\w))
    |(?P<tag>[#@]\w+)
    |(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{{1,7}}|\#[0-9]{{1,7}}|\#[xX][0-9A-Fa-f]{{1,6}});)
    |(?P<currency>(?:{_CURRENCY})(?=\d))
    |(?P<number>\+?\d+(?:[.,:]\d+)+|\+\d+)
    |(?P<clitic>-(?i:nya|ku|mu|lah|kah|tah|pun)(?!{_W}))
    |(?P<initialism>(?:{_LETTER}{{1,2}}\.){{2,}})
    |(?P<word>{_W}+(?:['’]{_W}+)*(?:-{_W}+(?:['’]{_W}+)*)*)
    |(?P<symbol>[^\w\s])
    """,
    re.VERBOSE,
)
# What may follow a word as part of an abbreviation: "Dr." "M.Hum." "A.Md.Keb." (bounded).
_ABBREVIATION = re.compile(rf"{_LETTER}{{1,8}}(?:\.{_LETTER}{{1,8}}){{0,4}}\.?")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=256)
def _repeats(symbol: str) -> re.Pattern[str]:
    return re.compile(re.escape(symbol) + "*")


_GENDER_PAIR = re.compile(rf"[aA]/[iI](?!{_W})")

CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "tah", "pun"})
# Suffixes a reduplicated second part may carry: anak-anaknya, kemerah-merahan, sebaik-baiknya.
_REDUPLICATION_SUFFIXES = ("", "nya", "an", "kan", "i", "lah", "kah", "pun", "mu", "ku", "annya", "kannya")
_VOWELS = frozenset("aeiou")
# Longest prefix on the first part of a reduplication: memper-, diper-, seber-.
_MAX_PREFIX = 6


def _skeleton(word: str) -> str:
    return "".join(c for c in word if c not in _VOWELS)


def is_reduplication(first: str, second: str) -> bool:
    """Whether ``first-second`` is an Indonesian reduplication (kept as one token).

    Covers full reduplication with affixes (``anak-anak``, ``anak-anaknya``, ``bermain-main``,
    ``sebaik-baiknya``, ``kemerah-merahan``), nasal substitution (``tolong-menolong``,
    ``pukul-memukul``) and the rhyming kinds (``sayur-mayur``, ``lauk-pauk``: one first
    letter changed; ``bolak-balik``, ``warna-warni``: the same consonants).

    >>> is_reduplication("anak", "anaknya"), is_reduplication("Jakarta", "Bandung")
    (True, False)
    """
    a, b = first.lower(), second.lower()
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b or (b.startswith(a) and len(b) - len(a) <= 5):
        return True
    for suffix in _REDUPLICATION_SUFFIXES:
        if not b.endswith(suffix):
            continue
        stem = b[: len(b) - len(suffix)]
        if len(stem) >= 3 and a.endswith(stem) and len(a) - len(stem) <= _MAX_PREFIX:
            return True  # bermain-main, sebaik-baiknya
        if len(a) >= 3 and stem.endswith(a[1:]) and 0 <= len(stem) - len(a) + 1 <= 4:
            return True  # tolong-menolong, pukul-memukul, bahu-membahu
    if len(a) >= 3 and len(a) == len(b) and a[1:] == b[1:]:
        return True  # sayur-mayur, lauk-pauk
    skeleton = _skeleton(a)
    return len(a) >= 3 and a[0] == b[0] and len(skeleton) >= 2 and skeleton == _skeleton(b)


def _read_table(name: str) -> frozenset[str]:
    text = resources.files("warta.lang.id").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def hyphenated_words() -> frozenset[str]:
    """Lower-cased hyphenated words kept whole that :func:`is_reduplication` does not cover."""
    return _read_table("tokenizer_hyphenated.txt")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations that keep their final period, as written (``Dr.``, ``dll.``, ``M.Hum.``)."""
    return _read_table("tokenizer_abbreviations.txt")


Span = tuple[int, int]


# No entry of the hyphenated table is longer; longer stretches are not looked up (linear time).
_LONGEST_HYPHENATED = 40


def _split_hyphenated(text: str, start: int, end: int, table: frozenset[str]) -> Iterator[Span]:
    """Token spans of one hyphen-joined word ``text[start:end]``."""
    if end - start <= _LONGEST_HYPHENATED and text[start:end].lower() in table:
        yield start, end
        return
    parts: list[Span] = []
    part_start = start
    for index in range(start, end):
        if text[index] == "-":
            parts.append((part_start, index))
            part_start = index + 1
    parts.append((part_start, end))
    group: Span | None = parts[0]
    last_text = text[parts[0][0] : parts[0][1]]
    for part_start, part_end in parts[1:]:
        part = text[part_start:part_end]
        if group is not None and (
            (part_end - group[0] <= _LONGEST_HYPHENATED and text[group[0] : part_end].lower() in table)
            or is_reduplication(last_text, part)
            or (last_text.lower() == "ke" and _DIGITS.fullmatch(part))  # ke-3, HUT ke-79
            or (part.lower() == "an" and _DIGITS.fullmatch(last_text))  # 1990-an
        ):
            group = (group[0], part_end)
        elif group is not None and part.lower() in CLITICS:
            yield group
            yield part_start - 1, part_end  # "-nya" as one token, as spaCy splits it
            group = None
        else:
            if group is not None:
                yield group
            yield part_start - 1, part_start  # the hyphen
            group = (part_start, part_end)
        last_text = part
    if group is not None:
        yield group


def token_spans(text: str) -> list[Span]:
    """Character spans ``(start, end)`` of the tokens of ``text`` (whitespace left out)."""
    table = hyphenated_words()
    abbreviations_ = abbreviations()
    spans: list[Span] = []
    append = spans.append
    search = _TOKEN.search
    length = len(text)
    position = 0
    while True:
        match = search(text, position)
        if match is None:
            break
        start, end = match.span()
        kind = match.lastgroup
        if kind == "symbol":
            run = _repeats(text[start]).match(text, end)  # a run of one symbol is one token
            end = run.end() if run else end
            append((start, end))
        elif kind == "word":
            if end < length and text[end] == ".":
                abbreviation = _abbreviation_at(text, start, end, abbreviations_)
                if abbreviation:
                    append((start, abbreviation))
                    position = abbreviation
                    continue
            if _GENDER_PAIR.match(text, end - 1):
                # siswa/i, mahasiswa/i, putra/i: "siswa dan siswi", one word in spaCy's table too
                append((start, end + 2))
                position = end + 2
                continue
            if "-" in text[start:end]:
                spans.extend(_split_hyphenated(text, start, end, table))
            else:
                append((start, end))
        elif kind == "initialism":
            # "A.Md." may be the start of a longer table entry: "A.Md.Keb."
            longer = _abbreviation_at(text, start, end - 1, abbreviations_)
            end = max(end, longer)
            append((start, end))
        else:
            append((start, end))
        position = end
    return spans


def _abbreviation_at(text: str, start: int, end: int, table: frozenset[str]) -> int:
    """End of an abbreviation starting at ``start`` (a word ending at ``end``, then "."), or 0."""
    match = _ABBREVIATION.match(text, start)
    candidate = match.group() if match else ""
    # Longest first: "A.Md.Keb." before "A.Md." before "A.".
    for cut in range(len(candidate), end - start, -1):
        # An entry ends in a period or is the whole candidate ("S.Farm", "M.AB").
        if (candidate[cut - 1] == "." or cut == len(candidate)) and candidate[:cut] in table:
            return start + cut
    if end - start == 1 and text[start].isupper():
        degree = candidate.rstrip(".")
        units = degree.split(".")
        if len(units) > 1 and all(u[0].isupper() and len(u) <= 5 for u in units[1:]):
            # A degree not in the table: "M.Kes", "S.Sos"; a period after it may end the sentence.
            return start + len(degree)
        return end + 1  # an initial: "M. Nuh"
    return 0


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """The words and trailing-space flags spaCy's ``Doc`` needs to give back ``text`` exactly."""
    words: list[str] = []
    spaces: list[bool] = []
    previous = 0
    for start, end in token_spans(text):
        if start > previous:
            gap = text[previous:start]
            if gap[0] == " " and words and not spaces[-1]:
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        words.append(text[start:end])
        spaces.append(False)
        previous = end
    if previous < len(text):
        gap = text[previous:]
        if gap[0] == " " and words:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
    return words, spaces


class IndonesianTokenizer(DummyTokenizer):
    """spaCy tokenizer built from the rules above; nothing to load, nothing to save."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], **kwargs: object) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


@registry.tokenizers(TOKENIZER_NAME)
def create_indonesian_tokenizer() -> Callable[[Language], IndonesianTokenizer]:
    """The ``[nlp.tokenizer]`` factory: ``@tokenizers = "warta.IndonesianTokenizer.v1"``."""

    def make(nlp: Language) -> IndonesianTokenizer:
        return IndonesianTokenizer(nlp.vocab)

    return make
