"""The lone-pair same-claim gate (`claimdiff eval pairs`): symmetric score, then coverage,
then the classifier's rescue of reworded contradictions.

All sentences are written for these tests (none is taken from an evaluation set). Scores and
classifier probabilities are given directly, so these tests need no model, except the last one,
which runs the shipped embedder and classifier end to end.
"""
from __future__ import annotations

import pytest

from compare.classifier import DEFAULT_MODEL, PairClassifier
from compare.config import MatchConfig
from compare.pairs import blended_score, claim_words, classify_pairs, coverage, judge_lone_pair, same_claim
from compare.vocab import Relation
from index.errors import ConfigError

LONG = ("The Marlow county board voted on Tuesday to close the old ferry terminal, which has lost "
        "money for six years, and to move its staff to the new harbor office.")
SHORT_RESTATEMENT = "The county board voted to close the ferry terminal."
SHORT_OTHER_CLAIM = "The county board praised the ferry crews for their rescue work."
CONFIG = MatchConfig()


def score_for(cosine: float, a: str, b: str) -> float:
    return blended_score(cosine, a, b, CONFIG)


def test_coverage_counts_the_shorter_sides_common_words_in_either_order():
    # county board voted close ferry terminal
    assert coverage(claim_words(LONG), claim_words(SHORT_RESTATEMENT)) == (6, 0)
    assert coverage(claim_words(SHORT_RESTATEMENT), claim_words(LONG)) == (6, 0)
    covered, missing = coverage(claim_words(LONG), claim_words(SHORT_OTHER_CLAIM))
    assert missing >= 3  # praised, crews, rescue, work


def test_coverage_ignores_names_and_figures():
    # a changed value or name is the same claim (it contradicts), so it is not counted as missing
    in_2019 = "The Dunmore county board voted in 2019 to close the ferry terminal."
    assert coverage(claim_words(LONG), claim_words(in_2019)) == (6, 0)


def test_high_pair_score_is_the_same_claim_whatever_the_coverage():
    assert same_claim(LONG, SHORT_OTHER_CLAIM, CONFIG.pair_threshold, CONFIG)


def test_covered_short_restatement_passes_below_the_pair_threshold():
    score = score_for(0.45, LONG, SHORT_RESTATEMENT)
    assert score < CONFIG.pair_threshold
    assert same_claim(LONG, SHORT_RESTATEMENT, score, CONFIG)
    assert not same_claim(LONG, SHORT_OTHER_CLAIM, score_for(0.45, LONG, SHORT_OTHER_CLAIM), CONFIG)


def test_coverage_does_not_rescue_a_low_cosine():
    # the cover score is 0.65 x cosine + 0.35 x covered share: a cosine of 0.2 stays below 0.5
    assert not same_claim(LONG, SHORT_RESTATEMENT, score_for(0.2, LONG, SHORT_RESTATEMENT), CONFIG)


def test_short_headlines_sharing_a_template_stay_apart():
    a, b = "Bomb kills nine in Peru", "Bomb kills twelve in Nepal"
    assert coverage(claim_words(a), claim_words(b)) == (2, 1)  # too few shared common words to call it one claim
    score = score_for(0.55, a, b)
    assert score < CONFIG.pair_threshold
    assert not same_claim(a, b, score, CONFIG)
    assert same_claim(a, b, score, MatchConfig(cover_min_words=2))


def test_cover_missing_zero_requires_every_common_word():
    strict = MatchConfig(cover_missing=0)
    loose_b = "The county board voted quickly to close the ferry terminal."
    assert same_claim(LONG, SHORT_RESTATEMENT, score_for(0.45, LONG, SHORT_RESTATEMENT), strict)
    assert not same_claim(LONG, loose_b, score_for(0.45, LONG, loose_b), strict)
    assert same_claim(LONG, loose_b, score_for(0.45, LONG, loose_b), CONFIG)


def test_judge_lone_pair_verdicts_on_both_sides_of_the_gate():
    other = score_for(0.45, LONG, SHORT_OTHER_CLAIM)
    assert judge_lone_pair(LONG, SHORT_OTHER_CLAIM, other, None, CONFIG).relation is Relation.UNRELATED
    same = score_for(0.45, LONG, SHORT_RESTATEMENT)
    assert judge_lone_pair(LONG, SHORT_RESTATEMENT, same, None, CONFIG).relation is not Relation.UNRELATED
    contradiction = "The county board voted to keep the ferry terminal open."
    assert judge_lone_pair(LONG, contradiction, score_for(0.45, LONG, contradiction), None,
                           CONFIG).relation is Relation.CONTRADICT


@pytest.mark.parametrize("kwargs", [{"cover_threshold": 1.5}, {"cover_threshold": -0.1},
                                    {"cover_missing": -1}, {"cover_min_words": -1}])
def test_config_rejects_bad_cover_settings(kwargs):
    with pytest.raises(ConfigError):
        MatchConfig(**kwargs)


# The rescue: a restatement in other words, below both lexical tests.
FILM = ("Released in March 2019, the thriller Glass Harbour took in more than $40 million at the "
        "box office worldwide, the studio's best result that year.")
FILM_FIGURE_CHANGED = "Glass Harbour grossed under $25 million."
FILM_FIGURE_KEPT = "Glass Harbour grossed more than $40 million."
SAME_CLAIM = (0.02, 0.08, 0.89, 0.01)  # classifier probabilities: repeat, alter, contradict, unrelated
OTHER_CLAIM = (0.02, 0.08, 0.20, 0.70)


def test_classifier_rescues_a_reworded_contradiction():
    score = score_for(0.55, FILM, FILM_FIGURE_CHANGED)
    assert not same_claim(FILM, FILM_FIGURE_CHANGED, score, CONFIG)  # only the rescue can let it through
    verdict = judge_lone_pair(FILM, FILM_FIGURE_CHANGED, score, SAME_CLAIM, CONFIG)
    assert verdict.relation is Relation.CONTRADICT
    assert "number" in {c.kind.value for c in verdict.changes}


def test_no_rescue_without_classifier_or_when_it_says_unrelated_or_cosine_is_low():
    score = score_for(0.55, FILM, FILM_FIGURE_CHANGED)
    assert judge_lone_pair(FILM, FILM_FIGURE_CHANGED, score, None, CONFIG).relation is Relation.UNRELATED
    assert judge_lone_pair(FILM, FILM_FIGURE_CHANGED, score, OTHER_CLAIM, CONFIG).relation is Relation.UNRELATED
    low = score_for(CONFIG.rescue_cosine - 0.05, FILM, FILM_FIGURE_CHANGED)
    assert judge_lone_pair(FILM, FILM_FIGURE_CHANGED, low, SAME_CLAIM, CONFIG).relation is Relation.UNRELATED


def test_rescue_thresholds_are_strict_for_unrelated_and_inclusive_for_cosine():
    at_cosine = score_for(CONFIG.rescue_cosine, FILM, FILM_FIGURE_CHANGED)
    relation = lambda score, p_unrelated: judge_lone_pair(  # noqa: E731
        FILM, FILM_FIGURE_CHANGED, score, (0.0, 0.0, 1 - p_unrelated, p_unrelated), CONFIG).relation
    assert relation(at_cosine, CONFIG.rescue_unrelated - 0.001) is Relation.CONTRADICT
    assert relation(at_cosine, CONFIG.rescue_unrelated) is Relation.UNRELATED


def test_rescue_only_ever_yields_a_contradiction():
    # The detectors call this pair `alter` (detail dropped); rescued, it would still be a guess
    # about a claim the lexical tests could not place, so it stays unrelated.
    score = score_for(0.55, FILM, FILM_FIGURE_KEPT)
    if same_claim(FILM, FILM_FIGURE_KEPT, score, CONFIG):
        pytest.fail("the kept-figure restatement should sit below the lexical tests for this check")
    assert judge_lone_pair(FILM, FILM_FIGURE_KEPT, score, SAME_CLAIM, CONFIG).relation is Relation.UNRELATED


@pytest.mark.parametrize("kwargs", [{"rescue_cosine": 1.5}, {"rescue_unrelated": -0.1}])
def test_config_rejects_bad_rescue_settings(kwargs):
    with pytest.raises(ConfigError):
        MatchConfig(**kwargs)


@pytest.mark.skipif(not DEFAULT_MODEL.is_file(), reason="pair classifier weights not built")
def test_real_classifier_rescues_a_short_reworded_contradiction(embedder):
    """End to end with the shipped classifier: a one-line claim that changes the bridge's year
    shares too few words with the long sentence for the lexical tests, and is still judged."""
    long = ("The bridge over the Tarn, designed by Elsa Vinter and finished in 1964, carries about "
            "30,000 vehicles each day.")
    claim = "The Tarn bridge was completed in 1981."
    other = "The Tarn bridge was repainted green last spring."
    vecs = embedder.embed([long, claim])
    assert not same_claim(long, claim, blended_score(float(vecs[0] @ vecs[1]), long, claim, CONFIG), CONFIG)
    rescued, unrelated = classify_pairs([(long, claim), (long, other)], embedder.embed,
                                        classifier=PairClassifier.load())
    assert rescued.relation is Relation.CONTRADICT
    assert "date" in {c.kind.value for c in rescued.changes}
    assert unrelated.relation is Relation.UNRELATED
