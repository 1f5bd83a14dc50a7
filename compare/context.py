"""Changes that the neighbouring sentences of the other article explain.

A quotation that runs over several sentences is attributed once: the source may name its
speaker in the sentence before ('Dorgan said:') while the rewrite folds the attribution into the
quoted sentence itself ('..., Dorgan said.'). Judged alone the pair shows an attribution added;
read in its article, nobody new is cited.
"""
from __future__ import annotations

from typing import Sequence

from compare.names import is_name_word
from compare.records import Change
from compare.tokens import tokenize
from compare.vocab import ChangeKind

# How many sentences either side of a link a multi-sentence quotation's attribution may sit.
REACH = 2


def _names(text: str) -> set[str]:
    return {t.norm for t in tokenize(text) if is_name_word(t)}


def _neighbours(sentences: Sequence[str], linked: Sequence[int]) -> str:
    lo, hi = max(0, min(linked) - REACH), min(len(sentences), max(linked) + REACH + 1)
    return " ".join(sentences[k] for k in range(lo, hi) if k not in linked)


def explained_by_context(change: Change, a_sents: Sequence[str], b_sents: Sequence[str],
                         source: Sequence[int], rewrite: Sequence[int]) -> bool:
    """An attribution added (or dropped) whose named speaker the other article names in a
    sentence next to the linked ones."""
    if change.kind is not ChangeKind.ATTRIBUTION or bool(change.a_text) == bool(change.b_text):
        return False
    added = not change.a_text
    names = _names(change.b_text if added else change.a_text)
    around = _neighbours(a_sents, source) if added else _neighbours(b_sents, rewrite)
    return bool(names) and bool(names & _names(around))
