"""Turns parsed CLI options into the config, the corpus and the embedder (one place for defaults)."""
from __future__ import annotations

import argparse
import os

from index.config import IndexConfig, default_db_path, default_model


def index_config(args) -> IndexConfig:
    """The IndexConfig named by --model/--backend/--index-type, with defaults from index.config."""
    values = {}
    if getattr(args, "index_type", None):
        values["index_type"] = args.index_type
    if getattr(args, "backend", None):
        values["backend"] = args.backend
    values["model"] = getattr(args, "model", None) or default_model()
    return IndexConfig(**values)


def db_path(args) -> str:
    return getattr(args, "db", None) or default_db_path()


def open_corpus(args, create: bool = False):
    """Open the corpus of --db, refusing a --model/--backend other than the one it was built with."""
    from index.store import Corpus

    return Corpus.open(db_path(args), model=getattr(args, "model", None),
                       backend=getattr(args, "backend", None), config=index_config(args), create=create)


def embedder_for(corpus):
    """The embedder a corpus was built with."""
    from index.embed import load_embedder

    return load_embedder(corpus.model, corpus.backend, corpus.config)


def add_date_window(parser: argparse.ArgumentParser) -> None:
    """--since and --until, the publication window shared by search and the claim map."""
    parser.add_argument("--since", metavar="DATE", help="only articles published on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="only articles published on or before DATE (YYYY-MM-DD)")


def _whole_number(value: str, floor: int, hint: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < floor:
        raise argparse.ArgumentTypeError(f"{value} is below {floor}; {hint}")
    return number


def positive_int(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    return _whole_number(value, 1, "ask for at least one result")


def count_or_all(value: str) -> int:
    """argparse type: a whole number, 0 meaning no limit."""
    return _whole_number(value, 0, "give a count, or 0 for all")


def fraction(value: str) -> float:
    """argparse type: a number between 0 and 1."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0..1")
    return number


def check_writable(path: str) -> None:
    """InputError unless a report can be written to `path` (checked before the work, not after)."""
    from index.errors import InputError

    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise InputError(path, "is a folder; give a file name for the report, e.g. report.html")
    if not os.path.isdir(folder):
        raise InputError(path, f"cannot be written: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise InputError(path, "cannot be written: permission denied; choose another path")
