"""Records of a comparison: frozen dataclasses, spans are (start, end) character offsets."""
from __future__ import annotations

from dataclasses import dataclass

from compare.vocab import ChangeKind, Relation
from index.records import Article

Span = tuple[int, int]


@dataclass(frozen=True)
class Change:
    """One typed difference between sentence A and sentence B.

    `a_span`/`b_span` are character offsets into the (concatenated) A and B texts of the pair,
    or None where the span is absent on that side (e.g. an attribution dropped from B).
    `a_text`/`b_text` are the covered text ("" when absent).
    """

    kind: ChangeKind
    a_span: Span | None
    b_span: Span | None
    a_text: str
    b_text: str
    note: str = ""


@dataclass(frozen=True)
class Link:
    """Rewrite sentence(s) aligned with source sentence(s), with the verdict and its evidence.

    One-to-one links have one index per side; a merge has two `source` indices (one rewrite
    sentence drawing on two source sentences); a split has two `rewrite` indices. `a_text` and
    `b_text` are the linked sentences joined with one space: change spans index into them.
    """

    source: tuple[int, ...]
    rewrite: tuple[int, ...]
    relation: Relation
    confidence: float
    similarity: float
    changes: tuple[Change, ...]
    a_text: str
    b_text: str

    @property
    def shape(self) -> str:
        if len(self.source) > 1:
            return "merge"
        if len(self.rewrite) > 1:
            return "split"
        return "one-to-one"


@dataclass(frozen=True)
class Summary:
    """Counts per relation and reuse shares of one comparison.

    reuse_verbatim: share of source sentences the rewrite repeats verbatim or near-verbatim
        (the churnalism score); reuse_any: share of source sentences linked in any form;
    new_share: share of rewrite sentences that are `added`.
    """

    counts: dict
    reuse_verbatim: float
    reuse_any: float
    new_share: float


@dataclass(frozen=True)
class Comparison:
    """The result of comparing a source (A) with a rewrite (B)."""

    source: Article
    rewrite: Article
    links: tuple[Link, ...]
    omitted: tuple[int, ...]
    added: tuple[int, ...]
    summary: Summary
    model: str = ""
