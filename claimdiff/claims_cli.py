"""`claimdiff claims` (the claim map across outlets) and `claimdiff trace ID` (who said it first)."""
from __future__ import annotations

import json
import sys
import textwrap

from claimdiff import session
from claimdiff.session import add_date_window, count_or_all, fraction, positive_int

# Kept in step with compare.claims.SORTS and MatchConfig().pair_threshold by tests/test_claims.py;
# written out here so that `--help` imports neither.
SORTS = ("contested", "spread", "earliest")
DEFAULT_THRESHOLD = 0.60

CLAIMS_EXAMPLES = (
    "examples:\n"
    "  claimdiff index add corpora/\n"
    "  claimdiff claims\n"
    "  claimdiff claims --contested --min-outlets 3 --limit 5\n"
    "  claimdiff claims --sort spread --outlet 'Harbor Herald' --since 2026-03-01 --until 2026-03-31\n"
    "  claimdiff claims --html claims.html --json > claims.json")
EVAL_EXAMPLE = ("example:\n  claimdiff eval claims corpora/water/gold.jsonl --json")
TRACE_EXAMPLES = (
    "examples:\n"
    "  claimdiff trace water-gull-county-gazette\n"
    "  claimdiff trace storm-kvtr-news8 --json")


def register(commands, add_common, formatter) -> None:
    c = commands.add_parser("claims", help="group the corpus's sentences into claims across outlets; who said it first",
                            formatter_class=formatter, epilog=CLAIMS_EXAMPLES,
                            description=textwrap.fill(
                                "A claim is a statement two or more articles report. For each one: the origin "
                                "(the earliest report by published time, then ingest order) and every other "
                                "outlet's version, judged against it: repeat, alter or contradict, with the "
                                "changes.", 96))
    c.add_argument("--contested", action="store_true",
                   help="only claims that some report contradicts (the default sort puts them first, then alterations)")
    c.add_argument("--min-outlets", type=positive_int, default=2, metavar="N",
                   help="only claims reported by at least N outlets (default 2)")
    c.add_argument("--outlet", help="only claims this outlet reported (case-insensitive)")
    add_date_window(c)
    c.add_argument("--sort", choices=SORTS, default="contested",
                   help="contested: contradictions, then alterations (default); spread: most outlets; "
                        "earliest: by the origin's date")
    c.add_argument("--limit", type=count_or_all, default=20, metavar="N",
                   help="show at most N claims (default 20; 0 for all; --html and --json too)")
    _add_threshold(c)
    c.add_argument("--html", metavar="FILE", help="also write a standalone HTML report to FILE")
    c.add_argument("--width", type=int, default=None, help="console width (default: the terminal's)")
    add_common(c)
    c.set_defaults(handler=cmd_claims)

    t = commands.add_parser("trace", help="for each sentence of an article, the earliest other report of its claim",
                            formatter_class=formatter, epilog=TRACE_EXAMPLES,
                            description=textwrap.fill(
                                "Where an article's claims come from: for each of its sentences, the earlier "
                                "articles that carry the same claim, the earliest of them (the origin) and the "
                                "latest, and how the sentence changed each.", 96))
    t.add_argument("id", metavar="ID", help="an article id in the corpus (`claimdiff index list`)")
    _add_threshold(t)
    t.add_argument("--width", type=int, default=None, help="console width (default: the terminal's)")
    add_common(t)
    t.set_defaults(handler=cmd_trace)


def register_eval(eval_subparsers, add_common, formatter) -> None:
    e = eval_subparsers.add_parser(
        "claims", help="claim map on gold article pairs: pairwise precision/recall of same-claim grouping",
        formatter_class=formatter, epilog=EVAL_EXAMPLE)
    e.add_argument("file", metavar="FILE.jsonl", help="gold article pairs (the format of `eval articles`)")
    _add_threshold(e)
    add_common(e)
    e.set_defaults(handler=cmd_eval_claims)


def _add_threshold(parser) -> None:
    parser.add_argument("--threshold", type=fraction, default=None, metavar="X",
                        help=f"same-claim score two sentences need to share a claim (0..1, default {DEFAULT_THRESHOLD})")


def _match(args):
    """The MatchConfig named by --threshold (the same-claim bar), defaults otherwise."""
    from compare.config import MatchConfig

    return MatchConfig(pair_threshold=args.threshold) if args.threshold is not None else MatchConfig()


def _progress_bar():
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


def cmd_claims(args) -> int:
    from compare.claims import find_claims, select_claims, why_no_claims, with_confidence
    from compare.claims_render import claims_to_dict
    from index.published import check_dates

    since, until = check_dates(args.since, args.until)
    if args.html:
        session.check_writable(args.html)  # before minutes of work, not after
    filters = {"contested": args.contested, "min_outlets": args.min_outlets, "outlet": args.outlet,
               "since": args.since, "until": args.until, "sort": args.sort, "limit": args.limit}
    with session.open_corpus(args) as corpus, _progress_bar() as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        claim_map = find_claims(corpus, match=_match(args), since=since, until=until, progress=progress)
    shown = select_claims(claim_map.claims, contested=args.contested, min_outlets=args.min_outlets,
                          outlet=args.outlet, sort=args.sort)[: args.limit or None]
    reason = None if shown else why_no_claims(
        claim_map, windowed=bool(since or until), contested=args.contested, min_outlets=args.min_outlets,
        outlet=args.outlet)
    if shown:
        shown = with_confidence(shown, _classifier())
    if args.html:
        from compare.claims_html import claims_html

        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(claims_html(shown, claim_map, filters, reason))
    if args.json:
        print(json.dumps(claims_to_dict(claim_map, shown, filters, reason), indent=2, ensure_ascii=False))
    else:
        from rich.console import Console

        from compare.claims_render import render_claims

        console = Console(width=args.width, highlight=False)
        if reason:
            console.print(f"no claims to show: {reason}")
        else:
            render_claims(shown, claim_map, console)
    if args.html:
        print(f"HTML report written to {args.html}", file=sys.stderr)
    return 0


def _classifier():
    from compare.classifier import PairClassifier

    return PairClassifier.load()


def cmd_trace(args) -> int:
    from compare.claims import trace_article
    from compare.claims_render import render_trace, trace_to_dict

    with session.open_corpus(args) as corpus:
        trace = trace_article(corpus, args.id, match=_match(args), classifier=_classifier())
    if args.json:
        print(json.dumps(trace_to_dict(trace), indent=2, ensure_ascii=False))
        return 0
    from rich.console import Console

    render_trace(trace, Console(width=args.width, highlight=False))
    return 0


def cmd_eval_claims(args) -> int:
    from compare.claims_eval import evaluate_claims
    from index.embed import load_embedder

    config = session.index_config(args)
    result = evaluate_claims(args.file, load_embedder(config.model, config.backend, config), match=_match(args))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{args.file}: {result['pairs']} article pairs, {result['articles']} articles, "
                        f"{result['claims']} claims")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in ("pair_precision", "pair_recall", "pair_f1"):
        table.add_row(key, f"{result[key]:.3f}")
    table.add_row("gold links (sentence pairs)", str(result["gold_links"]))
    Console().print(table)
    return 0
