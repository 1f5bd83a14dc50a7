"""Evaluation gate: the real model and classifier on our own corpora gold must stay above pinned floors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.classifier import PairClassifier
from compare.engine import compare_articles
from compare.evaluate import evaluate_articles
from index.embed import load_embedder

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "eval_floors.json").read_text())


@pytest.fixture(scope="module")
def corpora_gold(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("".join(p.read_text(encoding="utf-8") for p in sorted(REPO.glob("corpora/*/gold.jsonl"))))
    return path


def test_article_alignment_and_relations_stay_above_floors(corpora_gold):
    embedder, classifier = load_embedder(), PairClassifier.load()
    result = evaluate_articles(str(corpora_gold), lambda a, b: compare_articles(
        a, b, embedder.embed, classifier=classifier))
    assert result["pairs"] == 10
    for key, floor in FLOORS["articles"].items():
        assert result[key] >= floor, f"{key} fell to {result[key]} (floor {floor})"


def test_claim_map_grouping_stays_above_floors(corpora_gold):
    from compare.claims_eval import evaluate_claims

    result = evaluate_claims(str(corpora_gold), load_embedder())
    assert result["pairs"] == 10 and result["articles"] == 13
    for key, floor in FLOORS["claims"].items():
        assert result[key] >= floor, f"{key} fell to {result[key]} (floor {floor})"
