"""Ingest throughput: `claimdiff index add` end to end vs bare SentenceTransformer.encode.

Both run in this process on the same sentences; the table prints both rates and their ratio
(target: ingest >= 2x bare encode). Real text comes from ../shared/datasets/senate_sep2005.jsonl
when present (benchmarks only), else from corpora/ with varied numbers.

    .venv/bin/python bench/bench_ingest.py [--articles 300] [--backend onnx]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SENATE = REPO.parent / "shared" / "datasets" / "senate_sep2005.jsonl"


def write_inputs(directory: Path, n_articles: int) -> Path:
    """A JSONL file of articles: Senate releases, or our corpora with varied figures."""
    out = directory / "articles.jsonl"
    rows = []
    if SENATE.exists():
        for line in SENATE.read_text(encoding="utf-8").splitlines()[:n_articles]:
            r = json.loads(line)
            rows.append({"id": r["id"], "outlet": r["outlet"], "published": r["date"],
                         "title": r["title"], "text": r["text"]})
    else:
        from index.config import IndexConfig
        from index.ingest import load_articles

        base = load_articles([str(REPO / "corpora")], IndexConfig()).articles
        for i in range(n_articles):
            a = base[i % len(base)]
            rows.append({"id": f"{a.id}-{i}", "outlet": a.outlet, "text": a.text.replace("2026", str(1900 + i))})
    out.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return out


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--backend", default="onnx", choices=("onnx", "torch"))
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from index.config import IndexConfig
    from index.embed import load_embedder, resolve_model
    from index.ingest import load_articles
    from index.store import Corpus

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = write_inputs(tmp, args.articles)
        config = IndexConfig(backend=args.backend)
        embedder = load_embedder(config.model, config.backend, config)
        embedder.embed(["warm up the runtime once"])

        start = time.perf_counter()
        loaded = load_articles([str(inputs)], config)
        with Corpus.open(tmp / "db", create=True, config=config) as corpus:
            report = corpus.add(loaded.articles, embedder)
        ingest_s = time.perf_counter() - start
        sentences = [s.text for a in loaded.articles for s in a.sentences]
        ingest_peak = peak_mib()

        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(resolve_model(config.model)[1], device="cpu")
        model.encode(["warm up"])
        start = time.perf_counter()
        model.encode(sentences)  # default settings: fp32, batch 32, sorted within this one call
        bare_s = time.perf_counter() - start

    n = len(sentences)
    rows = [("sentences", f"{n}", ""),
            ("distinct sentences embedded", f"{report.embedded}", ""),
            (f"claimdiff ingest ({args.backend}) end to end", f"{n / ingest_s:.0f} sent/s", f"{ingest_s:.1f} s"),
            ("bare SentenceTransformer.encode (torch fp32)", f"{n / bare_s:.0f} sent/s", f"{bare_s:.1f} s"),
            ("ratio ingest / bare", f"{bare_s / ingest_s:.2f}x", "target >= 2x"),
            ("peak RSS after ingest", f"{ingest_peak:.0f} MiB", ""),
            ("peak RSS after both", f"{peak_mib():.0f} MiB", "")]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>14}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>14}  {note}")


if __name__ == "__main__":
    main()
