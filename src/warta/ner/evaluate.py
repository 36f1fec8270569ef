"""Score NER output against BIO gold files: entity-level exact-span micro F1, as conlleval."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from warta.ner.data import LABEL_MAP, Sentence, coarse_tags, read_bio

if TYPE_CHECKING:
    from spacy.language import Language

Chunk = tuple[int, int, str]


def bio_chunks(tags: Sequence[str]) -> set[Chunk]:
    """Return ``(start, end, label)`` token chunks of a BIO sequence, end exclusive.

    Follows conlleval: an ``I-X`` after ``O`` or after another type opens a new chunk,
    so ``["I-PER", "I-PER", "B-LOC"]`` gives ``{(0, 2, "PER"), (2, 3, "LOC")}``.
    """
    chunks: set[Chunk] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if tag == "O" or not kind:
            prefix, kind = "O", ""
        opens = prefix == "B" or (prefix == "I" and kind != label)
        if start is not None and (prefix == "O" or opens):
            chunks.add((start, i, label))
            start, label = None, ""
        if opens:
            start, label = i, kind
    return chunks


@dataclass(slots=True)
class Score:
    """Counts of true positives, predicted and gold chunks, overall and per label."""

    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    words: int = 0
    seconds: float = 0.0

    def add(self, gold_tags: Sequence[str], pred_tags: Sequence[str]) -> None:
        """Count one sentence's gold and predicted coarse BIO tags."""
        gold = bio_chunks(gold_tags)
        pred = bio_chunks(pred_tags)
        for _, _, label in gold:
            self.gold[label] += 1
        for _, _, label in pred:
            self.pred[label] += 1
        for _, _, label in gold & pred:
            self.tp[label] += 1
        self.sentences += 1
        self.words += len(gold_tags)

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Return (precision, recall, F1) for one label, or micro-averaged over all."""
        if label is None:
            tp, pred, gold = sum(self.tp.values()), sum(self.pred.values()), sum(self.gold.values())
        else:
            tp, pred, gold = self.tp[label], self.pred[label], self.gold[label]
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def labels(self) -> list[str]:
        """Labels seen on either side, sorted."""
        return sorted(set(self.gold) | set(self.pred))

    @property
    def words_per_s(self) -> float:
        """Throughput of the tagger over the scored sentences."""
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """Format the one-line summary that ends ``warta eval ner``."""
        p, r, f = self.prf()
        return (
            f"ner: f1={f:.3f} p={p:.3f} r={r:.3f} sentences={self.sentences} "
            f"words_per_s={round(self.words_per_s)}"
        )

    def table(self) -> list[str]:
        """Format per-label lines: label, precision, recall, F1, gold and predicted counts."""
        lines = []
        for label in self.labels:
            p, r, f = self.prf(label)
            lines.append(
                f"{label:<4} f1={f:.3f} p={p:.3f} r={r:.3f} gold={self.gold[label]} pred={self.pred[label]}"
            )
        return lines


def doc_tags(doc: object, label_map: dict[str, str] = LABEL_MAP) -> list[str]:
    """Turn a spaCy Doc's entities into coarse BIO tags, one per token."""
    tags = ["O"] * len(doc)  # type: ignore[arg-type]
    for ent in doc.ents:  # type: ignore[attr-defined]
        coarse = label_map.get(ent.label_)
        if coarse is None:
            continue
        tags[ent.start] = f"B-{coarse}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{coarse}"
    return tags


def score_sentences(
    nlp: Language,
    sentences: Iterable[Sentence],
    *,
    batch_size: int = 256,
    label_map: dict[str, str] = LABEL_MAP,
) -> Score:
    """Tag gold-tokenised sentences with ``nlp`` and score them against their gold tags."""
    from spacy.tokens import Doc

    sentences = list(sentences)
    docs = [Doc(nlp.vocab, words=s.words) for s in sentences]
    started = time.perf_counter()
    predicted = list(nlp.pipe(docs, batch_size=batch_size))
    elapsed = time.perf_counter() - started
    score = Score()
    for sentence, doc in zip(sentences, predicted, strict=True):
        score.add(coarse_tags(sentence.tags, label_map), doc_tags(doc, label_map))
    score.seconds = elapsed
    return score


def score_file(nlp: Language, path: str | Path, *, label_map: dict[str, str] = LABEL_MAP) -> Score:
    """Score ``nlp`` on one ``token<TAB>label`` file."""
    return score_sentences(nlp, read_bio(path), label_map=label_map)
