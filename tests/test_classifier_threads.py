"""PairClassifier spreads one-pair runs over threads: results must equal running them one by one."""
from __future__ import annotations

import numpy as np
import pytest

from compare.classifier import DEFAULT_MODEL, PairClassifier

pytestmark = pytest.mark.skipif(not DEFAULT_MODEL.is_file(), reason="pair classifier weights not built")

PAIRS = [
    ("The library will close for repairs from May 3 to May 17.",
     "The library shuts for repairs between May 3 and May 17."),
    ("The orchard lost about a third of its apples to the late frost.",
     "The orchard lost nearly all of its apples to the late frost."),
    ("Bus fares rise by 20 cents on Monday, the transit board said.",
     "Bus fares rise by 20 cents on Monday."),
    ("The mayor did not sign the budget.", "The mayor signed the budget."),
    ("A new bridge is planned over the canal.", "The school choir won a regional prize."),
    ("Ticket sales at the fair doubled this year.", "Ticket sales at the fair doubled this year."),
    ("The clinic extended its opening hours to 9 p.m. on weekdays.",
     "The clinic may extend its hours into the evening on weekdays."),
]


def test_pooled_runs_equal_one_by_one_in_input_order():
    clf = PairClassifier.load()
    one = np.vstack([clf.predict_proba([p]) for p in PAIRS])
    pooled = clf.predict_proba(PAIRS)
    assert np.array_equal(one, pooled)
    assert np.array_equal(clf.predict_proba(PAIRS[::-1]), one[::-1])
