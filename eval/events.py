"""Score Warta's event coder against the blind-annotated PLOVER gold sets in eval/events/.

    python eval/events.py [--sets dev blind] [--errors N] [--no-floors]

Each gold line is one sentence with its events ({type, cameo, actor, recipient, negated, verb});
the sentence goes alone through ``warta.analyze`` and its ``record.events`` are compared:

* type F1: per sentence, predicted and gold event types matched as multisets;
* full match F1: a predicted event matches a gold one when the type is the same, the actor
  matches and the recipient matches (a party matches when both are empty, or when the
  predicted party's text or canonical name and the gold string, casefolded, contain one
  another or share a word of four letters or more that is not a title word);
* CAMEO root accuracy: share of type-matched pairs whose 2-digit CAMEO roots agree;
* negation accuracy: share of type-matched pairs with the same ``negated``;
* event-free precision: of the sentences with no gold event, the share where Warta codes none.

Exits 1 when a score is below its pinned floor. Tune on dev only; blind is scored once.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "events"
# Floors a little under the scores measured when they were pinned (docs/events.md).
FLOORS: dict[str, dict[str, float]] = {
    # tuned on: type 0.923, full 0.823, root 0.994, event-free 0.949
    "dev": {"type_f1": 0.90, "full_f1": 0.80, "root_accuracy": 0.98, "event_free_precision": 0.92},
    # scored once at commit 8ae6830: type 0.790, full 0.626, root 0.987, event-free 0.944
    "blind": {"type_f1": 0.77, "full_f1": 0.60, "root_accuracy": 0.97, "event_free_precision": 0.92},
}
# Title and filler words that say nothing about who a party is.
_WEAK_WORDS = frozenset(
    "para pihak yang dari dan atau kepala ketua menteri presiden juru bicara tersebut itu ini".split()
)


@dataclass(slots=True)
class Scores:
    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    type_tp: int = 0
    full_tp: int = 0
    root_ok: int = 0
    negation_ok: int = 0
    matched: int = 0
    empty_gold: int = 0
    empty_ok: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        def f1(tp: int) -> float:
            return 2 * tp / (self.gold + self.predicted) if self.gold + self.predicted else 0.0

        return {
            "type_f1": round(f1(self.type_tp), 3),
            "type_precision": round(self.type_tp / self.predicted, 3) if self.predicted else 0.0,
            "type_recall": round(self.type_tp / self.gold, 3) if self.gold else 0.0,
            "full_f1": round(f1(self.full_tp), 3),
            "root_accuracy": round(self.root_ok / self.matched, 3) if self.matched else 0.0,
            "negation_accuracy": round(self.negation_ok / self.matched, 3) if self.matched else 0.0,
            "event_free_precision": round(self.empty_ok / self.empty_gold, 3) if self.empty_gold else 0.0,
        }


def _words(text: str) -> set[str]:
    return {w for w in "".join(c if c.isalnum() else " " for c in text.casefold()).split() if len(w) >= 4}


def party_matches(gold: str | None, names: list[str]) -> bool:
    """Whether a predicted party (its texts and canonical names) matches the gold string."""
    if not gold:
        return not names
    if not names:
        return False
    wanted = gold.casefold()
    for name in names:
        have = name.casefold()
        if have in wanted or wanted in have:
            return True
        if (_words(have) & _words(wanted)) - _WEAK_WORDS:
            return True
    return False


def _names(parties: list[Any]) -> list[str]:
    return [n for p in parties[:1] for n in (p.text, p.canonical) if n]


def score(lines: list[dict[str, Any]]) -> Scores:
    import warta

    scores = Scores()
    for line in lines:
        record = warta.analyze(line["sentence"])
        predicted = list(record.events)
        gold = list(line["events"])
        scores.sentences += 1
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        if not gold:
            scores.empty_gold += 1
            scores.empty_ok += not predicted
        types = Counter(e["type"] for e in gold) & Counter(e.type for e in predicted)
        scores.type_tp += sum(types.values())
        left = list(predicted)
        for want in gold:
            same_type = [p for p in left if p.type == want["type"]]
            if not same_type:
                continue
            full = [
                p
                for p in same_type
                if party_matches(want.get("actor"), _names(p.actors))
                and party_matches(want.get("recipient"), _names(p.recipients))
            ]
            chosen = (full or same_type)[0]
            left.remove(chosen)
            scores.matched += 1
            scores.full_tp += bool(full)
            scores.root_ok += str(want.get("cameo") or "")[:2] == chosen.cameo[:2]
            scores.negation_ok += bool(want.get("negated")) == chosen.negated
        if Counter(e["type"] for e in gold) != Counter(e.type for e in predicted) or not all(
            _full(line, predicted)
        ):
            scores.errors.append(_error(line, predicted))
    return scores


def _full(line: dict[str, Any], predicted: list[Any]) -> list[bool]:
    out = []
    for want in line["events"]:
        out.append(
            any(
                p.type == want["type"]
                and party_matches(want.get("actor"), _names(p.actors))
                and party_matches(want.get("recipient"), _names(p.recipients))
                for p in predicted
            )
        )
    return out


def _error(line: dict[str, Any], predicted: list[Any]) -> dict[str, Any]:
    return {
        "id": line["id"],
        "sentence": line["sentence"],
        "gold": [
            (e["type"], e.get("cameo"), e.get("actor"), e.get("recipient"), e.get("negated"))
            for e in line["events"]
        ],
        "warta": [
            (p.type, p.cameo, _names(p.actors)[:1], _names(p.recipients)[:1], p.negated) for p in predicted
        ],
    }


def load(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise SystemExit(f"{path}: gold file missing")
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if raw.strip():
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON: {exc}") from exc
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["dev"], help="gold sets: dev, dev-pass2, blind")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N mismatched sentences")
    parser.add_argument("--no-floors", action="store_true", help="report only; never exit 1")
    args = parser.parse_args(argv)
    failed = False
    for name in args.sets:
        started = time.perf_counter()
        scores = score(load(GOLD / f"events-{name}.jsonl"))
        figures = scores.figures()
        seconds = time.perf_counter() - started
        summary = {"set": name, "sentences": scores.sentences, "gold_events": scores.gold}
        summary.update({"warta_events": scores.predicted, **figures, "seconds": round(seconds, 1)})
        print(json.dumps(summary))
        for error in scores.errors[: args.errors]:
            print("  " + json.dumps(error, ensure_ascii=False))
        for metric, floor in FLOORS.get(name, {}).items():
            if figures[metric] < floor and not args.no_floors:
                print(f"{name} {metric} {figures[metric]} is below its floor {floor}", file=sys.stderr)
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
