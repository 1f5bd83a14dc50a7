"""`claimdiff index ...`: add, list, show, remove, stats, rebuild."""
from __future__ import annotations

import json
import sys

from claimdiff import session


def register(commands, add_common, formatter) -> None:
    p = commands.add_parser("index", help="ingest articles into a sentence index and manage it",
                            formatter_class=formatter,
                            epilog="example:\n  claimdiff index add corpora/ && claimdiff index stats")
    sub = p.add_subparsers(dest="index_command", metavar="ACTION", parser_class=type(p))
    sub.required = True

    a = sub.add_parser("add", help="add articles (.txt .md .html .json .jsonl, folders, - for stdin)",
                       formatter_class=formatter,
                       epilog="examples:\n  claimdiff index add corpora/\n"
                              "  claimdiff index add story.html --outlet 'Harbor Herald' --date 2026-03-05\n"
                              "  cat story.txt | claimdiff index add - --title 'Rates rise'")
    a.add_argument("paths", nargs="+", metavar="PATH")
    a.add_argument("--outlet", help="outlet name for every article added (overrides metadata)")
    a.add_argument("--date", help="publication date for every article added, e.g. 2026-03-05")
    a.add_argument("--title", help="title for every article added")
    a.add_argument("--index-type", choices=("auto", "flat", "hnsw", "ivf"), default=None,
                   help="FAISS index type (default auto: exact when small, HNSW/IVF when large)")
    add_common(a)
    a.set_defaults(handler=cmd_add)

    ls = sub.add_parser("list", help="list stored articles", formatter_class=formatter,
                        epilog="example:\n  claimdiff index list --json")
    ls.add_argument("--width", type=int, default=None, help="console width (default: the terminal's)")
    add_common(ls, model=False)
    ls.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="show one article's sentences as segmented",
                          formatter_class=formatter, epilog="example:\n  claimdiff index show water-source")
    show.add_argument("id")
    add_common(show, model=False)
    show.set_defaults(handler=cmd_show)

    rm = sub.add_parser("remove", help="remove an article (and vectors no other article uses)",
                        formatter_class=formatter, epilog="example:\n  claimdiff index remove water-source")
    rm.add_argument("ids", nargs="+", metavar="ID")
    add_common(rm, model=False)
    rm.set_defaults(handler=cmd_remove)

    st = sub.add_parser("stats", help="counts, model, index type and sizes", formatter_class=formatter,
                        epilog="example:\n  claimdiff index stats --json")
    add_common(st, model=False)
    st.set_defaults(handler=cmd_stats)

    rb = sub.add_parser("rebuild", help="re-create the FAISS index from stored vectors (no re-embedding)",
                        formatter_class=formatter, epilog="example:\n  claimdiff index rebuild --db .claimdiff")
    rb.add_argument("--index-type", choices=("auto", "flat", "hnsw", "ivf"), default=None,
                    help="FAISS index type to rebuild as")
    add_common(rb, model=False)
    rb.set_defaults(handler=cmd_rebuild)


def _console(width: int | None = None, stderr: bool = False):
    from rich.console import Console

    return Console(width=width, stderr=stderr, highlight=False)


def cmd_add(args) -> int:
    from index.ingest import load_articles

    err = _console(stderr=True)
    config = session.index_config(args)
    loaded = load_articles(args.paths, config, outlet=args.outlet, date=args.date, title=args.title,
                           stdin=sys.stdin if "-" in args.paths else None)
    for failure in loaded.failures:
        err.print(f"[red]skipped[/] {failure}", markup=True, soft_wrap=True)
    report = None
    if loaded.articles:
        with session.open_corpus(args, create=True) as corpus:
            embedder = session.embedder_for(corpus)
            report = corpus.add(loaded.articles, embedder, progress=not args.json,
                                on_skip=lambda aid, why: err.print(f"[yellow]already stored[/] {aid}: {why}"))
            stats = corpus.stats()
    result = {
        "added": list(report.added) if report else [],
        "already_stored": [{"id": i, "reason": r} for i, r in report.skipped] if report else [],
        "failed": [{"source": f.source, "problem": f.problem} for f in loaded.failures],
        "sentences": report.sentences if report else 0,
        "embedded": report.embedded if report else 0,
        "reused_embeddings": report.reused if report else 0,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        out = _console()
        if report:
            out.print(f"added {len(report.added)} article(s), {report.sentences} sentences "
                      f"({report.embedded} embedded, {report.reused} reused) to {stats.path}; "
                      f"corpus now {stats.articles} articles from {stats.outlets} outlets")
        if loaded.failures:
            out.print(f"[red]{len(loaded.failures)} input(s) failed[/]: "
                      + "; ".join(f.source for f in loaded.failures))
        if not loaded.articles and not loaded.failures:
            out.print("nothing to add")
    return 1 if loaded.failures else 0


def cmd_list(args) -> int:
    with session.open_corpus(args) as corpus:
        rows = corpus.list_articles()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=2))
        return 0
    from rich.table import Table

    table = Table(title=f"{len(rows)} articles", show_lines=False, title_justify="left")
    table.add_column("id", overflow="fold", min_width=12)
    table.add_column("outlet", overflow="fold", min_width=10)
    table.add_column("published", min_width=16)
    table.add_column("sentences", justify="right")
    table.add_column("title", overflow="fold", ratio=1)
    for r in rows:
        # "2026-03-12T09:30:00Z" -> "2026-03-12 09:30": a date column that never wraps
        table.add_row(r.id, r.outlet or "", (r.published or "")[:16].replace("T", " "), str(r.n_sentences),
                      r.title or "")
    _console(getattr(args, "width", None)).print(table)
    return 0


def cmd_show(args) -> int:
    with session.open_corpus(args) as corpus:
        article = corpus.get(args.id)
    if args.json:
        data = {k: v for k, v in article.__dict__.items() if k not in ("sentences", "meta")}
        data["sentences"] = [s.__dict__ for s in article.sentences]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    from rich.table import Table

    out = _console()
    out.print(f"[bold]{article.title or article.id}[/]  {article.outlet or ''}  {article.published or ''}")
    table = Table(show_header=True)
    table.add_column("#", justify="right")
    table.add_column("¶", justify="right")
    table.add_column("sentence", overflow="fold")
    for s in article.sentences:
        table.add_row(str(s.index), str(s.paragraph), s.text)
    out.print(table)
    return 0


def cmd_remove(args) -> int:
    removed, missing = [], []
    with session.open_corpus(args) as corpus:
        for article_id in args.ids:
            (removed if corpus.remove(article_id) else missing).append(article_id)
    if args.json:
        print(json.dumps({"removed": removed, "not_found": missing}))
    else:
        for i in removed:
            _console().print(f"removed {i}")
    for i in missing:
        _console(stderr=True).print(f"[red]no article {i!r}[/]; `claimdiff index list` shows the ids")
    return 1 if missing else 0


def cmd_stats(args) -> int:
    with session.open_corpus(args) as corpus:
        stats = corpus.stats()
    if args.json:
        print(json.dumps(stats.__dict__, indent=2))
        return 0
    from rich.table import Table

    table = Table(show_header=False)
    for key, value in stats.__dict__.items():
        if key != "extra":
            table.add_row(key, str(value))
    _console().print(table)
    return 0


def cmd_rebuild(args) -> int:
    with session.open_corpus(args) as corpus:
        meta = corpus.rebuild()
    if args.json:
        print(json.dumps(meta.__dict__))
    else:
        _console().print(f"rebuilt {meta.index_type} index of {meta.count} vectors from stored vectors")
    return 0
