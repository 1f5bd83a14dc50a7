"""The corpus on disk: SQLite for articles, sentences and vectors; a FAISS file derived from them.

Layout of a corpus directory:
    corpus.sqlite   articles, sentences, vectors (float32 blobs, one per distinct sentence text)
    vectors.faiss   FAISS index over the vectors, ids = vectors.id
    vectors.json    generation, count, index type and checksum of vectors.faiss
    lock            writer lock

Every write commits to SQLite in one transaction per chunk of articles, then replaces the FAISS
file atomically. The FAISS file carries the database generation it was built from; one that lags
(the process died between the two steps) is rebuilt from the stored vectors, so nothing committed
is ever lost and nothing half-added is ever visible.
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

import numpy as np

from index.config import IndexConfig
from index.errors import CorpusError
from index.lock import WriterLock
from index.records import Article, Sentence
from index import vectors as vecfile

FORMAT_VERSION = 1
DB_FILE = "corpus.sqlite"
CHUNK_ARTICLES = 256  # articles per transaction: bounds memory and the work a crash can cost
_THREADED_QUERIES = 16  # below this many queries per call, FAISS searches on one thread

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- ingest order: the tie-break for "reported first"
    id TEXT NOT NULL UNIQUE,
    outlet TEXT, url TEXT, title TEXT, published TEXT,
    text TEXT NOT NULL, source_path TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    added_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS vectors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,  -- sha256(model id, normalised text): identical sentences share a row
    vector BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    idx INTEGER NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, paragraph INTEGER NOT NULL,
    vector_id INTEGER NOT NULL REFERENCES vectors(id)
);
CREATE INDEX IF NOT EXISTS sentences_by_vector ON sentences(vector_id);
CREATE INDEX IF NOT EXISTS sentences_by_article ON sentences(article_seq, idx);
"""


@dataclass(frozen=True)
class ArticleInfo:
    """An article's metadata without its sentences (for listings)."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    source_path: str | None
    seq: int
    n_sentences: int


@dataclass(frozen=True)
class SentenceRef:
    """Where one stored sentence lives: its article and position."""

    article_id: str
    seq: int
    index: int
    text: str
    vector_id: int


@dataclass(frozen=True)
class AddReport:
    """What one `add` did: ids added, (id, reason) skipped, sentences and vectors embedded."""

    added: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    sentences: int = 0
    embedded: int = 0
    reused: int = 0


class SearchHits(NamedTuple):
    """FAISS results for a batch of queries: arrays of shape (n_queries, k); id -1 means none."""

    scores: np.ndarray
    vector_ids: np.ndarray


class SentenceTable(NamedTuple):
    """Every stored sentence as parallel columns (numpy arrays and a list of texts)."""

    article_seq: np.ndarray
    index: np.ndarray
    vector_id: np.ndarray
    text: list[str]


@dataclass
class CorpusStats:
    path: str
    model: str
    backend: str
    dimension: int | None
    articles: int
    outlets: int
    sentences: int
    vectors: int
    index_type: str | None
    db_bytes: int
    index_bytes: int
    format_version: int = FORMAT_VERSION
    extra: dict = field(default_factory=dict)


class Corpus:
    """A corpus directory. Open with `Corpus.open`; use as a context manager."""

    def __init__(self, directory: Path, db: sqlite3.Connection, config: IndexConfig):
        self.directory = directory
        self.config = config
        self._db = db
        self._index = None

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, directory: str | Path, *, model: str | None = None, backend: str | None = None,
             config: IndexConfig | None = None, create: bool = False) -> "Corpus":
        """Open (or with `create`, create) a corpus and verify it.

        Raises:
            CorpusError: no corpus there, a corrupted database or FAISS file, a newer format,
                or a model/backend other than the one the corpus was built with.
        """
        directory = Path(directory)
        config = config or IndexConfig()
        db_path = directory / DB_FILE
        if not db_path.exists():
            if not create:
                raise CorpusError(f"no corpus at {directory}: add articles first with "
                                  f"`claimdiff index add FILE --db {directory}`")
            directory.mkdir(parents=True, exist_ok=True)
        db = _connect(db_path)
        corpus = cls(directory, db, config)
        meta = corpus._meta()
        if not meta:
            if not create:
                raise CorpusError(f"{db_path} holds no corpus; delete it and run `claimdiff index add`")
            with corpus._write():
                corpus._set_meta(format_version=FORMAT_VERSION, model=model or config.model,
                                 backend=backend or config.backend, generation=0, created=time.time())
            meta = corpus._meta()
        if int(meta.get("format_version", 0)) > FORMAT_VERSION:
            raise CorpusError(f"{db_path} was written by a newer claimdiff (format "
                              f"{meta['format_version']}); upgrade claimdiff to read it")
        for name, wanted in (("model", model), ("backend", backend)):
            if wanted and wanted != meta.get(name):
                raise CorpusError(
                    f"{directory} was built with {name} {meta.get(name)!r}, not {wanted!r}; "
                    f"use --{name} {meta.get(name)} or a new --db directory")
        corpus._check_index_file()
        return corpus

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def model(self) -> str:
        return self._meta()["model"]

    @property
    def backend(self) -> str:
        return self._meta()["backend"]

    @property
    def dimension(self) -> int | None:
        value = self._meta().get("dimension")
        return int(value) if value else None

    @property
    def generation(self) -> int:
        return int(self._meta().get("generation", 0))

    # -- writing ---------------------------------------------------------------------------
    def add(self, articles: Iterable[Article], embedder, progress: bool = False,
            on_skip=None) -> AddReport:
        """Add articles, embedding only sentences whose text the corpus has not seen.

        `embedder` must be of this corpus's model and backend. Articles already present (same id
        or same content hash) are skipped; `on_skip(id, reason)` is called for each.
        """
        self._check_embedder(embedder)
        added, skipped = [], []
        n_sentences = n_embedded = n_reused = 0
        with WriterLock(self.directory):
            before = self.generation
            pending: list[Article] = []
            seen_ids, seen_hashes = set(), set()
            for article in articles:
                reason = self._duplicate_reason(article, seen_ids, seen_hashes)
                if reason:
                    skipped.append((article.id, reason))
                    if on_skip:
                        on_skip(article.id, reason)
                    continue
                seen_ids.add(article.id)
                seen_hashes.add(article.content_hash)
                pending.append(article)
            for start in range(0, len(pending), CHUNK_ARTICLES):
                chunk = pending[start:start + CHUNK_ARTICLES]
                embedded, reused = self._add_chunk(chunk, embedder, progress)
                added.extend(a.id for a in chunk)
                n_sentences += sum(len(a.sentences) for a in chunk)
                n_embedded += embedded
                n_reused += reused
            if pending:
                self._sync_index(before)
        return AddReport(tuple(added), tuple(skipped), n_sentences, n_embedded, n_reused)

    def remove(self, article_id: str) -> bool:
        """Remove one article and the vectors no other sentence uses; False if it was absent."""
        with WriterLock(self.directory):
            with self._write():
                row = self._db.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None:
                    return False
                self._db.execute("DELETE FROM sentences WHERE article_seq = ?", (row[0],))
                self._db.execute("DELETE FROM articles WHERE seq = ?", (row[0],))
                self._db.execute("DELETE FROM vectors WHERE id NOT IN (SELECT vector_id FROM sentences)")
                self._set_meta(generation=self.generation + 1)
            self._rebuild_index()
        return True

    def rebuild(self):
        """Re-create the FAISS file from the stored vectors (no re-embedding)."""
        with WriterLock(self.directory):
            return self._rebuild_index()

    # -- reading ---------------------------------------------------------------------------
    def list_articles(self) -> list[ArticleInfo]:
        rows = self._db.execute(
            "SELECT a.id, a.outlet, a.title, a.published, a.url, a.source_path, a.seq, "
            "(SELECT count(*) FROM sentences s WHERE s.article_seq = a.seq) "
            "FROM articles a ORDER BY a.seq").fetchall()
        return [ArticleInfo(*r) for r in rows]

    def has_article(self, article_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def get(self, article_id: str) -> Article:
        """The stored article with its sentences; CorpusError if the id is unknown."""
        row = self._db.execute(
            "SELECT seq, id, text, content_hash, outlet, url, title, published, source_path "
            "FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise CorpusError(f"no article {article_id!r} in {self.directory}; "
                              "`claimdiff index list` shows the ids")
        sentences = tuple(Sentence(*r) for r in self._db.execute(
            "SELECT idx, text, start, end, paragraph FROM sentences WHERE article_seq = ? ORDER BY idx",
            (row[0],)))
        return Article(id=row[1], text=row[2], content_hash=row[3], sentences=sentences,
                       outlet=row[4], url=row[5], title=row[6], published=row[7], source_path=row[8],
                       meta={"seq": row[0]})

    def article_vectors(self, article_id: str) -> np.ndarray:
        """The stored vectors of one article's sentences, in sentence order."""
        rows = self._db.execute(
            "SELECT v.vector FROM sentences s JOIN articles a ON a.seq = s.article_seq "
            "JOIN vectors v ON v.id = s.vector_id WHERE a.id = ? ORDER BY s.idx", (article_id,)).fetchall()
        return self._stack([r[0] for r in rows])

    def all_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of every stored vector, ordered by id."""
        rows = self._db.execute("SELECT id, vector FROM vectors ORDER BY id").fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        return ids, self._stack([r[1] for r in rows])

    def sentences_for_vectors(self, vector_ids: Sequence[int]) -> dict[int, list[SentenceRef]]:
        """Every stored sentence that has each vector (identical text shared by several articles)."""
        out: dict[int, list[SentenceRef]] = {}
        ids = sorted({int(v) for v in vector_ids if v >= 0})
        for part, marks in _in_batches(ids):
            for vid, aid, seq, idx, text in self._db.execute(
                    f"SELECT s.vector_id, a.id, a.seq, s.idx, s.text FROM sentences s "
                    f"JOIN articles a ON a.seq = s.article_seq WHERE s.vector_id IN ({marks}) "
                    f"ORDER BY a.seq, s.idx", part):
                out.setdefault(vid, []).append(SentenceRef(aid, seq, idx, text, vid))
        return out

    def sentence_table(self) -> SentenceTable:
        """Every stored sentence as parallel columns, in (article seq, index) order."""
        rows = self._db.execute(
            "SELECT article_seq, idx, vector_id, text FROM sentences ORDER BY article_seq, idx").fetchall()
        n = len(rows)
        return SentenceTable(np.fromiter((r[0] for r in rows), np.int64, n),
                             np.fromiter((r[1] for r in rows), np.int64, n),
                             np.fromiter((r[2] for r in rows), np.int64, n),
                             [r[3] for r in rows])

    def vectors_by_id(self, vector_ids: Sequence[int]) -> np.ndarray:
        """The stored vectors with these ids, in the order given."""
        wanted = [int(v) for v in vector_ids]
        found: dict[int, bytes] = {}
        for part, marks in _in_batches(wanted):
            found.update(self._db.execute(f"SELECT id, vector FROM vectors WHERE id IN ({marks})", part))
        missing = [v for v in wanted if v not in found]
        if missing:
            raise CorpusError(f"{self.directory}: sentences point at missing vectors (e.g. id "
                              f"{missing[0]}); run `claimdiff index rebuild` or re-add the articles")
        return self._stack([found[v] for v in wanted])

    def sentence_rows(self) -> list[tuple[int, int, int, str]]:
        """(sentences.id, article seq, sentence index, text) of every stored sentence, in order."""
        return self._db.execute(
            "SELECT id, article_seq, idx, text FROM sentences ORDER BY article_seq, idx").fetchall()

    def search(self, queries: np.ndarray, k: int) -> SearchHits:
        """Top-k stored vectors by inner product (= cosine, vectors are normalised)."""
        index = self.faiss_index()
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if index.ntotal == 0 or k < 1:
            return SearchHits(np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64))
        if len(queries) >= _THREADED_QUERIES:
            scores, ids = index.search(queries, min(k, index.ntotal))
            return SearchHits(scores, ids)
        import faiss

        # A few queries: one thread. FAISS's OpenMP threads cost more than they save on a single
        # query (bench/bench_scale.py: 100k-sentence search p50 10.6 -> 6.4 ms, CPU per query halved).
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            scores, ids = index.search(queries, min(k, index.ntotal))
        finally:
            faiss.omp_set_num_threads(threads)
        return SearchHits(scores, ids)

    def faiss_index(self):
        """The loaded FAISS index (read and verified once)."""
        if self._index is None:
            meta = self._index_meta()
            if meta is None or meta.generation != self.generation:
                # The last write died before the FAISS file was replaced: rebuild from SQLite.
                self._index = self._build_from_db()
            else:
                self._index, _ = vecfile.load_index(self.directory, self.config)
        return self._index

    def stats(self) -> CorpusStats:
        q = lambda sql: self._db.execute(sql).fetchone()[0]  # noqa: E731
        meta = self._index_meta()
        size = lambda name: (self.directory / name).stat().st_size if (self.directory / name).exists() else 0  # noqa: E731
        return CorpusStats(
            path=str(self.directory), model=self.model, backend=self.backend, dimension=self.dimension,
            articles=q("SELECT count(*) FROM articles"),
            outlets=q("SELECT count(DISTINCT outlet) FROM articles"),
            sentences=q("SELECT count(*) FROM sentences"), vectors=q("SELECT count(*) FROM vectors"),
            index_type=meta.index_type if meta else None,
            db_bytes=size(DB_FILE), index_bytes=size(vecfile.INDEX_FILE))

    # -- internals -------------------------------------------------------------------------
    def _duplicate_reason(self, article: Article, seen_ids: set, seen_hashes: set) -> str | None:
        if article.id in seen_ids or self.has_article(article.id):
            return f"an article with id {article.id!r} is already in the corpus"
        if article.content_hash in seen_hashes:
            return "the same text appears earlier in this batch"
        row = self._db.execute("SELECT id FROM articles WHERE content_hash = ?",
                               (article.content_hash,)).fetchone()
        if row:
            return f"the same text is already in the corpus as {row[0]!r}"
        return None

    def _add_chunk(self, chunk: list[Article], embedder, progress: bool) -> tuple[int, int]:
        from index.embed import text_key

        keys = {}
        for article in chunk:
            for s in article.sentences:
                keys.setdefault(text_key(s.text, embedder.model_id), s.text)
        known = self._known_keys(list(keys))
        missing = [k for k in keys if k not in known]
        vectors = embedder.embed([keys[k] for k in missing], progress=progress) if missing else None
        with self._write():
            if vectors is not None:
                if self.dimension is None:
                    self._set_meta(dimension=int(vectors.shape[1]))
                self._db.executemany("INSERT INTO vectors(key, vector) VALUES (?, ?)",
                                     ((k, v.astype(np.float32).tobytes()) for k, v in zip(missing, vectors)))
            ids = self._known_keys(list(keys))
            now = time.time()
            for article in chunk:
                cur = self._db.execute(
                    "INSERT INTO articles(id, outlet, url, title, published, text, source_path, "
                    "content_hash, added_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    (article.id, article.outlet, article.url, article.title, article.published,
                     article.text, article.source_path, article.content_hash, now))
                seq = cur.lastrowid
                self._db.executemany(
                    "INSERT INTO sentences(article_seq, idx, text, start, end, paragraph, vector_id) "
                    "VALUES (?,?,?,?,?,?,?)",
                    ((seq, s.index, s.text, s.start, s.end, s.paragraph,
                      ids[text_key(s.text, embedder.model_id)]) for s in article.sentences))
            self._set_meta(generation=self.generation + 1)
        return len(missing), len(keys) - len(missing)

    def _known_keys(self, keys: list[str]) -> dict[str, int]:
        found = {}
        for part, marks in _in_batches(keys):
            found.update(self._db.execute(f"SELECT key, id FROM vectors WHERE key IN ({marks})", part).fetchall())
        return found

    def _sync_index(self, generation_before: int) -> None:
        """Extend the FAISS file with new vectors, or rebuild it when that is cheaper or required."""
        meta = self._index_meta()
        n_vectors = self._db.execute("SELECT count(*) FROM vectors").fetchone()[0]
        same_kind = meta is not None and meta.index_type == self.config.resolved_index_type(n_vectors)
        if meta is None or meta.generation != generation_before or not same_kind or meta.index_type == "ivf":
            self._rebuild_index()
            return
        import faiss

        index, _ = vecfile.load_index(self.directory, self.config)
        max_id = int(faiss.vector_to_array(index.id_map).max()) if index.ntotal else 0
        rows = self._db.execute("SELECT id, vector FROM vectors WHERE id > ? ORDER BY id", (max_id,)).fetchall()
        if rows:
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            index.add_with_ids(self._stack([r[1] for r in rows]), ids)
        vecfile.save_index(self.directory, index, self.generation, self.dimension or 0)
        self._index = index

    def _rebuild_index(self):
        self._index = self._build_from_db()
        return vecfile.save_index(self.directory, self._index, self.generation, self.dimension or 0)

    def _build_from_db(self):
        ids, vectors = self.all_vectors()
        dimension = self.dimension or (vectors.shape[1] if len(vectors) else 1)
        index, _ = vecfile.build_index(vectors.reshape(len(ids), dimension), ids, self.config, dimension)
        return index

    def _stack(self, blobs: list[bytes]) -> np.ndarray:
        dim = self.dimension or 0
        if not blobs:
            return np.zeros((0, dim), dtype=np.float32)
        return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), -1).copy()

    def _index_meta(self) -> vecfile.IndexMeta | None:
        try:
            return vecfile.IndexMeta(**json.loads((self.directory / vecfile.INDEX_META_FILE).read_text()))
        except (OSError, ValueError, TypeError):
            return None

    def _check_index_file(self) -> None:
        """Detect a truncated or corrupted FAISS file on open, without importing faiss."""
        import hashlib

        meta = self._index_meta()
        path = self.directory / vecfile.INDEX_FILE
        if meta is None:
            if path.exists() and (self.directory / vecfile.INDEX_META_FILE).exists():
                raise CorpusError(f"{self.directory / vecfile.INDEX_META_FILE} is corrupted; "
                                  "run `claimdiff index rebuild`")
            return  # never written yet, or the first write died: rebuilt on first use
        if meta.generation != self.generation:
            return  # an interrupted write: the index is rebuilt from SQLite when first needed
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            raise CorpusError(f"{path} is missing; run `claimdiff index rebuild` to re-create it "
                              "from stored vectors") from None
        if digest != meta.sha256:
            raise CorpusError(f"{path} is truncated or corrupted (checksum mismatch); run "
                              "`claimdiff index rebuild` to re-create it from stored vectors")

    def _check_embedder(self, embedder) -> None:
        if embedder.model_id != self.model or embedder.backend != self.backend:
            raise CorpusError(
                f"{self.directory} was built with model {self.model!r} (backend {self.backend}); "
                f"the embedder is {embedder.model_id!r} ({embedder.backend})")

    def _meta(self) -> dict:
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def _set_meta(self, **values) -> None:
        self._db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                             ((k, str(v)) for k, v in values.items()))

    def _write(self):
        return _Transaction(self._db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *rest):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _in_batches(values: list, size: int = 900):
    """(part, "?,?,...") per slice of `values`: SQLite limits the variables of one statement."""
    for start in range(0, len(values), size):
        part = values[start:start + size]
        yield part, ",".join("?" * len(part))


def _connect(path: Path) -> sqlite3.Connection:
    """Open SQLite and verify it; a damaged file is named with how to recover."""
    try:
        db = sqlite3.connect(path, isolation_level=None, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        status = db.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise sqlite3.DatabaseError(status)
        db.executescript(_SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path} is not a readable claimdiff database ({exc}); move it aside and "
                          "re-create the corpus with `claimdiff index add`") from None
    return db
