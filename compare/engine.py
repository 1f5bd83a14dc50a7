"""compare(A, B): align the rewrite with its source, judge every link, summarise."""
from __future__ import annotations

from typing import Callable

import numpy as np

from compare.align import align
from compare.config import MatchConfig
from compare.records import Comparison, Link, Summary
from compare.context import explained_by_context
from compare.relate import judge, verdict_from
from compare.vocab import ChangeKind, Relation
from index.records import Article

Embed = Callable[[list[str]], np.ndarray]


def compare_articles(a: Article, b: Article, embed: Embed, config: MatchConfig | None = None, *,
                     a_vecs: np.ndarray | None = None, b_vecs: np.ndarray | None = None,
                     classifier=None, model: str = "") -> Comparison:
    """Compare rewrite `b` with source `a`.

    Args:
        embed: sentences in, L2-normalised vectors out (an Embedder's `embed`).
        a_vecs, b_vecs: stored vectors of the sentences, when the articles come from a corpus.
        classifier: a PairClassifier, or None to judge by the change detectors alone.
    """
    config = config or MatchConfig()
    a_sents = [s.text for s in a.sentences]
    b_sents = [s.text for s in b.sentences]
    if a_vecs is None or b_vecs is None:
        vecs = embed(a_sents + b_sents) if a_sents or b_sents else np.zeros((0, 1), np.float32)
        a_vecs, b_vecs = vecs[: len(a_sents)], vecs[len(a_sents):]
    alignment = align(a_sents, b_sents, a_vecs, b_vecs, config, embed=embed)

    texts = [(" ".join(a_sents[j] for j in p.source), " ".join(b_sents[i] for i in p.rewrite))
             for p in alignment.pairs]
    probs = classifier.predict_proba(texts) if classifier is not None and texts else [None] * len(texts)
    links = []
    for pair, (a_text, b_text), p in zip(alignment.pairs, texts, probs):
        verdict = judge(a_text, b_text, p)
        kept = tuple(c for c in verdict.changes
                     if not explained_by_context(c, a_sents, b_sents, pair.source, pair.rewrite))
        if len(kept) < len(verdict.changes):
            verdict = verdict_from(a_text, b_text, kept, p)
        links.append(Link(pair.source, pair.rewrite, verdict.relation, verdict.confidence,
                          round(pair.score, 4), verdict.changes, a_text, b_text))
    return Comparison(a, b, tuple(links), alignment.omitted, alignment.added,
                      summarise(links, alignment.omitted, alignment.added, len(a_sents), len(b_sents)),
                      model)


def summarise(links, omitted, added, n_a: int, n_b: int) -> Summary:
    counts = {r.value: 0 for r in Relation if r is not Relation.UNRELATED}
    for link in links:
        counts[link.relation.value] += 1
    counts["omitted"], counts["added"] = len(omitted), len(added)
    close = {ChangeKind.VERBATIM, ChangeKind.NEAR_VERBATIM}
    verbatim_a = {j for link in links if link.relation is Relation.REPEAT
                  and any(c.kind in close for c in link.changes) for j in link.source}
    any_a = {j for link in links for j in link.source}
    share = lambda part, whole: round(part / whole, 4) if whole else 0.0  # noqa: E731
    return Summary(counts, share(len(verbatim_a), n_a), share(len(any_a), n_a), share(len(added), n_b))
