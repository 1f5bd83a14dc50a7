"""The verdict for one aligned pair: typed changes from the detectors, the relation they imply
under RELATIONS.md precedence, and a confidence that the learned pair classifier informs."""
from __future__ import annotations

from dataclasses import dataclass

from compare.classifier import LABELS
from compare.records import Change
from compare.vocab import ChangeKind, Relation, relation_from_changes


@dataclass(frozen=True)
class Verdict:
    relation: Relation
    confidence: float
    changes: tuple[Change, ...]


def judge(a: str, b: str, probs=None) -> Verdict:
    """Relation of rewrite text `b` to source text `a`, which are known to share a claim.

    Args:
        probs: the pair classifier's probabilities in the order repeat, alter, contradict,
            unrelated, or None when no classifier is loaded.
    """
    from compare.changes import detect_changes

    return verdict_from(a, b, tuple(detect_changes(a, b)), probs)


def verdict_from(a: str, b: str, changes: tuple[Change, ...], probs=None) -> Verdict:
    """The verdict that the detectors' `changes` imply: the relation by RELATIONS.md precedence
    and, where no typed change is left, the surface kind (verbatim, near_verbatim, paraphrase)."""
    from compare.changes import surface_kind

    typed = [c for c in changes if c.kind.family is not Relation.REPEAT]
    if not typed:
        kind = surface_kind(a, b)
        changes = (Change(kind, None, None, "", ""),) + tuple(c for c in changes if c.kind is not kind)
    relation = relation_from_changes(c.kind for c in changes)
    return Verdict(relation, confidence(relation, changes, probs), changes)


def confidence(relation: Relation, changes, probs) -> float:
    """Rules decide the relation; the classifier's agreement sets how sure we are of it."""
    rule_strength = 0.9 if relation is Relation.REPEAT and changes[0].kind is ChangeKind.VERBATIM else 0.75
    if probs is None:
        return rule_strength
    agree = float(probs[LABELS.index(relation.value)])
    return round(0.5 * rule_strength + 0.5 * agree, 4)
