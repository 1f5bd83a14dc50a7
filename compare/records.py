"""Records of a comparison: frozen dataclasses, spans are (start, end) character offsets."""
from __future__ import annotations

from dataclasses import dataclass

from compare.vocab import ChangeKind

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
