"""Related reports: the articles of a corpus that report the claims of a query.

Retrieval is hybrid. Each query sentence is matched against every stored sentence twice: by
meaning (cosine of the sentence vectors, FAISS for candidates) and by words (BM25 of the query
sentence against the sentence, divided by the query's ideal BM25 score and capped at 1, so that
both signals lie on a 0..1 scale). The two are fused per sentence pair by a weighted sum (normalised score fusion;
it scored above reciprocal rank fusion on the ECB+ retrieval set, see EVALUATION.md).

An article's score combines two directions over the fused pair scores M (query x article):
- *claims found*: for each query sentence its best match in the article, averaged over the query;
- *coverage*: for each article sentence its best match in the query, averaged over the article,
  so a report that is about the query's story outranks one that mentions it in passing.
score = (1 - coverage_weight) * claims found + coverage_weight * coverage. Both averages weigh
a sentence by its position, 1 / (1 + i / lead): news states the event it reports first.

Candidates come from the FAISS top sentences and the BM25 scores of every sentence; the best of
them are then scored exactly from their stored vectors. `explain` adds the relation of each
shown match to its query sentence (RELATIONS.md), separately, so evaluation runs stay fast.
"""
from __future__ import annotations

import dataclasses
import math
import re
import tempfile
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np

from compare.config import SearchConfig
from compare.records import Change
from compare.vocab import Relation
from index.errors import ConfigError, CorpusError, InputError
from index.published import check_dates, in_window

_WORD = re.compile(r"\w")
#: Retrieval modes: both signals fused, or one alone (for the evaluation's baselines).
MODES = ("hybrid", "dense_only", "bm25_only")


@dataclass(frozen=True)
class SentenceMatch:
    """A query sentence's best match in one article; relation fields are set by `explain`.

    similarity is the cosine of the two sentences; score the fused pair score used for ranking.
    """

    query_index: int
    sentence_index: int
    text: str
    similarity: float
    score: float
    relation: Relation | None = None
    confidence: float | None = None
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class ArticleHit:
    """One related article: its metadata, score and best matches (best first)."""

    article_id: str
    outlet: str | None
    published: str | None
    title: str | None
    score: float
    matches: tuple[SentenceMatch, ...]


@dataclass(frozen=True)
class LikeQuery:
    """A query taken from an article (`search --like`): its sentences, stored vectors, own id."""

    sentences: tuple[str, ...]
    vectors: np.ndarray | None
    exclude_ids: tuple[str, ...]
    source: str


# -- public API ------------------------------------------------------------------------------
def search(corpus, embedder, query_sentences: Sequence[str], k: int = 10, outlet: str | None = None,
           since: str | None = None, until: str | None = None, exclude_ids: Iterable[str] = (),
           mode: str = "hybrid", config: SearchConfig | None = None,
           query_vectors: np.ndarray | None = None) -> list[ArticleHit]:
    """The k articles of `corpus` that best report the claims of `query_sentences`.

    Args:
        corpus: an open `index.store.Corpus`.
        embedder: the corpus's embedder (same model and backend).
        query_sentences: the query, one claim per sentence.
        k: how many articles to return.
        outlet: only articles of this outlet (case-insensitive).
        since, until: only articles published on or after / on or before these ISO dates
            (articles without a date are left out when either is given).
        exclude_ids: articles never returned (e.g. the query article itself).
        mode: "hybrid", "dense_only" or "bm25_only".
        query_vectors: the query sentences' vectors when already known (stored articles).
    Returns:
        Hits, best first; ties keep ingest order. Empty when no article passes the filters.
    Raises:
        CorpusError: the corpus is empty or was built with another model.
        InputError: the query has no sentences.
        ConfigError: a bad date, since after until, an unknown mode, k below 1.
    """
    searcher = Searcher(corpus, embedder, config)
    return searcher.search(query_sentences, k=k, outlet=outlet, since=since, until=until,
                           exclude_ids=exclude_ids, mode=mode, query_vectors=query_vectors)


def explain(hits: Sequence[ArticleHit], query_sentences: Sequence[str], classifier=None,
            match_config=None) -> list[ArticleHit]:
    """The hits with each match's relation to its query sentence (RELATIONS.md).

    A match whose pair score (cosine blended with content-word overlap, as the aligner scores
    pairs) is below the lone-pair same-claim threshold (`MatchConfig.pair_threshold`) is
    `unrelated`; otherwise `compare.relate.judge` gives the relation, its confidence and the
    typed changes.

    Args:
        classifier: optional `PairClassifier`; its probabilities inform the confidence and let
            a reworded contradiction through the same-claim test (`judge_lone_pair`).
        match_config: `MatchConfig` with the same-claim threshold and the pair score's
            lexical weight (default MatchConfig()).
    """
    from compare.config import MatchConfig
    from compare.pairs import blended_score, judge_lone_pair

    config = match_config or MatchConfig()
    pairs = [(query_sentences[m.query_index], m.text) for h in hits for m in h.matches]
    probs = iter(classifier.predict_proba(pairs) if classifier is not None and pairs else [None] * len(pairs))
    out = []
    for hit in hits:
        matches = []
        for m in hit.matches:
            a, b, p = query_sentences[m.query_index], m.text, next(probs)
            # The cosine is already known from retrieval: no second embedding.
            verdict = judge_lone_pair(a, b, blended_score(m.similarity, a, b, config), p, config)
            matches.append(dataclasses.replace(m, relation=verdict.relation, confidence=verdict.confidence,
                                               changes=verdict.changes))
        out.append(dataclasses.replace(hit, matches=tuple(matches)))
    return out


def like_query(corpus, ref: str, index_config=None) -> LikeQuery:
    """The query of `search --like REF`: a file (read and segmented) or a stored article id.

    The article itself (the id, or a file's article id when the corpus holds it) is excluded.
    Raises:
        InputError: REF is neither a readable file nor an id in the corpus, or the file holds
            other than one article.
    """
    import os

    from index.config import IndexConfig
    from index.ingest import load_one

    if os.path.exists(ref):
        article = load_one(ref, index_config or IndexConfig())
        exclude = (article.id,) if corpus.has_article(article.id) else ()
        return LikeQuery(tuple(s.text for s in article.sentences), None, exclude, ref)
    if corpus.has_article(ref):
        article = corpus.get(ref)
        return LikeQuery(tuple(s.text for s in article.sentences), corpus.article_vectors(ref), (ref,), ref)
    raise InputError(ref, f"is neither a file nor an article id in the corpus at {corpus.directory} "
                          "(check the path, or `claimdiff index list` for ids)")


def hits_to_dicts(hits: Sequence[ArticleHit]) -> list[dict]:
    """JSON-ready hits (relations as their names, changes as kind/a/b)."""
    def match(m: SentenceMatch) -> dict:
        d = {"query_index": m.query_index, "sentence_index": m.sentence_index, "text": m.text,
             "similarity": round(m.similarity, 4), "score": round(m.score, 4)}
        if m.relation is not None:
            d["relation"] = str(m.relation)
            d["confidence"] = m.confidence
            d["changes"] = [{"kind": str(c.kind), "a": c.a_text, "b": c.b_text} for c in m.changes]
        return d
    return [{"id": h.article_id, "outlet": h.outlet, "published": h.published, "title": h.title,
             "score": round(h.score, 4), "matches": [match(m) for m in h.matches]} for h in hits]


def group_by_outlet(hits: Sequence[ArticleHit]) -> list[tuple[str | None, list[ArticleHit]]]:
    """Hits grouped by outlet; outlets ordered by their best hit, hits keep their order."""
    groups: dict[str | None, list[ArticleHit]] = {}
    for h in hits:
        groups.setdefault(h.outlet, []).append(h)
    return list(groups.items())


# -- the searcher ----------------------------------------------------------------------------
class Searcher:
    """Searches one open corpus; keeps the BM25 index and per-article vectors between queries.

    Use one Searcher for many queries against an unchanged corpus (the evaluation does).
    """

    def __init__(self, corpus, embedder, config: SearchConfig | None = None):
        from index.lexical import LexicalIndex

        self.corpus = corpus
        self.embedder = embedder
        self.config = config or SearchConfig()
        self.infos = corpus.list_articles()
        if not self.infos:
            raise CorpusError(f"the corpus at {corpus.directory} is empty; add articles first with "
                              f"`claimdiff index add PATH --db {corpus.directory}`")
        if embedder is not None and (embedder.model_id != corpus.model or embedder.backend != corpus.backend):
            raise CorpusError(f"{corpus.directory} was built with model {corpus.model!r} (backend "
                              f"{corpus.backend}), not {embedder.model_id!r} ({embedder.backend}); "
                              f"pass --model {corpus.model} --backend {corpus.backend} or use another --db")
        self.lexical = LexicalIndex.for_corpus(corpus)
        seqs, starts = self.lexical.article_starts()
        ends = np.append(starts[1:], len(self.lexical)).astype(np.int64)
        self._rows = {int(s): (int(a), int(b)) for s, a, b in zip(seqs, starts, ends)}  # seq -> rows
        self._vectors: dict[str, np.ndarray] = {}
        self._sentences: dict[str, tuple[str, ...]] = {}
        self._refs: dict[int, list] = {}
        self._all: np.ndarray | None = None

    # -- one query -----------------------------------------------------------------------
    def search(self, query_sentences: Sequence[str], k: int = 10, outlet: str | None = None,
               since: str | None = None, until: str | None = None, exclude_ids: Iterable[str] = (),
               mode: str = "hybrid", query_vectors: np.ndarray | None = None) -> list[ArticleHit]:
        """See `search`."""
        if mode not in MODES:
            raise ConfigError(f"mode {mode!r} is not one of {', '.join(MODES)}")
        if k < 1:
            raise ConfigError(f"k must be at least 1, got {k}")
        keep = [i for i, q in enumerate(query_sentences) if q and _WORD.search(q)]
        if not keep:
            raise InputError("query", "has no sentences with words in them; give the claim to look for as text")
        queries = [query_sentences[i].strip() for i in keep]
        if query_vectors is not None and len(query_vectors) == len(query_sentences):
            query_vectors = np.asarray(query_vectors, dtype=np.float32)[keep]
        else:
            query_vectors = self.embedder.embed(queries)
        allowed = self._eligible(outlet, since, until, set(exclude_ids))
        if not allowed:
            return []
        alpha = {"hybrid": self.config.dense_weight, "dense_only": 1.0, "bm25_only": 0.0}[mode]
        lexical = self._lexical_scores(queries) if alpha < 1 else None
        if k >= len(allowed):
            candidates = allowed  # every eligible article is returned: score them all exactly
        else:
            candidates = self._candidates(query_vectors, lexical, allowed, alpha, k)
        hits = self._rank(candidates, queries, query_vectors, lexical, alpha, k)
        if len(keep) == len(query_sentences):
            return hits
        # Blank query sentences were skipped: give matches the caller's sentence numbers.
        return [dataclasses.replace(h, matches=tuple(dataclasses.replace(m, query_index=keep[m.query_index])
                                                     for m in h.matches)) for h in hits]

    # -- steps ---------------------------------------------------------------------------
    def _eligible(self, outlet, since, until, exclude: set) -> list:
        """Articles passing the filters, in ingest order."""
        start, end = check_dates(since, until)
        wanted = outlet.casefold().strip() if outlet else None
        return [info for info in self.infos
                if info.id not in exclude and info.seq in self._rows
                and (wanted is None or (info.outlet or "").casefold().strip() == wanted)
                and in_window(info.published, start, end)]

    def _lexical_scores(self, queries: list[str]) -> np.ndarray:
        """BM25 of each query sentence against every row, on the 0..1 ideal-score scale."""
        raw = self.lexical.scores(queries)
        ideal = self.lexical.ideal_scores(queries)
        with np.errstate(divide="ignore", invalid="ignore"):
            scaled = np.where(ideal[:, None] > 0, raw / np.maximum(ideal[:, None], 1e-9), 0.0)
        return np.minimum(scaled, 1.0).astype(np.float32)

    def _candidates(self, qv: np.ndarray, lexical, allowed: list, alpha: float, k: int) -> list:
        """The articles worth exact scoring: the best max(rerank, 5 k) by an upper bound
        of their score. BM25 is exact for every sentence; a cosine is known for the FAISS top
        sentences of each query sentence and bounded by the last one fetched for the rest."""
        rows, offsets, sizes = self._layout(allowed)
        fused = np.zeros((len(qv), len(rows)), dtype=np.float32)
        if alpha > 0:
            pool = self.config.pool * max(1, math.ceil(len(self.infos) / len(allowed))) + 4 * k
            hits = self.corpus.search(qv, pool)
            unseen = hits.scores[:, -1:] if hits.scores.shape[1] else np.zeros((len(qv), 1), np.float32)
            dense = np.repeat(unseen, len(rows), axis=1)
            column = np.full(len(self.lexical), -1, dtype=np.int64)
            column[rows] = np.arange(len(rows))
            refs = self._refs_for(hits.vector_ids.ravel())
            qs, cols, values = [], [], []
            for qi in range(len(qv)):
                for score, vid in zip(hits.scores[qi].tolist(), hits.vector_ids[qi].tolist()):
                    for ref in refs.get(vid, ()):
                        span = self._rows.get(ref.seq)
                        if span is not None and column[span[0] + ref.index] >= 0:
                            qs.append(qi)
                            cols.append(column[span[0] + ref.index])
                            values.append(score)
            np.maximum.at(dense, (np.array(qs, dtype=np.int64), np.array(cols, dtype=np.int64)),
                          np.array(values, dtype=np.float32))
            fused += alpha * dense
        if lexical is not None and alpha < 1:
            fused += (1 - alpha) * lexical[:, rows]
        upper = self._score(fused, rows, offsets, sizes)[0]
        order = np.argsort(-upper, kind="stable")[: max(self.config.rerank, 5 * k)]
        return [allowed[i] for i in sorted(order)]

    def _rank(self, candidates: list, queries: list[str], qv: np.ndarray, lexical, alpha: float,
              k: int) -> list[ArticleHit]:
        """Exact scores of the candidates from their stored vectors and BM25 rows; the top k."""
        rows, offsets, sizes = self._layout(candidates)
        qv = np.asarray(qv, dtype=np.float32)
        if 2 * len(rows) > len(self.lexical):  # most of the corpus: one product with all rows
            cosine = (qv @ self._all_vectors().T)[:, rows]
        else:
            cosine = qv @ np.concatenate([self._article_vectors(i, n) for i, n in zip(candidates, sizes)]).T
        fused = alpha * cosine  # (n_queries, rows of the candidates)
        if lexical is not None and alpha < 1:
            fused = fused + (1 - alpha) * lexical[:, rows]
        scores, best = self._score(fused, rows, offsets, sizes)
        top = np.argsort(-scores, kind="stable")[:k]
        # The first row of each candidate reaching its maximum, per query sentence.
        at_max = fused >= np.repeat(best, sizes, axis=1)
        first = np.minimum.reduceat(np.where(at_max, np.arange(fused.shape[1]), fused.shape[1]),
                                    offsets, axis=1)
        shown = np.argsort(-best[:, top], axis=0, kind="stable")[: self.config.matches]  # (m, k)
        columns = first[shown, top[None, :]]
        similarity = cosine[shown, columns].T.tolist()
        fused_best = best[shown, top[None, :]].T.tolist()
        local = (columns - offsets[top][None, :]).T.tolist()
        hits = []
        for n, c in enumerate(top.tolist()):
            info = candidates[c]
            texts = self._article_sentences(info.id)
            matches = tuple(SentenceMatch(qi, j, texts[j], sim, fb) for qi, j, sim, fb
                            in zip(shown[:, n].tolist(), local[n], similarity[n], fused_best[n]))
            hits.append(ArticleHit(info.id, info.outlet, info.published, info.title, float(scores[c]), matches))
        return hits

    def _score(self, fused: np.ndarray, rows: np.ndarray, offsets: np.ndarray,
               sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(article scores, best pair score per query sentence and article) from the fused pair
        scores of the articles' sentences laid side by side."""
        beta = self.config.coverage_weight
        query_weight = self._lead_weights(np.arange(len(fused)))
        row_weight = self._lead_weights(self.lexical.sentence_indexes[rows])
        best = np.maximum.reduceat(fused, offsets, axis=1)  # (n_queries, articles)
        found = query_weight @ best / query_weight.sum()  # the query's claims found in the article
        covered = (np.add.reduceat(fused.max(axis=0) * row_weight, offsets)
                   / np.add.reduceat(row_weight, offsets))  # the article's sentences the query covers
        return (1 - beta) * found + beta * covered, best

    def _layout(self, articles: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The articles' sentences side by side: (corpus row of each column, each article's
        first column, each article's sentence count)."""
        bounds = np.array([self._rows[i.seq] for i in articles], dtype=np.int64).reshape(-1, 2)
        sizes = bounds[:, 1] - bounds[:, 0]
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        return np.arange(sizes.sum()) + np.repeat(bounds[:, 0] - offsets, sizes), offsets, sizes

    def _lead_weights(self, positions: np.ndarray) -> np.ndarray:
        """Weight of the sentence at each position: 1 / (1 + position / lead); news puts the
        event it reports first (the inverted pyramid). lead 0: every sentence weighs 1."""
        lead = self.config.lead
        if not lead:
            return np.ones(len(positions), dtype=np.float32)
        return (1.0 / (1.0 + positions / lead)).astype(np.float32)

    # -- cached reads --------------------------------------------------------------------
    def _article_vectors(self, info, n_rows: int) -> np.ndarray:
        vectors = self._vectors.get(info.id)
        if vectors is None:
            vectors = self.corpus.article_vectors(info.id)
            if len(vectors) != n_rows:
                raise CorpusError(f"{self.corpus.directory} changed during the search "
                                  f"({info.id!r} has {len(vectors)} sentences, the index {n_rows}); run it again")
            self._vectors[info.id] = vectors
        return vectors

    def _all_vectors(self) -> np.ndarray:
        """Every row's vector, in row order (read once per Searcher)."""
        if self._all is None:
            matrix = None
            for info in self.infos:
                lo, hi = self._rows.get(info.seq, (0, 0))
                if hi > lo:
                    vectors = self._article_vectors(info, hi - lo)
                    if matrix is None:
                        matrix = np.zeros((len(self.lexical), vectors.shape[1]), dtype=np.float32)
                    matrix[lo:hi] = vectors
            self._all = matrix
        return self._all

    def _article_sentences(self, article_id: str) -> tuple[str, ...]:
        texts = self._sentences.get(article_id)
        if texts is None:
            texts = tuple(s.text for s in self.corpus.get(article_id).sentences)
            self._sentences[article_id] = texts
        return texts

    def _refs_for(self, vector_ids) -> dict[int, list]:
        missing = {int(v) for v in vector_ids if v >= 0} - self._refs.keys()
        if missing:
            found = self.corpus.sentences_for_vectors(sorted(missing))
            for vid in missing:
                self._refs[vid] = found.get(vid, [])
        return self._refs


# -- evaluation ------------------------------------------------------------------------------
def evaluate_retrieval(articles_path: str, qrels_path: str, embedder,
                       progress: Callable[[int, int], None] | None = None,
                       config: SearchConfig | None = None) -> dict:
    """Related-report retrieval scores on a labelled article set (e.g. ECB+).

    Builds a temporary corpus from `articles_path` (JSONL: id, sentences; other keys ignored),
    then searches with each query article's own sentences (`search --like` semantics, the
    article itself excluded) and ranks every other article. An article whose text repeats an
    earlier one is stored once; queries about articles not stored are left out (see "queries").

    Args:
        qrels_path: JSONL of {"query", "relevant": [ids], "topic_mates": [ids]}.
        progress: called as progress(done, total) after each query of each mode.
    Returns:
        {"queries", "map", "ndcg@10", "recall@10", "hard_negative_rate", "dense_only_map",
        "bm25_only_map"}; hard_negative_rate is the share of queries where a topic mate
        (same kind of event, another event) outranks the first relevant article.
    Raises:
        InputError: a file is missing, not JSONL, lacks a key, or an article has no sentences.
    """
    from compare.evaluate import read_jsonl
    from index.article import article_from_sentences
    from index.store import Corpus

    articles = [article_from_sentences(r["id"], r["sentences"])
                for r in read_jsonl(articles_path, ("id", "sentences"))]
    qrels = read_jsonl(qrels_path, ("query", "relevant"))
    with tempfile.TemporaryDirectory(prefix="claimdiff-eval-") as tmp:
        with Corpus.open(tmp, model=embedder.model_id, backend=embedder.backend, create=True) as corpus:
            corpus.add(articles, embedder, progress=progress is not None)
            stored = {a.id for a in corpus.list_articles()}
            queries = [q for q in qrels if q["query"] in stored and set(q["relevant"]) & stored]
            # One shown match per hit: rankings do not depend on it, and it keeps the runs fast.
            searcher = Searcher(corpus, embedder, dataclasses.replace(config or SearchConfig(), matches=1))
            like = {q["query"]: like_query(corpus, q["query"]) for q in queries}
            total, done = 3 * len(queries), 0
            results = {}
            for mode in MODES:
                per_query = []
                for q in queries:
                    lq = like[q["query"]]
                    hits = searcher.search(lq.sentences, k=len(stored), exclude_ids=lq.exclude_ids,
                                           mode=mode, query_vectors=lq.vectors)
                    per_query.append(_rank_metrics([h.article_id for h in hits], set(q["relevant"]) & stored,
                                                   set(q.get("topic_mates", ())) & stored))
                    done += 1
                    if progress:
                        progress(done, total)
                results[mode] = per_query
    hybrid = results["hybrid"]
    mean = lambda rows, key: round(float(np.mean([r[key] for r in rows])), 4) if rows else 0.0  # noqa: E731
    return {"queries": len(queries), "map": mean(hybrid, "ap"), "ndcg@10": mean(hybrid, "ndcg10"),
            "recall@10": mean(hybrid, "recall10"), "hard_negative_rate": mean(hybrid, "hard_negative"),
            "dense_only_map": mean(results["dense_only"], "ap"),
            "bm25_only_map": mean(results["bm25_only"], "ap")}


def _rank_metrics(ranking: list[str], relevant: set, mates: set) -> dict:
    """AP over the whole ranking, nDCG@10 and recall@10 (binary gains), hard-negative flag."""
    hits, precision_sum, dcg, hard = 0, 0.0, 0.0, 0.0
    first_relevant_seen = False
    for rank, aid in enumerate(ranking, 1):
        if aid in relevant:
            hits += 1
            precision_sum += hits / rank
            if rank <= 10:
                dcg += 1 / math.log2(rank + 1)
            first_relevant_seen = True
        elif aid in mates and not first_relevant_seen:
            hard = 1.0
    ideal = sum(1 / math.log2(r + 1) for r in range(1, min(len(relevant), 10) + 1))
    return {"ap": precision_sum / len(relevant), "ndcg10": dcg / ideal if ideal else 0.0,
            "recall10": len(set(ranking[:10]) & relevant) / len(relevant), "hard_negative": hard}
