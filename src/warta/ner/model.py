"""Load the NER model shipped in ``warta/models/ner-id`` and find entities in text.

>>> SpacyNerDetector().detect("Presiden Joko Widodo tiba di Surabaya.")  # doctest: +SKIP
[(9, 20, 'PER'), (29, 37, 'LOC')]
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from warta.errors import WartaError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRecognizer

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner-id"

# Below this many characters per call the model stays fast; longer texts are cut at
# newlines so one huge article does not build a single enormous Doc.
_CHUNK_CHARS = 20_000
# Texts go through the model in batches of at most about this many tokens (and at most
# ``batch_size`` texts): the network's memory grows with the tokens of a batch (64 pieces of
# 20,000 characters took 1.5 GB). Prose has about one token per six characters, a run of
# quote marks or brackets one per character, so the batch is bounded by a token estimate.
_BATCH_TOKENS = 10_000
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=4)
def _load(path: str) -> Language:
    from spacy.util import get_model_meta, load_config

    import warta.ner.architectures  # noqa: F401  (the model's embedding layer is registered here)
    from warta.ner.language import IndonesianNer

    model_dir = Path(path)
    if not (model_dir / "config.cfg").is_file():
        raise WartaError(f"{path}: no NER model here (rebuild it with `warta train ner`)")
    # What spacy.load does, with our Language class: spacy.lang.id would build spaCy's
    # 16k tokenizer exceptions at import although the model's tokenizer is ours. Local files
    # only; nothing is downloaded.
    config = load_config(model_dir / "config.cfg")
    nlp = IndonesianNer.from_config(config, meta=get_model_meta(model_dir))
    return nlp.from_disk(model_dir)


def load_ner(path: str | Path | None = None) -> Language:
    """Return the spaCy pipeline at ``path`` (default: the shipped model), loaded once."""
    return _load(str(Path(path) if path is not None else MODEL_DIR))


class SpacyNerDetector:
    """Find PER, ORG and LOC (and EVT where the model has it) spans in plain text."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Language:
        """The underlying spaCy pipeline (loaded on first use)."""
        with self._lock:
            return load_ner(self.path)

    @property
    def labels(self) -> tuple[str, ...]:
        """Entity labels the model predicts."""
        ner = cast("EntityRecognizer", self.nlp.get_pipe("ner"))
        return tuple(ner.labels)

    def detect(self, text: str) -> list[tuple[int, int, str]]:
        """Return ``(start, end, label)`` character spans of entities in ``text``, in order."""
        return self.detect_many([text])[0]

    def detect_many(self, texts: Iterable[str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
        """Run :meth:`detect` over many texts, batching them through the model."""
        nlp = self.nlp
        texts = list(texts)
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for index, text in enumerate(texts):
            for offset, piece in _split(text):
                pieces.append((index, offset, piece))
        results: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        # The memory zone frees the strings these texts add to the vocabulary, so a long ingest
        # does not grow the model's string store without bound.
        for batch in _batches(pieces, batch_size, _BATCH_TOKENS):
            with nlp.memory_zone():
                docs = nlp.pipe([piece for _, _, piece in batch], batch_size=len(batch))
                for (index, offset, _), doc in zip(batch, docs, strict=True):
                    spans = ((offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
                    results[index].extend(spans)
        return results


def _batches(
    pieces: list[tuple[int, int, str]], max_texts: int, max_tokens: int
) -> Iterable[list[tuple[int, int, str]]]:
    """Group pieces, in order, into batches of at most ``max_texts`` texts and about ``max_tokens``."""
    batch: list[tuple[int, int, str]] = []
    tokens = 0
    for piece in pieces:
        size = estimated_tokens(piece[2])
        if batch and (len(batch) >= max_texts or tokens + size > max_tokens):
            yield batch
            batch, tokens = [], 0
        batch.append(piece)
        tokens += size
    if batch:
        yield batch


def estimated_tokens(text: str) -> int:
    """About how many tokens the tokenizer makes of ``text`` (words and single punctuation marks)."""
    return sum(1 for _ in _TOKEN_RE.finditer(text))


def _split(text: str) -> list[tuple[int, str]]:
    """Cut ``text`` at newlines into pieces of at most about ``_CHUNK_CHARS`` characters."""
    if len(text) <= _CHUNK_CHARS:
        return [(0, text)] if text.strip() else []
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        if text[start:end].strip():
            pieces.append((start, text[start:end]))
        start = end
    return pieces
