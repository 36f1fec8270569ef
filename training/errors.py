"""Scratch: classify a model's NER errors on one BIO file (boundary, type, missed, spurious)."""

from __future__ import annotations

import sys
from collections import Counter

from spacy.tokens import Doc

from warta.ner.data import coarse_tags, read_bio
from warta.ner.evaluate import bio_chunks, doc_tags
from warta.ner.model import load_ner


def main() -> None:
    nlp = load_ner(sys.argv[1])
    sents = read_bio(sys.argv[2])
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for s in sents:
        doc = nlp(Doc(nlp.vocab, words=s.words))
        gold = bio_chunks(coarse_tags(s.tags))
        pred = bio_chunks(doc_tags(doc))
        for g in gold - pred:
            overl = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if any(p[:2] == g[:2] for p in overl):
                k = f"type {g[2]}->{[p[2] for p in overl][0]}"
            elif any(p[2] == g[2] for p in overl):
                k = f"boundary {g[2]}"
            elif overl:
                k = "boundary+type"
            else:
                k = f"missed {g[2]}"
            kinds[k] += 1
            text = " ".join(s.words[g[0] : g[1]])
            ptext = "; ".join(" ".join(s.words[p[0] : p[1]]) + "/" + p[2] for p in overl)
            examples.setdefault(k, []).append(f"{text} | {ptext}")
        for p in pred - gold:
            if not any(g[0] < p[1] and p[0] < g[1] for g in gold):
                kinds[f"spurious {p[2]}"] += 1
                examples.setdefault(f"spurious {p[2]}", []).append(" ".join(s.words[p[0] : p[1]]))
    for k, n in kinds.most_common():
        print(n, k, "::", " || ".join(examples[k][:12]))


if __name__ == "__main__":
    main()
