"""Claims across outlets: group a corpus's sentences into claims and trace who reported first.

The claim graph has one node per stored vector (identical sentence texts share one) and an edge
between two vectors when they come from different articles and pass the same-claim test that
lone pairs use (`compare.pairs.blended_score` >= MatchConfig.pair_threshold, calibrated on
STS news pairs). Edge candidates come from one FAISS k-nearest-neighbour search per vector, so
the work grows as n * k, never n^2.

Groups are found by leader clustering over that graph (the community detection of
`sentence_transformers.util.community_detection`, run on the sparse k-NN graph): the node with
the most neighbours founds a claim with its unassigned neighbours, and so on. Every member of a
claim therefore matches its leader directly, which avoids the chaining of connected components
(A ~ B ~ C with A and C unrelated) that would merge a whole story into one "claim".

Each claim keeps one sentence per article (the closest to the leader). Its origin is the
earliest report: by published time (date and time when given), then by ingest order; undated articles come after dated
ones. Every other report is judged against the origin with the detectors of `compare.relate`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

import numpy as np

from compare.align import content_words
from compare.config import MatchConfig
from compare.records import Change
from compare.relate import judge
from compare.vocab import Relation
from index.errors import ConfigError

Progress = Callable[[str, int, int], None]
#: Sort orders of `select_claims`.
SORTS = ("contested", "spread", "earliest")


@dataclass(frozen=True)
class ClaimsConfig:
    """How claims are grouped.

    Args:
        neighbours: nearest neighbours fetched per sentence vector; a claim reported by more
            articles than this still forms, because every member only has to match the leader,
            but its leader finds at most this many members in one search.
        batch: vectors per FAISS search call (bounds memory, drives the progress bar).
    """

    neighbours: int = 20
    batch: int = 4096

    def __post_init__(self) -> None:
        if self.neighbours < 1:
            raise ConfigError(f"neighbours must be at least 1, got {self.neighbours}")
        if self.batch < 1:
            raise ConfigError(f"batch must be at least 1, got {self.batch}")


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
        """Some report contradicts or alters the origin."""
        return any(r.relation in (Relation.CONTRADICT, Relation.ALTER) for r in self.reports)

    def outlet_names(self) -> list[str]:
        return sorted({_outlet(r) for r in (self.origin, *self.reports)})


@dataclass(frozen=True)
class ClaimMap:
    """All claims of a corpus (or of a date window of it), with the size of the graph."""

    claims: tuple[Claim, ...]
    articles: int
    sentences: int
    edges: int


@dataclass(frozen=True)
class TraceStep:
    """One sentence of a traced article: the earliest earlier report of its claim, if any.

    `source` is None when no earlier article carries the claim; `later` counts the articles that
    carry it after this one.
    """

    sentence_index: int
    text: str
    source: Report | None
    earlier: tuple[Report, ...]
    later: int


@dataclass(frozen=True)
class Trace:
    article_id: str
    outlet: str | None
    published: str | None
    steps: tuple[TraceStep, ...]

    @property
    def sources(self) -> dict[str, int]:
        """Sentences of the article per earliest source article, most first."""
        counts: dict[str, int] = {}
        for step in self.steps:
            if step.source is not None:
                counts[step.source.article_id] = counts.get(step.source.article_id, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


# -- the claim map ---------------------------------------------------------------------------
def find_claims(corpus, config: ClaimsConfig | None = None, match: MatchConfig | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                progress: Progress | None = None) -> ClaimMap:
    """Group the corpus's sentences into claims reported by at least two articles.

    Args:
        corpus: an open `index.store.Corpus`.
        since, until: only articles published in this window (both ends included); undated
            articles are left out when either end is given.
        progress: called as progress(stage, done, total) during the neighbour search and judging.
    """
    config = config or ClaimsConfig()
    match = match or MatchConfig()
    infos = {info.seq: info for info in corpus.list_articles()
             if _in_window(info.published, since, until)}
    table = corpus.sentence_table()
    keep = np.isin(table.article_seq, np.fromiter(infos, np.int64, len(infos)))
    seqs, idxs, vids = table.article_seq[keep], table.index[keep], table.vector_id[keep]
    texts = [t for t, k in zip(table.text, keep) if k]
    if not len(vids):
        return ClaimMap((), len(infos), 0, 0)

    nodes, first_row = np.unique(vids, return_index=True)  # node i = vector nodes[i]
    node_of_row = np.searchsorted(nodes, vids)
    vectors = corpus.vectors_by_id(nodes)
    # A node's article, or -1 when identical sentences of several articles share the vector.
    home = np.full(len(nodes), -2, np.int64)
    for node, seq in zip(node_of_row, seqs):
        home[node] = seq if home[node] in (-2, seq) else -1
    words = [content_words(texts[r]) for r in first_row]

    neighbours = _neighbour_edges(corpus, vectors, nodes, home, words, config, match, progress)
    groups = _leader_groups(neighbours, home, len(nodes))
    rows_of_node: dict[int, list[int]] = {}
    for row, node in enumerate(node_of_row):
        rows_of_node.setdefault(int(node), []).append(row)

    claims = []
    for n_done, (leader, members) in enumerate(groups):
        reports = _one_per_article(leader, members, neighbours, rows_of_node, seqs, idxs, texts, infos)
        if len(reports) >= 2:
            claims.append(_judged_claim(reports, vectors))
        if progress and (n_done % 256 == 0 or n_done == len(groups) - 1):
            progress("judging", n_done + 1, len(groups))
    n_edges = sum(len(v) for v in neighbours.values()) // 2
    return ClaimMap(tuple(claims), len(infos), len(vids), n_edges)


def select_claims(claims: Iterable[Claim], *, contested: bool = False, min_outlets: int = 2,
                  outlet: str | None = None, sort: str = "contested") -> list[Claim]:
    """The claims that pass the filters, sorted.

    Args:
        contested: only claims some report contradicts or alters.
        min_outlets: only claims reported by at least this many outlets (an article without an
            outlet counts as its own outlet).
        outlet: only claims this outlet reported (case-insensitive).
        sort: "contested" (contradictions, then alterations, then outlets), "spread" (outlets,
            then reports) or "earliest" (origin date, then ingest order).
    """
    if sort not in SORTS:
        raise ConfigError(f"--sort {sort!r} is not one of {', '.join(SORTS)}")
    wanted = outlet.casefold() if outlet else None
    chosen = [c for c in claims
              if c.outlets >= min_outlets and (not contested or c.contested)
              and (wanted is None or any((r.outlet or "").casefold() == wanted
                                         for r in (c.origin, *c.reports)))]
    if sort == "contested":
        key = lambda c: (-c.counts["contradict"], -c.counts["alter"], -c.outlets, _time_key(c.origin))  # noqa: E731
    elif sort == "spread":
        key = lambda c: (-c.outlets, -len(c.reports), _time_key(c.origin))  # noqa: E731
    else:
        key = lambda c: _time_key(c.origin)  # noqa: E731
    return sorted(chosen, key=key)


def with_confidence(claims: Sequence[Claim], classifier) -> list[Claim]:
    """The claims with each report's confidence informed by the pair classifier.

    Run on the claims that will be shown: the relations come from the detectors alone and do
    not change; only the confidence does.
    """
    if classifier is None:
        return list(claims)
    pairs = [(c.origin.text, r.text) for c in claims for r in c.reports]
    probs = iter(classifier.predict_proba(pairs) if pairs else [])
    out = []
    for claim in claims:
        reports = tuple(replace(r, confidence=judge(claim.origin.text, r.text, next(probs)).confidence)
                        for r in claim.reports)
        out.append(replace(claim, reports=reports))
    return out


# -- trace -----------------------------------------------------------------------------------
def trace_article(corpus, article_id: str, config: ClaimsConfig | None = None,
                  match: MatchConfig | None = None, classifier=None) -> Trace:
    """For each sentence of one stored article, the earliest other report of its claim.

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
    own_key = _time_key_of(infos[own_seq].published, own_seq)
    vectors = corpus.article_vectors(article_id)
    steps = []
    if len(vectors):
        hits = corpus.search(vectors, config.neighbours + 1)
        refs = corpus.sentences_for_vectors(np.unique(hits.vector_ids).tolist())
        for sentence, cos_row, id_row in zip(article.sentences, hits.scores, hits.vector_ids):
            carriers = _carriers(sentence.text, cos_row, id_row, refs, own_seq, match)
            earlier, later = [], 0
            for seq, (cos, ref) in carriers.items():
                info = infos[seq]
                report = Report(info.id, info.outlet, info.published, seq, ref.index, ref.text, round(cos, 4))
                if _time_key_of(info.published, seq) < own_key:
                    earlier.append(report)
                else:
                    later += 1
            earlier.sort(key=_time_key)
            steps.append(TraceStep(sentence.index, sentence.text, None, tuple(earlier), later))
    pairs = [(step.earlier[0].text, step.text) for step in steps if step.earlier]
    probs = iter(classifier.predict_proba(pairs) if classifier is not None and pairs else [None] * len(pairs))
    for n, step in enumerate(steps):
        if step.earlier:
            verdict = judge(step.earlier[0].text, step.text, next(probs))
            source = replace(step.earlier[0], relation=verdict.relation, confidence=verdict.confidence,
                             changes=verdict.changes)
            steps[n] = replace(step, source=source)
    own = infos[own_seq]
    return Trace(own.id, own.outlet, own.published, tuple(steps))


# -- internals -------------------------------------------------------------------------------
def _neighbour_edges(corpus, vectors, nodes, home, words, config, match, progress) -> dict[int, dict[int, float]]:
    """Same-claim edges between nodes of different articles: {node: {neighbour: cosine}}."""
    # The blended score cannot reach the threshold below this cosine, even with all words shared.
    floor = (match.pair_threshold - match.lexical_weight) / (1 - match.lexical_weight)
    k = min(config.neighbours + 1, corpus.faiss_index().ntotal)
    edges: dict[int, dict[int, float]] = {}
    for start in range(0, len(nodes), config.batch):
        hits = corpus.search(vectors[start:start + config.batch], k)
        # Vector ids -> node positions; ids outside the considered nodes (other dates) are dropped.
        pos = np.searchsorted(nodes, hits.vector_ids).clip(0, len(nodes) - 1)
        rows = np.arange(start, start + len(pos))[:, None]
        keep = ((nodes[pos] == hits.vector_ids) & (pos != rows) & (hits.scores >= floor)
                & ~((home[pos] == home[rows]) & (home[rows] >= 0)))
        for i, j, cos in zip(np.broadcast_to(rows, pos.shape)[keep].tolist(), pos[keep].tolist(),
                             hits.scores[keep].tolist()):
            if j in edges.get(i, ()):
                continue
            if _blend(cos, words[i], words[j], match) >= match.pair_threshold:
                edges.setdefault(i, {})[j] = cos
                edges.setdefault(j, {})[i] = cos
        if progress:
            progress("matching", min(start + config.batch, len(nodes)), len(nodes))
    return edges


def _blend(cos: float, aw: frozenset, bw: frozenset, match: MatchConfig) -> float:
    """compare.pairs.blended_score from precomputed content words."""
    dice = 2 * len(aw & bw) / (len(aw) + len(bw)) if aw and bw else 0.0
    return (1 - match.lexical_weight) * cos + match.lexical_weight * dice


def _leader_groups(edges: dict[int, dict[int, float]], home: np.ndarray, n: int) -> list[tuple[int, list[int]]]:
    """Leader clustering: most-connected node first; it takes its unassigned neighbours."""
    # A vector shared by several articles is a claim by itself even without neighbours.
    founders = [i for i in range(n) if i in edges or home[i] == -1]
    founders.sort(key=lambda i: (-len(edges.get(i, ())), i))
    taken = np.zeros(n, dtype=bool)
    groups = []
    for leader in founders:
        if taken[leader]:
            continue
        members = [j for j in edges.get(leader, {}) if not taken[j]]
        if not members and home[leader] != -1:
            continue
        taken[leader] = True
        taken[members] = True
        groups.append((leader, members))
    return groups


def _one_per_article(leader, members, edges, rows_of_node, seqs, idxs, texts, infos) -> list[tuple[Report, int]]:
    """(report, node) of the group's sentences, one per article: the one closest to the leader
    (the earliest sentence on ties), in time order."""
    best: dict[int, tuple[float, int, int]] = {}
    closeness = {leader: 1.0, **{m: edges[leader][m] for m in members}}
    for node, cos in closeness.items():
        for row in rows_of_node[node]:
            seq = int(seqs[row])
            if seq not in best or cos > best[seq][0]:
                best[seq] = (cos, row, node)
    reports = []
    for seq, (_, row, node) in best.items():
        info = infos[seq]
        reports.append((Report(info.id, info.outlet, info.published, seq, int(idxs[row]), texts[row], 1.0), node))
    return sorted(reports, key=lambda pair: _time_key(pair[0]))


def _judged_claim(reports: list[tuple[Report, int]], vectors: np.ndarray) -> Claim:
    """The claim with every report judged against the earliest one."""
    (origin, origin_node), rest = reports[0], reports[1:]
    judged = []
    for report, node in rest:
        verdict = judge(origin.text, report.text)
        similarity = round(float(vectors[origin_node] @ vectors[node]), 4)
        judged.append(replace(report, similarity=similarity, relation=verdict.relation,
                              confidence=verdict.confidence, changes=verdict.changes))
    outlets = len({_outlet(r) for r, _ in reports})
    return Claim(f"{origin.article_id}#{origin.sentence_index + 1}", origin, tuple(judged), outlets)


def _carriers(text, cos_row, id_row, refs, own_seq, match) -> dict[int, tuple[float, object]]:
    """Other articles carrying the claim of `text`: {article seq: (cosine, best sentence)}."""
    words = content_words(text)
    out: dict[int, tuple[float, object]] = {}
    for cos, vid in zip(cos_row.tolist(), id_row.tolist()):
        for ref in refs.get(vid, ()):
            if ref.seq == own_seq or (ref.seq in out and out[ref.seq][0] >= cos):
                continue
            if _blend(cos, words, content_words(ref.text), match) >= match.pair_threshold:
                out[ref.seq] = (cos, ref)
    return out


def _outlet(report: Report) -> str:
    return (report.outlet or "").casefold() or f"article:{report.article_id}"


def _date(value: str | None) -> dt.date | None:
    moment = _moment(value)
    return moment.date() if moment else None


def _moment(value: str | None) -> dt.datetime | None:
    """A published value as a naive UTC datetime (a bare date is its midnight); None if unreadable."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = dt.datetime.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def _time_key_of(published: str | None, seq: int) -> tuple:
    moment = _moment(published)
    return (moment is None, moment or dt.datetime.min, seq)


def _time_key(report: Report) -> tuple:
    return _time_key_of(report.published, report.seq)


def _in_window(published: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    day = _date(published)
    return day is not None and (since is None or day >= since) and (until is None or day <= until)
