"""Judge single sentence pairs (no alignment): same claim or not, then the relation."""
from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

import numpy as np

from compare.align import content_words, dice
from compare.classifier import LABELS
from compare.config import MatchConfig
from compare.relate import Verdict, judge
from compare.tokens import is_content, stem, tokenize
from compare.vocab import Relation


def blended_score(cosine: float, a: str, b: str, config: MatchConfig) -> float:
    """The alignment's pair score for one pair: cosine blended with Dice content-word overlap."""
    return (1 - config.lexical_weight) * cosine + config.lexical_weight * dice(content_words(a), content_words(b))


def pair_score(a_vec: np.ndarray, b_vec: np.ndarray, a: str, b: str, config: MatchConfig) -> float:
    """blended_score from the two sentence vectors."""
    return blended_score(float(a_vec @ b_vec), a, b, config)


class ClaimWords(NamedTuple):
    """The words of one sentence that the same-claim test compares (see `claim_words`)."""

    content: frozenset[str]  # content words and figures, lower-cased (Dice overlap)
    stems: frozenset[str] | None  # stems of every content word and figure (None: not computed)
    common: frozenset[str] | None  # stems of the lower-case content words (no names, no figures)


def claim_words(text: str, cover: bool = True) -> ClaimWords:
    """A sentence's words for `same_claim_words`; compute once per sentence when testing many
    pairs. `cover=False` leaves out what only the cover test reads (it needs no tokenizer)."""
    if not cover:
        return ClaimWords(content_words(text), None, None)
    toks = tokenize(text)
    stems = frozenset(stem(t.norm) for t in toks if is_content(t))
    common = frozenset(stem(t.norm) for k, t in enumerate(toks)
                       if is_content(t) and t.is_word and (k == 0 or not t.is_capitalised))
    return ClaimWords(content_words(text), stems, common)


def coverage(a: ClaimWords, b: ClaimWords) -> tuple[int, int]:
    """How much of the shorter sentence's predicate the longer one repeats.

    Returns (covered, missing): the shorter sentence's lower-case content words whose stem does,
    and does not, occur in the longer sentence. Names and figures are left out on purpose: a
    claim that changes a value or a name is still the same claim (it contradicts), while a claim
    about something else says it with other common words.
    """
    short, long = (a.common, b.stems) if len(a.stems) <= len(b.stems) else (b.common, a.stems)
    return len(short & long), len(short - long)


def same_claim_words(cosine: float, a: ClaimWords, b: ClaimWords, config: MatchConfig, cover: bool = True) -> bool:
    """The two sentences report one claim (the test of `same_claim`, from their vectors' cosine
    and their precomputed words); `cover=False` applies the symmetric pair score alone."""
    w = config.lexical_weight
    if (1 - w) * cosine + w * dice(a.content, b.content) >= config.pair_threshold:
        return True
    if not cover:
        return False
    if a.stems is None or b.stems is None:
        raise ValueError("the cover test needs claim_words(text) computed with cover=True")
    covered, missing = coverage(a, b)
    if covered < config.cover_min_words or missing > config.cover_missing:
        return False
    return (1 - w) * cosine + w * covered / (covered + missing) >= config.cover_threshold


def same_claim(a: str, b: str, score: float, config: MatchConfig) -> bool:
    """The two sentences report one claim.

    Either the symmetric pair score reaches `pair_threshold`, or the longer sentence covers the
    shorter one: it repeats at least `cover_min_words` of the shorter one's common words and
    misses at most `cover_missing`, and the cover score (the pair score with the covered share of
    those words in place of the Dice overlap) reaches `cover_threshold`. The second test is
    asymmetric on purpose: a short restatement of part of a long sentence scores low on the
    symmetric blend (cosine and Dice both fall with the extra length) though every word it
    asserts is in the long one. The minimum of covered words keeps out short headlines that
    share only a template ("X killed in A" / "Y killed in B").
    """
    if score >= config.pair_threshold:
        return True
    return same_claim_words(_cosine(score, a, b, config), claim_words(a), claim_words(b), config)


def _cosine(score: float, a: str, b: str, config: MatchConfig) -> float:
    """The cosine that `blended_score` turned into `score` (its exact inverse)."""
    dice_part = blended_score(0.0, a, b, config)
    return (score - dice_part) / (1 - config.lexical_weight) if config.lexical_weight < 1 else score


_UNRELATED = LABELS.index("unrelated")  # its column in the classifier's probabilities


def judge_lone_pair(a: str, b: str, score: float, probs, config: MatchConfig) -> Verdict:
    """`unrelated` unless `same_claim` (or the classifier rescues a contradiction), else the
    detectors' and classifier's verdict.

    The lexical tests of `same_claim` miss a claim restated in other words with one value
    changed ("earned over $40 million" against a long sentence on the film's takings): little
    word overlap, middling cosine. Such a pair is judged anyway when the pair classifier is sure
    it is the same claim and the detectors then find a contradiction; a rescued pair that the
    detectors would call `repeat` or `alter` stays `unrelated`, because a wrongly rescued pair
    is far more often an unrelated claim about the same subject than a rewording.
    """
    if same_claim(a, b, score, config):
        return judge(a, b, probs)
    unrelated = Verdict(Relation.UNRELATED, round(1 - score, 4), ())
    if probs is None or float(probs[_UNRELATED]) >= config.rescue_unrelated \
            or _cosine(score, a, b, config) < config.rescue_cosine:
        return unrelated
    verdict = judge(a, b, probs)
    return verdict if verdict.relation is Relation.CONTRADICT else unrelated


def classify_pairs(pairs: Sequence[tuple[str, str]], embed: Callable[[list[str]], np.ndarray],
                   config: MatchConfig | None = None, classifier=None) -> list[Verdict]:
    """A Verdict per (a, b) pair; pairs that are not the same claim are `unrelated`."""
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
