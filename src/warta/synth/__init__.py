"""Synthetic Indonesian news: a deterministic generator with planted duplicates and stories.

``generate_corpus(n, seed)`` yields :class:`SyntheticArticle` objects for tests and benchmarks;
``python -m warta.synth.sample DIR`` rebuilds the bundled sample corpus.
"""

from warta.synth.generator import FORMATS, SyntheticArticle, generate_corpus

__all__ = ["FORMATS", "SyntheticArticle", "generate_corpus"]
