"""The corpus with the real model and real FAISS: search equals brute-force cosine; CLI round trip."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.config import IndexConfig
from index.embed import load_embedder
from index.ingest import load_articles
from index.store import Corpus

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("real") / "db"
    loaded = load_articles([str(REPO / "corpora")], IndexConfig())
    assert not loaded.failures and len(loaded.articles) >= 12
    with Corpus.open(directory, create=True) as corpus:
        corpus.add(loaded.articles, load_embedder())
    return directory


def test_faiss_top_k_equals_brute_force_cosine(corpus_dir):
    embedder = load_embedder()
    queries = embedder.embed(["Water bills will go up by fifteen percent this summer.",
                              "Trains stopped because ice brought down the overhead wires.",
                              "The migraine drug cut headache days in a large trial."])
    with Corpus.open(corpus_dir) as corpus:
        ids, vectors = corpus.all_vectors()
        hits = corpus.search(queries, k=8)
    brute = queries @ vectors.T
    for q in range(len(queries)):
        expected = ids[np.argsort(-brute[q], kind="stable")[:8]]
        assert list(hits.vector_ids[q]) == list(expected)
        assert np.allclose(hits.scores[q], np.sort(brute[q])[::-1][:8], atol=1e-5)


def test_hnsw_rebuild_keeps_the_nearest_neighbours(corpus_dir, tmp_path):
    embedder = load_embedder()
    query = embedder.embed(["The council voted to raise water rates."])
    with Corpus.open(corpus_dir) as corpus:
        exact = corpus.search(query, k=5).vector_ids[0]
    with Corpus.open(corpus_dir, config=IndexConfig(index_type="hnsw")) as corpus:
        meta = corpus.rebuild()
        assert meta.index_type == "hnsw"
        approx = corpus.search(query, k=5).vector_ids[0]
        assert len(set(exact) & set(approx)) >= 4
        corpus.config = IndexConfig(index_type="flat")
        corpus.rebuild()


def test_cli_add_list_show_remove_stats_json(tmp_path):
    def run(*args):
        proc = subprocess.run([sys.executable, "-m", "claimdiff", *args, "--db", str(tmp_path / "db"), "--json"],
                              capture_output=True, text=True, cwd=REPO)
        return proc.returncode, proc.stdout, proc.stderr

    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run("index", "add", "corpora/water", str(bad))
    assert code == 1 and "broken.json" in err and "Traceback" not in err
    added = json.loads(out)
    assert set(added["added"]) == {"water-source", "water-harbor-herald", "water-bayline-daily",
                                   "water-gull-county-gazette"}
    assert added["failed"][0]["source"].endswith("broken.json")
    code, out, _ = run("index", "add", "corpora/water")
    assert code == 0 and json.loads(out)["added"] == [] and len(json.loads(out)["already_stored"]) == 4
    code, out, _ = run("index", "show", "water-source")
    sentences = json.loads(out)["sentences"]
    assert code == 0 and sentences[0]["index"] == 0 and all(not s["text"].startswith("ADVERTISEMENT") for s in sentences)
    code, out, _ = run("index", "remove", "water-bayline-daily")
    assert code == 0 and json.loads(out)["removed"] == ["water-bayline-daily"]
    code, out, _ = run("index", "list")
    assert "water-bayline-daily" not in {a["id"] for a in json.loads(out)}
    code, out, _ = run("index", "stats")
    assert json.loads(out)["articles"] == 3 and json.loads(out)["index_type"] == "flat"
    code, out, err = run("index", "show", "no-such-id")
    assert code == 1 and "no article 'no-such-id'" in err
