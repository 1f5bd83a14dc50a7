"""Files to stored articles: read, clean, segment, then add to a corpus in one embedding pass."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from index.config import IndexConfig
from index.errors import InputError
from index.records import Article


@dataclass
class Loaded:
    """Articles read from inputs, and one InputError per input that could not be used."""

    articles: list[Article] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)


def load_articles(paths: Sequence[str], config: IndexConfig, *, outlet: str | None = None,
                  date: str | None = None, title: str | None = None, stdin=None) -> Loaded:
    """Read every input; a bad file becomes a failure and the rest of the batch still loads."""
    from index.article import to_article
    from index.read import read_inputs

    loaded = Loaded()
    for item in read_inputs(list(paths), config.max_file_bytes, stdin=stdin):
        if isinstance(item, InputError):
            loaded.failures.append(item)
            continue
        try:
            loaded.articles.append(to_article(item, outlet=outlet, date=date, title=title))
        except InputError as exc:
            loaded.failures.append(exc)
    return loaded


def load_one(path: str, config: IndexConfig) -> Article:
    """Exactly one article from one input (used by `compare`); raises the input's error."""
    loaded = load_articles([path], config)
    if loaded.failures:
        raise loaded.failures[0]
    if len(loaded.articles) != 1:
        raise InputError(path, f"holds {len(loaded.articles)} articles; compare takes one article per "
                               "side (pass a single-article file, or index it and pass an id)")
    return loaded.articles[0]
