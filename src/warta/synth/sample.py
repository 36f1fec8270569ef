"""Build the bundled sample corpus: ``python -m warta.synth.sample samples/corpus``.

The layout (see ``samples/corpus/README.md``):

* ``txt/``, ``html/``, ``json/``: one generated article per file;
* ``feeds/articles.jsonl``: 40 generated articles, one JSON object a line;
* ``warc/pages.warc.gz``: 20 generated HTML pages as WARC response records;
* ``hostile/``: hand-written articles with script, markup and SQL payloads;
* ``<folder>-truth.jsonl`` beside the folder (``samples/corpus-truth.jsonl``): the ground
  truth of every article, wherever it is stored. It sits outside the folder, so that
  ``warta ingest samples/corpus`` reads articles only.

Rebuilding with the same code gives byte-identical files; a test checks the committed copy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from warta.synth.generator import SyntheticArticle, generate_corpus
from warta.synth.hostile import hostile_articles
from warta.synth.write import jsonl_line, write_file, write_truth, write_warc

SAMPLE_SEED = 20230509
SAMPLE_SIZE = 340
SAMPLE_DUP_RATE = 0.12
SAMPLE_SYNDICATION_RATE = 0.10
JSONL_COUNT = 40
WARC_COUNT = 20
JSONL_PATH = "feeds/articles.jsonl"
WARC_PATH = "warc/pages.warc.gz"
# Files that the builder writes; anything else in the folder (README.md) is hand-written.
GENERATED_DIRS = ("txt", "html", "json", "feeds", "warc", "hostile")


def sample_articles() -> list[SyntheticArticle]:
    """Return the generated part of the sample corpus (hostile articles excluded)."""
    return list(
        generate_corpus(
            SAMPLE_SIZE,
            SAMPLE_SEED,
            dup_rate=SAMPLE_DUP_RATE,
            syndication_rate=SAMPLE_SYNDICATION_RATE,
        )
    )


def _split(
    articles: list[SyntheticArticle],
) -> tuple[list[SyntheticArticle], list[SyntheticArticle], list[SyntheticArticle]]:
    """Choose which articles go to the WARC, the JSONL file, and single files (every k-th)."""
    html = [a for a in articles if a.fmt == "html"]
    warc = html[3 :: max(1, len(html) // WARC_COUNT)][:WARC_COUNT]
    in_warc = {a.id for a in warc}
    rest = [a for a in articles if a.id not in in_warc]
    jsonl = rest[5 :: max(1, len(rest) // JSONL_COUNT)][:JSONL_COUNT]
    in_jsonl = {a.id for a in jsonl}
    files = [a for a in rest if a.id not in in_jsonl]
    return files, jsonl, warc


def truth_path(root: Path) -> Path:
    """Where the ground truth of the corpus in ``root`` is written: beside it, not inside."""
    return root.parent / f"{root.name}-truth.jsonl"


def build_sample(root: Path) -> list[dict[str, Any]]:
    """Write the sample corpus under ``root`` and return its ground truth records."""
    root.mkdir(parents=True, exist_ok=True)
    articles = sample_articles()
    files, jsonl, warc = _split(articles)
    truth: dict[str, dict[str, Any]] = {}
    for a in files:
        write_file(a, root)
        truth[a.id] = a.truth()
    jsonl_file = root / JSONL_PATH
    jsonl_file.parent.mkdir(parents=True, exist_ok=True)
    with jsonl_file.open("w", encoding="utf-8", newline="\n") as fh:
        for line_no, a in enumerate(jsonl, start=1):
            fh.write(jsonl_line(a))
            truth[a.id] = a.truth() | {"file": JSONL_PATH, "line": line_no}
    warc_file = root / WARC_PATH
    warc_file.parent.mkdir(parents=True, exist_ok=True)
    with warc_file.open("wb") as fh:
        write_warc(warc, fh)
    for index, a in enumerate(warc):
        truth[a.id] = a.truth() | {"file": WARC_PATH, "record": index}
    for a in hostile_articles():
        write_file(a, root)
        truth[a.id] = a.truth() | {"hostile": True}
    # Stream order, so that copies follow their originals.
    records = [truth[a.id] for a in articles] + [truth[a.id] for a in hostile_articles()]
    write_truth(records, truth_path(root))
    return records


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m warta.synth.sample", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write, e.g. samples/corpus")
    args = parser.parse_args(argv)
    records = build_sample(args.out)
    planted = ("exact_dup_of", "near_dup_of", "syndicated_from")
    kinds = {key: sum(1 for r in records if r.get(key)) for key in planted}
    print(f"wrote {len(records)} articles to {args.out} ({', '.join(f'{k}: {n}' for k, n in kinds.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
