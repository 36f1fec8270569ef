"""Rebuild the tone model and the derived tone lexicon from ../shared/data/tone, or rerun the experiments.

    python training/tone.py build         # writes src/warta/models/tone-id/ and lang/id/tone_*
    python training/tone.py experiments   # the table in docs/model-card-tone.md

Needs the ``train`` extra (scikit-learn). The data (see ../shared/data/tone/SOURCES.md):
CNBC Indonesia market headlines of 2024, hand-labelled (news, MIT); SmSA reviews and comments
(IndoNLU, Apache-2.0). NusaX-id is not trained on: its sentences come from SmSA.

Held out by date: the model for the held-out figures is fitted on January-September 2024 and
scored on October-December 2024 (2,621 headlines), a stand-in for later headlines. The shipped
model is fitted on all of 2024.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

# One BLAS thread: on a shared 2-core machine threaded BLAS made each fit 10x slower.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warta.lang.id.stop_words import STOP_WORDS  # noqa: E402
from warta.record import TONE_LABELS  # noqa: E402
from warta.tone.features import char_block, word_block, words  # noqa: E402
from warta.tone.lexicon import ACTIVITY_FILE, LEXICON_FILE, ToneLexicon  # noqa: E402
from warta.tone.model import MODEL_DIR, MODEL_FILE  # noqa: E402

DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "tone"
CNBC_LABELS = {"positif": "positive", "netral": "neutral", "negatif": "negative"}
HELD_OUT_FROM_MONTH = 10  # October-December 2024 are held out


@dataclass(frozen=True, slots=True)
class Corpus:
    texts: list[str]
    labels: np.ndarray
    months: np.ndarray  # 1-12 for CNBC; 0 for undated review data


def load_cnbc(data: Path) -> Corpus:
    path = data / "cnbci-2024" / "headlines.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return Corpus(
        [r["judul"] for r in rows],
        np.array([CNBC_LABELS[r["sentimen"]] for r in rows]),
        np.array([int(r["tanggal"][5:7]) for r in rows]),
    )


def load_smsa(data: Path, splits: Sequence[str] = ("train", "valid")) -> Corpus:
    texts: list[str] = []
    labels: list[str] = []
    for split in splits:
        for line in (data / "smsa" / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
            text, label = line.rsplit("\t", 1)
            texts.append(text)
            labels.append(label)
    return Corpus(texts, np.array(labels), np.zeros(len(texts), dtype=int))


def subset(corpus: Corpus, mask: np.ndarray) -> Corpus:
    return Corpus(
        [t for t, keep in zip(corpus.texts, mask, strict=True) if keep],
        corpus.labels[mask],
        corpus.months[mask],
    )


# ---------------------------------------------------------------------------------------------
# The lexicon: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn,
# "Fightin' Words", Political Analysis 16(4), 2008), positive against negative texts, on document
# frequencies, separately for news (CNBC) and reviews (SmSA).


@dataclass(frozen=True, slots=True)
class LexiconRecipe:
    news_z: float = 2.58  # |z| a word needs in the news headlines ...
    review_z: float = 3.29  # ... or in the reviews (larger and off-domain, so stricter)
    contradiction_z: float = 1.0  # and it may not lean the other way beyond this in the other corpus
    min_df: int = 4  # documents of its own polarity it occurs in
    prior: float = 10.0  # alpha_0 / vocabulary: the prior's weight


def _document_counts(texts: Sequence[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(words(text)))
    return counts


def log_odds_z(corpus: Corpus, recipe: LexiconRecipe) -> tuple[dict[str, float], Counter[str], Counter[str]]:
    """z-scores of each word's log-odds of positive against negative texts."""
    pos = _document_counts([t for t, y in zip(corpus.texts, corpus.labels, strict=True) if y == "positive"])
    neg = _document_counts([t for t, y in zip(corpus.texts, corpus.labels, strict=True) if y == "negative"])
    background = _document_counts(corpus.texts)
    total = sum(background.values())
    alpha0 = recipe.prior * len(background)
    n_pos, n_neg = sum(pos.values()), sum(neg.values())
    z: dict[str, float] = {}
    for word, count in background.items():
        alpha = alpha0 * count / total
        yp, yn = pos[word], neg[word]
        delta = math.log((yp + alpha) / (n_pos + alpha0 - yp - alpha)) - math.log(
            (yn + alpha) / (n_neg + alpha0 - yn - alpha)
        )
        z[word] = delta / math.sqrt(1.0 / (yp + alpha) + 1.0 / (yn + alpha))
    return z, pos, neg


def _is_lexicon_word(word: str, roots: frozenset[str], stem: object) -> bool:
    """A general Indonesian word: letters only, not a function word, its stem in the KBBI root list."""
    if len(word) < 3 or not word.isalpha() or word in STOP_WORDS:
        return False
    return stem(word) in roots  # type: ignore[operator]


def derive_lexicon(news: Corpus, reviews: Corpus, recipe: LexiconRecipe) -> dict[str, tuple[str, float, str]]:
    """word -> (polarity, z, corpus that decided it)."""
    roots, stem = _sastrawi()
    z_news, pos_news, neg_news = log_odds_z(news, recipe)
    z_rev, pos_rev, neg_rev = log_odds_z(reviews, recipe)
    out: dict[str, tuple[str, float, str]] = {}
    for word in set(z_news) | set(z_rev):
        zn, zr = z_news.get(word, 0.0), z_rev.get(word, 0.0)
        for polarity, sign in (("positive", 1.0), ("negative", -1.0)):
            support_news = (pos_news if sign > 0 else neg_news)[word]
            support_rev = (pos_rev if sign > 0 else neg_rev)[word]
            if (
                sign * zn >= recipe.news_z
                and support_news >= recipe.min_df
                and sign * zr > -recipe.contradiction_z
            ):
                source, z = "news", zn
            elif (
                sign * zr >= recipe.review_z
                and support_rev >= recipe.min_df
                and sign * zn > -recipe.contradiction_z
            ):
                source, z = "reviews", zr
            else:
                continue
            if _is_lexicon_word(word, roots, stem):
                out[word] = (polarity, round(z, 2), source)
    return out


def _sastrawi() -> tuple[frozenset[str], object]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    factory = StemmerFactory()
    stemmer = factory.create_stemmer()
    data = Path(sys.modules["Sastrawi"].__file__ or "").parent / "Stemmer" / "data" / "kata-dasar.txt"
    roots = frozenset(data.read_text(encoding="utf-8").split())
    return roots, stemmer.stem


# Active verbs: meN- (me, mem, men, meng, meny), memper- and ber- forms whose Sastrawi stem is a
# KBBI root. GDELT's activity density counts "active" words; Indonesian marks the active voice
# with these prefixes (Sneddon et al. 2010, ch. 3), so the list is every such word in the data.
_ACTIVE_PREFIXES = ("memper", "meng", "meny", "mem", "men", "me", "ber")


def derive_activity(texts: Sequence[str], min_count: int = 3) -> list[str]:
    roots, stem = _sastrawi()
    counts = Counter(w for t in texts for w in words(t) if w.isalpha() and w.startswith(_ACTIVE_PREFIXES))
    out = []
    for word, count in counts.items():
        if count < min_count or len(word) < 5:
            continue
        root = stem(word)  # type: ignore[operator]
        if root in roots and root != word and word not in STOP_WORDS:
            out.append(word)
    return sorted(out)


# ---------------------------------------------------------------------------------------------
# The classifier.


@dataclass(frozen=True, slots=True)
class Recipe:
    name: str
    C: float = 3.0
    word: bool = True
    char: bool = True
    word_min_df: int = 2
    char_min_df: int = 2
    class_weight: str | None = None
    review_weight: float = 0.0  # sample weight of each SmSA review (0: not used)
    lexicon_features: bool = False


def _vectorizer(recipe: Recipe):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    parts = []
    if recipe.word:
        parts.append(
            ("word", TfidfVectorizer(analyzer=word_block, sublinear_tf=True, min_df=recipe.word_min_df))
        )
    if recipe.char:
        parts.append(
            ("char", TfidfVectorizer(analyzer=char_block, sublinear_tf=True, min_df=recipe.char_min_df))
        )
    return FeatureUnion(parts)


def _lexicon_columns(texts: Sequence[str], lexicon: ToneLexicon):  # type: ignore[no-untyped-def]
    from scipy import sparse

    rows = []
    for text in texts:
        f = lexicon.figures(text)
        rows.append([f.positive / 10.0, f.negative / 10.0])
    return sparse.csr_matrix(np.array(rows))


@dataclass
class Fitted:
    recipe: Recipe
    vectorizer: object
    classifier: object
    lexicon: ToneLexicon | None = None

    def matrix(self, texts: Sequence[str]):  # type: ignore[no-untyped-def]
        from scipy import sparse

        x = self.vectorizer.transform(list(texts))  # type: ignore[attr-defined]
        if self.lexicon is not None:
            x = sparse.hstack([x, _lexicon_columns(texts, self.lexicon)]).tocsr()
        return x

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        return self.classifier.decision_function(self.matrix(texts))  # type: ignore[attr-defined,no-any-return]

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classifier.predict(self.matrix(texts))  # type: ignore[attr-defined,no-any-return]


def fit(recipe: Recipe, news: Corpus, reviews: Corpus | None) -> Fitted:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    texts = list(news.texts)
    labels = list(news.labels)
    weights = [1.0] * len(texts)
    if recipe.review_weight > 0 and reviews is not None:
        texts += reviews.texts
        labels += list(reviews.labels)
        weights += [recipe.review_weight] * len(reviews.texts)
    vectorizer = _vectorizer(recipe)
    x = vectorizer.fit_transform(texts)
    lexicon = None
    if recipe.lexicon_features:
        entries = derive_lexicon(news, reviews or Corpus([], np.array([]), np.array([])), LexiconRecipe())
        lexicon = ToneLexicon(
            frozenset(w for w, (p, _, _) in entries.items() if p == "positive"),
            frozenset(w for w, (p, _, _) in entries.items() if p == "negative"),
            frozenset(),
        )
        x = sparse.hstack([x, _lexicon_columns(texts, lexicon)]).tocsr()
    classifier = LogisticRegression(C=recipe.C, max_iter=5000, class_weight=recipe.class_weight)
    classifier.fit(x, labels, sample_weight=np.array(weights))
    assert tuple(classifier.classes_) == TONE_LABELS, classifier.classes_
    return Fitted(recipe, vectorizer, classifier, lexicon)


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(list(gold), list(predicted), average="macro", labels=list(TONE_LABELS)))


def _folds(labels: np.ndarray, k: int, seed: int = 0):  # type: ignore[no-untyped-def]
    from sklearn.model_selection import StratifiedKFold

    return StratifiedKFold(k, shuffle=True, random_state=seed).split(np.zeros(len(labels)), labels)


def cross_validate(
    recipe: Recipe, news: Corpus, reviews: Corpus | None, k: int = 5
) -> tuple[float, np.ndarray]:
    """Mean macro-F1 over k folds of ``news`` (reviews always in training), and out-of-fold logits."""
    scores = []
    logits = np.zeros((len(news.texts), len(TONE_LABELS)))
    for train, test in _folds(news.labels, k):
        model = fit(recipe, subset(news, _mask(len(news.texts), train)), reviews)
        test_texts = [news.texts[i] for i in test]
        logits[test] = model.decision(test_texts)
        scores.append(macro_f1(news.labels[test], np.array(TONE_LABELS)[logits[test].argmax(axis=1)]))
    return float(np.mean(scores)), logits


def _mask(n: int, index: np.ndarray) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[index] = True
    return mask


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The softmax temperature minimising the log-loss of out-of-fold logits."""
    gold = np.array([TONE_LABELS.index(y) for y in labels])
    best_t, best_loss = 1.0, float("inf")
    for t in np.arange(0.4, 3.01, 0.02):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = float(-logp[np.arange(len(gold)), gold].mean())
        if loss < best_loss:
            best_t, best_loss = float(t), loss
    return round(best_t, 2)


def expected_calibration_error(
    logits: np.ndarray, labels: np.ndarray, temperature: float, bins: int = 10
) -> float:
    z = logits / temperature
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    confidence = p.max(axis=1)
    correct = np.array(TONE_LABELS)[p.argmax(axis=1)] == labels
    ece = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        inside = (confidence > lo) & (confidence <= lo + 1 / bins)
        if inside.any():
            ece += inside.mean() * abs(confidence[inside].mean() - correct[inside].mean())
    return round(float(ece), 4)


# ---------------------------------------------------------------------------------------------
# Export.


def export(model: Fitted, temperature: float, out: Path, info: dict[str, object]) -> None:
    """Write the weights the numpy scorer (warta.tone.model) reads."""
    if model.lexicon is not None:
        raise ValueError("lexicon features are not supported by the shipped scorer")
    names: list[str] = []
    idf: list[np.ndarray] = []
    blocks: list[int] = []
    for block, (prefix, vectorizer) in enumerate(model.vectorizer.transformer_list):  # type: ignore[attr-defined]
        vocabulary = vectorizer.vocabulary_
        ordered = sorted(vocabulary, key=vocabulary.__getitem__)
        tag = {"word": "w", "char": "c"}[prefix]
        names += [f"{tag}{name}" for name in ordered]
        idf.append(vectorizer.idf_.astype(np.float32))
        blocks += [block] * len(ordered)
    coef = model.classifier.coef_.T.astype(np.float32)  # type: ignore[attr-defined]
    if any("\n" in name for name in names):
        raise ValueError("a feature holds a newline")
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out / MODEL_FILE,
        features=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
        idf=np.concatenate(idf),
        block=np.array(blocks, dtype=np.uint8),
        coef=coef,
        intercept=model.classifier.intercept_.astype(np.float32),  # type: ignore[attr-defined]
        temperature=np.array(temperature, dtype=np.float32),
        classes=np.array(TONE_LABELS),
    )
    meta = {"name": "tone-id", "recipe": asdict(model.recipe), "temperature": temperature, **info}
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


LEXICON_HEADER = """\
# Warta Indonesian tone lexicon, derived by training/tone.py from ../shared/data/tone:
# CNBC Indonesia 2024 headlines (MIT, github.com/triagungj/CNBCI-Sentiment-Analysis) and SmSA
# (IndoNLU, Apache-2.0). Method: weighted log-odds of positive against negative texts with an
# informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), on document frequencies, per
# corpus; a word enters when |z| >= {news_z} in the news or >= {review_z} in the reviews, it occurs
# in >= {min_df} texts of its polarity, the other corpus does not lean the other way by more
# than z = {contradiction_z}, and it is a general word (letters only, not a stop word, its Sastrawi
# stem a KBBI root). Not copied from any sentiment lexicon. License: Apache-2.0, like Warta.
"""


def write_lexicon(entries: dict[str, tuple[str, float, str]], recipe: LexiconRecipe, path: Path) -> None:
    lines = [LEXICON_HEADER.format(**asdict(recipe)).rstrip("\n"), "word\tpolarity\tz\tcorpus"]
    for word in sorted(entries):
        polarity, z, source = entries[word]
        lines.append(f"{word}\t{polarity}\t{z}\t{source}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_activity(active: list[str], path: Path) -> None:
    header = (
        "# Active-verb words (meN-, memper-, ber- forms whose Sastrawi stem is a KBBI root) seen at least\n"
        "# three times in ../shared/data/tone (CNBC Indonesia 2024 headlines, SmSA); derived by\n"
        "# training/tone.py for GDELT's activity reference density. License: Apache-2.0, like Warta.\n"
    )
    path.write_text(header + "\n".join(active) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------

SHIPPED = Recipe("word 1-2 + char_wb 2-5, C=3, reviews 0.1", C=3.0, review_weight=0.1)

EXPERIMENTS = [
    Recipe("word 1-2 only, C=3", char=False),
    Recipe("char_wb 2-5 only, C=3", word=False),
    Recipe("word + char, C=1", C=1.0),
    Recipe("word + char, C=3", C=3.0),
    Recipe("word + char, C=10", C=10.0),
    Recipe("word + char, C=3, balanced", class_weight="balanced"),
    Recipe("word + char, C=3, reviews 0.1", review_weight=0.1),
    Recipe("word + char, C=3, reviews 0.3", review_weight=0.3),
    Recipe("word + char, C=3, reviews 1.0", review_weight=1.0),
    Recipe("word + char, C=3, + lexicon features", lexicon_features=True),
    Recipe("word + char, C=3, reviews 0.1, char min_df 5", review_weight=0.1, char_min_df=5),
    Recipe("word + char, C=3, reviews 0.1, min_df 3/8", review_weight=0.1, word_min_df=3, char_min_df=8),
]


def run_experiments(data: Path, names: Sequence[str] | None = None) -> None:
    news = load_cnbc(data)
    reviews = load_smsa(data)
    early = subset(news, news.months < HELD_OUT_FROM_MONTH)
    late = subset(news, news.months >= HELD_OUT_FROM_MONTH)
    smsa_test = load_smsa(data, ("test",))
    print(
        f"news: {len(news.texts)} headlines; train Jan-Sep {len(early.texts)}, "
        f"held out Oct-Dec {len(late.texts)}"
    )
    print("| recipe | CV-5 Jan-Sep | held out Oct-Dec | SmSA test | seconds |")
    print("|---|---|---|---|---|")
    for recipe in EXPERIMENTS:
        if names and not any(n in recipe.name for n in names):
            continue
        started = time.perf_counter()
        cv, _ = cross_validate(recipe, early, reviews)
        model = fit(recipe, early, reviews)
        held = macro_f1(late.labels, model.predict(late.texts))
        smsa = macro_f1(smsa_test.labels, model.predict(smsa_test.texts))
        print(
            f"| {recipe.name} | {cv:.4f} | {held:.4f} | {smsa:.4f} | {time.perf_counter() - started:.0f} |",
            flush=True,
        )


def build(data: Path, out: Path, lang_dir: Path) -> None:
    news = load_cnbc(data)
    reviews = load_smsa(data)
    early = subset(news, news.months < HELD_OUT_FROM_MONTH)
    late = subset(news, news.months >= HELD_OUT_FROM_MONTH)
    recipe = SHIPPED
    held_model = fit(recipe, early, reviews)
    held = macro_f1(late.labels, held_model.predict(late.texts))
    cv, logits = cross_validate(recipe, news, reviews)
    temperature = fit_temperature(logits, news.labels)
    model = fit(recipe, news, reviews)
    smsa_test = load_smsa(data, ("test",))
    info = {
        "trained_on": {"cnbc_2024_headlines": len(news.texts), "smsa_train_valid": len(reviews.texts)},
        "scores": {
            "cnbc_2024_cv5_macro_f1": round(cv, 4),
            "cnbc_oct_dec_held_out_macro_f1": round(held, 4),
            "smsa_test_macro_f1": round(macro_f1(smsa_test.labels, model.predict(smsa_test.texts)), 4),
            "cv_ece_before": expected_calibration_error(logits, news.labels, 1.0),
            "cv_ece_after": expected_calibration_error(logits, news.labels, temperature),
        },
        "license": "Apache-2.0 (weights); trained on MIT (CNBCI) and Apache-2.0 (SmSA/IndoNLU) data",
    }
    export(model, temperature, out, info)
    lexicon_recipe = LexiconRecipe()
    write_lexicon(derive_lexicon(news, reviews, lexicon_recipe), lexicon_recipe, lang_dir / LEXICON_FILE.name)
    write_activity(derive_activity(news.texts + reviews.texts), lang_dir / ACTIVITY_FILE.name)
    print(json.dumps(info, indent=2))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["build", "experiments"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the tone data folder")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="where the model goes")
    parser.add_argument("--lang-dir", type=Path, default=LEXICON_FILE.parent, help="where the lexicon goes")
    parser.add_argument("--only", nargs="*", help="experiments whose name contains one of these")
    args = parser.parse_args(argv)
    if not (args.data / "cnbci-2024" / "headlines.csv").is_file():
        print(f"{args.data}: no tone data (cnbci-2024/headlines.csv)", file=sys.stderr)
        return 2
    if args.action == "experiments":
        run_experiments(args.data, args.only)
    else:
        build(args.data, args.out, args.lang_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
