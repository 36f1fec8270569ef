"""Words cased Indonesian news writes in lower case ("sumber", "desa", "pidana").

A capitalised span made only of such words ("Tindak Pidana Korupsi", "Sumber") is a
title, an opener or a topic, not a person's name. The list is counted by
``training/common_words.py`` from cased news text (kumparan via nlp-id, NERGrit,
idner2k); its header names the sources and thresholds.
"""

from __future__ import annotations

from importlib import resources


def _load() -> frozenset[str]:
    text = resources.files("warta.lang.id").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


COMMON_WORDS: frozenset[str] = _load()
