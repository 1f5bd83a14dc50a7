"""The claim map and trace: real model, real FAISS, real SQLite, on our own corpora/ articles."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from claimdiff.cli import main
from compare.align import content_words
from compare.claims import (SORTS, Adjacency, ClaimsConfig, _leader_groups, _time_key, claim_graph, find_claims,
                            select_claims, trace_article, why_no_claims)
from compare.pairs import blended_score
from compare.claims_html import claims_html
from compare.config import MatchConfig
from compare.vocab import ChangeKind, Relation
from index.article import article_from_sentences
from index.config import IndexConfig
from index.errors import ConfigError, CorpusError
from index.store import Corpus

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def db(corpora_db) -> Path:
    return corpora_db


@pytest.fixture(scope="module")
def claim_map(corpora_db):
    with Corpus.open(corpora_db) as corpus:
        return find_claims(corpus)


def _claim_with(claim_map, words: str):
    found = [c for c in claim_map.claims if any(words in r.text for r in (c.origin, *c.reports))]
    assert found, f"no claim mentions {words!r}"
    return found[0]


def test_claims_span_outlets_one_report_per_article(claim_map):
    assert len(claim_map.claims) >= 20
    for claim in claim_map.claims:
        articles = [r.article_id for r in (claim.origin, *claim.reports)]
        assert len(articles) == len(set(articles)) >= 2
        # story sets never share a claim: their ids start with the story's name
        assert len({a.split("-")[0] for a in articles}) == 1, articles


def test_origin_is_earliest_published_not_first_ingested(claim_map, db):
    with Corpus.open(db) as corpus:
        seq = {a.id: a.seq for a in corpus.list_articles()}
    # The wire story was ingested after two of its rewrites (files load alphabetically) but
    # published first, so it must be the origin of the claims it carries.
    assert seq["storm-source"] > seq["storm-halden-evening-post"]
    guard = _claim_with(claim_map, "National Guard")
    assert guard.origin.article_id == "storm-source"
    for claim in claim_map.claims:
        assert all(_time_key(claim.origin) < _time_key(r) for r in claim.reports)


def test_reports_are_judged_against_the_origin(claim_map):
    guard = _claim_with(claim_map, "National Guard")
    by_article = {r.article_id: r for r in guard.reports}
    tenfold = by_article["storm-valley-transit-watch"]  # about 300 -> about 3,000 Guard members
    assert tenfold.relation is Relation.CONTRADICT
    assert ChangeKind.NUMBER in {c.kind for c in tenfold.changes}
    assert by_article["storm-halden-evening-post"].relation is Relation.REPEAT
    assert guard.outlets == 5 and guard.contested


def test_no_chaining_every_member_is_a_direct_neighbour_of_its_leader():
    # a-b and b-c are edges, a-c is not: connected components would give one group {a, b, c};
    # leader clustering gives b (two neighbours) with a and c only because both match b itself.
    edges = Adjacency.from_pairs(5, [0, 1, 3], [1, 2, 4], [0.9, 0.9, 0.8])
    home = np.array([10, 11, 12, 13, 14])
    groups = _leader_groups(edges, home, 5)
    assert groups == [(1, [0, 2], [0.9, 0.9]), (3, [4], [0.8])]
    with pytest.raises(ValueError, match="to itself"):
        Adjacency.from_pairs(3, [0, 1], [1, 1], [0.9, 0.9])
    with pytest.raises(ValueError, match="0..2"):
        Adjacency.from_pairs(3, [0], [3], [0.9])
    # once taken, a node cannot found or join another group
    edges = Adjacency.from_pairs(5, [0, 0, 0, 3, 1], [1, 2, 3, 4, 0], [0.9] * 5)  # 0-1 given twice
    assert edges.edges == 4
    assert _leader_groups(edges, np.arange(5), 5) == [(0, [1, 2, 3], [0.9] * 3)]


@pytest.mark.parametrize("index_type", ["flat", "hnsw", "ivf"])
def test_knn_graph_equals_brute_force(corpora_db, tmp_path, index_type):
    """Oracle: at the default k, on every FAISS index type, the k-NN edges are exactly the
    all-pairs edges of the same-claim score (compare.pairs.blended_score on the texts)."""
    import shutil

    db = tmp_path / "db"
    shutil.copytree(corpora_db, db)
    match, config = MatchConfig(), ClaimsConfig()
    with Corpus.open(db, config=IndexConfig(index_type=index_type)) as corpus:
        corpus.rebuild()
        assert corpus.stats().index_type == index_type
        graph = claim_graph(corpus, config, match)
    found = {frozenset((int(graph.nodes[i]), int(graph.nodes[j])))
             for i in range(len(graph.nodes)) for j in graph.edges.neighbours(i)[0].tolist()}
    text = [graph.texts[int(np.flatnonzero(graph.node_of_row == n)[0])] for n in range(len(graph.nodes))]
    long_enough = [len(content_words(t)) >= config.min_words for t in text]
    cos = graph.vectors @ graph.vectors.T
    expected = set()
    for i in range(len(text)):
        for j in range(i + 1, len(text)):
            if graph.home[i] == graph.home[j] >= 0 or not (long_enough[i] and long_enough[j]):
                continue
            if blended_score(float(cos[i, j]), text[i], text[j], match) >= match.pair_threshold:
                expected.add(frozenset((int(graph.nodes[i]), int(graph.nodes[j]))))
    assert found == expected and len(expected) > 50


def test_select_claims_filters_and_sorts(claim_map):
    contested = select_claims(claim_map.claims, contested=True)
    assert contested and all(c.contested for c in contested)
    counts = [(c.counts["contradict"], c.counts["alter"]) for c in contested]
    assert counts == sorted(counts, reverse=True)
    wide = select_claims(claim_map.claims, min_outlets=4, sort="spread")
    assert wide and all(c.outlets >= 4 for c in wide)
    assert [c.outlets for c in wide] == sorted((c.outlets for c in wide), reverse=True)
    herald = select_claims(claim_map.claims, outlet="harbor herald")
    assert herald and all(any(r.outlet == "Harbor Herald" for r in (c.origin, *c.reports)) for c in herald)
    earliest = select_claims(claim_map.claims, sort="earliest")
    assert [_time_key(c.origin) for c in earliest] == sorted(_time_key(c.origin) for c in earliest)
    with pytest.raises(ConfigError, match="not one of"):
        select_claims(claim_map.claims, sort="loudest")


def test_date_window_limits_the_articles(db):
    import datetime as dt

    with Corpus.open(db) as corpus:
        window = find_claims(corpus, since=dt.date(2026, 3, 11), until=dt.date(2026, 3, 13))
        infos = {a.id: a.published for a in corpus.list_articles()}
    assert window.articles == sum(1 for p in infos.values() if "2026-03-11" <= p[:10] <= "2026-03-13")
    for claim in window.claims:
        for r in (claim.origin, *claim.reports):
            assert "2026-03-11" <= r.published[:10] <= "2026-03-13"


def test_trace_finds_the_wire_story_as_source(db):
    with Corpus.open(db) as corpus:
        rewrite = trace_article(corpus, "water-bayline-daily")
        source = trace_article(corpus, "water-source")
        with pytest.raises(CorpusError, match="no article"):
            trace_article(corpus, "no-such-article")
    carried = [s for s in rewrite.steps if s.source is not None]
    assert len(carried) >= len(rewrite.steps) // 2
    assert set(rewrite.sources) == {"water-source"}
    for step in carried:
        assert step.source.relation in (Relation.REPEAT, Relation.ALTER, Relation.CONTRADICT)
        assert step.earlier[0].article_id == step.source.article_id
    # the wire story came first: nothing of it was reported earlier, and others took it up
    assert all(s.source is None for s in source.steps)
    assert sum(1 for s in source.steps if s.later) >= len(source.steps) // 2


def test_undated_articles_fall_back_to_ingest_order(tmp_path, embedder):
    first = article_from_sentences("first", ["The harbour ferry will stop running on Sundays from May.",
                                             "Tickets for weekday crossings stay at four dollars."], outlet="One")
    second = article_from_sentences("second", ["From May the harbour ferry will no longer run on Sundays.",
                                               "A new bakery opened near the pier last week."], outlet="Two")
    with Corpus.open(tmp_path / "db", create=True) as corpus:
        corpus.add([first, second], embedder)
        claims = find_claims(corpus).claims
    assert len(claims) == 1
    assert claims[0].origin.article_id == "first"
    assert claims[0].reports[0].article_id == "second"


def test_claims_html_escapes_article_text(claim_map):
    from dataclasses import replace

    claim = claim_map.claims[0]
    evil = replace(claim, origin=replace(claim.origin, text='<script>alert("x")</script> ' + claim.origin.text,
                                         outlet="<b>Outlet</b>"))
    page = claims_html([evil], claim_map, {"contested": True})
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in page
    assert page.count("<script>") == 1  # ours


# ---------------------------------------------------------------- CLI

def test_cli_claims_json_and_html(db, tmp_path, capsys):
    html = tmp_path / "claims.html"
    assert main(["claims", "--db", str(db), "--contested", "--limit", "3", "--json", "--html", str(html)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "claimdiff.claims/1"
    assert doc["shown"] == len(doc["claims"]) == 3
    assert doc["claims_found"] >= 20
    first = doc["claims"][0]
    assert first["contested"] and first["origin"]["article"] and first["others"]
    assert {"relation", "confidence", "changes"} <= set(first["others"][0])
    assert "claim-3" in html.read_text(encoding="utf-8")
    assert main(["claims", "--db", str(db), "--limit", "0", "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert every["shown"] == every["claims_found"] == len(every["claims"])


def test_cli_claims_rich_output(db, capsys):
    assert main(["claims", "--db", str(db), "--min-outlets", "5", "--limit", "2", "--width", "100"]) == 0
    out = capsys.readouterr().out
    assert "showing 2" in out and "origin" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_cli_claims_explains_an_empty_result(db, capsys):
    assert main(["claims", "--db", str(db), "--since", "2030-01-01"]) == 0
    assert "no stored article is in the --since/--until window" in capsys.readouterr().out
    assert main(["claims", "--db", str(db), "--min-outlets", "50"]) == 0
    assert "none passes --min-outlets 50" in capsys.readouterr().out


def test_cli_claims_and_trace_bad_input(db, capsys):
    assert main(["claims", "--db", str(db), "--since", "2026-03-10", "--until", "2026-03-01"]) == 1
    assert "is after --until" in capsys.readouterr().err
    assert main(["trace", "nope", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no article 'nope'" in err


def test_cli_trace_json(db, capsys):
    assert main(["trace", "storm-kvtr-news8", "--db", str(db), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "claimdiff.trace/1" and doc["article"] == "storm-kvtr-news8"
    assert doc["carried"] >= 1 and len(doc["steps"]) == doc["sentences"]
    carried = [s for s in doc["steps"] if s["source"]]
    assert all(s["source"]["published"] < "2026-03-12T13:10" for s in carried)


# ---------------------------------------------------------------- edge cases (built here)

OUTLETS = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ironwood", "Juniper",
           "Larch", "Maple", "Nutmeg", "Oak", "Pine", "Quince", "Rowan", "Spruce", "Teak", "Willow",
           "Yew", "Zelkova", "Acacia", "Beech", "Chestnut", "Damson"]


def _syndicated(n: int) -> list:
    """n articles carrying one claim (each copy worded with its outlet's name), one day apart."""
    return [article_from_sentences(
        f"copy-{k:02d}", [f"The {name} Gazette confirmed that the Lindqvist ferry terminal will close for repairs "
                          f"from the first of June until late August.",
                          f"{name} reporters counted {k + 3} idle cranes along the quay."],
        outlet=f"{name} Gazette", published=f"2026-05-{k + 1:02d}T09:00:00Z") for k, name in enumerate(OUTLETS[:n])]


def test_a_claim_carried_by_more_articles_than_k_stays_whole(tmp_path, embedder):
    with Corpus.open(tmp_path / "db", create=True) as corpus:
        corpus.add(_syndicated(26), embedder)
        small_k = ClaimsConfig(neighbours=4)
        claims = find_claims(corpus, small_k).claims
        trace = trace_article(corpus, "copy-25", small_k)
    ferry = [c for c in claims if "ferry" in c.origin.text]
    assert len(ferry) == 1 and len(ferry[0].reports) == 25
    assert ferry[0].origin.article_id == "copy-00"
    assert trace.steps[0].source.article_id == "copy-00" and len(trace.steps[0].earlier) == 25
    assert trace.steps[0].nearest.article_id == "copy-24"


def test_a_date_window_searches_only_its_own_articles(tmp_path, embedder):
    import datetime as dt

    with Corpus.open(tmp_path / "db", create=True) as corpus:
        corpus.add(_syndicated(26), embedder)
        window = find_claims(corpus, ClaimsConfig(neighbours=3), since=dt.date(2026, 5, 14))
    ferry = [c for c in window.claims if "ferry" in c.origin.text]
    assert window.articles == 13
    assert len(ferry) == 1 and len(ferry[0].reports) == 12 and ferry[0].origin.article_id == "copy-13"


def test_time_zones_order_reports_by_utc(tmp_path, embedder):
    import datetime as dt

    # 10:00+02:00 is 08:00 UTC: earlier than 09:00Z although its clock reads later
    east = article_from_sentences("east", ["The Lindqvist ferry terminal will close for repairs from June to August."],
                                  outlet="East", published="2026-05-01T10:00:00+02:00")
    west = article_from_sentences("west", ["From June to August the Lindqvist ferry terminal will be closed for repairs."],
                                  outlet="West", published="2026-05-01T09:00:00Z")
    late = article_from_sentences("late", ["The Lindqvist ferry terminal closes for repairs in June, through August."],
                                  outlet="Late", published="2026-05-01T22:30:00-05:00")  # 2 May in UTC
    with Corpus.open(tmp_path / "db", create=True) as corpus:
        corpus.add([west, late, east], embedder)
        everything = find_claims(corpus).claims
        first_day = find_claims(corpus, until=dt.date(2026, 5, 1)).claims
    assert [r.article_id for r in (everything[0].origin, *everything[0].reports)] == ["east", "west", "late"]
    assert {r.article_id for r in (first_day[0].origin, *first_day[0].reports)} == {"east", "west"}


def test_boilerplate_lines_join_no_claim(tmp_path, embedder):
    stories = [("bridge", "The Harlow bridge will reopen to trucks on Monday after a month of repairs."),
               ("fire", "A grass fire near Tenby burned forty acres before crews contained it."),
               ("rates", "Water rates in Osgood will rise by nine percent in July.")]
    articles = [article_from_sentences(k, [text, "He declined to comment further.", "Read more on our website."],
                                       outlet=f"{k.title()} Daily") for k, text in stories]
    with Corpus.open(tmp_path / "db", create=True) as corpus:
        corpus.add(articles, embedder)
        claim_map = find_claims(corpus)
    assert claim_map.claims == ()
    assert "no sentence of the 3 articles" in why_no_claims(claim_map, windowed=False)


def test_a_words_only_score_has_no_cosine_floor(corpora_db):
    with Corpus.open(corpora_db) as corpus:
        claim_map = find_claims(corpus, match=MatchConfig(lexical_weight=1.0, pair_threshold=0.9))
    assert all(len(c.reports) >= 1 for c in claim_map.claims)


def test_cli_constants_match_the_library():
    from claimdiff import claims_cli

    assert claims_cli.SORTS == SORTS
    assert claims_cli.DEFAULT_THRESHOLD == MatchConfig().pair_threshold


def test_rich_claims_show_deleted_and_inserted_words(claim_map):
    from io import StringIO

    from rich.console import Console

    from compare.claims_render import render_claims

    guard = _claim_with(claim_map, "National Guard")
    out = StringIO()
    render_claims([guard], claim_map, Console(file=out, width=100, color_system=None))
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 100
    # about 300 -> about 3,000 members: both figures visible in the rewrite's row
    flat = " ".join(text.split())
    assert "[-300-] {+3,000+}" in flat
    assert "origin" in text and "storm-source#" in text


def test_cli_claims_on_empty_and_one_article_corpora(tmp_path, embedder, capsys):
    empty = tmp_path / "empty"
    with Corpus.open(empty, create=True):
        pass
    assert main(["claims", "--db", str(empty), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["claims"] == [] and "corpus is empty" in doc["reason"]
    one = tmp_path / "one"
    with Corpus.open(one, create=True) as corpus:
        corpus.add(_syndicated(1), embedder)
    assert main(["claims", "--db", str(one)]) == 0
    assert "corpus holds one article" in capsys.readouterr().out


def test_cli_claims_unknown_outlet_lists_outlets(db, capsys):
    assert main(["claims", "--db", str(db), "--outlet", "Nobody News"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "no article is from outlet 'Nobody News'" in out and "Harbor Herald" in out


def test_cli_html_path_is_checked_before_the_work(db, tmp_path, capsys):
    assert main(["claims", "--db", str(db), "--html", str(tmp_path / "missing" / "x.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err


def test_demo_runs_the_whole_flow(tmp_path, capsys, monkeypatch):
    """The README's main command: index corpora/, the claim map, one comparison."""
    monkeypatch.chdir(REPO)
    assert main(["demo", "--db", str(tmp_path / "demo"), "--width", "100"]) == 0
    out = capsys.readouterr().out
    for part in ("1. index the bundled articles", "2. claims reported by several outlets",
                 "3. compare", "13 articles", "origin", "Contradictions"):
        assert part in out, part


def test_judging_in_worker_processes_gives_the_same_verdicts(claim_map):
    from compare.claims import judge_many
    from compare.relate import judge

    pairs = [(c.origin.text, r.text) for c in claim_map.claims for r in c.reports]
    assert len(pairs) > 60
    pooled = judge_many(pairs * 9, workers=2, parallel_min=1)  # through the process pool
    assert pooled == [judge(a, b) for a, b in pairs * 9]


def test_trace_of_an_undated_article_orders_by_ingest(tmp_path, embedder):
    text = "The Lindqvist ferry terminal will close for repairs from the first of June until late August."
    first = article_from_sentences("first", [text], outlet="One")  # undated, ingested first
    dated = article_from_sentences("dated", [text.replace("late August", "the end of August")],
                                   outlet="Two", published="2026-05-02T09:00:00Z")
    undated = article_from_sentences("undated", [text.replace("for repairs", "for urgent repairs")], outlet="Three")
    with Corpus.open(tmp_path / "db", create=True) as corpus:
        corpus.add([first, dated, undated], embedder)
        last = trace_article(corpus, "undated")
        opening = trace_article(corpus, "first")
    assert {r.article_id for r in last.steps[0].earlier} == {"first", "dated"}
    assert opening.steps[0].earlier == () and opening.steps[0].later == 2
