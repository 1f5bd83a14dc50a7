"""How well the claim map groups sentences, scored on gold article pairs (`claimdiff eval claims`).

Every article of the file (each distinct source once, each rewrite) goes into one temporary
corpus, sources dated before their rewrites, and the claim map is built over all of them at
once, as `claimdiff claims` would. Then, for each gold pair, every (rewrite sentence, source
sentence) combination is a positive when a gold link joins them and a negative otherwise; the
map predicts "same claim" when it puts both sentences in one claim. A claim keeps one sentence
per article, so a gold merge (one rewrite sentence drawing on two source sentences) can be
found at most half: recall has that ceiling by design.
"""
from __future__ import annotations

import hashlib
import tempfile

from compare.claims import ClaimsConfig, find_claims
from compare.config import MatchConfig


def evaluate_claims(path: str, embedder, config: ClaimsConfig | None = None,
                    match: MatchConfig | None = None) -> dict:
    """Pairwise precision, recall and F1 of the claim map against the gold links of `path`."""
    from compare.evaluate import read_jsonl
    from index.article import article_from_sentences
    from index.store import Corpus

    rows = read_jsonl(path, ("id", "source", "rewrite", "links"))
    articles, ids = {}, []
    for n, row in enumerate(rows):
        pair_ids = []
        for side, day in (("source", "2000-01-01"), ("rewrite", "2000-01-02")):
            sentences = row[side]["sentences"]
            key = hashlib.sha256("\n".join([row[side].get("outlet") or "", *sentences]).encode()).hexdigest()[:12]
            article_id = f"{side}-{key}"
            if article_id not in articles:
                articles[article_id] = article_from_sentences(
                    article_id, sentences, outlet=row[side].get("outlet") or f"{side} {n}",
                    title=row[side].get("title"), published=day)
            pair_ids.append(article_id)
        ids.append(pair_ids)
    with tempfile.TemporaryDirectory(prefix="claimdiff-eval-") as tmp:
        with Corpus.open(tmp, model=embedder.model_id, backend=embedder.backend, create=True) as corpus:
            corpus.add(articles.values(), embedder)
            claim_map = find_claims(corpus, config, match)
    member = {(r.article_id, r.sentence_index): c.id
              for c in claim_map.claims for r in (c.origin, *c.reports)}
    tp = fp = fn = 0
    for row, (source_id, rewrite_id) in zip(rows, ids):
        gold = {(i, j) for link in row["links"] for i in link["rewrite"] for j in link["source"]}
        for i in range(len(row["rewrite"]["sentences"])):
            for j in range(len(row["source"]["sentences"])):
                claim = member.get((rewrite_id, i))
                same = claim is not None and claim == member.get((source_id, j))
                if (i, j) in gold:
                    tp, fn = tp + same, fn + (not same)
                else:
                    fp += same
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(rows), "articles": len(articles), "claims": len(claim_map.claims),
            "pair_precision": round(precision, 4), "pair_recall": round(recall, 4), "pair_f1": round(f1, 4),
            "gold_links": tp + fn}
