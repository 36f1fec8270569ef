"""Rebuild the two tables of warta's Indonesian tokenizer from spaCy's Indonesian data.

spaCy's ``spacy/lang/id`` (MIT, Explosion AI) keeps 3,898 hyphenated words whole
(``_tokenizer_exceptions_list.py``, from the Indonesian Wiktionary list of words) and about
170 abbreviations with their period (``tokenizer_exceptions.py``), and expands them into
15,963 special cases. ``warta.ner.tokenizer`` keeps reduplications by rule, so only what the
rules do not cover is written out:

- ``src/warta/lang/id/tokenizer_hyphenated.txt``: spaCy's hyphenated words the
  reduplication rules would split, lower-cased (the tokenizer compares lower-cased text);
- ``src/warta/lang/id/tokenizer_abbreviations.txt``: spaCy's Indonesian abbreviations with a
  period, plus a short list of common Indonesian news abbreviations spaCy lacks (below).

    .venv/bin/python training/build_tokenizer_tables.py        # rewrite both files
    .venv/bin/python training/build_tokenizer_tables.py --check  # exit 1 if they are stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.lang.id._tokenizer_exceptions_list import ID_BASE_EXCEPTIONS
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS

from warta.ner.tokenizer import _ABBREVIATION, _split_hyphenated

LANG_DIR = Path(__file__).resolve().parents[1] / "src" / "warta" / "lang" / "id"

# Abbreviations common in Indonesian news that spaCy's table lacks: streets and regions
# (Jl. Sudirman, Kab. Bogor), company forms (PT X Tbk.), forms of address (Sdr., Bpk., Ny.),
# common name abbreviations (Moh., Muh.) and English company suffixes (Inc., Ltd.).
NEWS_ABBREVIATIONS = """
Jl. jl. Jln. jln. Gg. Kav. Kab. kab. Kec. kec. Kel. kel. Prov. Tbk. tbk. Sdr. Sdri. Bpk. bpk. Ny. Nn. Tn.
Yth. Ir. Kol. Purn. Moh. Muh. Mohd. Abd. Tgl. tgl. tsb. Mr. Mrs. Ms. Jr. Sr. Inc. Ltd. Corp. Co. Bros. vs.
""".split()


def hyphenated_table() -> list[str]:
    kept = set()
    for word in ID_BASE_EXCEPTIONS:
        if len(list(_split_hyphenated(word, 0, len(word), frozenset()))) > 1:
            kept.add(word.lower())
    return sorted(kept)


def abbreviation_table() -> list[str]:
    indonesian = [
        orth
        for orth in TOKENIZER_EXCEPTIONS
        if orth not in BASE_EXCEPTIONS and "." in orth and not any(c.isspace() for c in orth)
    ]
    # Only forms the tokenizer can meet as letters and periods: not "Dr.-Ing" or spaCy's "M.Kes,".
    return sorted({orth for orth in [*indonesian, *NEWS_ABBREVIATIONS] if _ABBREVIATION.fullmatch(orth)})


def render(header: str, entries: list[str]) -> str:
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    return "\n".join([*lines, *entries]) + "\n"


def tables() -> dict[Path, str]:
    source = f"spaCy {spacy.__version__} spacy/lang/id (MIT, Explosion AI)"
    return {
        LANG_DIR / "tokenizer_hyphenated.txt": render(
            f"""
Hyphenated words kept as one token that warta.ner.tokenizer.is_reduplication does not cover,
lower-cased. Derived from {source}: _tokenizer_exceptions_list.py (ID_BASE_EXCEPTIONS,
after the Indonesian Wiktionary word list). Rebuilt by training/build_tokenizer_tables.py.
""",
            hyphenated_table(),
        ),
        LANG_DIR / "tokenizer_abbreviations.txt": render(
            f"""
Abbreviations that keep their period as one token, as written (case counts). From {source}:
tokenizer_exceptions.py (the Indonesian entries holding a period), plus common Indonesian news
abbreviations spaCy lacks (NEWS_ABBREVIATIONS in training/build_tokenizer_tables.py, which
rebuilds this file).
""",
            abbreviation_table(),
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the files are current")
    args = parser.parse_args()
    stale = [path for path, text in tables().items() if not path.is_file() or path.read_text() != text]
    if args.check:
        for path in stale:
            print(f"stale: {path}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in tables().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({text.count(chr(10)) - text.count(chr(10) + '#')} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
