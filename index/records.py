"""Records passed between the ingest stages: frozen, no numpy inside."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence of a cleaned article text.

    `start`/`end` are character offsets into `Article.text`; `paragraph` counts from 0.
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class RawDocument:
    """What a reader found in one file or JSON record, before cleaning and segmentation."""

    text: str
    source_path: str
    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    is_html: bool = False


@dataclass(frozen=True)
class Article:
    """One news article, cleaned and segmented."""

    id: str
    text: str
    content_hash: str
    sentences: tuple[Sentence, ...]
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    source_path: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)
