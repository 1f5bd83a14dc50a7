"""Changes that the neighbouring sentences of the other article explain.

A quotation that runs over several sentences is attributed once: the source may name its
speaker in the sentence before ('Rusk said: "...') while the rewrite folds the attribution
into the quoted sentence itself ('..., Rusk said.'). Judged alone the pair shows an
attribution added; read in its article, nobody new is cited.
"""
from __future__ import annotations

from typing import Sequence

from compare.analysis import analyse_side
from compare.records import Change
from compare.tokens import char_span
from compare.vocab import ChangeKind

# How many sentences either side of a link a multi-sentence quotation's attribution may sit.
REACH = 2
_QUOTE_MARKS = ('"', "“", "”")


def _open_quotation(text: str) -> bool:
    """The text opens or closes a quotation that runs on into a neighbouring sentence."""
    return sum(text.count(m) for m in _QUOTE_MARKS) % 2 == 1


def _speaker_keys(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The identifying names (last names) of the attribution at character `span` of `text`."""
    side = analyse_side(text)
    for att in side.attributions:
        start, end = char_span(side.tokens, *att.span)
        if start < span[1] and span[0] < end:
            return att.keys
    return frozenset()


def explained_by_context(change: Change, a_sents: Sequence[str], b_sents: Sequence[str],
                         source: Sequence[int], rewrite: Sequence[int]) -> bool:
    """An attribution added (or dropped) where the other article's linked sentence is part of a
    quotation running over several sentences and a sentence near it names the same speaker."""
    if change.kind is not ChangeKind.ATTRIBUTION or bool(change.a_text) == bool(change.b_text):
        return False
    added = not change.a_text
    own_sents, own = (b_sents, rewrite) if added else (a_sents, source)
    other_sents, other = (a_sents, source) if added else (b_sents, rewrite)
    keys = _speaker_keys(" ".join(own_sents[k] for k in own), change.b_span if added else change.a_span)
    if not keys:
        return False
    if not _open_quotation(" ".join(other_sents[k] for k in other)):
        return False  # the unattributed sentence is not part of a longer quotation
    lo, hi = max(0, min(other) - REACH), min(len(other_sents), max(other) + REACH + 1)
    return any(keys <= att.keys for k in range(lo, hi) if k not in other
               for att in analyse_side(other_sents[k]).attributions)
