"""Claims across outlets: group a corpus's sentences into claims and trace who reported first.

The claim graph has one node per stored vector (identical sentence texts share one) and an edge
between two vectors when they come from different articles and their blended pair score (cosine
and content-word overlap, `compare.pairs.same_claim_words`) reaches MatchConfig.pair_threshold,
the same-claim bar of lone pairs, calibrated on STS news pairs. The lone-pair test's second,
asymmetric arm (a long sentence covering a short one) is left out here on purpose: with it, the
claim map's pairwise recall on our gold and on articles_dev fell (0.782 -> 0.759, 0.784 -> 0.730),
because the looser edges let one leader take sentences that belong to neighbouring claims. Edge candidates come from one FAISS k-nearest-neighbour search per vector, so
the work grows as n * k, never n^2.

Groups are found by leader clustering over that graph (the community detection of
`sentence_transformers.util.community_detection`, run on the sparse k-NN graph): the node with
the most neighbours founds a claim with its unassigned neighbours, and so on. Every member of a
claim therefore matches its leader directly, which avoids the chaining of connected components
(A ~ B ~ C with A and C unrelated) that would merge a whole story into one "claim".

A sentence with fewer than `ClaimsConfig.min_words` content words ("He declined to comment.",
"Read more on our website.") joins no claim: such lines recur across unrelated stories.

Each claim keeps one sentence per article (the closest to the leader). Its origin is the
earliest report by published time (`index.published`: UTC; a bare date counts as its
midnight), then by ingest order; undated articles come after dated ones, in ingest order. Every
other report is judged against the origin with the detectors of `compare.relate`.

The neighbour search asks FAISS for `neighbours` results and asks again with twice as many for
every sentence whose last result was still the same claim, so a claim carried by a hundred
syndicated copies is found whole. With a date window, the search runs over the
window's sentences only.
"""
from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import sys
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable, NamedTuple, Sequence

import numpy as np

from compare.config import ClaimsConfig, MatchConfig
from compare.pairs import claim_words, same_claim_words
from compare.records import Change
from compare.relate import Verdict, confidence, judge
from compare.vocab import Relation
from index.errors import ConfigError
from index.published import in_window, published_moment

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
#: Sort orders of `select_claims`.
SORTS = ("contested", "spread", "earliest")


@dataclass(frozen=True)
class Report:
    """One article's sentence carrying a claim; relation fields are None for the origin."""

    article_id: str
    outlet: str | None
    published: str | None
    seq: int
    sentence_index: int
    text: str
    similarity: float
    relation: Relation | None = None
    confidence: float | None = None
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A claim reported by several articles: the origin first, then the others by time."""

    id: str
    origin: Report
    reports: tuple[Report, ...]
    outlets: int

    @property
    def counts(self) -> dict[str, int]:
        """Reports per relation to the origin."""
        counts = {r.value: 0 for r in Relation if r is not Relation.UNRELATED}
        for report in self.reports:
            counts[report.relation.value] += 1
        return counts

    @property
    def contested(self) -> bool:
        """Some report contradicts the origin."""
        return any(r.relation is Relation.CONTRADICT for r in self.reports)


@dataclass(frozen=True)
class ClaimMap:
    """All claims of a corpus (or of a date window of it), with the size of the graph.

    `articles` and `outlets` are those in the window; `corpus_articles` counts the whole corpus.
    """

    claims: tuple[Claim, ...]
    articles: int
    sentences: int
    edges: int
    outlets: tuple[str, ...] = ()
    corpus_articles: int = 0


@dataclass(frozen=True)
class TraceStep:
    """One sentence of a traced article and the earlier reports of its claim.

    `source` is the earliest of them (the origin) and `nearest` the latest (the version the
    article most likely worked from), each judged with this sentence as the rewrite; both are
    None when no earlier article carries the claim. `earlier` lists every earlier report in time
    order, with its cosine to this sentence; `later` counts the articles that carry it after.
    """

    sentence_index: int
    text: str
    source: Report | None
    nearest: Report | None
    earlier: tuple[Report, ...]
    later: int


@dataclass(frozen=True)
class Trace:
    """The steps of one traced article, one per sentence."""

    article_id: str
    outlet: str | None
    published: str | None
    steps: tuple[TraceStep, ...]

    @property
    def sources(self) -> dict[str, int]:
        """Sentences of the article per earliest source article, most first."""
        return dict(Counter(s.source.article_id for s in self.steps if s.source is not None).most_common())


# -- the claim map ---------------------------------------------------------------------------
def find_claims(corpus, config: ClaimsConfig | None = None, match: MatchConfig | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                progress: Progress | None = None) -> ClaimMap:
    """Group the corpus's sentences into claims reported by at least two articles.

    Args:
        corpus: an open `index.store.Corpus`.
        since, until: only articles published in this window (UTC days, both ends included);
            undated articles are left out when either end is given.
        progress: called as progress(stage, done, total) during the neighbour search and judging.
    """
    config = config or ClaimsConfig()
    match = match or MatchConfig()
    g = claim_graph(corpus, config, match, since, until, progress)
    if not len(g.nodes):
        return ClaimMap((), len(g.infos), 0, 0, g.outlets, g.corpus_articles)
    groups = _leader_groups(g.edges, np.where(g.usable, g.home, -3), len(g.nodes))
    rows_of_node: dict[int, list[int]] = {}
    for row, node in enumerate(g.node_of_row):
        rows_of_node.setdefault(int(node), []).append(row)

    grouped = [_one_per_article(leader, members, cosines, rows_of_node, g.seqs, g.idxs, g.texts, g.infos)
               for leader, members, cosines in groups]
    grouped = [reports for reports in grouped if len(reports) >= 2]
    pairs = [(reports[0][0].text, report.text) for reports in grouped for report, _ in reports[1:]]
    verdicts = iter(judge_many(pairs, progress))
    claims = [_judged_claim(reports, g.vectors, verdicts) for reports in grouped]
    return ClaimMap(tuple(claims), len(g.infos), len(g.seqs), g.edges.edges, g.outlets, g.corpus_articles)


class Adjacency(NamedTuple):
    """Undirected same-claim edges as CSR arrays: node i's neighbours are
    indices[indptr[i]:indptr[i + 1]], with their cosines in cosine[...] (both sorted by node)."""

    indptr: np.ndarray
    indices: np.ndarray
    cosine: np.ndarray

    @classmethod
    def from_pairs(cls, n: int, i, j, cosine) -> "Adjacency":
        """From edge lists over nodes 0..n-1 (each edge once or more, in either direction; the
        first cosine given for an edge is kept).

        Raises:
            ValueError: a node outside 0..n-1, or an edge from a node to itself.
        """
        i, j = np.asarray(i, np.int64), np.asarray(j, np.int64)
        cosine = np.asarray(cosine, np.float64)
        if len(i) and (min(i.min(), j.min()) < 0 or max(i.max(), j.max()) >= n):
            raise ValueError(f"edge endpoints must lie in 0..{n - 1}")
        if (i == j).any():
            raise ValueError("an edge joins a node to itself")
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        _, first = np.unique(lo * n + hi, return_index=True)
        lo, hi, cosine = lo[first], hi[first], cosine[first]
        rows, cols = np.concatenate([lo, hi]), np.concatenate([hi, lo])
        order = np.lexsort((cols, rows))
        rows, cols, data = rows[order], cols[order], np.concatenate([cosine, cosine])[order]
        return cls(np.searchsorted(rows, np.arange(n + 1)), cols, data)

    @property
    def edges(self) -> int:
        return len(self.indices) // 2

    def degree(self) -> np.ndarray:
        return np.diff(self.indptr)

    def neighbours(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = self.indptr[i], self.indptr[i + 1]
        return self.indices[lo:hi], self.cosine[lo:hi]


class ClaimGraph(NamedTuple):
    """The same-claim graph of a corpus (or a date window of it), before grouping.

    Node i is the stored vector nodes[i]; row r is the r-th considered sentence (article seq
    seqs[r], index idxs[r], text texts[r], node node_of_row[r]).
    """

    nodes: np.ndarray
    vectors: np.ndarray
    home: np.ndarray  # a node's article seq, or -1 for a vector several articles share
    usable: np.ndarray  # a node with enough content words to join a claim
    edges: Adjacency
    seqs: np.ndarray
    idxs: np.ndarray
    texts: list
    node_of_row: np.ndarray
    infos: dict
    outlets: tuple
    corpus_articles: int


def claim_graph(corpus, config: ClaimsConfig | None = None, match: MatchConfig | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                progress: Progress | None = None) -> ClaimGraph:
    """The same-claim edges between sentences of different articles (see the module docstring)."""
    config = config or ClaimsConfig()
    match = match or MatchConfig()
    every = corpus.list_articles()
    infos = {info.seq: info for info in every if in_window(info.published, since, until)}
    outlets = tuple(sorted({i.outlet for i in infos.values() if i.outlet}))
    table = corpus.sentence_table()
    keep = np.isin(table.article_seq, np.fromiter(infos, np.int64, len(infos)))
    seqs, idxs, vids = table.article_seq[keep], table.index[keep], table.vector_id[keep]
    texts = [t for t, k in zip(table.text, keep) if k]
    nodes, first_row = np.unique(vids, return_index=True)
    node_of_row = np.searchsorted(nodes, vids)
    if not len(nodes):
        empty = np.zeros(0, np.int64)
        return ClaimGraph(nodes, np.zeros((0, 0), np.float32), empty, empty.astype(bool),
                          Adjacency.from_pairs(0, empty, empty, empty), seqs, idxs,
                          texts, node_of_row, infos, outlets, len(every))
    vectors = corpus.vectors_by_id(nodes)
    home = np.full(len(nodes), -2, np.int64)
    for node, seq in zip(node_of_row, seqs):
        home[node] = seq if home[node] in (-2, seq) else -1
    words = [claim_words(texts[r], cover=False) for r in first_row]
    usable = np.fromiter((len(w.content) >= config.min_words for w in words), bool, len(words))
    search = _searcher(corpus, vectors, nodes, windowed=len(infos) < len(every))
    edges = _neighbour_edges(search, vectors, nodes, home, words, usable, config, match, progress)
    return ClaimGraph(nodes, vectors, home, usable, edges, seqs, idxs, texts, node_of_row, infos, outlets,
                      len(every))


def select_claims(claims: Iterable[Claim], *, contested: bool = False, min_outlets: int = 2,
                  outlet: str | None = None, sort: str = "contested") -> list[Claim]:
    """The claims that pass the filters, sorted.

    Args:
        contested: only claims some report contradicts.
        min_outlets: only claims reported by at least this many outlets (an article without an
            outlet counts as its own outlet).
        outlet: only claims this outlet reported (case-insensitive).
        sort: "contested" (contradictions, then alterations, then outlets), "spread" (outlets,
            then reports) or "earliest" (origin date, then ingest order).
    """
    if sort not in SORTS:
        raise ConfigError(f"sort {sort!r} is not one of {', '.join(SORTS)}")
    wanted = outlet.strip().casefold() if outlet else None
    chosen = [c for c in claims
              if c.outlets >= min_outlets and (not contested or c.contested)
              and (wanted is None or any((r.outlet or "").strip().casefold() == wanted
                                         for r in (c.origin, *c.reports)))]
    if sort == "contested":
        key = lambda c: (-c.counts["contradict"], -c.counts["alter"], -c.outlets, _time_key(c.origin))  # noqa: E731
    elif sort == "spread":
        key = lambda c: (-c.outlets, -len(c.reports), _time_key(c.origin))  # noqa: E731
    else:
        key = lambda c: _time_key(c.origin)  # noqa: E731
    return sorted(chosen, key=key)


def why_no_claims(claim_map: ClaimMap, *, windowed: bool, contested: bool = False, min_outlets: int = 2,
                  outlet: str | None = None) -> str:
    """Why `select_claims` returned nothing, in one sentence a reader can act on."""
    if claim_map.corpus_articles == 0:
        return "the corpus is empty; add articles with `claimdiff index add`"
    if claim_map.articles == 0:
        return "no stored article is in the --since/--until window (`claimdiff index list` shows dates)"
    if claim_map.articles == 1:
        where = "the --since/--until window holds" if windowed else "the corpus holds"
        return f"{where} one article; claims need reports from two or more"
    if outlet and outlet.strip().casefold() not in {o.strip().casefold() for o in claim_map.outlets}:
        known = ", ".join(claim_map.outlets[:12]) + (" ..." if len(claim_map.outlets) > 12 else "")
        return f"no article {'in the window ' if windowed else ''}is from outlet {outlet!r}; outlets: {known}"
    if not claim_map.claims:
        return (f"no sentence of the {claim_map.articles} articles reports the same claim as a sentence of "
                "another article")
    named = [f"--min-outlets {min_outlets}" if min_outlets > 2 else "", "--contested" if contested else "",
             f"--outlet {outlet!r}" if outlet else ""]
    return f"{len(claim_map.claims)} claim(s) found, none passes {' '.join(n for n in named if n)}"


def with_confidence(claims: Sequence[Claim], classifier) -> list[Claim]:
    """The claims with each report's confidence informed by the pair classifier.

    Run on the claims that will be shown: the relations come from the detectors alone and do
    not change; only the confidence does.
    """
    if classifier is None or not claims:
        return list(claims)
    pairs = [(c.origin.text, r.text) for c in claims for r in c.reports]
    probs = iter(classifier.predict_proba(pairs) if pairs else [])
    out = []
    for claim in claims:
        # the relation and changes are already known: only the confidence needs the probabilities
        reports = tuple(replace(r, confidence=confidence(r.relation, r.changes, next(probs)))
                        for r in claim.reports)
        out.append(replace(claim, reports=reports))
    return out


# -- trace -----------------------------------------------------------------------------------
def trace_article(corpus, article_id: str, config: ClaimsConfig | None = None,
                  match: MatchConfig | None = None, classifier=None) -> Trace:
    """For each sentence of one stored article, the earlier reports of its claim.

    Args:
        classifier: a PairClassifier to inform the confidence of each relation, or None.

    Raises:
        CorpusError: the id is not in the corpus.
    """
    config = config or ClaimsConfig()
    match = match or MatchConfig()
    article = corpus.get(article_id)
    infos = {info.seq: info for info in corpus.list_articles()}
    own_seq = article.meta["seq"]
    own_published = infos[own_seq].published
    vectors = corpus.article_vectors(article_id)
    steps = []
    if len(vectors):
        search = _searcher(corpus, None, None, windowed=False)
        for sentence, qv in zip(article.sentences, vectors):
            words = claim_words(sentence.text, cover=False)
            earlier, later = [], 0
            if len(words.content) >= config.min_words:
                for seq, (cos, ref) in _carriers(corpus, search, qv, words, own_seq, config, match).items():
                    info = infos[seq]
                    report = Report(info.id, info.outlet, info.published, seq, ref.index, ref.text, round(cos, 4))
                    if _reported_before(info.published, seq, own_published, own_seq):
                        earlier.append(report)
                    else:
                        later += 1
            earlier.sort(key=_time_key)
            steps.append(TraceStep(sentence.index, sentence.text, None, None, tuple(earlier), later))
    pairs = [(r.text, step.text) for step in steps if step.earlier
             for r in dict.fromkeys((step.earlier[0], step.earlier[-1]))]
    probs = iter(classifier.predict_proba(pairs) if classifier is not None and pairs else [None] * len(pairs))
    for n, step in enumerate(steps):
        if step.earlier:
            judged = {}
            for r in dict.fromkeys((step.earlier[0], step.earlier[-1])):
                verdict = judge(r.text, step.text, next(probs))
                judged[r] = replace(r, relation=verdict.relation, confidence=verdict.confidence,
                                    changes=verdict.changes)
            steps[n] = replace(step, source=judged[step.earlier[0]], nearest=judged[step.earlier[-1]])
    own = infos[own_seq]
    return Trace(own.id, own.outlet, own.published, tuple(steps))


# -- internals -------------------------------------------------------------------------------
def _cosine_floor(match: MatchConfig) -> float:
    """The cosine below which the pair score cannot reach the threshold, even with every word shared."""
    if match.lexical_weight >= 1.0:
        return -1.0
    return (match.pair_threshold - match.lexical_weight) / (1 - match.lexical_weight)


def _searcher(corpus, vectors, nodes, windowed: bool) -> Callable:
    """search(queries, k) -> (scores, vector ids): over the corpus's FAISS index, or, for a date
    window, over an exact index of the window's vectors only (so that neighbours outside the
    window cannot crowd out those inside it)."""
    if not windowed:
        def search(queries, k):
            hits = corpus.search(queries, k)
            return hits.scores, hits.vector_ids
        search.total = corpus.faiss_index().ntotal
        return search
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(queries, k):
        scores, positions = index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, index.ntotal))
        return scores, np.where(positions >= 0, nodes[positions.clip(0)], -1)
    search.total = index.ntotal
    return search


def _word_matrix(words):
    """Nodes x vocabulary, 1 where a node's sentence has the content word."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    cols = [vocab.setdefault(w, len(vocab)) for ws in words for w in ws.content]
    indptr = np.cumsum([0] + [len(ws.content) for ws in words])
    return csr_matrix((np.ones(len(cols), np.float32), np.asarray(cols, np.int64), indptr),
                      shape=(len(words), max(1, len(vocab))))


def _neighbour_edges(search, vectors, nodes, home, words, usable, config, match, progress) -> Adjacency:
    """Same-claim edges between usable nodes of different articles.

    The test is `compare.pairs.same_claim_words(..., cover=False)`, computed for a whole batch of
    candidate pairs at once (content-word overlaps as sparse row products): at 100k sentences
    there are millions of candidates, too many for a Python loop.
    """
    floor = _cosine_floor(match)
    w = match.lexical_weight
    matrix = _word_matrix(words)
    sizes = np.fromiter((len(ws.content) for ws in words), np.float64, len(words))
    found_i, found_j, found_cos = [], [], []
    todo = np.flatnonzero(usable)
    k = min(config.neighbours + 1, search.total)
    done = 0
    while len(todo):
        again = []
        for start in range(0, len(todo), config.batch):
            rows = todo[start:start + config.batch]
            scores, ids = search(vectors[rows], k)
            # Vector ids -> node positions; ids of other nodes (another window) are dropped.
            pos = np.searchsorted(nodes, ids).clip(0, len(nodes) - 1)
            at = rows[:, None]
            keep = ((nodes[pos] == ids) & (pos != at) & (scores >= floor) & usable[pos]
                    & ~((home[pos] == home[at]) & (home[at] >= 0)))
            r, c = np.nonzero(keep)
            i, j, cos = rows[r], pos[r, c], scores[r, c].astype(np.float64)  # float64, as the scalar test
            shared = np.asarray(matrix[i].multiply(matrix[j]).sum(axis=1), np.float64).ravel()
            total = sizes[i] + sizes[j]
            dice = np.divide(2 * shared, total, out=np.zeros_like(total), where=total > 0)
            ok = (1 - w) * cos + w * dice >= match.pair_threshold
            found_i.append(i[ok])
            found_j.append(j[ok])
            found_cos.append(cos[ok])
            if k < search.total:  # the k-th neighbour was still the same claim: there may be more
                again.extend(np.unique(rows[r[ok & (c == k - 1)]]).tolist())
            done += len(rows)
            if progress:
                progress("matching", min(done, len(nodes)), max(done, int(usable.sum())))
        todo = np.array(again, dtype=np.int64)
        k = min(2 * k, search.total)
    join = lambda parts, dtype: np.concatenate(parts) if parts else np.zeros(0, dtype)  # noqa: E731
    return Adjacency.from_pairs(len(nodes), join(found_i, np.int64), join(found_j, np.int64),
                                join(found_cos, np.float64))


def _leader_groups(edges: Adjacency, home: np.ndarray, n: int) -> list[tuple[int, list[int], list[float]]]:
    """Leader clustering: most-connected node first; it takes its unassigned neighbours.

    Returns (leader, members, their cosines to the leader) per group. `home` is a node's
    article, -1 for a vector several articles share (a claim by itself even without
    neighbours), or -3 for a node that may found nothing.
    """
    degree = edges.degree()
    founders = np.flatnonzero((degree > 0) | (home == -1))
    founders = founders[np.lexsort((founders, -degree[founders]))]
    taken = np.zeros(n, dtype=bool)
    groups = []
    for leader in founders.tolist():
        if taken[leader]:
            continue
        near, cosine = edges.neighbours(leader)
        free = ~taken[near]
        members, cosine = near[free], cosine[free]
        if not len(members) and home[leader] != -1:
            continue
        taken[leader] = True
        taken[members] = True
        groups.append((leader, members.tolist(), cosine.tolist()))
    return groups


def _one_per_article(leader, members, cosines, rows_of_node, seqs, idxs, texts, infos) -> list[tuple[Report, int]]:
    """(report, node) of the group's sentences, one per article: the one closest to the leader
    (the earliest sentence on ties), in time order."""
    best: dict[int, tuple[float, int, int]] = {}
    closeness = {leader: 1.0, **dict(zip(members, cosines))}
    for node, cos in closeness.items():
        for row in rows_of_node[node]:
            seq = int(seqs[row])
            if seq not in best or (cos, -row) > (best[seq][0], -best[seq][1]):  # ties: earlier sentence
                best[seq] = (cos, row, node)
    reports = []
    for seq, (_, row, node) in best.items():
        info = infos[seq]
        reports.append((Report(info.id, info.outlet, info.published, seq, int(idxs[row]), texts[row], 1.0), node))
    return sorted(reports, key=lambda pair: _time_key(pair[0]))


def _judged_claim(reports: list[tuple[Report, int]], vectors: np.ndarray, verdicts) -> Claim:
    """The claim with every report judged against the earliest one (verdicts in report order)."""
    (origin, origin_node), rest = reports[0], reports[1:]
    judged = []
    for report, node in rest:
        verdict = next(verdicts)
        similarity = round(float(vectors[origin_node] @ vectors[node]), 4)
        judged.append(replace(report, similarity=similarity, relation=verdict.relation,
                              confidence=verdict.confidence, changes=verdict.changes))
    outlets = len({_outlet(r) for r, _ in reports})
    return Claim(f"{origin.article_id}#{origin.sentence_index + 1}", origin, tuple(judged), outlets)


#: Below this many pairs, judging in this process is quicker than starting workers.
PARALLEL_MIN_PAIRS = 2000
_CHUNK = 500  # pairs per task: small enough to balance two workers, large enough to amortise


def judge_many(pairs: Sequence[tuple[str, str]], progress: Progress | None = None,
               workers: int | None = None, parallel_min: int | None = None) -> list[Verdict]:
    """`compare.relate.judge` for each (a, b) pair, spread over worker processes when there
    are many (the detectors are pure Python: threads would share one core).

    Workers are forked, so only where fork is safe (Linux) and never from inside another
    worker process; elsewhere the pairs are judged here.
    """
    import multiprocessing

    workers = workers or _usable_cores()
    parallel_min = PARALLEL_MIN_PAIRS if parallel_min is None else parallel_min
    if (workers < 2 or len(pairs) < parallel_min or not sys.platform.startswith("linux")
            or multiprocessing.current_process().daemon):
        out = []
        for n, (a, b) in enumerate(pairs):
            out.append(judge(a, b))
            if progress and (n % 256 == 0 or n == len(pairs) - 1):
                progress("judging", n + 1, len(pairs))
        return out
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = [pairs[i:i + _CHUNK] for i in range(0, len(pairs), _CHUNK)]
    out = []
    # fork: workers start at once without re-running the caller's main module; they run the
    # pure-Python detectors only, never the FAISS or ONNX runtime threads the parent holds.
    # gc.freeze keeps the children's garbage collector from copying the parent's heap.
    gc.freeze()
    try:
        with ProcessPoolExecutor(min(workers, len(chunks)), mp_context=multiprocessing.get_context("fork")) as pool:
            for verdicts in pool.map(_judge_chunk, chunks):
                out.extend(verdicts)
                if progress:
                    progress("judging", len(out), len(pairs))
        return out
    except BrokenProcessPool:  # a worker died (killed for memory, say): finish here, and say so
        log.warning("a judging worker process died; judging the remaining %d pairs in this process",
                    len(pairs) - len(out))
        return out + judge_many(pairs[len(out):], progress, workers=1)
    finally:
        gc.unfreeze()


def _usable_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _judge_chunk(pairs: list[tuple[str, str]]) -> list:
    return [judge(a, b) for a, b in pairs]


def _carriers(corpus, search, vector, words, own_seq, config, match) -> dict[int, tuple[float, object]]:
    """Other articles carrying the claim of one sentence: {article seq: (cosine, best sentence)}.

    Asks for twice the neighbours while the last one still carries the claim."""
    floor = _cosine_floor(match)
    k = min(config.neighbours + 1, search.total)
    refs: dict[int, list] = {}  # vector id -> the stored sentences that have it
    while True:
        scores, ids = search(vector[None, :], k)
        refs.update(corpus.sentences_for_vectors([v for v in ids[0].tolist() if v >= 0 and v not in refs]))
        out: dict[int, tuple[float, object]] = {}
        last_carries = False
        for col, (cos, vid) in enumerate(zip(scores[0].tolist(), ids[0].tolist())):
            found = refs.get(vid)
            if not found or cos < floor or not same_claim_words(cos, words, claim_words(found[0].text, cover=False), match, cover=False):
                continue
            last_carries |= col == k - 1
            for ref in found:
                if ref.seq != own_seq and (ref.seq not in out or out[ref.seq][0] < cos):
                    out[ref.seq] = (cos, ref)
        if not last_carries or k >= search.total:
            return out
        k = min(2 * k, search.total)


def _outlet(report: Report) -> str:
    return (report.outlet or "").strip().casefold() or f"article:{report.article_id}"


def _time_key_of(published: str | None, seq: int) -> tuple:
    moment = published_moment(published)
    return (moment is None, moment or dt.datetime.min, seq)


def _reported_before(published: str | None, seq: int, other_published: str | None, other_seq: int) -> bool:
    """One article came before another: by published time when both have one, else by ingest
    order (an undated article is not placed after every dated one, as a total order would)."""
    a, b = published_moment(published), published_moment(other_published)
    if a is not None and b is not None:
        return (a, seq) < (b, other_seq)
    return seq < other_seq


def _time_key(report: Report) -> tuple:
    return _time_key_of(report.published, report.seq)
