"""Compare speed and link quality: `compare_articles` vs difflib and best-cosine baselines.

All three methods run in this process on the same article pairs and print one table:

* ours: `compare_articles` with the int8 ONNX embedder and the pair classifier, model loaded
  (embedding both articles is inside the timed call);
* difflib: for each rewrite sentence, `difflib.get_close_matches(b, source, n=1, cutoff=t)`,
  i.e. the best SequenceMatcher ratio over the source sentences, linked when >= t;
* best-cosine: sentence-transformers' own `SentenceTransformer.encode` (torch fp32, the same
  all-MiniLM-L6-v2 weights) and `util.semantic_search(..., top_k=1)`, linked when cosine >= t.

Quality is link precision/recall/F1 scored by `compare.evaluate.score_articles` (the scoring of
`claimdiff eval articles`) on the gold article pairs: ../shared/datasets/articles_dev.jsonl
(benchmark use only) and corpora/*/gold.jsonl. Each baseline's threshold t is the one with the
best link F1 on those same gold pairs (a sweep), which favours the baselines.

Speed is the median time to compare one 40-sentence source with a 40-sentence rewrite. The
pairs are made here from ../shared/datasets/senate_sep2005.jsonl (benchmark use only, never
copied into the product): the first 40 sentences of a long press release, and a rewrite that
drops 5 of them, edits 8 (a figure changed, an attribution prefixed, a tail cut), merges two
adjacent kept sentences, moves the last paragraph-sized block to the top, swaps neighbours and
adds 6 sentences from another release, so 40 sentences on each side (seeded). Their known
links are scored too ("synthetic" columns).

Cold start: `claimdiff compare A.json B.json --json` as a subprocess on one of those pairs
(median of 3, ONNX export already cached) beside `python -c "import sentence_transformers"`;
and, with --first-use, one run against an empty $CLAIMDIFF_CACHE (the one-off ONNX export).

    .venv/bin/python bench/bench_compare.py [--pairs 8] [--repeats 3] [--first-use] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import difflib
import json
import os
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATASETS = REPO.parent / "shared" / "datasets"
SENATE = DATASETS / "senate_sep2005.jsonl"
GOLD_FILES = [DATASETS / "articles_dev.jsonl", *sorted((REPO / "corpora").glob("*/gold.jsonl"))]
N_SENTS = 40
OURS = "ours: compare_articles (onnx int8 + classifier)"
DIFFLIB = "difflib.get_close_matches, ratio >= t"
COSINE = "best cosine: st util.semantic_search (torch)"
THRESHOLDS = [round(0.30 + 0.05 * k, 2) for k in range(13)]  # 0.30 .. 0.90


# ---------------------------------------------------------------- inputs

def gold_rows() -> list[dict]:
    rows = []
    for path in GOLD_FILES:
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def _edit(sentence: str, kind: int) -> str:
    """One deterministic edit of a kept sentence: a figure changed, an attribution added, a tail cut."""
    if kind == 0:
        m = re.search(r"\d+", sentence)
        if m:
            return sentence[:m.start()] + str(int(m.group()) * 2 + 3) + sentence[m.end():]
        kind = 1
    if kind == 1:
        return "According to the statement, " + sentence[0].lower() + sentence[1:]
    words = sentence.rstrip(".").split()
    return " ".join(words[: max(6, int(len(words) * 0.7))]).rstrip(",;:") + "."


def synthetic_pairs(n_pairs: int, seed: int = 7) -> list[dict]:
    """40-sentence Senate releases with seeded rewrites, in the gold article-pair format."""
    from index.clean import clean_text
    from index.segment import split_sentences

    longs = []
    for line in SENATE.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        sents = [" ".join(s.text.split()) for s in split_sentences(clean_text(r["text"], title=r["title"]))]
        sents = [s for s in dict.fromkeys(sents) if len(s.split()) >= 4]  # distinct, no fragments
        if len(sents) >= N_SENTS + 6:
            longs.append((r["id"], sents))
        if len(longs) >= 2 * n_pairs:
            break
    rng = random.Random(seed)
    pairs = []
    for p in range(n_pairs):
        rid, sents = longs[2 * p]
        _, other = longs[2 * p + 1]
        source = sents[:N_SENTS]
        dropped = set(rng.sample(range(1, N_SENTS), 5))
        kept = [j for j in range(N_SENTS) if j not in dropped]
        edits = {j: rng.randrange(3) for j in rng.sample(kept, 8)}
        units = [((j,), _edit(source[j], edits[j]) if j in edits else source[j]) for j in kept]
        m = rng.randrange(len(units) - 1)  # merge two adjacent kept sentences into one
        (j1,), t1 = units[m]
        (j2,), t2 = units[m + 1]
        units[m:m + 2] = [((j1, j2), t1.rstrip(".") + ", and " + t2[0].lower() + t2[1:])]
        units = units[-5:] + units[:-5]  # the last block leads the rewrite
        for k in rng.sample(range(len(units) - 1), 4):
            units[k], units[k + 1] = units[k + 1], units[k]
        for text in other[-6:]:  # added sentences from another release
            units.insert(rng.randrange(len(units) + 1), ((), text))
        rewrite = [t for _, t in units]
        links = [{"rewrite": [i], "source": list(src), "relation": "repeat", "changes": []}
                 for i, (src, _) in enumerate(units) if src]
        pairs.append({"id": f"synthetic_{p}_{rid}", "source": {"sentences": source},
                      "rewrite": {"sentences": rewrite}, "links": links})
    return pairs


def articles_of(row: dict):
    from index.article import article_from_sentences

    return (article_from_sentences(f"{row['id']}:source", row["source"]["sentences"]),
            article_from_sentences(f"{row['id']}:rewrite", row["rewrite"]["sentences"]))


# ---------------------------------------------------------------- methods

def best_match_links(best: list[tuple[int, float]], threshold: float) -> dict:
    """Links in score_articles' shape from each rewrite sentence's best source (index, score)."""
    return {"links": [{"rewrite": [i], "source": [j], "relation": "repeat", "kinds": []}
                      for i, (j, s) in enumerate(best) if j >= 0 and s >= threshold]}


def difflib_best(a_sents: list[str], b_sents: list[str], cutoff: float) -> list[tuple[int, float]]:
    """difflib's own best-match helper, one call per rewrite sentence."""
    index = {}
    for j, s in enumerate(a_sents):
        index.setdefault(s, j)
    out = []
    for b in b_sents:
        hit = difflib.get_close_matches(b, a_sents, n=1, cutoff=cutoff)
        out.append((index[hit[0]], 1.0) if hit else (-1, 0.0))
    return out


def difflib_scores(a_sents: list[str], b_sents: list[str]) -> list[tuple[int, float]]:
    """Best SequenceMatcher ratio per rewrite sentence (for the threshold sweep)."""
    out = []
    for b in b_sents:
        sm = difflib.SequenceMatcher()
        sm.set_seq2(b)
        best = (-1, 0.0)
        for j, a in enumerate(a_sents):
            sm.set_seq1(a)
            r = sm.ratio()
            if r > best[1]:
                best = (j, r)
        out.append(best)
    return out


def cosine_best(model, util, a_sents: list[str], b_sents: list[str]) -> list[tuple[int, float]]:
    """sentence-transformers util.semantic_search top-1 of each rewrite sentence among the source's."""
    a_emb = model.encode(a_sents, convert_to_tensor=True, normalize_embeddings=True)
    b_emb = model.encode(b_sents, convert_to_tensor=True, normalize_embeddings=True)
    hits = util.semantic_search(b_emb, a_emb, top_k=1)
    return [(h[0]["corpus_id"], float(h[0]["score"])) if h else (-1, 0.0) for h in hits]


def sweep(best_per_pair: list[list[tuple[int, float]]], rows: list[dict]) -> tuple[float, dict]:
    """The threshold with the best link F1, and its scores."""
    from compare.evaluate import score_articles

    results = [(t, score_articles(rows, [best_match_links(b, t) for b in best_per_pair])) for t in THRESHOLDS]
    return max(results, key=lambda r: (r[1]["link_f1"], -r[0]))


def timed(methods: dict, items, repeats: int) -> dict:
    """Per method (median wall, min wall, median CPU) seconds per item.

    Methods take turns on each item, `repeats` rounds, so a change of machine load hits them
    alike. Median: over items of each item's median run; min: the fastest single run (the least
    disturbed by load); CPU: this process's CPU time, all threads, which load inflates far less.
    """
    wall = {m: [[] for _ in items] for m in methods}
    cpu = {m: [[] for _ in items] for m in methods}
    for _ in range(repeats):
        for k, item in enumerate(items):
            for m, fn in methods.items():
                c0, w0 = time.process_time(), time.perf_counter()
                fn(item)
                wall[m][k].append(time.perf_counter() - w0)
                cpu[m][k].append(time.process_time() - c0)
    med = lambda runs: statistics.median(statistics.median(r) for r in runs)  # noqa: E731
    return {m: (med(wall[m]), min(min(r) for r in wall[m]), med(cpu[m])) for m in methods}


# ---------------------------------------------------------------- cold start

def write_cli_inputs(row: dict, directory: Path) -> tuple[Path, Path]:
    """The pair as two .json articles, one sentence per paragraph."""
    paths = []
    for side in ("source", "rewrite"):
        path = directory / f"{side}.json"
        path.write_text(json.dumps({"id": f"bench-{side}", "outlet": side, "title": "",
                                    "text": "\n\n".join(row[side]["sentences"])}), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def run_process(cmd: list[str], env: dict | None = None) -> tuple[float, str]:
    """Wall seconds of one subprocess run, and its stdout; a failure stops the bench."""
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, done.stdout


# ---------------------------------------------------------------- main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=8, help="40-sentence pairs to time (default 8)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per pair (median; default 3)")
    parser.add_argument("--first-use", action="store_true",
                        help="also time one cold compare against an empty ONNX cache (the one-off export)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of ours on one 40-sentence pair")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    load_at_start = os.getloadavg()

    from compare.classifier import PairClassifier
    from compare.engine import compare_articles
    from compare.evaluate import predicted_links, score_articles
    from index.config import IndexConfig
    from index.embed import load_embedder, resolve_model

    gold = gold_rows()
    synth = synthetic_pairs(args.pairs)
    gold_arts = [articles_of(r) for r in gold]
    synth_arts = [articles_of(r) for r in synth]
    assert all(len(a.sentences) == len(b.sentences) == N_SENTS for a, b in synth_arts)

    config = IndexConfig()
    embedder = load_embedder(config.model, config.backend, config)
    classifier = PairClassifier.load()
    ours = lambda ab: compare_articles(ab[0], ab[1], embedder.embed, classifier=classifier,  # noqa: E731
                                       model=embedder.model_id)
    ours(synth_arts[0])  # warm up the runtimes

    sents = lambda ab: ([s.text for s in ab[0].sentences], [s.text for s in ab[1].sentences])  # noqa: E731
    quality = {OURS: (score_articles(gold, [predicted_links(ours(ab)) for ab in gold_arts]),
                      score_articles(synth, [predicted_links(ours(ab)) for ab in synth_arts]), "-")}

    t_diff, gold_diff = sweep([difflib_scores(*sents(ab)) for ab in gold_arts], gold)
    difflib_fn = lambda ab: difflib_best(*sents(ab), t_diff)  # noqa: E731
    quality[DIFFLIB] = (gold_diff, score_articles(synth, [best_match_links(difflib_fn(ab), t_diff)
                                                          for ab in synth_arts]), f"{t_diff:.2f}")

    from sentence_transformers import SentenceTransformer, util

    model = SentenceTransformer(resolve_model(config.model)[1], device="cpu")
    cosine_fn = lambda ab: cosine_best(model, util, *sents(ab))  # noqa: E731
    cosine_fn(synth_arts[0])  # warm up torch
    t_cos, gold_cos = sweep([cosine_fn(ab) for ab in gold_arts], gold)
    quality[COSINE] = (gold_cos, score_articles(synth, [best_match_links(cosine_fn(ab), t_cos)
                                                        for ab in synth_arts]), f"{t_cos:.2f}")

    times = timed({OURS: ours, DIFFLIB: difflib_fn, COSINE: cosine_fn}, synth_arts, args.repeats)
    load_after_warm = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        a_path, b_path = write_cli_inputs(synth[0], Path(tmp))
        cli = [str(REPO / ".venv" / "bin" / "claimdiff"), "compare", str(a_path), str(b_path), "--json"]
        cold, base = [], []
        for _ in range(3):  # taking turns, like the warm timings
            seconds, out = run_process(cli)
            cold.append(seconds)
            base.append(run_process([sys.executable, "-c", "import sentence_transformers"])[0])
        cold_s, base_s = statistics.median(cold), statistics.median(base)
        shown = json.loads(out)
        cli_shape = (len(shown["source"]["sentences"]), len(shown["rewrite"]["sentences"]), len(shown["links"]))
        first_s = None
        if args.first_use:
            env = dict(os.environ, CLAIMDIFF_CACHE=str(Path(tmp) / "empty-cache"))
            first_s = run_process(cli, env=env)[0]
    load_at_end = os.getloadavg()

    n_gold = sum(len(r["links"]) for r in gold)
    n_synth = sum(len(r["links"]) for r in synth)
    print(f"gold: {len(gold)} article pairs, {n_gold} links; synthetic: {len(synth)} pairs of "
          f"{N_SENTS} x {N_SENTS} sentences, {n_synth} links; time per 40 x 40 pair: median over pairs "
          f"of the median of {args.repeats} runs, methods interleaved")
    header = ("method", "t", "gold P", "gold R", "gold F1", "rel acc", "synth F1", "s median", "s min",
              "cpu s", "vs difflib", "vs cosine")
    table = []
    for name, (g, s, t) in quality.items():
        wall, fastest, cpu = times[name]
        table.append((name, t, f"{g['link_precision']:.3f}", f"{g['link_recall']:.3f}", f"{g['link_f1']:.3f}",
                      f"{g['relation_accuracy']:.3f}" if name == OURS else "-", f"{s['link_f1']:.3f}",
                      f"{wall:.3f}", f"{fastest:.3f}", f"{cpu:.3f}", f"{wall / times[DIFFLIB][0]:.2f}x",
                      f"{wall / times[COSINE][0]:.2f}x"))
    widths = [max(len(str(r[k])) for r in [header, *table]) for k in range(len(header))]
    fmt = lambda r: "  ".join(str(v).ljust(w) if k == 0 else str(v).rjust(w)  # noqa: E731
                              for k, (v, w) in enumerate(zip(r, widths)))
    print(fmt(header))
    for r in table:
        print(fmt(r))
    wall, fastest, cpu = times[OURS]
    print()
    print(f"warm compare, 40 x 40 sentences: {wall:.3f} s median, {fastest:.3f} s fastest, {cpu:.3f} s CPU "
          f"(target <= 0.5 s)")
    print(f"cold `claimdiff compare A.json B.json --json` ({cli_shape[0]} x {cli_shape[1]} sentences, "
          f"{cli_shape[2]} links): {cold_s:.2f} s median of 3 "
          f"(target <= 4 s); `python -c 'import sentence_transformers'`: {base_s:.2f} s; "
          f"ratio {cold_s / base_s:.2f}x")
    if first_s is not None:
        print(f"first use, empty ONNX cache (export included): {first_s:.2f} s")
    print(f"load average (1/5/15 min) at start {fmt_load(load_at_start)}, after warm runs "
          f"{fmt_load(load_after_warm)}, at end {fmt_load(load_at_end)}; {os.cpu_count()} cores")

    if args.profile:
        print_profile(synth_arts, embedder, classifier, ours, args.repeats)


def print_profile(synth_arts, embedder, classifier, ours, repeats: int) -> None:
    """Wall time of each stage of compare_articles (no profiler overhead), then cProfile's view."""
    from compare.align import align
    from compare.relate import judge

    stages = {"embed both articles": [], "align": [], "classifier": [], "judge (change detectors)": []}
    for _ in range(repeats):
        for a, b in synth_arts:
            a_sents, b_sents = [s.text for s in a.sentences], [s.text for s in b.sentences]
            t0 = time.perf_counter()
            vecs = embedder.embed(a_sents + b_sents)
            t1 = time.perf_counter()
            alignment = align(a_sents, b_sents, vecs[:len(a_sents)], vecs[len(a_sents):], embed=embedder.embed)
            t2 = time.perf_counter()
            texts = [(" ".join(a_sents[j] for j in p.source), " ".join(b_sents[i] for i in p.rewrite))
                     for p in alignment.pairs]
            probs = classifier.predict_proba(texts)
            t3 = time.perf_counter()
            for (x, y), p in zip(texts, probs):
                judge(x, y, p)
            t4 = time.perf_counter()
            for name, secs in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                stages[name].append(secs)
    print("\nstages of ours, median seconds per 40 x 40 pair (no profiler):")
    for name, secs in stages.items():
        print(f"  {name:<26} {statistics.median(secs):.3f}")
    prof = cProfile.Profile()
    prof.enable()
    for pair in synth_arts[:3]:
        ours(pair)
    prof.disable()
    print("\ncProfile of ours on 3 pairs (cumulative; the profiler inflates pure-Python code):")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(18)


def fmt_load(load: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.2f}" for x in load)


if __name__ == "__main__":
    main()
