"""Judge single sentence pairs (no alignment): same claim or not, then the relation."""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from compare.align import content_words
from compare.config import MatchConfig
from compare.relate import Verdict, judge
from compare.vocab import Relation


def blended_score(cosine: float, a: str, b: str, config: MatchConfig) -> float:
    """The alignment's pair score for one pair: cosine blended with Dice content-word overlap."""
    aw, bw = content_words(a), content_words(b)
    dice = 2 * len(aw & bw) / (len(aw) + len(bw)) if aw and bw else 0.0
    return (1 - config.lexical_weight) * cosine + config.lexical_weight * dice


def pair_score(a_vec: np.ndarray, b_vec: np.ndarray, a: str, b: str, config: MatchConfig) -> float:
    """blended_score from the two sentence vectors."""
    return blended_score(float(a_vec @ b_vec), a, b, config)


def judge_lone_pair(a: str, b: str, score: float, probs, config: MatchConfig) -> Verdict:
    """`unrelated` below the same-claim threshold, else the detectors' and classifier's verdict."""
    if score < config.pair_threshold:
        return Verdict(Relation.UNRELATED, round(1 - score, 4), ())
    return judge(a, b, probs)


def classify_pairs(pairs: Sequence[tuple[str, str]], embed: Callable[[list[str]], np.ndarray],
                   config: MatchConfig | None = None, classifier=None) -> list[Verdict]:
    """A Verdict per (a, b) pair; pairs below the same-claim threshold are `unrelated`."""
    config = config or MatchConfig()
    if not pairs:
        return []
    vecs = embed([a for a, _ in pairs] + [b for _, b in pairs])
    a_vecs, b_vecs = vecs[: len(pairs)], vecs[len(pairs):]
    probs = classifier.predict_proba(list(pairs)) if classifier is not None else [None] * len(pairs)
    verdicts = []
    for (a, b), av, bv, p in zip(pairs, a_vecs, b_vecs, probs):
        verdicts.append(judge_lone_pair(a, b, pair_score(av, bv, a, b, config), p, config))
    return verdicts
