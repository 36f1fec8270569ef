"""Measure the analyzer on the held-out articles in eval/heldout (a measurement, not a gate).

Each article ``NAME.txt|.html|.json`` has ``NAME.expected.json`` written by a human
reader in the schema of tests/data/articles (see tests/data/README.md). The
articles are scored with ``tests/articles_scoring.py``; the script prints the
failed facts of every article and ends with ``heldout: facts=K/N share=0.xxx``.
It always exits 0.

Run: ``.venv/bin/python eval/heldout_score.py [--quiet] [--folder eval/heldout2]``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "eval" / "heldout"
SCORER = ROOT / "tests" / "articles_scoring.py"
SUFFIXES = (".txt", ".html", ".json")


def load_scorer(path: Path = SCORER) -> ModuleType:
    """Import the gold-set scorer by path, so that it is reused and never copied."""
    spec = importlib.util.spec_from_file_location("articles_scoring", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(folder: Path = HELDOUT) -> list[Path]:
    """Return the held-out article files, without their expectation files."""
    return sorted(
        p for p in folder.iterdir() if p.suffix in SUFFIXES and not p.name.endswith(".expected.json")
    )


def analyze_file(path: Path) -> tuple[dict[str, Any], str | None]:
    """Analyze one article; return its record dict and the error, if the analyzer raised."""
    try:
        import warta

        record = warta.analyze(path.read_bytes(), name=path.name)
    except Exception as exc:  # a crash is measured as a record with no facts, not raised
        return {}, f"{type(exc).__name__}: {exc}"
    return record.to_dict(), None


def main(argv: list[str] | None = None) -> int:
    """Score every held-out article and print the failures and the total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print only per-article scores and the total")
    parser.add_argument(
        "--folder", type=Path, default=HELDOUT, help="the set to score (default eval/heldout; eval/heldout2)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    scoring = load_scorer()
    total = passed = 0
    for path in articles(args.folder):
        expected = json.loads((args.folder / f"{path.stem}.expected.json").read_text(encoding="utf-8"))
        record, error = analyze_file(path)
        checks = scoring.score(record, expected)
        bad = scoring.failed(checks)
        total += len(checks)
        passed += len(checks) - len(bad)
        if error:
            print(f"{path.name}: ERROR {error}")
        if not args.quiet:
            for name in bad:
                print(f"{path.name}: FAIL {name}")
        print(f"{path.name}: score={len(checks) - len(bad)}/{len(checks)}")
    share = passed / total if total else 0.0
    print(f"{args.folder.name}: facts={passed}/{total} share={share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
