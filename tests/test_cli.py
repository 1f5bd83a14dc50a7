"""Every command has help with a runnable example and is documented in the README; --help stays light."""
from __future__ import annotations

import re

import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(parser, prefix=()):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                has_children = any(a.__class__.__name__ == "_SubParsersAction" for a in sub._actions)
                if has_children:
                    yield from _commands(sub, prefix + (name,))
                else:
                    yield prefix + (name,), sub


COMMANDS = list(_commands(build_parser()))


def test_command_tree_is_discovered():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"index add", "index list", "index show", "index remove", "index stats", "index rebuild",
            "compare", "eval pairs", "eval articles", "eval claims", "eval retrieval", "search", "claims",
            "trace", "demo"} <= names


@pytest.mark.parametrize("path,parser", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_help_has_example_and_readme_mentions_command(path, parser):
    text = parser.format_help()
    assert "example" in text and f"claimdiff {' '.join(path)}" in text
    assert f"claimdiff {' '.join(path)}" in README


@pytest.mark.parametrize("path,parser", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_help_examples_name_bundled_files_that_exist(path, parser):
    """An example that names a file of corpora/ must name one that is there, so it runs as shown."""
    named = re.findall(r"corpora/[\w./-]+", parser.format_help())
    for name in named:
        assert (REPO / name.rstrip(".")).exists(), f"`claimdiff {' '.join(path)} --help` names missing {name}"


def test_python_api_imports_outside_the_checkout(tmp_path):
    """The installed package, not a namespace of the same name, answers `import claimdiff` from
    any directory (an editable install once resolved it to an empty namespace package)."""
    code = "import claimdiff; print(callable(claimdiff.compare), claimdiff.__file__ is not None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout
    assert out.split() == ["True", "True"]


def test_help_does_not_import_torch():
    code = ("import sys, contextlib, io\nfrom claimdiff.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try: main(['--help'])\n    except SystemExit: pass\n"
            "print(sorted(m for m in ('torch', 'faiss', 'sentence_transformers', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_usage_error_is_one_line_exit_1():
    proc = subprocess.run([sys.executable, "-m", "claimdiff", "index", "add"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "error:" in proc.stderr and "Traceback" not in proc.stderr
