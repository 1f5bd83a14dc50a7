"""Related-report search: real model, real FAISS, real SQLite, on our own corpora/ articles."""
from __future__ import annotations

import argparse
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from compare.search import SearchConfig, Searcher, evaluate_retrieval, explain, search
from compare.vocab import ChangeKind, Relation
from index.article import article_from_sentences
from index.errors import ConfigError, CorpusError, InputError
from index.lexical import LexicalIndex, SentenceRow, read_stamp
from index.store import Corpus

REPO = Path(__file__).resolve().parents[1]

# Paraphrases written for this test: each restates one story's main claim in other words.
PARAPHRASES = {
    "water": "Households in Calloway Bay will pay 15 percent more for water after the council approved the increase.",
    "trial": "A daily migraine pill from Norvale cut the number of monthly migraine days in a late-stage study.",
    "storm": "Freezing rain in the Tarrow Valley stopped trains and grounded flights.",
}


@pytest.fixture()
def db(corpora_db) -> Path:
    return corpora_db


@pytest.fixture()
def corpus(db):
    with Corpus.open(db) as c:
        yield c


def story_ids(corpus, story: str) -> set[str]:
    return {a.id for a in corpus.list_articles() if a.id.startswith(story + "-")}


@pytest.mark.parametrize("story", sorted(PARAPHRASES))
def test_paraphrase_ranks_its_story_above_the_others(corpus, embedder, story):
    hits = search(corpus, embedder, [PARAPHRASES[story]], k=20)
    ours = story_ids(corpus, story)
    assert {h.article_id for h in hits[: len(ours)]} == ours
    assert min(h.score for h in hits if h.article_id in ours) > max(h.score for h in hits if h.article_id not in ours)
    assert hits[0].matches[0].query_index == 0 and hits[0].matches[0].text


def test_single_retrievers_also_find_the_story(corpus, embedder):
    ours = story_ids(corpus, "storm")
    for mode in ("dense_only", "bm25_only"):
        hits = search(corpus, embedder, [PARAPHRASES["storm"]], k=len(ours), mode=mode)
        assert {h.article_id for h in hits} == ours, mode
    with pytest.raises(ConfigError, match="hybrid"):
        search(corpus, embedder, ["x y"], mode="sparse")


def test_two_stage_search_agrees_with_exhaustive_ranking(corpus, embedder):
    """FAISS candidates with a small pool and rerank give the same top 3 as scoring every article."""
    small = Searcher(corpus, embedder, SearchConfig(pool=5, rerank=3))
    full = Searcher(corpus, embedder)
    n = len(corpus.list_articles())
    for text in PARAPHRASES.values():
        fast = [h.article_id for h in small.search([text], k=3)]
        exact = [h.article_id for h in full.search([text], k=n)][:3]
        assert fast == exact


def test_outlet_filter_is_case_insensitive(corpus, embedder):
    hits = search(corpus, embedder, [PARAPHRASES["water"]], outlet="harbor HERALD")
    assert [h.article_id for h in hits] == ["water-harbor-herald"]
    assert search(corpus, embedder, [PARAPHRASES["water"]], outlet="No Such Outlet") == []


def test_date_filters_keep_articles_published_in_range(corpus, embedder):
    hits = search(corpus, embedder, [PARAPHRASES["storm"]], k=20, since="2026-03-10", until="2026-03-11")
    expected = {a.id for a in corpus.list_articles() if "2026-03-10" <= a.published[:10] <= "2026-03-11"}
    assert expected and {h.article_id for h in hits} == expected
    with pytest.raises(ConfigError, match="--since 2026-03-12 is after --until 2026-03-01"):
        search(corpus, embedder, ["x y"], since="2026-03-12", until="2026-03-01")
    with pytest.raises(ConfigError, match="not an ISO date"):
        search(corpus, embedder, ["x y"], since="March 5")


def test_exclude_ids_and_like_semantics(corpus, embedder):
    source = corpus.get("water-source")
    query = [s.text for s in source.sentences]
    hits = search(corpus, embedder, query, k=20, exclude_ids=["water-source", "water-bayline-daily"],
                  query_vectors=corpus.article_vectors("water-source"))
    ids = [h.article_id for h in hits]
    assert "water-source" not in ids and "water-bayline-daily" not in ids
    assert set(ids[:2]) == story_ids(corpus, "water") - {"water-source", "water-bayline-daily"}


def test_relation_is_shown_for_the_best_match(corpus, embedder):
    verbatim = "About 38 miles of cast-iron mains and roughly 5,600 lead service lines are slated for replacement under the plan."
    number = "The city estimates that about 4,100 households qualify for the discount."
    hits = explain(search(corpus, embedder, [verbatim], k=1), [verbatim])
    best = hits[0].matches[0]
    assert best.text == verbatim and best.similarity > 0.99
    assert best.relation is Relation.REPEAT and best.changes[0].kind is ChangeKind.VERBATIM
    herald = explain(search(corpus, embedder, [number], k=1, outlet="Harbor Herald"), [number])[0].matches[0]
    assert "1,400" in herald.text
    assert herald.relation is Relation.CONTRADICT and ChangeKind.NUMBER in {c.kind for c in herald.changes}


def test_query_without_sentences_and_empty_corpus(tmp_path, corpus, embedder):
    with pytest.raises(InputError, match="no sentences"):
        search(corpus, embedder, ["", " ... "])
    with Corpus.open(tmp_path / "empty", create=True) as empty:
        with pytest.raises(CorpusError, match="is empty; add articles first"):
            search(empty, embedder, ["Trains stopped."])


def test_bm25_index_is_saved_and_rebuilt_after_an_add(tmp_path, db, embedder):
    copy = tmp_path / "db"
    shutil.copytree(db, copy)
    with Corpus.open(copy) as corpus:
        root = corpus.directory / "bm25"
        first = LexicalIndex.for_corpus(corpus)
        stamp = read_stamp(root)
        assert stamp["generation"] == corpus.generation and stamp["sentences"] == len(first)
        assert LexicalIndex.for_corpus(corpus) is not first and read_stamp(root)["dir"] == stamp["dir"]  # loaded
        corpus.add([article_from_sentences("extra", ["A zeppelin landed on the Quellmark pier at dawn."],
                                           outlet="Extra Wire")], embedder)
        hits = search(corpus, embedder, ["zeppelin Quellmark"], k=1, mode="bm25_only")
        assert hits[0].article_id == "extra"
        new = read_stamp(root)
        assert new["generation"] == corpus.generation == stamp["generation"] + 1 and new["dir"] != stamp["dir"]
        assert [p.name for p in root.iterdir() if p.is_dir()] == [new["dir"]]


def test_bm25_scores_match_the_lucene_formula():
    docs = ["the council raised water rates", "water rates rose", "trains stopped in the storm storm"]
    index = LexicalIndex.build([SentenceRow(i, i + 1, 0, t) for i, t in enumerate(docs)])
    tokens = [[w for w in d.split() if w not in ("the", "in")] for d in docs]
    avg = sum(map(len, tokens)) / len(tokens)

    def reference(query: list[str]) -> list[float]:
        out = []
        for doc in tokens:
            score = 0.0
            for term in set(query):
                df = sum(term in d for d in tokens)
                if df and term in doc:
                    tf = doc.count(term)
                    idf = math.log(1 + (len(tokens) - df + 0.5) / (df + 0.5))
                    score += idf * tf / (tf + 1.5 * (0.25 + 0.75 * len(doc) / avg))  # bm25s "lucene"
            out.append(score)
        return out

    for query in (["water", "rates"], ["storm"], ["council", "storm", "unknown"]):
        assert np.allclose(index.scores([" ".join(query)])[0], reference(query), atol=1e-5)
    hits = index.search(["water rates"], k=3)
    assert hits.article_seqs[0].tolist() == [2, 1, -1] and hits.scores[0, 2] == 0


def test_eval_retrieval_on_our_corpora(tmp_path, db, embedder):
    with Corpus.open(db) as corpus:
        infos = corpus.list_articles()
        rows = [{"id": a.id, "topic": a.id.split("-")[0], "sentences": [s.text for s in corpus.get(a.id).sentences]}
                for a in infos]
    articles, qrels = tmp_path / "articles.jsonl", tmp_path / "qrels.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in rows))
    qrels.write_text("".join(json.dumps({"query": r["id"], "topic_mates": [],
                                         "relevant": [o["id"] for o in rows if o["topic"] == r["topic"] and o is not r]})
                             + "\n" for r in rows))
    result = evaluate_retrieval(str(articles), str(qrels), embedder)
    assert result["queries"] == len(rows)
    assert result["map"] == 1.0 and result["hard_negative_rate"] == 0.0
    assert set(result) == {"queries", "map", "ndcg@10", "recall@10", "hard_negative_rate",
                           "dense_only_map", "bm25_only_map"}


# -- CLI ------------------------------------------------------------------------------------
def run_cli(argv, monkeypatch, capsys):
    """claimdiff main() with the search commands registered (a no-op once cli.py wires them)."""
    from claimdiff import cli, search_cli

    build = cli.build_parser

    def with_search():
        parser = build()
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "search" not in commands.choices:
            search_cli.register(commands, cli._add_common, cli._formatter)
        evals = next(a for a in commands.choices["eval"]._actions if isinstance(a, argparse._SubParsersAction))
        if "retrieval" not in evals.choices:
            search_cli.register_eval(evals, cli._add_common, cli._formatter)
        return parser

    monkeypatch.setattr(cli, "build_parser", with_search)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_search_table_and_json(db, monkeypatch, capsys):
    code, out, err = run_cli(["search", PARAPHRASES["water"], "--db", str(db), "--k", "4", "--width", "160"],
                             monkeypatch, capsys)
    assert code == 0, err
    assert "Harbor Herald" in out and "Tidewater" in out and "water-bayline-daily" in out
    assert "{+" in out  # word diff markers on a console without styles
    code, out, err = run_cli(["search", "--like", "storm-source", "--db", str(db), "--json", "--k", "3"],
                             monkeypatch, capsys)
    data = json.loads(out)
    assert code == 0 and [h["id"].split("-")[0] for h in data["hits"]] == ["storm"] * 3
    assert "storm-source" not in {h["id"] for h in data["hits"]}
    assert data["hits"][0]["matches"][0]["relation"] in {"repeat", "alter", "contradict", "unrelated"}


def test_cli_errors_are_one_line(db, tmp_path, monkeypatch, capsys):
    cases = [
        (["search", "x y", "--since", "2026-03-12", "--until", "2026-03-01"], "--since 2026-03-12 is after --until"),
        (["search", "--like", "no-such-id"], "is neither a file nor an article id"),
        (["search", "?!"], "no sentences"),
        (["search"], "give either TEXT or --like"),
        (["search", "x y", "--model", "another-model"], "was built with model"),
    ]
    for argv, message in cases:
        code, out, err = run_cli(argv + ["--db", str(db)], monkeypatch, capsys)
        assert code == 1 and message in err and len(err.strip().splitlines()) == 1, (argv, err)
    with Corpus.open(tmp_path / "empty", create=True):
        pass
    code, out, err = run_cli(["search", "Trains stopped.", "--db", str(tmp_path / "empty")], monkeypatch, capsys)
    assert code == 1 and "is empty" in err
    code, out, err = run_cli(["search", "Trains stopped.", "--db", str(db), "--outlet", "Nobody"], monkeypatch, capsys)
    assert code == 0 and "no results: no stored article passes --outlet Nobody" in " ".join(out.split())
