"""Build ``src/warta/lang/id/common_words.txt``: words cased Indonesian news writes in lower case.

A capitalised word that newsrooms usually write in lower case ("Sumber", "Ketua", "Desa",
"Mengungsi") is a sentence opener or part of a title, not a name by itself. The counts come
from cased text only: the kumparan sentences in the ``nlp-id`` package (MIT) and the
NERGrit and idner2k training splits (tokens tagged O). NERP is lower-cased and is not used.

    python training/common_words.py            # rewrites the list
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "src" / "warta" / "lang" / "id" / "common_words.txt"
MIN_LOWER = 3  # lower-case occurrences a word needs
MIN_SHARE = 0.3  # of its mid-sentence occurrences, the lower-case share


def _tagged(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            if sentences[-1]:
                sentences.append([])
            continue
        sentences[-1].append((parts[0], parts[-1]))
    return [s for s in sentences if s]


def main() -> int:
    import importlib.util

    # Located, not imported: importing nlp_id needs nltk, which the list does not.
    spec = importlib.util.find_spec("nlp_id")
    if spec is None or spec.origin is None:
        print("nlp-id is not installed (pip install nlp-id)", file=sys.stderr)
        return 1
    sources = [Path(spec.origin).parent / "data" / "dataset_postag.txt"]
    sources += [SHARED / "nergrit" / "train.tsv", SHARED / "idner2k" / "train.tsv"]
    lower: collections.Counter[str] = collections.Counter()
    upper: collections.Counter[str] = collections.Counter()
    for path in sources:
        for sentence in _tagged(path):
            for index, (word, _tag) in enumerate(sentence):
                if not word.isalpha() or len(word) < 2:
                    continue
                if word.islower():
                    lower[word] += 1
                elif index > 0 and word[0].isupper() and not word.isupper():
                    upper[word.lower()] += 1  # mid-sentence capitals: names and titles
    words = sorted(w for w, n in lower.items() if n >= MIN_LOWER and n / (n + upper[w]) >= MIN_SHARE)
    header = (
        "# Words cased Indonesian news writes in lower case (at least "
        f"{MIN_LOWER} times, {MIN_SHARE:.0%} of mid-sentence uses).\n"
        "# Counted by training/common_words.py in the kumparan sentences of the nlp-id package (MIT)\n"
        "# and the NERGrit (indonlu, Apache-2.0) and idner2k (MIT) training splits.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
