"""Scale: search latency and recall, `claims` time, memory and disk at 10k and 100k sentences.

Input: US Senate press releases from ../shared/datasets/senate_sep2005.jsonl (benchmarks only),
about 16k sentences, made into a larger corpus of distinct texts: copy r of a release swaps its
senator's name for another's, shifts its numbers and dates by r, rewords a few common phrases,
and where a sentence would still repeat an earlier text, adds an attribution ("..., the office
said"). Copy r is filed under the senator its name was swapped to, dated r days later. Articles
are ordered release by release (all copies of one release together, releases in a seeded
order), and each corpus is the shortest prefix holding the wanted number of distinct sentences;
20 releases are held out and never stored, and their sentences are the queries.

The corpora are built once through `Corpus.add` (the product's own index type choice) and kept
in bench/.cache/; later runs reuse them. Every measurement runs in a subprocess of its own, so
its peak RSS is that stage's alone:

- search: per single-sentence query, query vectors computed beforehand (embedding is timed
  apart): FAISS sentence search (`Corpus.search`, k=10), exact inner product over the same
  vectors (`faiss.IndexFlatIP`, the baseline of recall@10 and latency), and end-to-end
  `Searcher.search` (hybrid, BM25 and dense fused; k=10 articles); each with FAISS's default
  OpenMP threads and with one, interleaved query by query.
- claims: `compare.claims.find_claims(corpus)`, vectors already stored (time beyond embedding);
  the time inside `compare.relate.judge` is summed apart.
- peer: sentence_transformers.util.paraphrase_mining on the same distinct sentences, split
  into its `model.encode` and its `paraphrase_mining_embeddings` (same defaults). At sizes
  above --peer-embed-max the encode is not run (too slow on shared cores): its time is the
  10k rate extrapolated linearly, marked "~", and the mining runs on the corpus's own vectors
  (same shape, so the same work).
- rate: int8 ONNX embedding on one thread, sentences per CPU-second (for docs/SCALING.md).
- ivfpq: IVF1024,PQ48 on the largest corpus's vectors, alone and with the top 100 re-ranked
  exactly: latency, recall@10 and codes scanned per second (docs/SCALING.md; not the product's
  index).

Full run about 15 minutes on 2 cores once the corpora are cached (building them: about 17
minutes, embedding 100k sentences).

    .venv/bin/python bench/bench_scale.py [--sizes 10000 100000] [--queries 300]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SENATE = REPO.parent / "shared" / "datasets" / "senate_sep2005.jsonl"
CACHE = REPO / "bench" / ".cache"
DATA_VERSION = 1  # bump when the generator changes: cached data and corpora are rebuilt
HELD_OUT = 20
COPIES = 8  # copies of each release (r = 0 is the release itself): ~110k distinct sentences

# Phrase rewordings; copy r picks among the alternatives with its own seeded generator.
_REWORDS = [
    (r"\bsaid\b", ["stated", "noted", "remarked", "explained", "told reporters", "added"]),
    (r"\btoday\b", ["on Tuesday", "this week", "on Monday", "on Wednesday", "earlier today", "on Thursday"]),
    (r"\bannounced\b", ["unveiled", "revealed", "declared", "made public", "disclosed"]),
    (r"\blegislation\b", ["the bill", "the measure", "the proposal"]),
    (r"\bimportant\b", ["critical", "vital", "essential", "significant"]),
    (r"\bhelp\b", ["assist", "aid", "support"]),
    (r"\bpeople\b", ["residents", "citizens", "Americans"]),
    (r"\bfunding\b", ["money", "funds", "financing"]),
    (r"\bCongress\b", ["lawmakers", "the Congress", "Capitol Hill"]),
    (r"\bU\.S\. Senator\b", ["Senator", "U.S. Sen.", "the senator"]),
]
_ATTRIBUTIONS = [", the office said", ", according to the release", ", aides noted",
                 ", a spokesperson said", ", the statement added", ", staff confirmed",
                 ", the senator's office reported", ", officials said", ", the release noted",
                 ", according to a statement"]
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")


# -- input data ----------------------------------------------------------------------------
def data_paths(cache: Path) -> tuple[Path, Path, Path]:
    root = cache / f"data-v{DATA_VERSION}"
    return root / "articles.jsonl", root / "queries.json", root / "done.json"


def make_data(cache: Path, seed: int) -> tuple[Path, Path]:
    """The variant articles (JSONL, release-major order) and the held-out query sentences."""
    articles_path, queries_path, done = data_paths(cache)
    if done.exists() and json.loads(done.read_text()).get("seed") == seed:
        return articles_path, queries_path
    from index.config import IndexConfig
    from index.ingest import load_articles

    if not SENATE.exists():
        sys.exit(f"{SENATE} is missing; this benchmark needs it (see the docstring)")
    base = load_articles([str(SENATE)], IndexConfig()).articles
    order = list(range(len(base)))
    random.Random(seed).shuffle(order)
    held, kept = order[:HELD_OUT], order[HELD_OUT:]
    surnames = sorted({a.outlet for a in base if a.outlet})
    seen: set[str] = set()
    rows = []
    for i in kept:
        a = base[i]
        for r in range(COPIES):
            rows.append(_variant(a, r, i, surnames, seen, seed))
    queries = [s.text for i in held for s in base[i].sentences if len(s.text.split()) >= 5]
    articles_path.parent.mkdir(parents=True, exist_ok=True)
    articles_path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    queries_path.write_text(json.dumps(queries), encoding="utf-8")
    done.write_text(json.dumps({"seed": seed, "articles": len(rows), "queries": len(queries)}))
    return articles_path, queries_path


def _shift(number: str, r: int) -> str:
    """A number moved by r in its second digit (50,000 -> 51,000), a year or a small one by r."""
    value = int(number.replace(",", ""))
    step = 1 if value < 100 or ("," not in number and 1900 <= value <= 2099) else 10 ** (len(str(value)) - 2)
    return f"{value + r * step:,}" if "," in number else str(value + r * step)


def _variant(a, r: int, i: int, surnames: list[str], seen: set, seed: int) -> dict:
    """Copy r of article a: a JSON row whose sentences repeat no text of earlier rows."""
    from index.embed import normalise_text

    rng = random.Random(f"{seed}-{i}-{r}")
    outlet = a.outlet
    if r:
        outlet = surnames[(surnames.index(a.outlet) + 7 * r) % len(surnames)] if a.outlet in surnames else a.outlet
    paragraphs: dict[int, list[str]] = {}
    for s in a.sentences:
        text = s.text
        if r:
            if a.outlet and outlet:
                text = re.sub(rf"\b{re.escape(a.outlet)}\b", outlet, text, flags=re.IGNORECASE)
            text = _NUMBER.sub(lambda m: _shift(m.group(), r), text)
            for pattern, options in _REWORDS:
                text = re.sub(pattern, lambda m: rng.choice(options), text)
            k = 0
            while normalise_text(text) in seen and k < 3 * len(_ATTRIBUTIONS):
                body, end = (text[:-1], text[-1]) if text[-1:] in ".!?" else (text, ".")
                text = body + _ATTRIBUTIONS[(r + k) % len(_ATTRIBUTIONS)] + end
                k += 1
        seen.add(normalise_text(text))
        paragraphs.setdefault(s.paragraph, []).append(text)
    published = a.published
    if r and published:
        published = (dt.date.fromisoformat(published[:10]) + dt.timedelta(days=r)).isoformat()
    return {"id": f"{a.id}~v{r}" if r else a.id, "outlet": outlet, "published": published,
            "title": a.title or "", "text": "\n\n".join(" ".join(p) for p in paragraphs.values())}


def READ_CONFIG():
    """Reading settings for the generated file (one file above the default size limit)."""
    from index.config import IndexConfig

    return IndexConfig(max_file_bytes=200_000_000)


# -- corpus builds (once, cached) ----------------------------------------------------------
def corpus_dir(cache: Path, size: int) -> Path:
    return cache / f"corpus-v{DATA_VERSION}-{size}"


def stage_build(args) -> dict:
    """Build the corpus of `args.size` distinct sentences, starting from the largest smaller one."""
    from index.config import IndexConfig
    from index.embed import load_embedder, normalise_text
    from index.ingest import load_articles
    from index.lexical import LexicalIndex
    from index.store import Corpus

    articles_path, _, _ = data_paths(args.cache)
    target = corpus_dir(args.cache, args.size)
    articles = load_articles([str(articles_path)], READ_CONFIG()).articles
    # The shortest prefix with `size` distinct sentence texts.
    seen, n = set(), 0
    for n, a in enumerate(articles, 1):
        seen.update(normalise_text(s.text) for s in a.sentences)
        if len(seen) >= args.size:
            break
    prefix = articles[:n]
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    start_from = Path(args.start_from) if args.start_from else None
    if start_from:
        shutil.copytree(start_from, tmp)
    config = IndexConfig()
    embedder = load_embedder(config.model, config.backend, config)
    embedder.embed(["warm up the runtime once"])
    start = time.perf_counter()
    with Corpus.open(tmp, create=True, config=config) as corpus:
        report = corpus.add(prefix, embedder)
        add_s = time.perf_counter() - start
        t = time.perf_counter()
        LexicalIndex.for_corpus(corpus)  # built and saved once, as the first search would
        bm25_s = time.perf_counter() - t
        stats = corpus.stats()
    os.replace(tmp, target)
    return {"size": args.size, "articles": stats.articles, "sentences": stats.sentences,
            "vectors": stats.vectors, "index_type": stats.index_type, "added": len(report.added),
            "embedded": report.embedded, "add_s": add_s, "bm25_build_s": bm25_s,
            "start_from": str(start_from) if start_from else None,
            "built": dt.datetime.now().isoformat(timespec="seconds"), "load": os.getloadavg()}


def ensure_corpora(args) -> dict[int, dict]:
    """Each size's build record, building (in a subprocess) what the cache lacks."""
    records, previous = {}, None
    for size in sorted(args.sizes):
        path = corpus_dir(args.cache, size)
        record_file = path.with_name(path.name + ".json")
        if not (path.exists() and record_file.exists()):
            print(f"building the {size:,}-sentence corpus in {path} (once) ...", file=sys.stderr, flush=True)
            extra = ["--start-from", str(previous)] if previous else []
            record = run_stage("build", args, size, extra)
            record_file.write_text(json.dumps(record, indent=1))
        records[size] = json.loads(record_file.read_text())
        previous = path
    return records


# -- measured stages -----------------------------------------------------------------------
def stage_search(args) -> dict:
    """Latency of FAISS, exact and end-to-end search per single-sentence query; recall@10."""
    import faiss
    import numpy as np

    from compare.search import Searcher
    from index.embed import load_embedder
    from index.store import Corpus

    _, queries_path, _ = data_paths(args.cache)
    queries = json.loads(queries_path.read_text())[: args.queries]
    with Corpus.open(corpus_dir(args.cache, args.size)) as corpus:
        embedder = load_embedder(corpus.model, corpus.backend, corpus.config)
        embedder.embed(["warm up the runtime once"])
        embed_ms = []
        vectors = []
        for q in queries:
            t = time.perf_counter()
            vectors.append(embedder.embed([q])[0])
            embed_ms.append(1000 * (time.perf_counter() - t))
        qv = np.stack(vectors).astype(np.float32)

        t = time.perf_counter()
        corpus.faiss_index()
        faiss_load_s = time.perf_counter() - t
        ids, stored = corpus.all_vectors()
        exact = faiss.IndexFlatIP(stored.shape[1])
        exact.add(stored)
        t = time.perf_counter()
        searcher = Searcher(corpus, embedder)
        searcher_open_s = time.perf_counter() - t
        for i, q in enumerate(queries):  # untimed: both timed passes find the OS page cache warm
            searcher.search([q], k=10, query_vectors=qv[i:i + 1])
        # FAISS's default OpenMP threads (as the product runs) and one thread, interleaved query
        # by query so that both see the same load: a single query gains nothing from threads,
        # and on shared cores their wake-ups and spinning cost. Each setting has a fresh
        # Searcher, so neither finds the other's per-article caches.
        default_threads = faiss.omp_get_max_threads()
        settings = {"": default_threads, "_1t": 1}
        searchers = {label: Searcher(corpus, embedder) for label in settings}
        times = {label: {"faiss": [], "exact": [], "hybrid": [], "cpu": 0.0, "recall": []} for label in settings}
        for label, threads in settings.items():
            faiss.omp_set_num_threads(threads)
            corpus.search(qv[:1], 10)
            exact.search(qv[:1], 10)
        for i, q in enumerate(queries):
            for label, threads in settings.items():
                faiss.omp_set_num_threads(threads)
                got = times[label]
                t = time.perf_counter()
                hits = corpus.search(qv[i:i + 1], 10)
                got["faiss"].append(1000 * (time.perf_counter() - t))
                t = time.perf_counter()
                _, rows = exact.search(qv[i:i + 1], 10)
                got["exact"].append(1000 * (time.perf_counter() - t))
                got["recall"].append(len(set(hits.vector_ids[0].tolist()) & set(ids[rows[0]].tolist())) / 10)
                t, cpu = time.perf_counter(), time.process_time()
                searchers[label].search([q], k=10, query_vectors=qv[i:i + 1])
                got["hybrid"].append(1000 * (time.perf_counter() - t))
                got["cpu"] += time.process_time() - cpu
        out = {"omp_threads": default_threads}
        for label, got in times.items():
            out.update({f"recall@10{label}": float(np.mean(got["recall"])), f"faiss_ms{label}": pct(got["faiss"]),
                        f"exact_ms{label}": pct(got["exact"]), f"hybrid_ms{label}": pct(got["hybrid"]),
                        f"hybrid_cpu_ms{label}": 1000 * got["cpu"] / len(queries)})
        index_type = vecfile_kind(corpus)
    return {"queries": len(queries), "index_type": index_type, "embed_ms": pct(embed_ms), **out,
            "faiss_load_s": faiss_load_s, "searcher_open_s": searcher_open_s, "peak_mib": peak_mib()}


def stage_claims(args) -> dict:
    """`find_claims` on the stored corpus (its vectors are already there)."""
    from compare import claims as claims_module
    from compare.claims import find_claims
    from index.store import Corpus

    with Corpus.open(corpus_dir(args.cache, args.size)) as corpus:
        corpus.faiss_index()  # loaded apart: the index load is timed by the search stage
        judging = _time_judging(claims_module)
        t, cpu = time.perf_counter(), _cpu_with_children()
        result = find_claims(corpus)
        seconds, cpu = time.perf_counter() - t, _cpu_with_children() - cpu
    return {"claims_s": seconds, "claims_cpu_s": cpu, "judge_s": judging["s"], "judged": judging["calls"],
            "groups": len(result.claims), "edges": result.edges, "peak_mib": peak_mib()}


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its finished worker processes (judging runs in a pool)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _time_judging(module) -> dict:
    """Wrap module.judge_many (all judging of find_claims, in or out of process) to sum its wall
    time and count the pairs."""
    inner = module.judge_many
    totals = {"s": 0.0, "calls": 0}

    def timed(pairs, *a, **kw):
        t = time.perf_counter()
        try:
            return inner(pairs, *a, **kw)
        finally:
            totals["s"] += time.perf_counter() - t
            totals["calls"] += len(pairs)
    setattr(module, "judge_many", timed)
    return totals


def stage_peer(args) -> dict:
    """paraphrase_mining split into its encode and its mining, on the corpus's distinct sentences."""
    import torch
    from sentence_transformers import SentenceTransformer, util

    from index.embed import resolve_model
    from index.store import Corpus

    with Corpus.open(corpus_dir(args.cache, args.size)) as corpus:
        ids, stored = corpus.all_vectors()
        refs = corpus.sentences_for_vectors(ids.tolist())
        sentences = [refs[int(i)][0].text for i in ids]
        model_path = resolve_model(corpus.model)[1]
    out = {"sentences": len(sentences)}
    if len(sentences) <= args.peer_embed_max:
        model = SentenceTransformer(model_path, device="cpu")
        model.encode(["warm up"])
        t, cpu = time.perf_counter(), time.process_time()
        embeddings = model.encode(sentences, batch_size=32, convert_to_tensor=True, show_progress_bar=False)
        out["encode_s"], out["encode_cpu_s"] = time.perf_counter() - t, time.process_time() - cpu
    else:
        embeddings = torch.from_numpy(stored)
        out["encode_s"] = None
    t, cpu = time.perf_counter(), time.process_time()
    pairs = util.paraphrase_mining_embeddings(embeddings)
    out["mine_s"], out["mine_cpu_s"] = time.perf_counter() - t, time.process_time() - cpu
    out["pairs"] = len(pairs)
    out["peak_mib"] = peak_mib()
    return out


def stage_ivfpq(args) -> dict:
    """The sharded design's index on this corpus's vectors: IVF-PQ (48-byte codes), alone and
    with the top 100 re-ranked exactly; latency, recall@10 vs exact and bytes per vector.
    Not the product's index: it grounds the arithmetic of docs/SCALING.md."""
    import faiss
    import numpy as np

    from index.store import Corpus

    _, queries_path, _ = data_paths(args.cache)
    with Corpus.open(corpus_dir(args.cache, args.size)) as corpus:
        ids, stored = corpus.all_vectors()
        from index.embed import load_embedder

        embedder = load_embedder(corpus.model, corpus.backend, corpus.config)
    qv = embedder.embed(json.loads(queries_path.read_text())[: args.queries]).astype(np.float32)
    exact = faiss.IndexFlatIP(stored.shape[1])
    exact.add(stored)
    _, truth = exact.search(qv, 10)
    nlist = 1024
    index = faiss.IndexIVFPQ(faiss.IndexFlatIP(stored.shape[1]), stored.shape[1], nlist, 48, 8,
                             faiss.METRIC_INNER_PRODUCT)
    t, cpu = time.perf_counter(), time.process_time()
    index.train(stored)
    index.add(stored)
    build_cpu_s = time.process_time() - cpu
    refined = faiss.IndexRefineFlat(index, faiss.swig_ptr(stored))
    refined.k_factor = 10
    faiss.omp_set_num_threads(1)
    out = {"vectors": len(ids), "nlist": nlist, "code_bytes": 48, "build_cpu_s": build_cpu_s}
    for nprobe in (16, 64):
        index.nprobe = nprobe
        for name, idx in (("pq", index), ("pq_refine", refined)):
            lat, rec = [], []
            for i in range(len(qv)):
                t = time.perf_counter()
                _, found = idx.search(qv[i:i + 1], 10)
                lat.append(1000 * (time.perf_counter() - t))
                rec.append(len(set(found[0].tolist()) & set(truth[i].tolist())) / 10)
            out[f"{name}_np{nprobe}"] = {"ms": pct(lat), "recall@10": float(np.mean(rec))}
        out[f"scanned_np{nprobe}"] = len(ids) * nprobe / nlist  # codes per query, on average
    return out


def stage_rate(args) -> dict:
    """int8 ONNX embedding rate on one thread (sentences per second per core)."""
    from index.config import IndexConfig
    from index.embed import load_embedder

    articles_path, _, _ = data_paths(args.cache)
    from index.ingest import load_articles

    texts = [s.text for a in load_articles([str(articles_path)], READ_CONFIG()).articles[:200]
             for s in a.sentences][: args.rate_sentences]
    config = IndexConfig(threads=1)
    embedder = load_embedder(config.model, config.backend, config)
    embedder.embed(["warm up the runtime once"])
    t, cpu = time.perf_counter(), time.process_time()
    embedder.embed(texts)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    # CPU seconds, not wall: on shared cores one thread may wait for its core.
    return {"sentences": len(texts), "seconds": seconds, "cpu_s": cpu, "per_core": len(texts) / cpu}


def vecfile_kind(corpus) -> str:
    from index.vectors import index_kind

    return index_kind(corpus.faiss_index())


def disk_sizes(path: Path) -> dict:
    """Bytes of the SQLite database (with WAL), the FAISS file and the BM25 folder."""
    def size(p: Path) -> int:
        if p.is_dir():
            return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
        return p.stat().st_size if p.exists() else 0
    return {"sqlite": sum(size(path / n) for n in ("corpus.sqlite", "corpus.sqlite-wal", "corpus.sqlite-shm")),
            "faiss": size(path / "vectors.faiss"), "bm25": size(path / "bm25")}


def pct(values: list[float]) -> dict:
    import numpy as np

    return {"p50": float(np.percentile(values, 50)), "p95": float(np.percentile(values, 95))}


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


STAGES = {"build": stage_build, "search": stage_search, "claims": stage_claims, "peer": stage_peer,
          "rate": stage_rate, "ivfpq": stage_ivfpq}


def run_stage(stage: str, args, size: int, extra: list[str] = ()) -> dict | None:
    """Run one stage in a fresh interpreter; its last stdout line is its JSON result."""
    cmd = [sys.executable, __file__, "--stage", stage, "--size", str(size), "--cache", str(args.cache),
           "--queries", str(args.queries), "--peer-embed-max", str(args.peer_embed_max),
           "--seed", str(args.seed), *extra]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        print(f"stage {stage} at {size:,} failed (exit {proc.returncode})", file=sys.stderr)
        return None
    line = proc.stdout.strip().splitlines()[-1]
    print(f"{stage} {size}: {line}", file=sys.stderr, flush=True)
    return json.loads(line)


def claims_available() -> bool:
    try:
        from compare import claims
    except ImportError:
        return False
    return hasattr(claims, "find_claims")


# -- the table -----------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="distinct sentences per corpus")
    parser.add_argument("--queries", type=int, default=300, help="held-out query sentences")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--peer-embed-max", type=int, default=20_000,
                        help="largest size at which the peer's encode runs (above: extrapolated)")
    parser.add_argument("--rate-sentences", type=int, default=1000)
    parser.add_argument("--skip", nargs="*", default=[], choices=("claims", "peer", "ivfpq"),
                        help="stages to leave out")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--start-from", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.stage:
        print(json.dumps(STAGES[args.stage](args)))
        return

    make_data(args.cache, args.seed)
    builds = ensure_corpora(args)
    if args.build_only:
        print(json.dumps(builds, indent=1))
        return
    has_claims = "claims" not in args.skip and claims_available()
    rate = run_stage("rate", args, 0, ["--rate-sentences", str(args.rate_sentences)])
    results = {}
    for size in sorted(args.sizes):
        results[size] = {"build": builds[size], "disk": disk_sizes(corpus_dir(args.cache, size)),
                         "search": run_stage("search", args, size),
                         "claims": run_stage("claims", args, size) if has_claims else None,
                         "peer": run_stage("peer", args, size) if "peer" not in args.skip else None}
    ivfpq = run_stage("ivfpq", args, max(args.sizes)) if "ivfpq" not in args.skip else None
    (args.cache / "last_results.json").write_text(json.dumps(
        {"results": results, "rate": rate, "ivfpq": ivfpq, "load": os.getloadavg()}, indent=1))
    print_table(results, rate, ivfpq, has_claims, args)


def print_table(results: dict, rate: dict | None, ivfpq: dict | None, has_claims: bool, args) -> None:
    sizes = sorted(results)
    peer_rate = None  # sentences/s of the peer's encode, at the largest size where it ran
    for size in sizes:
        peer = results[size]["peer"]
        if peer and peer.get("encode_s"):
            peer_rate = peer["sentences"] / peer["encode_s"]

    def get(r, stage, *keys, fmt="{:.2f}"):
        value = r.get(stage)
        for key in keys:
            if value is None:
                return "-"
            value = value.get(key)
        return "-" if value is None else fmt.format(value)

    def pair(r, key, fmt="{:.2f}"):
        return f"{get(r, 'search', key, 'p50', fmt=fmt)} / {get(r, 'search', key, 'p95', fmt=fmt)}"

    def ratio(a, b):
        return f"{a / b:.2f}x" if a is not None and b else "-"

    def mib(n):
        return f"{n / 2**20:.0f}"

    rows: list[tuple[str, list[str], str]] = []

    def row(name, f, note=""):
        rows.append((name, [f(results[s]) for s in sizes], note))

    row("articles / sentences stored", lambda r: f"{r['build']['articles']:,} / {r['build']['sentences']:,}")
    row("distinct sentences (vectors)", lambda r: f"{r['build']['vectors']:,}")
    row("FAISS index (IndexConfig auto)", lambda r: r["build"]["index_type"])
    row("build: Corpus.add sent/s", lambda r: f"{r['build']['embedded'] / r['build']['add_s']:.0f}",
        "embedding included; once, at cache build")
    row("query embedding p50 / p95 ms", lambda r: pair(r, "embed_ms"), "one sentence, int8 ONNX")
    row("FAISS search p50 / p95 ms", lambda r: pair(r, "faiss_ms"),
        f"Corpus.search, k=10; FAISS's default {get(results[sizes[-1]], 'search', 'omp_threads', fmt='{}')} "
        "OpenMP threads")
    row("exact IndexFlatIP p50 / p95 ms", lambda r: pair(r, "exact_ms"), "same vectors")
    row("recall@10 vs exact", lambda r: get(r, "search", "recall@10", fmt="{:.3f}"), "target >= 0.95")
    row("search end to end p50 / p95 ms", lambda r: pair(r, "hybrid_ms"),
        "Searcher.search hybrid, k=10; target p50 <= 20")
    row("  same, CPU ms per query", lambda r: get(r, "search", "hybrid_cpu_ms", fmt="{:.1f}"))
    row("FAISS, 1 OpenMP thread p50 / p95 ms", lambda r: pair(r, "faiss_ms_1t", "{:.3f}"),
        "faiss.omp_set_num_threads(1), interleaved with the rows above")
    row("exact, 1 OpenMP thread p50 / p95 ms", lambda r: pair(r, "exact_ms_1t", "{:.3f}"))
    row("FAISS / exact p50, 1 thread", lambda r: ratio(
        (r["search"] or {}).get("faiss_ms_1t", {}).get("p50"), (r["search"] or {}).get("exact_ms_1t", {}).get("p50")))
    row("search end to end, 1 thread p50 / p95 ms", lambda r: pair(r, "hybrid_ms_1t"))
    row("  same, CPU ms per query", lambda r: get(r, "search", "hybrid_cpu_ms_1t", fmt="{:.1f}"))
    row("Searcher open s", lambda r: get(r, "search", "searcher_open_s"), "article list, BM25 load")
    row("peak RSS, search stage MiB", lambda r: get(r, "search", "peak_mib", fmt="{:.0f}"),
        "model, FAISS, BM25, an exact copy")
    if has_claims:
        row("claims: find_claims s", lambda r: get(r, "claims", "claims_s", fmt="{:.1f}"),
            "beyond embedding; target <= 60 at 100k")
        row("  same, CPU s", lambda r: get(r, "claims", "claims_cpu_s", fmt="{:.1f}"))
        row("  of which judging s (compare.claims.judge_many)", lambda r: get(r, "claims", "judge_s", fmt="{:.1f}"),
            "the rest: k-NN edges, grouping")
        row("  reports judged", lambda r: get(r, "claims", "judged", fmt="{:,}"))
        row("  claims / edges", lambda r: f"{get(r, 'claims', 'groups', fmt='{:,}')} / "
                                           f"{get(r, 'claims', 'edges', fmt='{:,}')}")
        row("peak RSS, claims stage MiB", lambda r: get(r, "claims", "peak_mib", fmt="{:.0f}"))
    else:
        row("claims: find_claims s", lambda r: "n/a", "skipped, or compare.claims.find_claims not found")

    def peer_encode(r):
        p = r["peer"]
        if not p:
            return "-"
        if p.get("encode_s"):
            return f"{p['encode_s']:.0f}"
        return f"~{p['sentences'] / peer_rate:.0f}" if peer_rate else "-"
    row("peer: encode s", peer_encode, "paraphrase_mining's model.encode, torch fp32; ~ extrapolated")
    row("peer: paraphrase_mining_embeddings s", lambda r: get(r, "peer", "mine_s", fmt="{:.1f}"),
        "beyond embedding")
    row("  same, CPU s", lambda r: get(r, "peer", "mine_cpu_s", fmt="{:.1f}"))
    if has_claims:
        row("claims / peer mining, wall", lambda r: ratio((r["claims"] or {}).get("claims_s"),
                                                         (r["peer"] or {}).get("mine_s")), "both beyond embedding")

        def grouping_ratio(r):
            c, p = r["claims"] or {}, r["peer"] or {}
            if c.get("judge_s") is None or not p.get("mine_s"):
                return "-"
            return ratio(c["claims_s"] - c["judge_s"], p["mine_s"])
        row("claims minus judging / peer mining", grouping_ratio, "k-NN grouping vs all-pairs mining")
    row("peak RSS, peer stage MiB", lambda r: get(r, "peer", "peak_mib", fmt="{:.0f}"))
    row("disk: SQLite / FAISS / BM25 MiB",
        lambda r: f"{mib(r['disk']['sqlite'])} / {mib(r['disk']['faiss'])} / {mib(r['disk']['bm25'])}")

    names = [f"{s // 1000}k" for s in sizes]
    width = max(len(r[0]) for r in rows)
    cw = max(14, *(len(v) for r in rows for v in r[1]))
    print(f"{'measure':<{width}}  " + "  ".join(f"{n:>{cw}}" for n in names) + "  note")
    for name, values, note in rows:
        print(f"{name:<{width}}  " + "  ".join(f"{v:>{cw}}" for v in values) + f"  {note}".rstrip())
    if rate:
        print(f"int8 ONNX embedding, 1 thread: {rate['per_core']:.0f} sentences per CPU-second "
              f"({rate['sentences']} sentences, {rate['cpu_s']:.1f} CPU s, {rate['seconds']:.1f} s wall)")
    if ivfpq:
        parts = [f"nprobe {n}: {ivfpq[f'pq_np{n}']['ms']['p50']:.3f} ms p50, recall@10 "
                 f"{ivfpq[f'pq_np{n}']['recall@10']:.3f}; re-ranking the top 100 exactly "
                 f"{ivfpq[f'pq_refine_np{n}']['ms']['p50']:.3f} ms, {ivfpq[f'pq_refine_np{n}']['recall@10']:.3f}"
                 for n in (16, 64)]
        print(f"IVF{ivfpq['nlist']},PQ{ivfpq['code_bytes']} on the {ivfpq['vectors']:,} vectors "
              f"(not the product's index; 1 thread): " + "; ".join(parts))
    load = os.getloadavg()
    print(f"load average at the end (1/5/15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"on {os.cpu_count()} cores; {results[sizes[0]]['search']['queries'] if results[sizes[0]]['search'] else '?'} "
          f"held-out query sentences")


if __name__ == "__main__":
    main()
