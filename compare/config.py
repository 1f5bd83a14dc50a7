"""Every threshold of the matcher in one validated object; the CLI fills it in one function."""
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
    candidates: int = 4
    merge_gain: float = 0.10
    merge_floor: float = 0.35
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        for name in ("link_threshold", "pair_threshold", "cover_threshold", "lexical_weight", "merge_gain", "merge_floor", "min_confidence"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be between 0 and 1, got {value}")
        for name in ("cover_min_words", "cover_missing"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must be at least 0, got {getattr(self, name)}")
        if self.candidates < 1:
            raise ConfigError(f"candidates must be at least 1, got {self.candidates}")
