"""Detect the article language: Indonesian first, others recorded as ISO 639-1 codes."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.config import Config
from warta.lang.id.stop_words import STOP_WORDS
from warta.record import Record

_WORD_RE = re.compile(r"[a-z]+")
# Share of words that are Indonesian function words above which lingua is not consulted
# (Indonesian news runs 0.13-0.30; English text well under 0.05).
_INDONESIAN_STOPWORD_SHARE = 0.12
_SAMPLE_CHARS = 1500
# lingua's cost grows with the text; this much decides a news article's language.
_LINGUA_SAMPLE_CHARS = 800


def detect_language(record: Record, config: Config) -> Record:
    text = (record.title or "") + "\n" + record.body
    record.language = guess_language(text)
    if record.language is None:
        record.warnings.append("language-unknown")
    elif record.language != "id":
        record.warnings.append(f"language-{record.language}")
    return record


def guess_language(text: str) -> str | None:
    sample = text[:_SAMPLE_CHARS]
    words = _WORD_RE.findall(sample.lower())
    if not words:
        return None
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share >= _INDONESIAN_STOPWORD_SHARE:
        return "id"
    found = _detector().detect_language_of(sample[:_LINGUA_SAMPLE_CHARS])
    return found.iso_code_639_1.name.lower() if found else None


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.DUTCH, Language.ARABIC,
        Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.FRENCH, Language.GERMAN,
        Language.SPANISH, Language.RUSSIAN, Language.TAGALOG, Language.VIETNAMESE, Language.THAI,
    ]  # fmt: skip
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
