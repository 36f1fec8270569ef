"""Scratch: how many entities the hand-written article expectations name does a NER model find
in the article bodies (model alone, no rules)? Prints recall per type and spans proposed.

Run from a checkout whose ``src`` holds the model's architecture code:
``python training/news_recall.py [MODEL_DIR]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import warta
from warta.config import Config
from warta.ner.model import SpacyNerDetector

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "tests" / "data" / "articles", ROOT / "eval" / "heldout"]
TYPES = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def main() -> None:
    detector = SpacyNerDetector(sys.argv[1] if len(sys.argv) > 1 else None)
    found, total, proposed = Counter(), Counter(), 0
    for folder in FOLDERS:
        for expected_path in sorted(folder.glob("*.expected.json")):
            stem = expected_path.name.removesuffix(".expected.json")
            article = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".expected.json"))
            config = Config(ner_model="none")
            body = warta.analyze(article.read_bytes(), name=article.name, config=config).body
            spans = detector.detect(body)
            proposed += len(spans)
            got = {(body[s:e], label) for s, e, label in spans}
            for entity in json.loads(expected_path.read_text()).get("entities", []):
                kind = TYPES.get(entity.get("type", ""))
                name = entity.get("canonical") or entity.get("text")
                if kind is None or not name or name not in body:
                    continue  # only names written as such in the body
                total[kind] += 1
                found[kind] += (name, kind) in got
    for kind in sorted(total):
        print(f"{kind} recall {found[kind] / total[kind]:.3f} ({found[kind]}/{total[kind]})")
    print(f"all recall {sum(found.values()) / sum(total.values()):.3f} proposed={proposed}")


if __name__ == "__main__":
    main()
