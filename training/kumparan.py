"""Kumparan news sentences (``nlp-id``'s POS-tagged set, MIT) for NER experiments.

The 32,780 sentences carry POS tags but no entity labels; NNP marks proper nouns. Two uses:

- ``dev MODEL``: a cased-news proxy score. On 600 held-out sentences, how many NNP runs
  (maximal stretches of NNP tokens) the model finds as an entity with the same boundaries
  (recall), and how many of its entities are exactly an NNP run (precision). It is
  untyped: it measures boundaries on cased news, not labels.
- ``label MODEL OUT_DIR N``: distant supervision / self-training. The teacher model tags N
  pool sentences; an entity is kept when it is exactly an NNP run, every other NNP run is
  written as ``UNK`` (the recipe's ``unknown_labels`` make it "unknown" in training), and
  everything else is ``O``. Writes ``OUT_DIR/kumparan/{train,valid}.tsv``; ``valid.tsv`` is
  empty, so the run selects on the labelled sets only.

Sentences that also occur in any NERGrit, NERP or idner2k split are dropped first (about
980 are in NERGrit train), compared lower-cased.

    python training/kumparan.py dev training/output/S/
    python training/kumparan.py label src/warta/models/ner-id /tmp/kumparan-data 4000
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

from warta.ner.data import iter_files, read_bio, sentence_key
from warta.ner.model import load_ner

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ner"
DEV_SIZE = 600
SEED = 1


def kumparan_sentences() -> list[tuple[list[str], list[str]]]:
    """All (words, POS tags) from nlp-id, minus sentences found in the labelled datasets."""
    # Found without importing nlp_id, whose __init__ needs nltk and scikit-learn.
    spec = importlib.util.find_spec("nlp_id")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("needs the nlp-id package: pip install --no-deps nlp-id")
    folder = Path(next(iter(spec.submodule_search_locations)))
    text = (folder / "data" / "dataset_postag.txt").read_text(encoding="utf-8")
    labelled = {
        sentence_key(s.words)
        for split in ("train", "valid", "test")
        for _, path in iter_files(DATA, split)
        for s in read_bio(path)
    }
    sentences, words, tags = [], [], []
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if words and sentence_key(words) not in labelled:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, _, tag = line.rpartition("\t")
        words.append(word)
        tags.append(tag.strip())
    return sentences


def split() -> tuple[list[tuple[list[str], list[str]]], list[tuple[list[str], list[str]]]]:
    """A fixed (dev, pool) split of the kumparan sentences."""
    sentences = kumparan_sentences()
    random.Random(SEED).shuffle(sentences)
    return sentences[:DEV_SIZE], sentences[DEV_SIZE:]


def nnp_runs(tags: list[str]) -> set[tuple[int, int]]:
    runs, start = set(), None
    for i, tag in enumerate([*tags, "END"]):
        if tag == "NNP" and start is None:
            start = i
        elif tag != "NNP" and start is not None:
            runs.add((start, i))
            start = None
    return runs


def predict(model_dir: str, sentences: list[tuple[list[str], list[str]]]) -> list[list[tuple[int, int, str]]]:
    from spacy.tokens import Doc

    nlp = load_ner(Path(model_dir))
    docs = nlp.pipe(Doc(nlp.vocab, words=words) for words, _ in sentences)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def dev(model_dir: str) -> None:
    sentences, _ = split()
    found = proposed = gold = 0
    for (_, tags), ents in zip(sentences, predict(model_dir, sentences), strict=True):
        runs = nnp_runs(tags)
        spans = {(a, b) for a, b, _ in ents}
        gold += len(runs)
        proposed += len(spans)
        found += len(runs & spans)
    p, r = found / max(proposed, 1), found / max(gold, 1)
    print(
        f"kumparan-dev NNP-run proxy: p={p:.3f} r={r:.3f} f1={2 * p * r / max(p + r, 1e-9):.3f} runs={gold}"
    )


def label(model_dir: str, out_dir: str, count: int) -> None:
    _, pool = split()
    pool = pool[:count]
    lines: list[str] = []
    kept = unknown = 0
    for (words, tags), ents in zip(pool, predict(model_dir, pool), strict=True):
        runs = nnp_runs(tags)
        bio = ["O"] * len(words)
        covered: set[tuple[int, int]] = set()
        for a, b, kind in ents:
            if (a, b) in runs:
                bio[a:b] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a - 1)
                covered.add((a, b))
                kept += 1
        for a, b in runs - covered:
            bio[a:b] = ["B-UNK"] + ["I-UNK"] * (b - a - 1)
            unknown += 1
        lines.extend(f"{w}\t{t}" for w, t in zip(words, bio, strict=True))
        lines.append("")
    folder = Path(out_dir) / "kumparan"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "train.tsv").write_text("\n".join(lines), encoding="utf-8")
    (folder / "valid.tsv").write_text("", encoding="utf-8")
    print(f"labelled {len(pool)} sentences: {kept} entities kept, {unknown} NNP runs unknown -> {folder}")


if __name__ == "__main__":
    if sys.argv[1] == "dev":
        dev(sys.argv[2])
    else:
        label(sys.argv[2], sys.argv[3], int(sys.argv[4]))
