"""claimdiff: see how news outlets report the same claims.

Public API (heavy modules load on first use):
    claimdiff.compare(a, b) -> Comparison
    claimdiff.Corpus, claimdiff.load_embedder, claimdiff.MatchConfig, claimdiff.IndexConfig
    claimdiff.find_claims(corpus) -> ClaimMap, claimdiff.trace_article(corpus, id) -> Trace
    claimdiff.search(corpus, embedder, sentences) -> list[ArticleHit]
"""
from __future__ import annotations

from compare.config import MatchConfig
from compare.records import Change, Comparison, Link, Summary
from compare.vocab import ChangeKind, Relation
from index.config import IndexConfig
from index.errors import ClaimdiffError
from index.records import Article, Sentence

__all__ = ["compare", "Article", "Sentence", "Change", "ChangeKind", "Comparison", "Link", "Summary",
           "Relation", "MatchConfig", "IndexConfig", "ClaimdiffError", "load_embedder", "Corpus", "find_claims",
           "trace_article", "search"]
__version__ = "0.1.0"

_session: dict = {}


def compare(a, b, *, config: MatchConfig | None = None, index_config: IndexConfig | None = None) -> Comparison:
    """Compare rewrite `b` with source `a`.

    Args:
        a, b: an Article, or a path to a file any `claimdiff index add` accepts.
        config: matcher thresholds; index_config: model and backend for embedding.

    Raises:
        ClaimdiffError: an unreadable input or a model that cannot be loaded.
    """
    from compare.classifier import PairClassifier
    from compare.engine import compare_articles
    from index.embed import load_embedder as _load
    from index.ingest import load_one

    index_config = index_config or IndexConfig()
    key = (index_config.model, index_config.backend)
    if key not in _session:
        _session[key] = (_load(index_config.model, index_config.backend, index_config), PairClassifier.load())
    embedder, classifier = _session[key]
    from index.language import check_english

    a = a if isinstance(a, Article) else load_one(str(a), index_config)
    b = b if isinstance(b, Article) else load_one(str(b), index_config)
    check_english({"a": a.text, "b": b.text}, index_config.model)
    return compare_articles(a, b, embedder.embed, config, classifier=classifier, model=embedder.model_id)


def __getattr__(name: str):
    if name == "load_embedder":
        from index.embed import load_embedder

        return load_embedder
    if name == "Corpus":
        from index.store import Corpus

        return Corpus
    if name in ("find_claims", "trace_article"):
        from compare import claims

        return getattr(claims, name)
    if name == "search":
        from compare.search import search

        return search
    raise AttributeError(name)
