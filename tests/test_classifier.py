"""The shipped claim-pair classifier: loading, output shape, and clear-cut pairs written for this test."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from compare.classifier import DEFAULT_MODEL, LABELS, PairClassifier
from index.errors import ModelError

pytestmark = pytest.mark.skipif(not DEFAULT_MODEL.is_file(), reason="pair classifier weights not built")


@pytest.fixture(scope="module")
def clf() -> PairClassifier:
    return PairClassifier.load()


def test_labels_and_metadata(clf):
    assert clf.labels == LABELS == ("repeat", "alter", "contradict", "unrelated")
    meta = json.loads(DEFAULT_MODEL.with_name("pair_classifier.json").read_text())
    assert tuple(meta["labels"]) == LABELS
    assert meta["max_length"] == 128
    assert DEFAULT_MODEL.stat().st_size < 30_000_000


def test_shape_and_rows_sum_to_one(clf):
    pairs = [("The ferry left the harbour at dawn.", "The ferry left the harbour at dawn."),
             ("A farmer sold twelve goats at the market on Saturday.", "Twelve goats were sold."),
             ("x", "")]
    probs = clf.predict_proba(pairs, batch_size=2)
    assert probs.shape == (3, 4)
    assert probs.dtype == np.float32
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-4)
    assert (probs >= 0).all()
    assert clf.predict_proba([]).shape == (0, 4)


def test_batching_does_not_change_results(clf):
    pairs = [("The museum reopened on Monday after a two-year renovation.",
              "After two years of renovation work, the museum opened its doors again on Monday."),
             ("Short one.", "Another short one."),
             ("The regional council approved a new cycling lane along the river on Thursday evening.",
              "The regional council rejected a new cycling lane along the river on Thursday evening.")]
    one = np.vstack([clf.predict_proba([p]) for p in pairs])
    together = clf.predict_proba(pairs)
    # int8 dynamic quantisation scales activations per batch, so padding shifts scores slightly:
    # the verdict must not change, the probabilities only within a small margin.
    assert (one.argmax(axis=1) == together.argmax(axis=1)).all()
    assert np.allclose(one, together, atol=0.03)


CLEAR = [
    ("The bakery on Elm Street opened a second shop in the old post office last spring.",
     "The bakery on Elm Street opened a second shop in the old post office last spring.", "repeat"),
    ("The harbour authority said the new ferry terminal will open to passengers in June.",
     "The harbour authority said the new ferry terminal will not open to passengers in June.", "contradict"),
    ("A goat is standing on a wooden table.", "A goat is not standing on a wooden table.", "contradict"),
    ("Volunteers planted four hundred oak saplings along the canal towpath on Sunday.",
     "The county's new library card scheme has attracted more than three thousand users.", "unrelated"),
]


@pytest.mark.parametrize("a,b,label", CLEAR)
def test_clear_cases(clf, a, b, label):
    probs = clf.predict_proba([(a, b)])[0]
    assert LABELS[int(probs.argmax())] == label, dict(zip(LABELS, probs.round(3)))


def test_missing_weights_raise_model_error(tmp_path):
    with pytest.raises(ModelError, match="training/train_pair_classifier.py"):
        PairClassifier.load(tmp_path / "nope.onnx")


def test_import_does_not_load_torch():
    code = "import sys, compare.classifier; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
