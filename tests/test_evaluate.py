"""Scoring of `claimdiff eval`: checked against counts worked out by hand."""
from compare.evaluate import score_articles, score_pairs


def test_score_pairs_per_label_macro_and_positive():
    gold = ["repeat", "repeat", "contradict", "alter", None, None]
    pred = ["repeat", "alter", "contradict", "alter", "contradict", "repeat"]
    result = score_pairs(gold, pred, positive="contradict")
    assert result["n"] == 6
    assert result["per_label"]["repeat"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert result["per_label"]["alter"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "support": 1}
    assert result["per_label"]["contradict"]["f1"] == 1.0
    assert result["macro_f1"] == round((0.6667 + 0.6667 + 1.0) / 3, 4)
    assert result["confusion"]["null"] == {"contradict": 1, "repeat": 1}
    # null rows are negatives in the binary view: one false positive
    assert result["positive"] == {"label": "contradict", "precision": 0.5, "recall": 1.0, "f1": 0.6667}


def test_score_articles_exact_index_sets():
    gold = [{"links": [
        {"rewrite": [0], "source": [1, 2], "relation": "alter", "changes": [{"kind": "hedge"}]},
        {"rewrite": [1], "source": [0], "relation": "repeat", "changes": [{"kind": "verbatim"}]},
        {"rewrite": [2, 3], "source": [4], "relation": "contradict", "changes": [{"kind": "number"}]},
    ]}]
    pred = [{"links": [
        {"rewrite": [0], "source": [2, 1], "relation": "alter", "kinds": ["hedge"]},
        {"rewrite": [1], "source": [0], "relation": "alter", "kinds": ["attribution"]},
        {"rewrite": [2], "source": [4], "relation": "contradict", "kinds": ["number"]},
    ]}]
    result = score_articles(gold, pred)
    assert (result["link_precision"], result["link_recall"]) == (0.6667, 0.6667)
    assert result["relation_accuracy"] == 0.5
    assert result["change_recall"] == {"hedge": 1.0, "number": 0.0, "verbatim": 0.0}
