"""`claimdiff compare A B` and `claimdiff eval pairs|articles`."""
from __future__ import annotations

import json
import os
import sys

from claimdiff import session


def register(commands, add_common, formatter) -> None:
    c = commands.add_parser(
        "compare", help="align a rewrite (B) with its source (A): repeats, alterations, contradictions",
        formatter_class=formatter,
        epilog="examples:\n  claimdiff compare corpora/water/source.txt corpora/water/harbor_herald.html\n"
               "  claimdiff compare water-source water-harbor-herald --only contradict,alter\n"
               "  claimdiff compare A.txt B.txt --json > comparison.json\n"
               "  claimdiff compare A.txt B.txt --html report.html")
    c.add_argument("a", metavar="A", help="source (or first report): a file, or an article id in the corpus")
    c.add_argument("b", metavar="B", help="rewrite (or second report): a file, or an article id")
    c.add_argument("--by", choices=("rewrite", "source"), default="rewrite",
                   help="row order of the side-by-side view (default: the rewrite's order)")
    c.add_argument("--only", metavar="RELATIONS", default=None,
                   help="show only these, comma-separated: repeat,alter,contradict,omitted,added")
    c.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="hide links whose confidence is below X (0..1)")
    c.add_argument("--html", metavar="FILE", help="also write a standalone HTML report to FILE")
    c.add_argument("--width", type=int, default=None, help="console width (default: the terminal's)")
    add_common(c)
    c.set_defaults(handler=cmd_compare)

    e = commands.add_parser("eval", help="score the comparator on labelled files", formatter_class=formatter,
                            epilog="examples:\n  claimdiff eval pairs pairs.jsonl --positive contradict\n"
                                   "  claimdiff eval articles corpora/water/gold.jsonl --json")
    sub = e.add_subparsers(dest="eval_command", metavar="KIND", parser_class=type(e))
    sub.required = True
    p = sub.add_parser("pairs", help="classify sentence pairs (keys id, a, b, label): P/R/F1 per relation",
                       formatter_class=formatter,
                       epilog="example:\n  claimdiff eval pairs pairs.jsonl --positive repeat --json")
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("--positive", choices=("repeat", "alter", "contradict", "unrelated"),
                   help="also report F1 of this label against everything else (null rows count as negatives)")
    add_common(p)
    p.set_defaults(handler=cmd_eval_pairs)
    a = sub.add_parser("articles", help="align gold article pairs: link P/R/F1, relation accuracy, change recall",
                       formatter_class=formatter,
                       epilog="example:\n  claimdiff eval articles corpora/water/gold.jsonl")
    a.add_argument("file", metavar="FILE.jsonl")
    add_common(a)
    a.set_defaults(handler=cmd_eval_articles)
    from claimdiff import claims_cli, search_cli

    search_cli.register_eval(sub, add_common, formatter)
    claims_cli.register_eval(sub, add_common, formatter)


def _engine(args):
    """Embedder and classifier for a comparison outside any corpus."""
    from compare.classifier import PairClassifier
    from index.embed import load_embedder

    config = session.index_config(args)
    return load_embedder(config.model, config.backend, config), PairClassifier.load()


def _resolve(ref: str, args):
    """An Article (and its stored vectors, or None) from a file path or a corpus id."""
    from index.errors import InputError
    from index.ingest import load_one

    if ref == "-" or os.path.exists(ref):
        return load_one(ref, session.index_config(args)), None
    db = session.db_path(args)
    if os.path.isdir(db):
        with session.open_corpus(args) as corpus:
            if corpus.has_article(ref):
                return corpus.get(ref), corpus.article_vectors(ref)
    raise InputError(ref, f"is neither a file nor an article id in the corpus at {db} "
                          "(check the path, or `claimdiff index list` for ids)")


def cmd_compare(args) -> int:
    from compare.config import MatchConfig
    from compare.engine import compare_articles
    from compare.serialize import comparison_to_dict, filter_comparison
    from compare.vocab import parse_relations

    only = {r.value for r in parse_relations(args.only)} if args.only else None
    if args.html:
        session.check_writable(args.html)
    config = MatchConfig(min_confidence=args.min_confidence)
    (a, a_vecs), (b, b_vecs) = _resolve(args.a, args), _resolve(args.b, args)
    from index.language import check_english

    check_english({args.a: a.text, args.b: b.text}, session.index_config(args).model)
    embedder, classifier = _engine(args)
    comparison = compare_articles(a, b, embedder.embed, config, a_vecs=a_vecs, b_vecs=b_vecs,
                                  classifier=classifier, model=embedder.model_id)
    if args.html:
        from compare.html_report import comparison_html

        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(comparison_html(comparison))
    shown = filter_comparison(comparison, only, args.min_confidence)
    if args.json:
        print(json.dumps(comparison_to_dict(shown), indent=2, ensure_ascii=False))
        return 0
    from rich.console import Console

    from compare.render import render_comparison

    render_comparison(shown, Console(width=args.width, highlight=False), by=args.by)
    if args.html:
        print(f"HTML report written to {args.html}", file=sys.stderr)
    return 0


def cmd_eval_pairs(args) -> int:
    from compare.evaluate import read_jsonl, score_pairs
    from compare.pairs import classify_pairs

    rows = read_jsonl(args.file, ("a", "b", "label"))
    embedder, classifier = _engine(args)
    verdicts = classify_pairs([(r["a"], r["b"]) for r in rows], embedder.embed, classifier=classifier)
    result = score_pairs([r["label"] for r in rows], [v.relation.value for v in verdicts], args.positive)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    _print_pair_scores(result, args.file)
    return 0


def cmd_eval_articles(args) -> int:
    from compare.engine import compare_articles
    from compare.evaluate import evaluate_articles

    embedder, classifier = _engine(args)
    result = evaluate_articles(args.file, lambda a, b: compare_articles(
        a, b, embedder.embed, classifier=classifier, model=embedder.model_id))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{args.file}: {result['pairs']} article pairs")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in ("link_precision", "link_recall", "link_f1", "relation_accuracy"):
        table.add_row(key, f"{result[key]:.3f}")
    for kind, value in result["change_recall"].items():
        table.add_row(f"recall {kind}", f"{value:.3f}")
    Console().print(table)
    return 0


def _print_pair_scores(result: dict, name: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{name}: {result['n']} pairs, macro-F1 {result['macro_f1']:.3f}")
    for col in ("label", "precision", "recall", "f1", "support"):
        table.add_column(col, justify="right" if col != "label" else "left")
    for label, v in result["per_label"].items():
        table.add_row(label, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
    console.print(table)
    labels = sorted({p for row in result["confusion"].values() for p in row})
    conf = Table(title="confusion (rows gold, columns predicted)")
    conf.add_column("gold")
    for label in labels:
        conf.add_column(label, justify="right")
    for gold, row in result["confusion"].items():
        conf.add_row(gold, *(str(row.get(label, 0)) for label in labels))
    console.print(conf)
    if result["positive"]:
        pos = result["positive"]
        console.print(f"{pos['label']} vs rest: precision {pos['precision']:.3f}, recall {pos['recall']:.3f}, "
                      f"F1 {pos['f1']:.3f}")
