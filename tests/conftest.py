"""Fixtures shared by the test modules that need the real model and a real corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def embedder():
    """The default embedder (int8 ONNX all-MiniLM-L6-v2), loaded once per test run."""
    from index.embed import load_embedder

    return load_embedder()


@pytest.fixture(scope="session")
def corpora_db(tmp_path_factory, embedder) -> Path:
    """A corpus of every article under corpora/; tests that change a corpus must copy it first."""
    from index.config import IndexConfig
    from index.ingest import load_articles
    from index.store import Corpus

    loaded = load_articles([str(REPO / "corpora")], IndexConfig())
    assert not loaded.failures
    path = tmp_path_factory.mktemp("corpora") / "db"
    with Corpus.open(path, create=True) as corpus:
        corpus.add(loaded.articles, embedder)
    return path
