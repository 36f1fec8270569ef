"""Indonesian stemming for the search index, in one place for both backends.

The same function stems documents at index time and queries at search time, so
"membantah", "dibantah" and "bantahan" all become "bantah" on both sides.
Sastrawi (ECS algorithm) is slow per word, so results are cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from Sastrawi.Stemmer.Context.Visitor.RemoveInflectionalParticle import RemoveInflectionalParticle
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

# Letters and digits only: underscores and punctuation split words, which is also
# what PostgreSQL's parser does, so both backends see the same tokens.
WORD_RE = re.compile(r"[^\W_]+")

# Endings that Sastrawi strips as inflectional particles (-lah, -kah, -tah, -pun).
_PARTICLES = ("lah", "kah", "tah", "pun")
# Sastrawi can only change a word that starts like a prefix (di-, ke-, se-, ber-, meN-, peN-,
# ter-, ku-, kau-) or an -el-/-em-/-er-/-in- infix, or ends like a suffix. Any other word
# comes back unchanged, so it skips Sastrawi's ~40 prefix rules (about 1 ms a word).
_AFFIXABLE = re.compile(
    r"^(?:di|ke|se|be|me|pe|te|ku|[bcdfghjklmnpqrstvwxyz](?:el|em|er|in)[aiueo])"
    r"|(?:i|kan|an|is|isme|ku|mu|nya|lah|kah|tah|pun)$"
)
_MAX_WORD = 40  # longer "words" are ids or garbage; stemming them wastes time


def _build() -> tuple[object, object, object]:
    # Take the uncached inner stemmer: we cache ourselves, with a bound.
    plain = StemmerFactory().create_stemmer().delegatedStemmer
    no_particle = type(plain)(plain.get_dictionary())
    provider = no_particle.visitor_provider
    provider.suffix_visitors = [
        v for v in provider.suffix_visitors if not isinstance(v, RemoveInflectionalParticle)
    ]
    return plain, no_particle, plain.get_dictionary()


_PLAIN, _NO_PARTICLE, _DICTIONARY = _build()


@lru_cache(maxsize=262_144)
def stem_word(word: str) -> str:
    """Return the stem of one lower-case word ("membantah" -> "bantah")."""
    if len(word) < 3 or len(word) > _MAX_WORD or not word.isalpha() or not _AFFIXABLE.search(word):
        return word
    stem: str = _PLAIN.stem_word(word)  # type: ignore[attr-defined]
    # Sastrawi strips "-tah"/"-lah" before prefixes, so "membantah" -> "ban" while
    # "bantahan" -> "bantah". Prefer the root that keeps the ending when it is a real word.
    # A bare root plus a particle ("apakah" = "apa" + "kah") is what Sastrawi handles right.
    if word.endswith(_PARTICLES) and not stem.endswith(_PARTICLES) and word[len(stem) :] not in _PARTICLES:
        alt: str = _NO_PARTICLE.stem_word(word)  # type: ignore[attr-defined]
        if alt != stem and alt.endswith(_PARTICLES) and _DICTIONARY.contains(alt):  # type: ignore[attr-defined]
            return alt
    return stem


def words(text: str) -> list[str]:
    """Split text into lower-case words (letters and digits)."""
    return WORD_RE.findall(text.lower())


def stem_text(text: str) -> str:
    """Return the text as space-separated stems, the form both search indexes store."""
    return " ".join(stem_word(w) for w in WORD_RE.findall(text.lower()))
