"""Score Warta's page-to-record front end on real pages, against trafilatura, in one run.

Reads ``../shared/data/devpages`` (``gold.jsonl`` and ``html/*.html.gz``: 1,114 real pages
from 8 permissively licensed sources, 12 Indonesian; see its SOURCES.md) and, for every
page, runs ``warta.analyze`` (rule stages: the NER model does not touch these fields) and
``trafilatura.bare_extraction`` twice (its defaults, and ``favor_precision=True``), all
with the page's URL. It scores, per page:

- body, where the gold is the full main text: the bag of 4-token shingles of the Zyte
  article-extraction benchmark (tokens are ``\\w+`` runs, lower-cased; precision is
  averaged over the pages with a non-empty extraction, recall over all pages, and F1 is
  the harmonic mean of the two averages);
- body, where the gold is ``with``/``without`` snippets (trafilatura's evaluation): the
  share of ``with`` snippets found, the share of ``without`` snippets absent, and the F1
  of the summed counts (found ``with`` = TP, missing ``with`` = FN, present ``without`` = FP);
- title: exact match after normalisation (NFKC, case-folded, punctuation as spaces);
- date: the same calendar day (the first 10 characters of an ISO date);
- authors: set F1 of normalised names (a byline string such as "By A and B" is split into
  names the same way for the gold and for every system); Warta's editors and
  photographers are left out, since the gold names the writers.

Prints one markdown table per grouping (all pages, per language, per source): one row
per system. ``--json FILE`` also writes the per-page scores.

    .venv/bin/python eval/pages.py [--systems warta,trafilatura,trafilatura-precision]
        [--subset eval/pages_gate.json] [--files a.html.gz,b.html.gz] [--json OUT]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEVPAGES = ROOT / ".." / "shared" / "data" / "devpages"
SYSTEMS = ("warta", "trafilatura", "trafilatura-precision")
SHINGLE = 4
# Languages with a row of their own; the others are pooled as "other".
LANGUAGE_ROWS = ("id", "en", "de")
_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_NON_WORD_RE = re.compile(r"[\W_]+")
# Byline separators and lead-in words, in the languages of the pages ("By", "Von", "Oleh" ...).
_NAME_SPLIT_RE = re.compile(r"\s*(?:;|,|\||/|&|\band\b|\bund\b|\bdan\b|\bet\b|\by\b|\be\b)\s*", re.I)
_BYLINE_LEAD_RE = re.compile(r"^(?:by|von|par|por|oleh|door|di|da)\s+", re.I)
WRITER_ROLES = ("author", "reporter", "contributor")


@dataclass(slots=True)
class Extraction:
    """What one system returned for one page."""

    body: str = ""
    title: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class PageScore:
    """One system's scores on one page; None where the page has no gold of that kind."""

    file: str
    system: str
    lang: str
    source: str
    body_chars: int = 0
    body_tp: int | None = None
    body_fp: int | None = None
    body_fn: int | None = None
    with_found: int | None = None
    with_total: int | None = None
    without_present: int | None = None
    without_total: int | None = None
    title: bool | None = None
    date: bool | None = None
    authors_f1: float | None = None
    error: str | None = None


# --- systems ----------------------------------------------------------------


def warta_extract(html: bytes, url: str | None) -> Extraction:
    import warta.analysis
    from warta.errors import WartaError

    try:
        record = _scoring_pipeline().run(warta.analysis.input_record(html, url=url))
    except WartaError as exc:
        return Extraction(error=str(exc))
    writers = [a.name for a in record.authors if a.role in WRITER_ROLES]
    return Extraction(record.body, record.title, record.published.date, writers)


_CONFIG: Any = None
_PIPELINE: Any = None
# The record fields the scores read and the fields the stages before them need; a stage of
# analyze() that writes none of them (entities, tone, sources, quotes, claims, finish: their
# ``Stage.writes``, checked by tests/test_stage_writes.py) cannot change a score and is skipped.
SCORED_INPUTS = frozenset(
    {"raw", "raw_lines", "evidence", "url", "body", "paragraphs", "title", "authors", "published", "language",
     "sentences", "dates"}
)  # fmt: skip


def _scoring_pipeline() -> Any:
    global _PIPELINE
    if _PIPELINE is None:
        from warta.analysis import default_stages
        from warta.pipeline import Pipeline

        stages = [s for s in default_stages(_rule_config()) if s.writes & SCORED_INPUTS]
        _PIPELINE = Pipeline(stages, _rule_config())
    return _PIPELINE


def _rule_config() -> Any:
    global _CONFIG
    if _CONFIG is None:
        from warta.config import Config

        _CONFIG = Config(ner_model="none")
    return _CONFIG


def trafilatura_extract(html: bytes, url: str | None, *, favor_precision: bool) -> Extraction:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=favor_precision)
    if document is None or isinstance(document, dict):
        return Extraction()
    authors = [a for a in (document.author or "").split(";") if a.strip()]
    return Extraction(document.text or "", document.title, document.date, authors)


EXTRACTORS: dict[str, Callable[[bytes, str | None], Extraction]] = {
    "warta": warta_extract,
    "trafilatura": lambda html, url: trafilatura_extract(html, url, favor_precision=False),
    "trafilatura-precision": lambda html, url: trafilatura_extract(html, url, favor_precision=True),
}


# --- scoring ----------------------------------------------------------------


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The bag of n-token shingles of a text (one shingle for a text shorter than n tokens)."""
    tokens = _TOKEN_RE.findall(text.lower())
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_counts(gold: str, predicted: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of the predicted shingle bag."""
    expected, found = shingles(gold), shingles(predicted)
    tp = sum((expected & found).values())
    return tp, sum(found.values()) - tp, sum(expected.values()) - tp


def _flat(text: str) -> str:
    return _SPACE_RE.sub(" ", text.replace("\u00a0", " ")).strip().lower()


def normalise_title(text: str | None) -> str:
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return _NON_WORD_RE.sub(" ", folded).strip()


def author_names(values: Iterable[str]) -> set[str]:
    """Split bylines into normalised names: "By Jane Doe and John Roe" -> {"jane doe", "john roe"}."""
    names: set[str] = set()
    for value in values:
        for part in _NAME_SPLIT_RE.split(_BYLINE_LEAD_RE.sub("", value.strip())):
            name = normalise_title(_BYLINE_LEAD_RE.sub("", part.strip()))
            if name:
                names.add(name)
    return names


def set_f1(gold: set[str], found: set[str]) -> float:
    if not gold and not found:
        return 1.0
    hits = len(gold & found)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def score_page(gold: dict[str, Any], system: str, got: Extraction) -> PageScore:
    score = PageScore(
        gold["file"],
        system,
        gold.get("lang") or "unknown",
        gold["source_repo"],
        len(got.body),
        error=got.error,
    )
    if gold.get("body"):
        score.body_tp, score.body_fp, score.body_fn = shingle_counts(_gold_body(gold), got.body)
    if gold.get("with") or gold.get("without"):
        text = _flat(got.body)
        score.with_total = len(gold.get("with") or [])
        score.with_found = sum(_flat(s) in text for s in gold.get("with") or [])
        score.without_total = len(gold.get("without") or [])
        score.without_present = sum(_flat(s) in text for s in gold.get("without") or [])
    if gold.get("title"):
        score.title = normalise_title(got.title) == normalise_title(gold["title"])
    if gold.get("date"):
        score.date = (got.date or "")[:10] == str(gold["date"])[:10]
    if gold.get("authors"):
        score.authors_f1 = set_f1(author_names(gold["authors"]), author_names(got.authors))
    return score


def _gold_body(gold: dict[str, Any]) -> str:
    """The gold main text; magic-html's starts with the headline, which no system puts in the body."""
    body = str(gold["body"])
    if gold["source_repo"] == "opendatalab/magic-html" and gold.get("title"):
        first, _, rest = body.partition("\n")
        if normalise_title(first) == normalise_title(gold["title"]):
            return rest
    return body


# --- aggregation ------------------------------------------------------------


@dataclass(slots=True)
class Summary:
    pages: int
    body_f1: float | None
    body_precision: float | None
    body_recall: float | None
    body_pages: int
    snippet_f1: float | None
    with_share: float | None
    without_share: float | None
    snippet_pages: int
    title: float | None
    title_pages: int
    date: float | None
    date_pages: int
    authors: float | None
    authors_pages: int
    empty: int


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def summarise(scores: list[PageScore]) -> Summary:
    bodies = [s for s in scores if s.body_tp is not None]
    precisions = [
        s.body_tp / (s.body_tp + s.body_fp)  # type: ignore[operator]
        for s in bodies
        if (s.body_tp or 0) + (s.body_fp or 0) > 0
    ]
    recalls = [
        s.body_tp / (s.body_tp + s.body_fn)  # type: ignore[operator]
        for s in bodies
        if (s.body_tp or 0) + (s.body_fn or 0) > 0
    ]
    precision, recall = _mean(precisions), _mean(recalls)
    if bodies and precision is None:
        precision = 0.0
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision is not None and recall is not None and precision + recall > 0
        else (0.0 if bodies else None)
    )
    snippets = [s for s in scores if s.with_total is not None]
    tp = sum(s.with_found or 0 for s in snippets)
    fn = sum((s.with_total or 0) - (s.with_found or 0) for s in snippets)
    fp = sum(s.without_present or 0 for s in snippets)
    with_total = sum(s.with_total or 0 for s in snippets)
    without_total = sum(s.without_total or 0 for s in snippets)
    snippet_f1 = 2 * tp / (2 * tp + fp + fn) if snippets and (2 * tp + fp + fn) else None
    titles = [s.title for s in scores if s.title is not None]
    dates = [s.date for s in scores if s.date is not None]
    authors = [s.authors_f1 for s in scores if s.authors_f1 is not None]
    return Summary(
        pages=len(scores),
        body_f1=f1,
        body_precision=precision,
        body_recall=recall,
        body_pages=len(bodies),
        snippet_f1=snippet_f1,
        with_share=tp / with_total if with_total else None,
        without_share=1 - fp / without_total if without_total else None,
        snippet_pages=len(snippets),
        title=_mean([float(t) for t in titles]),
        title_pages=len(titles),
        date=_mean([float(d) for d in dates]),
        date_pages=len(dates),
        authors=_mean(authors),  # type: ignore[arg-type]
        authors_pages=len(authors),
        empty=sum(s.body_chars == 0 for s in scores),
    )


def groups(scores: list[PageScore]) -> dict[str, dict[str, list[PageScore]]]:
    """Scores grouped as {grouping: {group: scores}} for the all / language / source tables."""
    out: dict[str, dict[str, list[PageScore]]] = {"all": {"all pages": scores}, "language": {}, "source": {}}
    for score in scores:
        lang = score.lang if score.lang in LANGUAGE_ROWS else "other"
        out["language"].setdefault(lang, []).append(score)
        out["source"].setdefault(score.source, []).append(score)
    out["language"] = {k: out["language"][k] for k in (*LANGUAGE_ROWS, "other") if k in out["language"]}
    out["source"] = dict(sorted(out["source"].items()))
    return out


def _cell(value: float | None, count: int) -> str:
    return "–" if value is None else f"{value:.3f} ({count})"


def table(title: str, grouped: dict[str, list[PageScore]], systems: list[str]) -> str:
    lines = [
        f"### {title}",
        "",
        (
            "| group | system | pages | body F1 | body P / R | snippets F1 | with found | without absent "
            "| title | date | authors F1 | empty body |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, scores in grouped.items():
        for system in systems:
            s = summarise([x for x in scores if x.system == system])
            pr = (
                f"{s.body_precision:.3f} / {s.body_recall:.3f}"
                if s.body_precision is not None and s.body_recall is not None
                else "–"
            )
            lines.append(
                f"| {name} | {system} | {s.pages} | {_cell(s.body_f1, s.body_pages)} | {pr} "
                f"| {_cell(s.snippet_f1, s.snippet_pages)} | {_cell(s.with_share, s.snippet_pages)} "
                f"| {_cell(s.without_share, s.snippet_pages)} | {_cell(s.title, s.title_pages)} "
                f"| {_cell(s.date, s.date_pages)} | {_cell(s.authors, s.authors_pages)} | {s.empty} |"
            )
    return "\n".join(lines)


# --- running ----------------------------------------------------------------


def load_gold(folder: Path = DEVPAGES) -> list[dict[str, Any]]:
    path = folder / "gold.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_page(folder: Path, name: str) -> bytes:
    return gzip.decompress((folder / "html" / name).read_bytes())


def run(
    gold: list[dict[str, Any]], systems: Iterable[str], folder: Path = DEVPAGES, progress: bool = False
) -> tuple[list[PageScore], dict[str, float]]:
    """Score every system on every page; return the scores and each system's seconds (CPU)."""
    scores: list[PageScore] = []
    seconds: Counter[str] = Counter()
    systems = list(systems)
    for number, page in enumerate(gold, 1):
        html = read_page(folder, page["file"])
        for system in systems:
            started = time.process_time()
            got = EXTRACTORS[system](html, page.get("url"))
            seconds[system] += time.process_time() - started
            scores.append(score_page(page, system, got))
        if progress and number % 100 == 0:
            print(f"... {number}/{len(gold)} pages", file=sys.stderr)
    return scores, dict(seconds)


def subset_files(path: Path) -> list[str]:
    return list(json.loads(path.read_text(encoding="utf-8"))["files"])


# The gate's fixed subset: every Indonesian page plus, per source, the first pages in the
# order of a hash of their file name (so the choice depends on nothing else).
GATE_PER_SOURCE = {
    "adbar/trafilatura": 30, "adbar/htmldate": 12, "opendatalab/magic-html": 16, "postlight/parser": 14,
    "mozilla/readability": 8, "goose3/goose3": 6, "mediacloud/metadata-lib": 5, "pyk/rojak": 1,
}  # fmt: skip
GATE_METRICS = ("body_f1", "snippet_f1", "title", "date", "authors")
# How far below the pinned score a gate metric may fall (noise is nil: the run is deterministic;
# the margin lets an unrelated rule change move one page).
GATE_MARGIN = 0.01


def gate_subset(gold: list[dict[str, Any]]) -> list[str]:
    chosen = [g["file"] for g in gold if g.get("lang") == "id"]
    for source, count in GATE_PER_SOURCE.items():
        pages = sorted(
            (g["file"] for g in gold if g["source_repo"] == source and g["file"] not in chosen),
            key=lambda name: hashlib.sha1(name.encode()).hexdigest(),
        )
        chosen += pages[:count]
    return sorted(chosen)


def gate_floors(scores: list[PageScore]) -> dict[str, dict[str, float]]:
    """Pinned floors (and the empty-body ceiling) of Warta's scores, overall and on Indonesian pages."""
    floors: dict[str, dict[str, float]] = {}
    for group, selected in (("all", scores), ("id", [s for s in scores if s.lang == "id"])):
        summary = summarise([s for s in selected if s.system == "warta"])
        pinned = {
            name: round(value - GATE_MARGIN, 3)
            for name in GATE_METRICS
            if (value := getattr(summary, name)) is not None
        }
        floors[group] = {**pinned, "empty_max": float(summary.empty)}
    return floors


def check_gate(scores: list[PageScore], floors: dict[str, dict[str, float]]) -> list[str]:
    """The gate's failures: each metric under its floor, and too many empty bodies."""
    failures = []
    for group, pinned in floors.items():
        selected = scores if group == "all" else [s for s in scores if s.lang == group]
        summary = summarise([s for s in selected if s.system == "warta"])
        for name, floor in pinned.items():
            if name == "empty_max":
                if summary.empty > floor:
                    failures.append(f"{group}: {summary.empty} empty bodies > {floor:.0f}")
                continue
            value = getattr(summary, name)
            if value is None or value < floor:
                failures.append(f"{group}: {name} {value} < floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEVPAGES, help="the devpages folder")
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help=f"comma-separated, of {', '.join(SYSTEMS)}"
    )
    parser.add_argument("--subset", type=Path, help="a JSON file whose 'files' list selects the pages")
    parser.add_argument("--files", help="comma-separated page files to score")
    parser.add_argument("--json", type=Path, help="write the per-page scores here")
    parser.add_argument(
        "--write-gate",
        type=Path,
        metavar="FILE",
        help="score Warta on the gate subset and pin its floors in FILE",
    )
    args = parser.parse_args(argv)
    if not (args.folder / "gold.jsonl").is_file():
        print(f"no devpages gold at {args.folder} (../shared is absent?)", file=sys.stderr)
        return 2
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in EXTRACTORS]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}")
    gold = load_gold(args.folder)
    if args.write_gate:
        files = gate_subset(gold)
        gate_scores, _ = run([g for g in gold if g["file"] in set(files)], ["warta"], args.folder)
        gate = {"files": files, "floors": gate_floors(gate_scores)}
        args.write_gate.write_text(json.dumps(gate, indent=1) + "\n", encoding="utf-8")
        print(f"{args.write_gate}: {len(files)} pages, floors {gate['floors']}")
        return 0
    wanted = set(subset_files(args.subset)) if args.subset else None
    if args.files:
        wanted = set(args.files.split(","))
    if wanted is not None:
        gold = [g for g in gold if g["file"] in wanted]
    scores, seconds = run(gold, systems, args.folder, progress=True)
    for grouping, grouped in groups(scores).items():
        print(table(f"devpages: {grouping}", grouped, systems))
        print()
    print(
        "CPU seconds per page: "
        + ", ".join(f"{s}={seconds.get(s, 0.0) / max(1, len(gold)):.4f}" for s in systems)
    )
    if args.json:
        args.json.write_text(
            json.dumps([asdict(s) for s in scores], ensure_ascii=False, indent=0), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
