"""Read token-per-line BIO files and map their labels onto Warta's coarse entity types.

The files follow the IndoNLU layout (``../shared/data/ner/*/train.tsv``): one
``token<TAB>label`` per line and a blank line between sentences, e.g.::

    Presiden    O
    Joko        B-PERSON
    Widodo      I-PERSON
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass, field
from pathlib import Path

from warta.errors import WartaError

# Dataset label -> coarse type. NERGrit uses PERSON/PLACE/ORGANISATION, NERP uses
# PPL/PLC/IND (IND = institutions and companies); anything absent here is ignored.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PER",
    "PPL": "PER",
    "PER": "PER",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "IND": "ORG",
    "ORG": "ORG",
    "PLACE": "LOC",
    "LOCATION": "LOC",
    "PLC": "LOC",
    "LOC": "LOC",
    "GPE": "LOC",
}
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

# Tokens that take no space before them when sentences are rebuilt as text.
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%'\"")
_NO_SPACE_AFTER = frozenset("([{")


@dataclass(slots=True)
class Sentence:
    """One tokenised sentence with one BIO tag per token."""

    words: list[str]
    tags: list[str]
    # Token stretches whose annotation is unknown (neither entity nor "outside") in training.
    unknown: list[tuple[int, int]] = field(default_factory=list)


def read_bio(path: str | Path) -> list[Sentence]:
    """Read a ``token<TAB>label`` file into sentences, keeping the original labels."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WartaError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            if words:
                sentences.append(Sentence(words, tags))
                words, tags = [], []
            continue
        token, sep, label = line.rstrip("\r").rpartition("\t")
        if not sep:
            parts = line.split()
            if len(parts) < 2:
                raise WartaError(f"{path}:{number}: expected 'token<TAB>label', got {line!r}")
            token, label = " ".join(parts[:-1]), parts[-1]
        words.append(token)
        tags.append(label.strip())
    if words:
        sentences.append(Sentence(words, tags))
    return sentences


def coarse_tag(tag: str, label_map: dict[str, str] = LABEL_MAP) -> str:
    """Map one BIO tag to the coarse scheme; labels outside the table become ``O``.

    >>> coarse_tag("I-PLACE"), coarse_tag("B-FNB")
    ('I-LOC', 'O')
    """
    if tag in ("O", "", "-"):
        return "O"
    prefix, _, label = tag.partition("-")
    if not label:
        # A bare label without a B-/I- prefix counts as the inside of an entity.
        prefix, label = "I", prefix
    coarse = label_map.get(label.upper())
    if coarse is None or prefix.upper() not in ("B", "I"):
        return "O"
    return f"{prefix.upper()}-{coarse}"


def coarse_tags(tags: Iterable[str], label_map: dict[str, str] = LABEL_MAP) -> list[str]:
    """Map a sentence's tags with :func:`coarse_tag`."""
    return [coarse_tag(tag, label_map) for tag in tags]


def spaces_for(words: list[str]) -> list[bool]:
    """Guess which tokens are followed by a space, so ``Doc.text`` reads like prose."""
    spaces = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        if following is None:
            spaces.append(False)
        elif word in _NO_SPACE_AFTER or following in _NO_SPACE_BEFORE:
            spaces.append(False)
        else:
            spaces.append(True)
    return spaces


def case_table(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Learn the most frequent written form of each lower-cased word from cased text.

    Sentence-initial tokens are skipped, since their capital says nothing about the word.
    """
    counts: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for word in sentence.words[1:]:
            counts.setdefault(word.lower(), Counter())[word] += 1
    return {low: forms.most_common(1)[0][0] for low, forms in counts.items()}


def recase(sentence: Sentence, table: dict[str, str]) -> Sentence:
    """Restore plausible capitals in a lower-cased sentence (NERP) for case augmentation.

    A word seen in cased text takes its usual form. An unseen word inside an entity is
    title-cased (upper-cased when it is a short consonant-only acronym such as ``dpr``);
    other unseen words stay lower. The first word is capitalised, as in running text.
    """
    words = []
    for word, tag in zip(sentence.words, sentence.tags, strict=True):
        known = table.get(word)
        if known is not None:
            words.append(known)
        elif tag != "O" and word.isalpha():
            is_acronym = len(word) <= 4 and not any(c in "aiueo" for c in word)
            words.append(word.upper() if is_acronym else word[:1].upper() + word[1:])
        else:
            words.append(word)
    if words and words[0][:1].islower():
        words[0] = words[0][:1].upper() + words[0][1:]
    return Sentence(words, list(sentence.tags), list(sentence.unknown))


# idner-news-2k names its validation split dev.tsv; IndoNLU names it valid.tsv.
_SPLIT_FILES = {"valid": ("valid", "dev")}


def iter_files(data_dir: str | Path, split: str) -> Iterator[tuple[str, Path]]:
    """Yield ``(dataset name, path)`` for every ``<dataset>/<split>.tsv`` under ``data_dir``.

    The validation split is read from ``valid.tsv``, else from ``dev.tsv``.
    """
    root = Path(data_dir)
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        for stem in _SPLIT_FILES.get(split, (split,)):
            path = folder / f"{stem}.tsv"
            if path.is_file():
                yield folder.name, path
                break


def sentence_key(words: Iterable[str]) -> str:
    """A sentence's identity across datasets: its tokens lower-cased, space-joined.

    NERP is lower-cased text of largely the same news sentences as idner-news-2k, so two
    copies differ only in case.
    """
    return " ".join(word.lower() for word in words)


def deduplicate(
    sets: dict[str, list[Sentence]], priority: list[str], held_out: Iterable[Sentence] = ()
) -> tuple[dict[str, list[Sentence]], dict[str, int]]:
    """Keep one copy of each sentence, from the dataset earliest in ``priority``.

    Sentences whose key is also in ``held_out`` (the validation and test sets) are
    dropped from training altogether, so a score never counts a sentence the model saw in
    another dataset's training split. Datasets not in ``priority`` come after those that
    are, in name order. Returns the kept sentences and how many each dataset lost.
    """
    seen = {sentence_key(s.words) for s in held_out}
    order = [n for n in priority if n in sets] + sorted(n for n in sets if n not in priority)
    kept: dict[str, list[Sentence]] = {}
    dropped: dict[str, int] = {}
    for name in order:
        kept[name] = []
        for sentence in sets[name]:
            key = sentence_key(sentence.words)
            if key in seen:
                continue
            seen.add(key)
            kept[name].append(sentence)
        dropped[name] = len(sets[name]) - len(kept[name])
    return {name: kept[name] for name in sets}, dropped


def lowercase(sentence: Sentence) -> Sentence:
    """A lower-cased copy of a cased sentence, for case augmentation."""
    return Sentence([w.lower() for w in sentence.words], list(sentence.tags), list(sentence.unknown))


def unlabelled_institutions(
    sentence: Sentence, heads: Set[str], stop_words: Set[str], max_tail: int = 3
) -> list[tuple[int, int]]:
    """Find untagged stretches that start with an institution word, as ``(start, end)``.

    The stretch runs on over up to ``max_tail`` following untagged words that are neither
    stop words nor punctuation: ``kementerian keuangan`` -> both tokens. Training treats
    these tokens as unknown, since the dataset that left them untagged (NERP) did not
    annotate state bodies at all.
    """
    spans = []
    words, tags = sentence.words, sentence.tags
    i = 0
    while i < len(words):
        if tags[i] == "O" and words[i].lower() in heads:
            end = i + 1
            while (
                end < len(words)
                and end - i <= max_tail
                and tags[end] == "O"
                and words[end].isalpha()
                and words[end].lower() not in stop_words
            ):
                end += 1
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def label_heads(sentences: Iterable[Sentence], label: str = "ORG", min_count: int = 2) -> set[str]:
    """Lower-cased words tagged ``label`` (coarse) in most of their uses, at least ``min_count`` times."""
    tagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sentence in sentences:
        for word, tag in zip(sentence.words, coarse_tags(sentence.tags), strict=True):
            if not word.isalpha():
                continue
            total[word.lower()] += 1
            if tag.endswith(f"-{label}"):
                tagged[word.lower()] += 1
    return {w for w, n in tagged.items() if n >= min_count and n * 2 > total[w]}
