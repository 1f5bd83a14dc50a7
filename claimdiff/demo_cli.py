"""`claimdiff demo`: the whole flow on the bundled corpora: index, claims map, one comparison."""
from __future__ import annotations

import json
from pathlib import Path



def register(commands, add_common, formatter) -> None:
    d = commands.add_parser("demo", help="index the bundled corpora/, map their claims across outlets, compare a rewrite with its source",
                            formatter_class=formatter,
                            epilog="example:\n  claimdiff demo --corpora corpora --db .claimdiff-demo")
    d.add_argument("--corpora", default="corpora", metavar="DIR", help="folder of story sets (default corpora)")
    d.add_argument("--width", type=int, default=None, help="console width (default: the terminal's)")
    add_common(d)
    d.set_defaults(handler=cmd_demo, db=None)


def _first_gold_pair(corpora: Path) -> tuple[str, str] | None:
    """(source file, rewrite file) of the first pair in the first story set's gold file."""
    for gold in sorted(corpora.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            return str(corpora / row["source"]["file"]), str(corpora / row["rewrite"]["file"])
    return None


def cmd_demo(args) -> int:
    from rich.console import Console

    from claimdiff import claims_cli, compare_cli, index_cli
    from index.errors import InputError

    corpora = Path(args.corpora)
    if not corpora.is_dir():
        raise InputError(str(corpora), "is not a folder; run the demo from the repository root or pass --corpora")
    args.db = args.db or ".claimdiff-demo"
    console = Console(width=args.width, highlight=False)
    console.rule("1. index the bundled articles")
    args.paths, args.outlet, args.date, args.title, args.index_type = [str(corpora)], None, None, None, None
    status = index_cli.cmd_add(args)
    index_cli.cmd_list(args)
    console.rule("2. claims reported by several outlets, most contested first")
    args.contested, args.min_outlets, args.outlet, args.since, args.until = False, 2, None, None, None
    args.sort, args.limit, args.html, args.threshold = "contested", 3, None, None
    claims_cli.cmd_claims(args)
    pair = _first_gold_pair(corpora)
    if pair:
        console.rule(f"3. compare {pair[1]} with its source {pair[0]}")
        args.a, args.b = pair
        args.by, args.only, args.min_confidence, args.html = "rewrite", None, 0.0, None
        compare_cli.cmd_compare(args)
    return status
