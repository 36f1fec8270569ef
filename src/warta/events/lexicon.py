"""The Indonesian event-verb dictionary: roots, their affixed forms and their CAMEO/PLOVER codes.

``events_verbs.tsv`` lists roots with the affix patterns they take ("tangkap  meN|di|ter  173");
``events_cameo.tsv`` gives each CAMEO code its PLOVER type, mode and Goldstein value. The
forms are built here by Indonesian morphology (meN- allomorphs: menangkap, memukul, menyerang,
mengecam, mengebom; di-, ter-, ber-/be-; -kan, -i) and compiled into one alternation, so a
sentence is scanned once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from warta.errors import WartaError
from warta.stages.dates import _alt as alternation

VERBS_FILE = "events_verbs.tsv"
CAMEO_FILE = "events_cameo.tsv"
# Quad classes by CAMEO root, as GDELT assigns them (GDELT Event codebook 2.0, QuadClass).
_QUADS = (
    (range(1, 6), "verbal-cooperation"),
    (range(6, 9), "material-cooperation"),
    (range(9, 14), "verbal-conflict"),
    (range(14, 21), "material-conflict"),
)
ACTIVE, PASSIVE, INTRANSITIVE, RECEIVING = "active", "passive", "intransitive", "receiving"
_VOICES = {
    "meN": ACTIVE, "lit": ACTIVE, "di": PASSIVE, "ter": PASSIVE, "litp": PASSIVE, "ber": INTRANSITIVE,
    "recv": RECEIVING,
}  # fmt: skip
# Requirements that are not words: the verb needs an actor-like object ("person") or subject ("actor").
NEEDS_PERSON, NEEDS_ACTOR = "person", "actor"
_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class Code:
    """A CAMEO code with its PLOVER type and mode and its Goldstein value."""

    cameo: str
    type: str
    mode: str | None
    goldstein: float
    quad: str


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One surface form ("ditangkap") of a root ("tangkap"), its voice and its code."""

    form: str
    root: str
    voice: str
    code: Code
    # Words one of which must follow the verb in its clause, or NEEDS_PERSON / NEEDS_ACTOR.
    requires: tuple[str, ...] = ()


_TOKEN_RE = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    forms: dict[str, list[VerbForm]]
    pattern: re.Pattern[str]
    codes: dict[str, Code]
    # First word of each form -> the forms' word tuples, longest first: the scan looks words up
    # instead of running the alternation (a regex of ~500 alternatives is slow at every position).
    by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def scan(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The verb forms in ``text[start:end]`` as (start, end, form), left to right, longest first.

        Finds what ``pattern`` finds ("-nya" allowed on the last word), in one pass over the words.
        """
        words = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            word = words[i][0]
            candidates = self.by_first.get(word) or (
                self.by_first.get(word[:-3]) if word.endswith("nya") else None
            )
            matched = 0
            for form in candidates or ():
                n = len(form)
                if i + n > len(words):
                    continue
                last = words[i + n - 1][0]
                if all(words[i + k][0] == form[k] for k in range(n - 1)) and last in (
                    form[-1],
                    form[-1] + "nya",
                ):
                    found.append((words[i][1], words[i + n - 1][2], " ".join(form)))
                    matched = n
                    break
            i += matched or 1
        return found

    def lookup(self, surface: str) -> list[VerbForm]:
        """The entries of a surface form, most specific (with requirements) first; "-nya" is dropped."""
        key = " ".join(surface.lower().split())
        if key not in self.forms and key.endswith("nya"):
            key = key[:-3]
        return self.forms.get(key, [])


def quad_of(cameo: str) -> str:
    root = int(cameo[:2])
    for roots, quad in _QUADS:
        if root in roots:
            return quad
    raise ValueError(f"CAMEO code {cameo!r} has no quad class")


def men_prefixed(word: str) -> list[str]:
    """The meN- forms of a root: "tangkap" -> menangkap; "kritik" -> mengkritik, mengritik; "bom" -> mengebom.

    Voiceless initials (k, p, t, s) drop in native roots and stay in loans, so both are made;
    the spare form never occurs in text, so it costs nothing.
    """
    first = word[0]
    if _syllables(word) == 1:
        return ["menge" + word]
    if first in _VOWELS or first in "gh":
        return ["meng" + word]
    if first == "k":
        return ["meng" + word[1:], "meng" + word]
    if first in "bfv":
        return ["mem" + word]
    if first == "p":
        return ["mem" + word[1:], "mem" + word]
    if first in "cdjz":
        return ["men" + word]
    if first == "t":
        return ["men" + word[1:], "men" + word]
    if first == "s":
        return ["meny" + word[1:], "men" + word]
    return ["me" + word]  # l m n r w y


def ber_prefixed(word: str) -> list[str]:
    """ "temu" -> bertemu; before r or a first syllable in -er- ber- is be-: "kerja" -> bekerja."""
    if word[0] == "r" or re.match(rf"^[^{_VOWELS}]er", word):
        return ["be" + word, "ber" + word]
    return ["ber" + word]


def _syllables(word: str) -> int:
    return len(re.findall(rf"[{_VOWELS}]+", word))


def surface_forms(root: str, pattern: str) -> list[str]:
    """Every form of ``root`` for one affix pattern ("meN-kan", "di-i", "ber", "lit")."""
    head, _, tail = root.partition(" ")
    prefix, _, suffix = pattern.partition("-")
    stem = head + suffix
    if prefix in ("lit", "litp"):
        heads = [head]
    elif prefix in ("meN", "recv"):
        heads = men_prefixed(stem)
    elif prefix in ("di", "ter"):
        heads = [prefix + stem]
    elif prefix == "ber":
        heads = ber_prefixed(stem)
    else:
        raise ValueError(f"unknown affix pattern {pattern!r}")
    return [f"{h} {tail}" if tail else h for h in heads]


def _read(name: str) -> list[list[str]]:
    text = resources.files("warta.lang.id").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # the header row


def load_codes() -> dict[str, Code]:
    codes: dict[str, Code] = {}
    type_roots: dict[str, str] = {}
    extra: list[list[str]] = []
    for number, row in enumerate(_read(CAMEO_FILE), start=1):
        if len(row) < 4:
            raise WartaError(f"{CAMEO_FILE}: row {number} has {len(row)} columns, expected 5")
        if "(Warta:" in (row[4] if len(row) > 4 else ""):
            extra.append(row)
            continue
        cameo, type_, mode, goldstein = row[:4]
        codes[cameo] = Code(cameo, type_, mode or None, float(goldstein), quad_of(cameo))
        type_roots.setdefault(type_, cameo)
    for cameo, type_, mode, goldstein, *_ in extra:
        # A code PLOVER's table leaves out takes the quad class of its type ("016" denial: REJECT,
        # verbal conflict), not that of its CAMEO root.
        codes[cameo] = Code(cameo, type_, mode or None, float(goldstein), quad_of(type_roots[type_]))
    return codes


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Load the shipped dictionary (once per process)."""
    codes = load_codes()
    forms: dict[str, list[VerbForm]] = {}
    for number, row in enumerate(_read(VERBS_FILE), start=1):
        if len(row) < 3:
            raise WartaError(f"{VERBS_FILE}: row {number} has {len(row)} columns, expected 4 to 6")
        root, patterns, cameo = row[0].strip(), row[1].strip(), row[2].strip()
        requires = tuple(w for w in (row[4] if len(row) > 4 else "").strip().split("|") if w)
        override = (row[5] if len(row) > 5 else "").strip()
        if cameo not in codes:
            raise WartaError(f"{VERBS_FILE}: row {number} ({root}): CAMEO code {cameo} not in {CAMEO_FILE}")
        code = codes[cameo]
        if override:
            code = Code(code.cameo, override, None, code.goldstein, code.quad)
        for pattern in patterns.split("|"):
            voice = _VOICES[pattern.partition("-")[0]]
            for form in surface_forms(root, pattern):
                forms.setdefault(form, []).append(VerbForm(form, root, voice, code, requires))
    for entries in forms.values():
        # Entries with a word requirement are tried first; the plain entry is the fallback.
        entries.sort(key=lambda v: not v.requires or v.requires[0] in (NEEDS_PERSON, NEEDS_ACTOR))
    alternatives = alternation(forms).replace(r"\ ", r"\s+")
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        by_first.setdefault(form.split()[0], []).append(tuple(form.split()))
    for group in by_first.values():
        group.sort(key=len, reverse=True)
    compiled = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?:nya)?(?![\w-])", re.I)
    return Lexicon(forms, compiled, codes, by_first)
