"""`claimdiff eval`: score the comparator on labelled pair files and article-pair files.

The JSON these functions return is read by scripts: keep its keys stable.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable, Sequence

from compare.vocab import Relation
from index.errors import InputError

RELATION_LABELS = tuple(r.value for r in Relation)


def read_jsonl(path: str | Path, required: Sequence[str]) -> list[dict]:
    """Rows of a JSONL file; a malformed line or a missing key is an InputError naming the line."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise InputError(str(path), f"cannot be read as UTF-8 JSONL ({exc.__class__.__name__})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"malformed JSON ({exc.msg} at column {exc.colno})") from None
        missing = [k for k in required if k not in row]
        if missing:
            raise InputError(f"{path}:{n}", f"missing key(s) {', '.join(missing)}")
        rows.append(row)
    if not rows:
        raise InputError(str(path), "holds no rows")
    return rows


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_pairs(gold: Sequence[str | None], predicted: Sequence[str], positive: str | None = None) -> dict:
    """Per-label P/R/F1 and macro-F1 over the labels present in gold; null gold rows count only
    in the binary `positive` view (as negatives)."""
    labelled = [(g, p) for g, p in zip(gold, predicted) if g is not None]
    present = [label for label in RELATION_LABELS if any(g == label for g, _ in labelled)]
    per_label = {}
    for label in present:
        tp = sum(g == label and p == label for g, p in labelled)
        fp = sum(g != label and p == label for g, p in labelled)
        fn = sum(g == label and p != label for g, p in labelled)
        prec, rec, f1 = _prf(tp, fp, fn)
        per_label[label] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                            "support": tp + fn}
    confusion: dict = defaultdict(Counter)
    for g, p in zip(gold, predicted):
        confusion["null" if g is None else g][p] += 1
    result = {
        "n": len(predicted),
        "macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(per_label), 4) if per_label else 0.0,
        "per_label": per_label,
        "confusion": {g: dict(c) for g, c in confusion.items()},
        "positive": None,
    }
    if positive:
        tp = sum(g == positive and p == positive for g, p in zip(gold, predicted))
        fp = sum(g != positive and p == positive for g, p in zip(gold, predicted))
        fn = sum(g == positive and p != positive for g, p in zip(gold, predicted))
        prec, rec, f1 = _prf(tp, fp, fn)
        result["positive"] = {"label": positive, "precision": round(prec, 4), "recall": round(rec, 4),
                              "f1": round(f1, 4)}
    return result


def score_articles(gold_rows: Iterable[dict], predictions: Iterable[dict]) -> dict:
    """Link P/R/F1 (a link counts when its rewrite and source index sets equal a gold link's),
    relation accuracy on found links, and recall per change kind.

    Each prediction: {"links": [{"rewrite": [...], "source": [...], "relation": str,
    "kinds": [str]}]}.
    """
    tp = fp = fn = correct_relation = 0
    kind_total: Counter = Counter()
    kind_found: Counter = Counter()
    pairs = 0
    for gold, pred in zip(gold_rows, predictions):
        pairs += 1
        key = lambda link: (tuple(sorted(link["rewrite"])), tuple(sorted(link["source"])))  # noqa: E731
        gold_links = {key(link): link for link in gold["links"]}
        pred_links = {key(link): link for link in pred["links"]}
        found = gold_links.keys() & pred_links.keys()
        tp += len(found)
        fp += len(pred_links.keys() - found)
        fn += len(gold_links.keys() - found)
        correct_relation += sum(gold_links[k]["relation"] == pred_links[k]["relation"] for k in found)
        for k, link in gold_links.items():
            predicted_kinds = set(pred_links[k]["kinds"]) if k in pred_links else set()
            for change in link["changes"]:
                kind_total[change["kind"]] += 1
                kind_found[change["kind"]] += change["kind"] in predicted_kinds
    prec, rec, f1 = _prf(tp, fp, fn)
    return {
        "pairs": pairs,
        "link_precision": round(prec, 4), "link_recall": round(rec, 4), "link_f1": round(f1, 4),
        "relation_accuracy": round(correct_relation / tp, 4) if tp else 0.0,
        "change_recall": {k: round(kind_found[k] / kind_total[k], 4) for k in sorted(kind_total)},
    }


def predicted_links(comparison) -> dict:
    """A Comparison in the shape score_articles reads."""
    return {"links": [{"rewrite": list(l.rewrite), "source": list(l.source), "relation": l.relation.value,
                       "kinds": sorted({c.kind.value for c in l.changes})} for l in comparison.links]}


def evaluate_articles(path: str, compare_fn: Callable, progress=None) -> dict:
    """Align each gold pair from its given sentence lists and score it."""
    from index.article import article_from_sentences

    rows = read_jsonl(path, ("id", "source", "rewrite", "links"))
    predictions = []
    for row in rows:
        a = article_from_sentences(f"{row['id']}:source", row["source"]["sentences"],
                                   outlet=row["source"].get("outlet"), title=row["source"].get("title"))
        b = article_from_sentences(f"{row['id']}:rewrite", row["rewrite"]["sentences"],
                                   outlet=row["rewrite"].get("outlet"), title=row["rewrite"].get("title"))
        predictions.append(predicted_links(compare_fn(a, b)))
        if progress:
            progress()
    return score_articles(rows, predictions)
