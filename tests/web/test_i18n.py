"""The message catalogue: both languages complete, placeholders consistent."""

from __future__ import annotations

import re

import pytest

from warta.web.i18n import LANGUAGES, MESSAGES, translate, translator


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES), key
    fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in entry.items()}
    assert fields["id"] == fields["en"], key


def test_translate_fills_placeholders_and_falls_back() -> None:
    assert translate("results_count", "id", n=3) == "3 hasil"
    assert translate("results_count", "en", n=3) == "3 results"
    assert translate("no-such-key", "en") == "no-such-key"
    assert translator("fr")("nav_search") == "Cari"  # unknown language: Indonesian
