"""Every threshold of the matcher, of related-report search and of the claim map, each in one
validated object; the CLI fills them in one function per command."""
from __future__ import annotations

from dataclasses import dataclass

from index.errors import ConfigError


@dataclass(frozen=True)
class MatchConfig:
    """Thresholds for alignment and relation decisions.

    Args:
        link_threshold: minimum pair score (cosine blended with word overlap) for two sentences
            to count as reporting the same claim.
        lexical_weight: weight of content-word overlap in the pair score (the rest is cosine).
        candidates: source sentences considered per rewrite sentence for merges and splits.
        pair_threshold: the same-claim threshold for a lone pair judged without an article
            around it (`eval pairs`): alignment has the context of both articles, a lone pair has
            none, so it needs a stricter bar. Set between the sts_news calibrations (0.54 for
            STS >= 3 vs < 2; 0.65 for >= 3.5 vs < 2.5).
        cover_threshold: the same-claim threshold for a lone pair below `pair_threshold` whose
            longer sentence covers the shorter one, on the cover score: cosine blended (by
            `lexical_weight`) with the share of the shorter sentence's common words that the
            longer one repeats (see `compare.pairs.same_claim`).
        cover_min_words: how many common words of the shorter sentence the longer one must
            repeat for the pair to count as covered.
        cover_missing: how many common words of the shorter sentence may be absent from the
            longer one for the pair to count as covered.
        rescue_cosine: a lone pair that fails the lexical same-claim tests is still judged when
            its cosine reaches this, the pair classifier gives `unrelated` less than
            `rescue_unrelated`, and the change detectors then find a contradiction; otherwise it
            stays `unrelated` (see `compare.pairs.judge_lone_pair`). Without a classifier there
            is no rescue.
        rescue_unrelated: a rescued pair's `unrelated` probability must be below this.
        merge_gain: extra share of the shorter side's content words that a second sentence must
            explain before a merge or split is preferred to a one-to-one link.
        merge_floor: minimum pair score of the second sentence of a merge or split.
        min_confidence: links below this confidence are dropped from output (not from summary).
    """

    link_threshold: float = 0.51
    lexical_weight: float = 0.35
    pair_threshold: float = 0.60
    cover_threshold: float = 0.50
    cover_min_words: int = 3
    cover_missing: int = 2
    rescue_cosine: float = 0.40
    rescue_unrelated: float = 0.20
    candidates: int = 4
    merge_gain: float = 0.10
    merge_floor: float = 0.35
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        _in_unit(self, "link_threshold", "pair_threshold", "cover_threshold", "lexical_weight", "merge_gain",
                 "merge_floor", "min_confidence", "rescue_cosine", "rescue_unrelated")
        _at_least(self, 0, "cover_min_words", "cover_missing")
        _at_least(self, 1, "candidates")


@dataclass(frozen=True)
class SearchConfig:
    """Weights and pool sizes of related-report search; defaults measured on ECB+ (EVALUATION.md).

    Args:
        dense_weight: share of the cosine in the fused sentence-pair score (the rest is BM25
            divided by the query sentence's ideal BM25 score, capped at 1).
        coverage_weight: share of "how much of the article the query covers" in an article's
            score (the rest is "how many query claims the article reports").
        lead: position weighting of sentences, in query and article alike: the sentence at
            position i (from 0) weighs 1 / (1 + i / lead), as news reports state their event
            first; 0 weighs all sentences equally.
        pool: sentences fetched from FAISS per query sentence before exact scoring (at least;
            grows with k and when filters leave few articles).
        rerank: articles scored exactly after the candidate stage (at least; 5 per result
            asked for when k is larger).
        matches: best-matching sentences kept per hit (distinct query sentences).
    """

    dense_weight: float = 0.7
    coverage_weight: float = 0.4
    lead: float = 2.0
    pool: int = 200
    rerank: int = 50
    matches: int = 3

    def __post_init__(self) -> None:
        _in_unit(self, "dense_weight", "coverage_weight")
        _at_least(self, 0, "lead")
        _at_least(self, 1, "pool", "rerank", "matches")


@dataclass(frozen=True)
class ClaimsConfig:
    """How claims are grouped.

    Args:
        neighbours: nearest neighbours fetched per sentence in the first search; sentences
            whose last neighbour was still the same claim are searched again with twice as
            many, until one is not.
        min_words: content words a sentence needs to found or join a claim.
        batch: vectors per FAISS search call (bounds memory, drives the progress bar).
    """

    neighbours: int = 20
    min_words: int = 4
    batch: int = 4096

    def __post_init__(self) -> None:
        _at_least(self, 1, "neighbours", "batch")
        _at_least(self, 0, "min_words")


def _in_unit(config, *names: str) -> None:
    for name in names:
        value = getattr(config, name)
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"{name} must be between 0 and 1, got {value}")


def _at_least(config, floor: int, *names: str) -> None:
    for name in names:
        value = getattr(config, name)
        if value < floor:
            raise ConfigError(f"{name} must be at least {floor}, got {value}")
