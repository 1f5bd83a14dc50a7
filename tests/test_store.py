"""Corpus store: SQLite + FAISS round trips, dedupe, atomicity, corruption, locking (fake embedder)."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from index.config import IndexConfig
from index.errors import CorpusError
from index.records import Article, Sentence
from index.store import Corpus
from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parents[1]


def make_article(article_id: str, sentences: list[str], outlet: str = "Test Wire") -> Article:
    spans, pos = [], 0
    for text in sentences:
        spans.append(Sentence(len(spans), text, pos, pos + len(text), 0))
        pos += len(text) + 1
    body = " ".join(sentences)
    return Article(id=article_id, text=body, content_hash=hashlib.sha256(body.encode()).hexdigest(),
                   sentences=tuple(spans), outlet=outlet)


def open_new(tmp_path: Path, **config) -> Corpus:
    return Corpus.open(tmp_path / "db", create=True, config=IndexConfig(**config))


def test_add_get_list_round_trip(tmp_path):
    with open_new(tmp_path) as corpus:
        report = corpus.add([make_article("a1", ["One fact.", "Two facts."]),
                             make_article("a2", ["Three facts."], outlet="Other")], HashEmbedder())
        assert report.added == ("a1", "a2") and report.sentences == 3
    with Corpus.open(tmp_path / "db") as corpus:
        assert [a.id for a in corpus.list_articles()] == ["a1", "a2"]
        got = corpus.get("a1")
        assert [s.text for s in got.sentences] == ["One fact.", "Two facts."]
        assert got.text[got.sentences[1].start:got.sentences[1].end] == "Two facts."
        assert corpus.stats().outlets == 2


def test_same_sentence_in_two_outlets_is_embedded_once(tmp_path):
    embedder = HashEmbedder()
    shared = "The council approved the budget on Tuesday."
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("a", [shared, "Alpha only."])], embedder)
        report = corpus.add([make_article("b", [shared, "Beta only."])], embedder)
        assert report.embedded == 1 and report.reused == 1
        assert embedder.calls[-1] == ["Beta only."]
        assert corpus.stats().vectors == 3 and corpus.stats().sentences == 4
        hits = corpus.search(embedder.embed([shared]), k=1)
        refs = corpus.sentences_for_vectors(hits.vector_ids[0])
        assert {r.article_id for r in refs[int(hits.vector_ids[0][0])]} == {"a", "b"}


def test_adding_again_is_a_no_op(tmp_path):
    embedder = HashEmbedder()
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("a", ["Fact one."])], embedder)
        by_id = corpus.add([make_article("a", ["Other text."])], embedder)
        by_hash = corpus.add([make_article("renamed", ["Fact one."])], embedder)
        assert by_id.added == () and "already in the corpus" in by_id.skipped[0][1]
        assert by_hash.added == () and "'a'" in by_hash.skipped[0][1]
        assert corpus.stats().articles == 1


def test_incremental_add_equals_bulk_add(tmp_path):
    articles = [make_article(f"art{i}", [f"Sentence {i} {j} here." for j in range(3)]) for i in range(6)]
    with Corpus.open(tmp_path / "bulk", create=True) as bulk:
        bulk.add(articles, HashEmbedder())
        bulk_ids, bulk_vecs = bulk.all_vectors()
        q = bulk_vecs[:4]
        bulk_hits = bulk.search(q, k=5)
    with Corpus.open(tmp_path / "inc", create=True) as inc:
        for article in articles:
            inc.add([article], HashEmbedder())
    with Corpus.open(tmp_path / "inc") as inc:  # reopened from disk
        inc_ids, inc_vecs = inc.all_vectors()
        inc_hits = inc.search(q, k=5)
        assert [a.id for a in inc.list_articles()] == [a.id for a in articles]
    assert np.array_equal(bulk_vecs, inc_vecs) and np.array_equal(bulk_ids, inc_ids)
    assert np.array_equal(bulk_hits.vector_ids, inc_hits.vector_ids)


@pytest.mark.parametrize("index_type", ["flat", "hnsw"])
def test_remove_is_reflected_in_search(tmp_path, index_type):
    embedder = HashEmbedder()
    with open_new(tmp_path, index_type=index_type) as corpus:
        corpus.add([make_article("keep", ["Kept fact."]), make_article("drop", ["Dropped fact."])], embedder)
        assert corpus.remove("drop") and not corpus.remove("drop")
    with Corpus.open(tmp_path / "db", config=IndexConfig(index_type=index_type)) as corpus:
        hits = corpus.search(embedder.embed(["Dropped fact."]), k=5)
        found = corpus.sentences_for_vectors(hits.vector_ids[0])
        assert {r.article_id for refs in found.values() for r in refs} == {"keep"}
        assert corpus.stats().vectors == 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1,
                                 max_size=40).filter(str.strip), min_size=1, max_size=4),
                min_size=1, max_size=5))
def test_save_reopen_round_trip_keeps_everything(tmp_path_factory, bodies):
    directory = tmp_path_factory.mktemp("rt")
    articles = [make_article(f"id{i}", sents) for i, sents in enumerate(bodies)]
    embedder = HashEmbedder()
    with Corpus.open(directory, create=True) as corpus:
        report = corpus.add(articles, embedder)
        before = corpus.all_vectors()
    with Corpus.open(directory) as corpus:
        ids, vecs = corpus.all_vectors()
        assert np.array_equal(ids, before[0]) and np.array_equal(vecs, before[1])
        for article_id in report.added:
            original = next(a for a in articles if a.id == article_id)
            assert corpus.get(article_id).sentences == original.sentences
        assert corpus.faiss_index().ntotal == len(ids)


def test_corrupted_faiss_file_is_detected_and_rebuilt(tmp_path):
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("a", ["Fact one.", "Fact two."])], HashEmbedder())
    faiss_file = tmp_path / "db" / "vectors.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:40])
    with pytest.raises(CorpusError, match=r"vectors\.faiss is truncated or corrupted.*index rebuild"):
        Corpus.open(tmp_path / "db")
    # rebuild is run against the same corpus: open it without the check by removing the meta file
    (tmp_path / "db" / "vectors.json").unlink()
    with Corpus.open(tmp_path / "db") as corpus:
        meta = corpus.rebuild()
        assert meta.count == 2
    with Corpus.open(tmp_path / "db") as corpus:
        assert corpus.faiss_index().ntotal == 2


def test_corrupted_database_is_named(tmp_path):
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("a", ["Fact one."])], HashEmbedder())
    db = tmp_path / "db" / "corpus.sqlite"
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CorpusError, match=r"corpus\.sqlite is not a readable claimdiff database"):
        Corpus.open(tmp_path / "db")


def test_other_model_is_refused(tmp_path):
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("a", ["Fact one."])], HashEmbedder())
    with pytest.raises(CorpusError, match="built with model 'all-MiniLM-L6-v2', not 'other-model'"):
        Corpus.open(tmp_path / "db", model="other-model")
    with pytest.raises(CorpusError, match="built with backend 'onnx'"):
        Corpus.open(tmp_path / "db", backend="torch")


def test_missing_corpus_says_how_to_create_one(tmp_path):
    with pytest.raises(CorpusError, match="no corpus at .*claimdiff index add"):
        Corpus.open(tmp_path / "nothing")


def test_lagging_faiss_file_is_rebuilt_from_sqlite(tmp_path):
    """A crash after the SQLite commit but before the FAISS write loses nothing."""
    embedder = HashEmbedder()
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("a", ["Fact one."])], embedder)
        old = (tmp_path / "db" / "vectors.faiss").read_bytes(), (tmp_path / "db" / "vectors.json").read_bytes()
        corpus.add([make_article("b", ["Fact two."])], embedder)
    (tmp_path / "db" / "vectors.faiss").write_bytes(old[0])
    (tmp_path / "db" / "vectors.json").write_bytes(old[1])
    with Corpus.open(tmp_path / "db") as corpus:
        assert corpus.faiss_index().ntotal == 2
        hits = corpus.search(embedder.embed(["Fact two."]), k=1)
        assert corpus.sentences_for_vectors(hits.vector_ids[0])[int(hits.vector_ids[0][0])][0].article_id == "b"


_SLOW_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {repo!r})
    from index.store import Corpus
    from tests.fakes import HashEmbedder
    from tests.test_store import make_article

    class SlowEmbedder(HashEmbedder):
        def embed(self, texts, progress=False):
            print("embedding", flush=True)
            time.sleep({pause})
            return super().embed(texts)

    with Corpus.open({db!r}, create=True) as corpus:
        corpus.add([make_article("late%d" % i, ["Late fact %d." % i]) for i in range(50)], SlowEmbedder())
""")


def _start_writer(tmp_path: Path, pause: float) -> subprocess.Popen:
    code = _SLOW_WRITER.format(repo=str(REPO), db=str(tmp_path / "db"), pause=pause)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "embedding"
    return proc


def test_sigkill_during_add_keeps_committed_and_shows_nothing_half_added(tmp_path):
    embedder = HashEmbedder()
    with open_new(tmp_path) as corpus:
        corpus.add([make_article("early", ["Early fact one.", "Early fact two."])], embedder)
    proc = _start_writer(tmp_path, pause=30)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Corpus.open(tmp_path / "db") as corpus:
        assert [a.id for a in corpus.list_articles()] == ["early"]
        assert corpus.stats().sentences == 2 and corpus.faiss_index().ntotal == 2
        corpus.add([make_article("after", ["After fact."])], embedder)  # the lock was released
        assert corpus.stats().articles == 2


def test_second_writer_waits_then_fails_clearly(tmp_path):
    proc = _start_writer(tmp_path, pause=30)
    try:
        from index.lock import WriterLock

        started = time.monotonic()
        with pytest.raises(CorpusError, match=r"is being written by pid \d+"):
            with WriterLock(tmp_path / "db", timeout=0.5):
                pass
        assert time.monotonic() - started >= 0.5
    finally:
        proc.kill()
        proc.wait()
