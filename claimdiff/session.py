"""Turns parsed CLI options into the config, the corpus and the embedder (one place for defaults)."""
from __future__ import annotations

from index.config import IndexConfig, default_db_path, default_model


def index_config(args) -> IndexConfig:
    """The IndexConfig named by --model/--backend/--index-type, with defaults from index.config."""
    values = {}
    if getattr(args, "index_type", None):
        values["index_type"] = args.index_type
    if getattr(args, "backend", None):
        values["backend"] = args.backend
    values["model"] = getattr(args, "model", None) or default_model()
    return IndexConfig(**values)


def db_path(args) -> str:
    return getattr(args, "db", None) or default_db_path()


def open_corpus(args, create: bool = False):
    """Open the corpus of --db, refusing a --model/--backend other than the one it was built with."""
    from index.store import Corpus

    return Corpus.open(db_path(args), model=getattr(args, "model", None),
                       backend=getattr(args, "backend", None), config=index_config(args), create=create)


def embedder_for(corpus):
    """The embedder a corpus was built with."""
    from index.embed import load_embedder

    return load_embedder(corpus.model, corpus.backend, corpus.config)
