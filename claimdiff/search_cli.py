"""`claimdiff search TEXT | --like FILE|ID` and `claimdiff eval retrieval`."""
from __future__ import annotations

import json

from claimdiff import session
from claimdiff.session import add_date_window, positive_int

SEARCH_EXAMPLES = (
    "examples:\n"
    "  claimdiff index add corpora/\n"
    "  claimdiff search \"Calloway Bay raised water rates by 15 percent.\"\n"
    "  claimdiff search --like water-source --k 5\n"
    "  claimdiff search --like corpora/storm/source.md --since 2026-03-12 --until 2026-03-13\n"
    "  claimdiff search \"Trains stopped in the ice storm.\" --outlet 'Coastal Courier' --json")
EVAL_EXAMPLE = ("example:\n  claimdiff eval retrieval --articles ../shared/datasets/ecbplus_articles.jsonl "
                "--qrels ../shared/datasets/ecbplus_qrels.jsonl")


def register(commands, add_common, formatter) -> None:
    s = commands.add_parser("search", help="find the articles of other outlets that report the same claims",
                            formatter_class=formatter, epilog=SEARCH_EXAMPLES)
    s.add_argument("text", nargs="?", metavar="TEXT", help="the claim(s) to look for (split into sentences)")
    s.add_argument("--like", metavar="FILE|ID",
                   help="use an article as the query: a file, or an article id in the corpus (left out of results)")
    s.add_argument("--k", type=positive_int, default=10, metavar="N", help="how many articles to show (default 10)")
    s.add_argument("--outlet", help="only articles of this outlet (case-insensitive)")
    add_date_window(s)
    s.add_argument("--width", type=int, default=None, help="console width (default: the terminal's)")
    add_common(s)
    s.set_defaults(handler=cmd_search)


def register_eval(eval_subparsers, add_common, formatter) -> None:
    r = eval_subparsers.add_parser(
        "retrieval", help="related-report retrieval on labelled articles: MAP, nDCG@10, recall@10, hard negatives",
        formatter_class=formatter, epilog=EVAL_EXAMPLE)
    r.add_argument("--articles", required=True, metavar="FILE",
                   help="JSONL, one article per line: id, sentences (list of strings)")
    r.add_argument("--qrels", required=True, metavar="FILE",
                   help="JSONL, one query per line: query (an article id), relevant, topic_mates")
    add_common(r)
    r.set_defaults(handler=cmd_eval_retrieval)


def cmd_search(args) -> int:
    from compare.search import explain, hits_to_dicts, like_query, search
    from index.published import check_dates
    from index.errors import InputError

    if bool(args.text) == bool(args.like):
        raise InputError("query", "give either TEXT or --like FILE|ID (exactly one); see `claimdiff search --help`")
    check_dates(args.since, args.until)  # before the model loads
    with session.open_corpus(args) as corpus:
        if args.like:
            query = like_query(corpus, args.like, session.index_config(args))
            sentences, vectors, exclude = list(query.sentences), query.vectors, query.exclude_ids
        else:
            from index.segment import split_sentences

            sentences, vectors, exclude = [s.text for s in split_sentences(args.text)], None, ()
        from index.language import check_english

        check_english({args.like or "query": " ".join(sentences)}, corpus.model)
        hits = search(corpus, session.embedder_for(corpus), sentences, k=args.k, outlet=args.outlet,
                      since=args.since, until=args.until, exclude_ids=exclude, query_vectors=vectors)
    from compare.classifier import PairClassifier

    # The classifier sets each match's confidence and lets a reworded contradiction of the
    # query through the same-claim test (compare.pairs.judge_lone_pair).
    hits = explain(hits, sentences, classifier=PairClassifier.load())
    filters = {"outlet": args.outlet, "since": args.since, "until": args.until}
    if args.json:
        print(json.dumps({"query": sentences, "like": args.like, "filters": filters, "k": args.k,
                          "hits": hits_to_dicts(hits)}, indent=2, ensure_ascii=False))
        return 0
    from rich.console import Console

    console = Console(width=args.width, highlight=False)
    if not hits:
        console.print(f"no results: {_why_empty(filters, exclude)}")
        return 0
    render_hits(hits, sentences, console)
    return 0


def _why_empty(filters: dict, exclude) -> str:
    named = ", ".join(f"--{k} {v}" for k, v in filters.items() if v)
    if named:
        return f"no stored article passes {named} (`claimdiff index list` shows outlets and dates)"
    return f"the corpus holds no article besides the query's own ({', '.join(exclude)})"


def render_hits(hits, query_sentences, console) -> None:
    """One table of the hits grouped by outlet: a row per shown match, with the match's relation
    to its query sentence and a word diff of the two (deleted words of the query, inserted words
    of the match)."""
    from rich.table import Table
    from rich.text import Text

    from compare.render import render_diff_words
    from compare.search import group_by_outlet

    markers = console.color_system is None  # no styles: mark deletions and insertions in the text
    groups = group_by_outlet(hits)
    table = Table(title=f"{len(hits)} article(s) from {len(groups)} outlet(s) for a "
                        f"{len(query_sentences)}-sentence query", title_justify="left", expand=True)
    table.add_column("outlet · article", overflow="fold", max_width=24)
    table.add_column("score", justify="right", width=5)
    table.add_column("relation", overflow="fold", max_width=14)
    table.add_column("query sentence / best match (word diff)", overflow="fold", ratio=1)
    for outlet, group in groups:
        for h, hit in enumerate(group):
            article = Text()
            if h == 0:
                article.append(f"{outlet or '(no outlet)'}\n", "bold")
            article.append(hit.article_id)
            if hit.published:
                article.append(f"\n{hit.published[:10]}", "dim")
            if hit.title:
                article.append(f"\n{hit.title}", "dim")
            for n, m in enumerate(hit.matches):
                a, b = render_diff_words(query_sentences[m.query_index], m.text, markers=markers)
                diff = Text.assemble((f"Q{m.query_index + 1} ", "dim"), a, "\n",
                                     (f"#{m.sentence_index + 1} ", "dim"), b,
                                     (f"  (cosine {m.similarity:.2f})", "dim"))
                relation = Text(str(m.relation) if m.relation is not None else "")
                kinds = ", ".join(dict.fromkeys(str(c.kind) for c in m.changes))
                if kinds:
                    relation.append(f"\n{kinds}", style="dim")
                first = n == 0
                table.add_row(article if first else "", f"{hit.score:.3f}" if first else "", relation, diff,
                              end_section=n == len(hit.matches) - 1)
    console.print(table)


def cmd_eval_retrieval(args) -> int:
    from compare.search import evaluate_retrieval
    from index.embed import load_embedder

    config = session.index_config(args)
    embedder = load_embedder(config.model, config.backend, config)
    if args.json:
        result = evaluate_retrieval(args.articles, args.qrels, embedder)
        print(json.dumps(result, indent=2))
        return 0
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ranking", total=None)
        result = evaluate_retrieval(args.articles, args.qrels, embedder,
                                    progress=lambda done, total: bar.update(task, completed=done, total=total))
    table = Table(title=f"{args.articles}: {result['queries']} queries, every other article ranked")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in ("map", "ndcg@10", "recall@10", "hard_negative_rate", "dense_only_map", "bm25_only_map"):
        table.add_row(key, f"{result[key]:.4f}")
    Console().print(table)
    return 0

