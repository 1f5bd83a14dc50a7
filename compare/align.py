"""Align a rewrite's sentences with its source's: one-to-one links, merges, splits, the rest.

Candidates come from sentence-embedding cosine blended with content-word overlap. One-to-one
links are chosen by a global assignment (Hungarian method), not by each rewrite sentence's
nearest neighbour; merges (one rewrite sentence from two source sentences) and splits (two
rewrite sentences from one source sentence) are then accepted where the second sentence
explains enough of the words the first one leaves unexplained.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from compare.config import MatchConfig

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.,'][A-Za-z0-9]+)*")
# Function words carry no claim; leaving them out makes overlap measure shared content.
_STOP = frozenset("""a an the and or but if of to in on at by for with from as into onto over under
about after before than then that this these those there here it its it's is are was were be been
being has have had do does did will would shall should can could may might must not no nor so such
he she they them his her their we our you your i me my who whom whose which what when where why how
also just very more most some any all each other said says say told according""".split())


@dataclass(frozen=True)
class AlignedPair:
    """Source indices and rewrite indices of one link, with the pair score that chose it."""

    source: tuple[int, ...]
    rewrite: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Alignment:
    pairs: tuple[AlignedPair, ...]
    omitted: tuple[int, ...]
    added: tuple[int, ...]


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words and figures of a sentence."""
    return frozenset(w.lower().replace(",", "") for w in _WORD.findall(text)) - _STOP


def dice(a: frozenset, b: frozenset) -> float:
    """Dice overlap of two word sets (0 when either is empty)."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def pair_scores(a_words: Sequence[frozenset], b_words: Sequence[frozenset], a_vecs: np.ndarray,
                b_vecs: np.ndarray, config: MatchConfig) -> np.ndarray:
    """(len(b), len(a)) matrix of blended cosine and Dice word overlap."""
    cos = np.asarray(b_vecs, dtype=np.float32) @ np.asarray(a_vecs, dtype=np.float32).T
    overlap = np.zeros_like(cos)
    for i, bw in enumerate(b_words):
        for j, aw in enumerate(a_words):
            overlap[i, j] = dice(bw, aw)
    return (1 - config.lexical_weight) * cos + config.lexical_weight * overlap


def align(a_sents: Sequence[str], b_sents: Sequence[str], a_vecs: np.ndarray, b_vecs: np.ndarray,
          config: MatchConfig | None = None,
          embed: Callable[[list[str]], np.ndarray] | None = None) -> Alignment:
    """Align rewrite sentences `b_sents` with source sentences `a_sents`.

    Args:
        a_vecs, b_vecs: L2-normalised sentence vectors, one row per sentence.
        embed: optional encoder for joined sentences; when given, a merge or split must also
            not lower the cosine of the pair.
    """
    config = config or MatchConfig()
    n_a, n_b = len(a_sents), len(b_sents)
    if n_a == 0 or n_b == 0:
        return Alignment((), tuple(range(n_a)), tuple(range(n_b)))
    a_words = [content_words(s) for s in a_sents]
    b_words = [content_words(s) for s in b_sents]
    scores = pair_scores(a_words, b_words, a_vecs, b_vecs, config)

    from scipy.optimize import linear_sum_assignment

    gain = np.where(scores >= config.link_threshold, scores, 0.0)
    rows, cols = linear_sum_assignment(-gain)
    one_to_one = {int(i): int(j) for i, j in zip(rows, cols) if gain[i, j] > 0}

    links: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {
        i: ((j,), (i,)) for i, j in one_to_one.items()}
    _add_merges(links, one_to_one, scores, a_words, b_words, a_sents, b_sents, b_vecs, config, embed)
    if embed is not None:
        _add_joint_merges(links, scores, a_words, b_words, a_sents, b_vecs, config, embed)
    _add_splits(links, scores, a_words, b_words, a_sents, b_sents, a_vecs, config, embed)
    _add_repeated_claims(links, scores, config)

    pairs = []
    for source, rewrite in sorted(set(links.values()), key=lambda p: (p[1], p[0])):
        pairs.append(AlignedPair(source, rewrite, float(max(scores[i, j] for i in rewrite for j in source))))
    used_a = {j for p in pairs for j in p.source}
    used_b = {i for p in pairs for i in p.rewrite}
    return Alignment(tuple(pairs), tuple(j for j in range(n_a) if j not in used_a),
                     tuple(i for i in range(n_b) if i not in used_b))


def _coverage(target: frozenset, *parts: frozenset) -> float:
    return len(target & frozenset().union(*parts)) / len(target) if target else 0.0


def _add_merges(links, one_to_one, scores, a_words, b_words, a_sents, b_sents, b_vecs, config, embed):
    """A rewrite sentence takes a second source sentence that explains words the first cannot."""
    a_owner = {j: i for i, j in one_to_one.items()}
    for i, j in sorted(one_to_one.items()):
        best = None
        for k in np.argsort(-scores[i])[: config.candidates + 1]:
            k = int(k)
            if k == j or scores[i, k] < config.merge_floor:
                continue
            owner = a_owner.get(k)
            if owner is not None and scores[owner, k] >= scores[i, k]:
                continue  # that source sentence is better explained by its own link
            extra = (b_words[i] & a_words[k]) - a_words[j]
            gained = _coverage(b_words[i], a_words[j], a_words[k]) - _coverage(b_words[i], a_words[j])
            if len(extra) >= 2 and gained >= config.merge_gain and (best is None or gained > best[1]):
                best = (k, gained)
        if best is None:
            continue
        k = best[0]
        pair = tuple(sorted((j, k)))
        if embed is not None:
            joined = embed([" ".join(a_sents[x] for x in pair)])[0]
            if float(joined @ b_vecs[i]) + 0.02 < float(max(scores[i, j], 0)):
                continue
        owner = a_owner.get(k)
        if owner is not None:
            links.pop(owner, None)
        links[i] = (pair, (i,))
        a_owner[k] = i


def _add_joint_merges(links, scores, a_words, b_words, a_sents, b_vecs, config, embed):
    """An unlinked rewrite sentence that no single source sentence explains, but two together do."""
    used_a = {j for source, _ in links.values() for j in source}
    for i in range(scores.shape[0]):
        if i in links:
            continue
        top = [int(k) for k in np.argsort(-scores[i])[:2]
               if scores[i, k] >= config.merge_floor and int(k) not in used_a]
        if len(top) < 2:
            continue
        j, k = top
        if min(len((b_words[i] & a_words[x]) - a_words[y]) for x, y in ((j, k), (k, j))) < 2:
            continue  # each source sentence must contribute words of its own
        union = a_words[j] | a_words[k]
        dice = 2 * len(b_words[i] & union) / (len(b_words[i]) + len(union)) if union else 0.0
        pair = tuple(sorted((j, k)))
        cos = float(embed([" ".join(a_sents[x] for x in pair)])[0] @ b_vecs[i])
        if (1 - config.lexical_weight) * cos + config.lexical_weight * dice >= config.link_threshold:
            links[i] = (pair, (i,))
            used_a.update(pair)


def _add_splits(links, scores, a_words, b_words, a_sents, b_sents, a_vecs, config, embed):
    """Two adjacent rewrite sentences share one source sentence that neither covers alone."""
    for i in sorted(links):
        source, rewrite = links[i]
        if len(source) != 1 or len(rewrite) != 1:
            continue
        j = source[0]
        best = None
        for m in (i - 1, i + 1):
            if not 0 <= m < len(b_words) or scores[m, j] < config.merge_floor:
                continue
            other = links.get(m)
            if other is not None and (len(other[0]) > 1 or len(other[1]) > 1
                                      or scores[m, other[0][0]] >= scores[m, j]):
                continue  # the neighbour reports a claim of its own
            extra = (a_words[j] & b_words[m]) - b_words[i]
            gained = _coverage(a_words[j], b_words[i], b_words[m]) - _coverage(a_words[j], b_words[i])
            if len(extra) >= 2 and gained >= config.merge_gain and (best is None or gained > best[1]):
                best = (m, gained)
        if best is None:
            continue
        m = best[0]
        pair = tuple(sorted((i, m)))
        if embed is not None:
            joined = embed([" ".join(b_sents[x] for x in pair)])[0]
            if float(joined @ a_vecs[j]) + 0.02 < float(scores[i, j]):
                continue
        links.pop(m, None)
        for x in pair:
            links[x] = ((j,), pair)


def _add_repeated_claims(links, scores, config):
    """A rewrite may restate a source claim twice (lede and body): link a clear second match."""
    used_b = {x for _, rewrite in links.values() for x in rewrite}
    bar = config.link_threshold + 0.15
    for i in range(scores.shape[0]):
        if i in used_b:
            continue
        j = int(np.argmax(scores[i]))
        if scores[i, j] >= bar:
            links[i] = ((j,), (i,))
