"""Tone of the article (GDELT V2Tone-compatible word figures plus a classifier's label) and of each entity.

``record.tone`` holds the word figures of the title and body counted with the derived
Indonesian lexicon (``warta.tone.lexicon``) and the classifier's label and score for the
article (``warta.tone.scoring``); each entity mentioned in the body gets the tone of the
sentences that mention it, one named only in the title or a caption the tone of that text.
"""

from __future__ import annotations

import bisect

from warta.config import Config
from warta.record import Entity, Record, Sentence, Tone
from warta.tone.lexicon import ToneLexicon, default_lexicon
from warta.tone.model import ToneModel, default_model, verdict
from warta.tone.scoring import Mention, article_probabilities, entity_tones


class ToneStage:
    """Fill ``record.tone`` and ``entities[].tone``; the model and lexicon load on first use."""

    name = "tone"
    writes = frozenset({"tone", "entities"})

    def __init__(self, model: ToneModel | None = None, lexicon: ToneLexicon | None = None) -> None:
        self._model = model
        self._lexicon = lexicon

    @property
    def model(self) -> ToneModel:
        if self._model is None:
            self._model = default_model()
        return self._model

    @property
    def lexicon(self) -> ToneLexicon:
        if self._lexicon is None:
            self._lexicon = default_lexicon()
        return self._lexicon

    def __call__(self, record: Record, config: Config) -> Record:
        if not record.body and not record.title:
            return record
        figures = self.lexicon.figures(f"{record.title or ''}\n{record.body}")
        label = verdict(article_probabilities(self.model, record.title, [s.text for s in record.sentences]))
        record.tone = Tone(
            tone=figures.tone,
            positive=figures.positive,
            negative=figures.negative,
            polarity=figures.polarity,
            activity=figures.activity,
            self_group=figures.self_group,
            words=figures.words,
            label=label.label,
            score=label.score,
        )
        tones = entity_tones(self.model, [_mentions(entity, record) for entity in record.entities])
        for entity, entity_tone in zip(record.entities, tones, strict=True):
            entity.tone = entity_tone
        return record


def _mentions(entity: Entity, record: Record) -> list[Mention]:
    """The entity's mentions as (sentence, offsets in it); the title for an entity named only there."""
    if entity.field != "body":
        text = record.title if entity.field == "title" else record.image.caption if record.image else None
        return [Mention(text, entity.start, entity.end)] if text else []
    spans = entity.mentions or [[entity.start, entity.end]]
    out: list[Mention] = []
    for start, end in spans:
        sentence = _sentence_at(record.sentences, start)
        if sentence is not None:
            out.append(Mention(sentence.text, start - sentence.start, end - sentence.start))
    return out


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding ``offset``: sentences come in body order, so bisect (a scan per
    mention was quadratic on long articles)."""
    index = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if index >= 0 and sentences[index].start <= offset < sentences[index].end:
        return sentences[index]
    return None
