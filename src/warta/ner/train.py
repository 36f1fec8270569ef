"""Train Warta's Indonesian NER pipeline from BIO files, with a fixed seed.

The recipe lives in ``config.cfg`` beside this module: spaCy's sections describe the
network, and the ``[warta]`` section says which datasets to read, which to re-case and how
long to train. ``warta train ner`` calls :func:`train_ner`.
"""

from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from warta.errors import WartaError
from warta.lang.id.ner_labels import INSTITUTION_HEADS
from warta.ner.data import (
    LABELS,
    Sentence,
    case_table,
    coarse_tags,
    deduplicate,
    iter_files,
    label_heads,
    lowercase,
    read_bio,
    recase,
    spaces_for,
    unlabelled_institutions,
)
from warta.ner.evaluate import bio_chunks, score_sentences

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer

log = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).with_name("config.cfg")
MODEL_NAME = "warta_ner_id"


@dataclass(slots=True)
class Recipe:
    """The ``[warta]`` section of the training config."""

    datasets: list[str]
    recase: list[str] = field(default_factory=list)
    extra_labels: list[str] = field(default_factory=list)
    # Datasets whose untagged institution names (kpk, kementerian keuangan) count as unknown.
    unknown_institutions: list[str] = field(default_factory=list)
    # Dataset labels whose spans count as unknown rather than "not an entity" (NERP's EVT).
    unknown_labels: list[str] = field(default_factory=list)
    # Copies of each dataset per epoch (default 1): the small cased set is worth more.
    repeat: dict[str, int] = field(default_factory=dict)
    # Duplicate sentences (compared lower-cased) are kept from the earliest dataset here.
    priority: list[str] = field(default_factory=list)
    # Datasets whose validation split is a measure only: it never joins training, even in
    # the final fit.
    dev_only: list[str] = field(default_factory=list)
    # Cased datasets that also train as a lower-cased copy (case augmentation).
    lowercase: list[str] = field(default_factory=list)
    # The IDX company list (code<TAB>name<TAB>listed), relative to the data folder; used
    # by the warta.HashCharLexEmbed.v3 embedding. Empty: no company feature.
    companies: str = ""
    eval_every: int = 200
    patience: int = 8
    max_epochs: int = 40
    # A fixed cap keeps a rebuild identical to the shipped model whatever the machine's
    # speed; --max-minutes is only a safety net.
    max_steps: int = 0
    # When set, validation data joins the training data and training runs exactly this
    # many updates; the step count is chosen beforehand on validation scores.
    final_steps: int = 0


@dataclass(slots=True)
class TrainResult:
    """What a training run produced."""

    out_dir: Path
    steps: int
    best_step: int
    best_score: float
    dev_scores: dict[str, float]
    minutes: float


def load_recipe(
    config_path: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> tuple[Any, Recipe]:
    """Load the spaCy config and split off its ``[warta]`` section as a :class:`Recipe`."""
    from spacy.util import load_config

    config = load_config(Path(config_path or CONFIG_PATH), overrides=overrides or {}, interpolate=False)
    section = dict(config.pop("warta", {}))
    unknown = set(section) - set(Recipe.__slots__)
    if unknown:
        raise WartaError(f"unknown [warta] settings: {', '.join(sorted(unknown))}")
    return config, Recipe(**section)


def _tags_for(sentence: Sentence, extra_labels: list[str]) -> list[str]:
    """Coarse BIO tags, keeping any extra label (e.g. EVT) the recipe asks for."""
    label_map = {label: label for label in extra_labels}
    coarse = coarse_tags(sentence.tags)
    if not extra_labels:
        return coarse
    extra = coarse_tags(sentence.tags, label_map)
    return [c if c != "O" else e for c, e in zip(coarse, extra, strict=True)]


def make_examples(nlp: Any, sentences: list[Sentence], extra_labels: list[str]) -> list[Any]:
    """Build spaCy ``Example``s whose reference docs carry the coarse entities."""
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    examples = []
    for sentence in sentences:
        words = sentence.words
        spaces = spaces_for(words)
        predicted = Doc(nlp.vocab, words=words, spaces=spaces)
        reference = Doc(nlp.vocab, words=words, spaces=spaces)
        chunks = sorted(bio_chunks(_tags_for(sentence, extra_labels)))
        reference.set_ents(
            [Span(reference, start, end, label=label) for start, end, label in chunks],
            missing=[Span(reference, start, end) for start, end in sentence.unknown],
            default="outside",
        )
        examples.append(Example(predicted, reference))
    return examples


def _read_split(
    data_dir: Path, split: str, recipe: Recipe, *, required: bool = True
) -> dict[str, list[Sentence]]:
    found = {name: read_bio(path) for name, path in iter_files(data_dir, split) if name in recipe.datasets}
    missing = set(recipe.datasets) - set(found)
    if missing and required:
        raise WartaError(f"{data_dir}: no {split}.tsv for {', '.join(sorted(missing))}")
    return found


def _mark_unknown(train: dict[str, list[Sentence]], cased: list[Sentence], recipe: Recipe) -> None:
    """Fill ``Sentence.unknown`` where a dataset's scheme is silent (see :class:`Recipe`)."""
    from spacy.lang.id.stop_words import STOP_WORDS

    heads = set(INSTITUTION_HEADS) | label_heads(cased)
    raw_map = {label: label for label in recipe.unknown_labels}
    for name, sentences in train.items():
        for sentence in sentences:
            spans = {(a, b) for a, b, _ in bio_chunks(coarse_tags(sentence.tags, raw_map))}
            if name in recipe.unknown_institutions:
                spans.update(unlabelled_institutions(sentence, heads, STOP_WORDS))
            sentence.unknown = sorted(spans)


def training_sentences(data_dir: Path, recipe: Recipe) -> tuple[list[Sentence], dict[str, list[Sentence]]]:
    """Return the training sentences (with re-cased copies) and the validation sets by name."""
    train = _read_split(data_dir, "train", recipe)
    valid = _read_split(data_dir, "valid", recipe)
    joined = [name for name in train if name not in recipe.dev_only] if recipe.final_steps else []
    for name in joined:
        train[name] = train[name] + valid[name]
    # Every sentence scored later (test splits, validation splits kept apart) leaves training.
    test = _read_split(data_dir, "test", recipe, required=False)
    held_out = [s for sents in test.values() for s in sents]
    held_out += [s for name, sents in valid.items() if name not in joined for s in sents]
    train, dropped = deduplicate(train, recipe.priority, held_out)
    log.info("deduplicated training sentences, dropped per dataset: %s", dropped)
    cased = [s for name, sents in train.items() if name not in recipe.recase for s in sents]
    _mark_unknown(train, cased, recipe)
    table = case_table(cased)
    sentences = [s for name, sents in train.items() for s in sents * recipe.repeat.get(name, 1)]
    for name in recipe.recase:
        sentences.extend(recase(s, table) for s in train[name])
    for name in recipe.lowercase:
        sentences.extend(lowercase(s) for s in train[name])
    return sentences, valid


def train_ner(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 1,
    max_minutes: float = 60.0,
    config_path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> TrainResult:
    """Train the NER pipeline on ``data_dir`` and write the best model to ``out_dir``.

    The validation score is the mean entity F1 over the validation sets of the recipe's
    datasets, so the cased and the lower-cased sets both count.
    """
    from spacy.util import fix_random_seed, load_model_from_config, registry

    from warta.ner.architectures import set_companies
    from warta.ner.lexicon import company_names

    data_dir, out_dir = Path(data_dir), Path(out_dir)
    config, recipe = load_recipe(config_path, {"training.seed": seed, **(overrides or {})})
    fix_random_seed(seed)
    rng = random.Random(seed)
    started = time.monotonic()
    deadline = started + max_minutes * 60

    train_sents, valid = training_sentences(data_dir, recipe)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    train_examples = make_examples(nlp, train_sents, recipe.extra_labels)
    training = registry.resolve(
        {"optimizer": config["training"]["optimizer"], "batcher": config["training"]["batcher"]}
    )
    optimizer, batcher = training["optimizer"], training["batcher"]
    ner = cast("EntityRecognizer", nlp.get_pipe("ner"))
    if recipe.companies and not set_companies(ner.model, company_names(data_dir / recipe.companies)):
        raise WartaError("[warta] companies is set but the embedding has no name-list layer")
    for label in (*LABELS, *recipe.extra_labels):
        ner.add_label(label)
    nlp.initialize(lambda: train_examples, sgd=optimizer)
    dropout = float(config["training"]["dropout"])
    log.info("training on %d sentences (%d datasets)", len(train_sents), len(recipe.datasets))

    best_score, best_step, best_bytes = -1.0, 0, b""
    dev_scores: dict[str, float] = {}
    step, bad_evals = 0, 0
    stop_at = recipe.final_steps or recipe.max_steps or None
    stopped = "max-epochs"
    for epoch in range(recipe.max_epochs):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in batcher(train_examples):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            step += 1
            if recipe.final_steps and step % recipe.eval_every == 0:
                log.info("epoch %d step %d loss %.1f", epoch, step, losses.get("ner", 0.0))
            elif step % recipe.eval_every == 0:
                with nlp.use_params(optimizer.averages):
                    scores = {name: score_sentences(nlp, sents).prf()[2] for name, sents in valid.items()}
                    mean = sum(scores.values()) / len(scores)
                    log.info("epoch %d step %d loss %.1f dev %s", epoch, step, losses.get("ner", 0.0), scores)
                    if mean > best_score:
                        best_score, best_step, dev_scores, bad_evals = mean, step, scores, 0
                        best_bytes = nlp.to_bytes()
                    else:
                        bad_evals += 1
            if stop_at is not None and step >= stop_at:
                stopped = "max-steps"
            elif bad_evals >= recipe.patience:
                stopped = "patience"
            elif time.monotonic() > deadline:
                stopped = "max-minutes"
            else:
                continue
            break
        if stopped != "max-epochs":
            break

    if recipe.final_steps or not best_bytes:
        with nlp.use_params(optimizer.averages):
            best_bytes, best_step = nlp.to_bytes(), step
    final = nlp.from_bytes(best_bytes)
    minutes = (time.monotonic() - started) / 60
    final.meta.update(
        {
            "name": MODEL_NAME,
            "version": "0.1.0",
            "description": "Indonesian NER (PER, ORG, LOC) from " + ", ".join(recipe.datasets),
            "license": "Apache-2.0 (NERGrit, NERP), MIT (idner-news-2k, IDX company list)",
            "sources": [
                {
                    "name": "IndoNLU NERGrit and NERP (Apache-2.0)",
                    "url": "https://github.com/IndoNLP/indonlu",
                },
                {"name": "idner-news-2k (MIT)", "url": "https://github.com/khairunnisaor/idner-news-2k"},
                {"name": "IDX listed companies (MIT)", "url": "https://github.com/NeaByteLab/IDX-API"},
            ],
            "warta": {
                "seed": seed,
                "steps": step,
                "stopped": stopped,
                "best_step": best_step,
                "dev_f1": dev_scores,
                "datasets": recipe.datasets,
                "recase": recipe.recase,
                "lowercase": recipe.lowercase,
                "companies": bool(recipe.companies),
                "final_steps": recipe.final_steps,
            },
        }
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    final.to_disk(out_dir)
    log.info("wrote %s (%s, best step %d, dev %s)", out_dir, stopped, best_step, json.dumps(dev_scores))
    return TrainResult(out_dir, step, best_step, best_score, dev_scores, minutes)
