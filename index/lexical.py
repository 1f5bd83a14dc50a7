"""BM25 over the corpus's stored sentences (bm25s), kept beside the corpus as plain files.

The index is derived data, like the FAISS file: every sentence also lives in SQLite, so it can
always be rebuilt. It records the corpus generation it was built from and is rebuilt on first use
when the corpus has changed since.

Layout under `<corpus>/bm25/`:
    stamp.json     format, corpus generation, row count, tokenizer and BM25 settings, and the
                   name of the folder that holds the index (replaced atomically, written last)
    g<gen>-<tag>/  the bm25s files (numpy .npy without pickle, JSON vocab and params) and
                   rows.npy: (sentence id, article seq, sentence index) per BM25 document

Each BM25 document is one stored sentence. Rows are ordered by (article seq, sentence index), so
one article's sentences are contiguous and per-article maxima are one `np.maximum.reduceat`.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Sequence

import numpy as np

FORMAT_VERSION = 1
DIRECTORY = "bm25"
STAMP_FILE = "stamp.json"
ROWS_FILE = "rows.npy"
#: BM25 parameters (bm25s defaults, Lucene variant); part of the stamp, so a change rebuilds.
K1, B, METHOD = 1.5, 0.75, "lucene"
STOPWORDS = "en"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")

log = logging.getLogger(__name__)


class SentenceRow(NamedTuple):
    """One stored sentence as the lexical index sees it."""

    id: int  # sentences.id; -1 when read through the interim per-article reader
    seq: int  # the article's seq (ingest order)
    index: int  # the sentence's position in its article
    text: str


class LexicalHits(NamedTuple):
    """BM25 results for a batch of queries: arrays of shape (n_queries, k); seq -1 means none."""

    scores: np.ndarray  # float32
    sentence_ids: np.ndarray  # int64, sentences.id (-1: unknown or none)
    article_seqs: np.ndarray  # int64
    sentence_indexes: np.ndarray  # int64


def sentence_rows(corpus) -> list[SentenceRow]:
    """Every stored sentence, ordered by (article seq, sentence index).

    Uses `Corpus.sentence_rows()` (one SQL read) when the store has it; otherwise reads article by
    article through the public `list_articles` and `get`, which cannot see `sentences.id`.
    """
    reader = getattr(corpus, "sentence_rows", None)
    if reader is not None:
        rows = [SentenceRow(int(i), int(seq), int(idx), text) for i, seq, idx, text in reader()]
    else:
        rows = [SentenceRow(-1, info.seq, s.index, s.text)
                for info in corpus.list_articles() for s in corpus.get(info.id).sentences]
    rows.sort(key=lambda r: (r.seq, r.index))
    return rows


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased word tokens of two or more characters, English stopwords removed (bm25s)."""
    import bm25s

    if not texts:
        return []
    tokens = bm25s.tokenize(list(texts), lower=True, token_pattern=_TOKEN.pattern,
                            stopwords=STOPWORDS, return_ids=False, show_progress=False)
    return [[t for t in doc if t] for doc in tokens]


@dataclass(frozen=True)
class LexicalIndex:
    """A bm25s index whose documents are the corpus's sentences.

    Open with `LexicalIndex.for_corpus(corpus)`; `build(rows)` makes one in memory.
    """

    generation: int
    sentence_ids: np.ndarray  # (n,) int64
    article_seqs: np.ndarray  # (n,) int64, non-decreasing
    sentence_indexes: np.ndarray  # (n,) int64
    retriever: object | None  # bm25s.BM25, None when there are no sentences

    def __len__(self) -> int:
        return len(self.article_seqs)

    # -- building and storing ---------------------------------------------------------------
    @classmethod
    def build(cls, rows: Sequence[SentenceRow], generation: int = 0) -> "LexicalIndex":
        """Index `rows` (sorted by article seq, then sentence index, as `sentence_rows` gives them)."""
        import bm25s

        rows = sorted(rows, key=lambda r: (r.seq, r.index))
        retriever = None
        if rows:
            retriever = bm25s.BM25(k1=K1, b=B, method=METHOD)
            with np.errstate(divide="ignore", invalid="ignore"):  # sentences without one word
                retriever.index(tokenize([r.text for r in rows]), create_empty_token=False,
                                show_progress=False)
        return cls(generation=generation,
                   sentence_ids=np.array([r.id for r in rows], dtype=np.int64),
                   article_seqs=np.array([r.seq for r in rows], dtype=np.int64),
                   sentence_indexes=np.array([r.index for r in rows], dtype=np.int64),
                   retriever=retriever)

    @classmethod
    def for_corpus(cls, corpus) -> "LexicalIndex":
        """The corpus's BM25 index: loaded from `<corpus>/bm25/` when its stamp matches the
        corpus generation, else rebuilt from the stored sentences and saved there.

        A damaged or unreadable index is rebuilt; failing to save (read-only corpus) is logged
        and the in-memory index is used.
        """
        root = Path(corpus.directory) / DIRECTORY
        generation = corpus.generation
        stamp = read_stamp(root)
        if stamp is not None and stamp.get("generation") == generation and _settings_match(stamp):
            try:
                return cls.load(root / stamp["dir"], generation)
            except (OSError, ValueError, KeyError) as exc:
                log.info("BM25 index at %s unreadable (%s); rebuilding", root, exc)
        index = cls.build(sentence_rows(corpus), generation)
        try:
            index.save(root)
        except OSError as exc:
            log.warning("could not save the BM25 index to %s (%s); using it in memory", root, exc)
        return index

    def save(self, root: str | Path) -> Path:
        """Write the index into a fresh folder under `root`, then point stamp.json at it."""
        root = Path(root)
        root.mkdir(parents=True, exist_ok=True)
        name = f"g{self.generation}-{uuid.uuid4().hex[:8]}"
        folder = root / name
        folder.mkdir()
        rows = np.stack([self.sentence_ids, self.article_seqs, self.sentence_indexes], axis=1) \
            if len(self) else np.zeros((0, 3), dtype=np.int64)
        np.save(folder / ROWS_FILE, rows.astype(np.int64), allow_pickle=False)
        if self.retriever is not None:
            self.retriever.save(folder, allow_pickle=False, show_progress=False)
        stamp = {"format": FORMAT_VERSION, "generation": self.generation, "dir": name,
                 "sentences": len(self), **_settings()}
        tmp = root / f".{STAMP_FILE}.{uuid.uuid4().hex[:8]}"
        tmp.write_text(json.dumps(stamp, indent=2))
        os.replace(tmp, root / STAMP_FILE)
        for old in root.iterdir():  # folders of earlier generations are no longer referenced
            if old.is_dir() and old.name != name and old.name.startswith("g"):
                shutil.rmtree(old, ignore_errors=True)
        return folder

    @classmethod
    def load(cls, folder: str | Path, generation: int) -> "LexicalIndex":
        """Read an index written by `save` (no pickle)."""
        import bm25s

        folder = Path(folder)
        rows = np.load(folder / ROWS_FILE, allow_pickle=False)
        if rows.ndim != 2 or rows.shape[1] != 3:
            raise ValueError(f"{folder / ROWS_FILE} has shape {rows.shape}, expected (n, 3)")
        retriever = None
        if len(rows):
            retriever = bm25s.BM25.load(folder, allow_pickle=False, show_progress=False)
            if retriever.scores["num_docs"] != len(rows):
                raise ValueError(f"{folder}: {retriever.scores['num_docs']} BM25 documents, "
                                 f"{len(rows)} rows")
        return cls(generation=generation, sentence_ids=rows[:, 0].copy(),
                   article_seqs=rows[:, 1].copy(), sentence_indexes=rows[:, 2].copy(),
                   retriever=retriever)

    # -- querying ---------------------------------------------------------------------------
    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """BM25 score of every row for every query: shape (n_queries, n_rows), float32."""
        out = np.zeros((len(queries), len(self)), dtype=np.float32)
        if self.retriever is None:
            return out
        vocab = self.retriever.vocab_dict
        for i, tokens in enumerate(tokenize(queries)):
            ids = list(dict.fromkeys(vocab[t] for t in tokens if t in vocab))  # each term once
            if ids:
                out[i] = self.retriever.get_scores_from_ids(ids)
        return out

    def ideal_scores(self, queries: Sequence[str]) -> np.ndarray:
        """Per query, the score of a sentence of average length holding each query term once:
        the sum of the terms' IDF times 1 / (1 + k1) (terms outside the vocabulary add nothing).
        Dividing a score by it puts BM25 on a scale comparable across queries, about 0..1
        (above 1 only for repeated terms or short sentences)."""
        out = np.zeros(len(queries), dtype=np.float32)
        if self.retriever is None:
            return out
        idf = self._idf()
        vocab = self.retriever.vocab_dict
        for i, tokens in enumerate(tokenize(queries)):
            ids = {vocab[t] for t in tokens if t in vocab}
            out[i] = float(idf[list(ids)].sum()) / (1 + K1) if ids else 0.0
        return out

    def search(self, queries: Sequence[str], k: int) -> LexicalHits:
        """Top-k rows per query by BM25 score (ties: earlier row first); zero scores are no hit."""
        scores = self.scores(queries)
        k = max(0, min(k, len(self)))
        order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
        top = np.take_along_axis(scores, order, axis=1)
        found = top > 0
        pick = lambda a, fill: np.where(found, a[order], fill)  # noqa: E731
        return LexicalHits(scores=np.where(found, top, 0).astype(np.float32),
                           sentence_ids=pick(self.sentence_ids, -1),
                           article_seqs=pick(self.article_seqs, -1),
                           sentence_indexes=pick(self.sentence_indexes, -1))

    def article_starts(self) -> tuple[np.ndarray, np.ndarray]:
        """(distinct article seqs, index of each one's first row): the groups for reduceat."""
        if not len(self):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        seqs, starts = np.unique(self.article_seqs, return_index=True)
        return seqs, starts

    def _idf(self) -> np.ndarray:
        """IDF per vocabulary id (Lucene formula, as bm25s scores with it)."""
        indptr = np.asarray(self.retriever.scores["indptr"], dtype=np.int64)
        df = np.diff(indptr).astype(np.float64)
        n = float(self.retriever.scores["num_docs"])
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        size = max(self.retriever.vocab_dict.values(), default=-1) + 1
        return np.pad(idf, (0, max(0, size - len(idf))))


def read_stamp(root: str | Path) -> dict | None:
    """The stamp of the index under `root`, or None when absent or unreadable."""
    try:
        stamp = json.loads((Path(root) / STAMP_FILE).read_text())
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _settings() -> dict:
    return {"k1": K1, "b": B, "method": METHOD, "stopwords": STOPWORDS, "token_pattern": _TOKEN.pattern}


def _settings_match(stamp: dict) -> bool:
    return stamp.get("format") == FORMAT_VERSION and all(stamp.get(k) == v for k, v in _settings().items())
