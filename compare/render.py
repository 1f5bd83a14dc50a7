"""A comparison for people: summary, contradictions, then a side-by-side word diff (rich).

The layout here (row order, the marked pieces of each cell, change descriptions) is plain
Python that the HTML report shares; rich is imported only by the functions that draw.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from compare.records import Change, Comparison, Link
from compare.serialize import COUNT_KEYS, link_order_key
from compare.vocab import ChangeKind
from index.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console
    from rich.text import Text

ORDERS = ("rewrite", "source")
BADGE_STYLES = {
    "repeat": "bold black on green",
    "alter": "bold black on yellow",
    "contradict": "bold white on red",
    "unrelated": "bold white on magenta",
    "omitted": "grey70 on grey30",
    "added": "bold white on blue",
}
TAG_STYLES = {"repeat": "dim green", "alter": "bold yellow", "contradict": "bold red", "unrelated": "magenta"}
DELETED_STYLE = "red strike"
INSERTED_STYLE = "green underline"
CHANGED_STYLE = "bold"
# git --word-diff=plain markers, used when the console has no styles at all (pipes, color_system=None)
DEL_MARKERS = ("[-", "-]")
INS_MARKERS = ("{+", "+}")

# Words (with inner apostrophes, decimal points, hyphens, slashes) or single punctuation marks,
# so "percent." differs from "percent" only by the full stop.
_TOKEN = re.compile(r"\w+(?:['’.,:/-]\w+)*|[^\w\s]")

Span = tuple[int, int]


class Row(NamedTuple):
    """One row of the side-by-side view: a link, or an omitted or added sentence."""

    kind: str  # "link", "omitted" or "added"
    link: Link | None = None
    index: int | None = None  # sentence index of an omitted (A) or added (B) row

    @property
    def relation(self) -> str:
        return getattr(self.link.relation, "value", str(self.link.relation)) if self.link else self.kind


class Piece(NamedTuple):
    """A run of one cell: a sentence label ("A3"), text with its marks, or a change tag after a span."""

    kind: str  # "label", "text" or "tag"
    text: str  # the label, the text, or the change kind of a tag
    diff: bool = False  # text inside a deleted (A side) or inserted (B side) word run
    changes: tuple[str, ...] = ()  # change kinds whose span covers this text


# ---------------------------------------------------------------- layout (shared with HTML)

def _rel(x) -> str:
    return getattr(x, "value", str(x))


def layout_rows(c: Comparison, by: str = "rewrite") -> list[Row]:
    """Rows in the rewrite's order (by="rewrite") or the source's (by="source").

    Unmatched sentences of the other side sit right after the row holding their nearest
    preceding linked neighbour (an omitted A4 follows the row of A3), so both texts read in
    order as far as the alignment allows.

    Raises:
        ConfigError: `by` is not "rewrite" or "source".
    """
    if by not in ORDERS:
        raise ConfigError(f"unknown order {by!r}; allowed: {', '.join(ORDERS)}")
    main, other = ("rewrite", "source") if by == "rewrite" else ("source", "rewrite")
    own_unmatched, foreign_unmatched = (("added", c.added), ("omitted", c.omitted)) if by == "rewrite" \
        else (("omitted", c.omitted), ("added", c.added))
    keyed: list[tuple[tuple, Row]] = []
    owner: dict[int, tuple] = {}  # other-side sentence index -> key of the link row holding it
    for link in c.links:
        key = (min(getattr(link, main), default=-1), 0, min(getattr(link, other), default=-1))
        keyed.append((key, Row("link", link)))
        for j in getattr(link, other):
            owner[j] = key
    for i in own_unmatched[1]:
        keyed.append(((i, 0, -1), Row(own_unmatched[0], None, i)))
    linked = sorted(owner)
    for j in foreign_unmatched[1]:
        before = [k for k in linked if k < j]
        key = owner[before[-1]] + (j,) if before else (-1, 1, j)
        keyed.append((key, Row(foreign_unmatched[0], None, j)))
    keyed.sort(key=lambda kr: kr[0])
    return [row for _, row in keyed]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def word_diff(a: str, b: str) -> tuple[list[Span], list[Span]]:
    """Character spans of the word runs deleted from `a` and inserted into `b` (case-insensitive)."""
    from rapidfuzz.distance import Indel

    ta, tb = _tokens(a), _tokens(b)
    deleted, inserted = [], []
    for op in Indel.opcodes([t[0] for t in ta], [t[0] for t in tb]):
        if op.tag in ("delete", "replace") and op.src_end > op.src_start:
            deleted.append((ta[op.src_start][1], ta[op.src_end - 1][2]))
        if op.tag in ("insert", "replace") and op.dest_end > op.dest_start:
            inserted.append((tb[op.dest_start][1], tb[op.dest_end - 1][2]))
    return deleted, inserted


def _locate(span, text: str, within: str) -> Span | None:
    """A change's span on one side, clamped to the text; found by its text when the span is missing."""
    if span is not None:
        start, end = max(0, int(span[0])), min(len(within), int(span[1]))
        return (start, end) if end > start else None
    if text:
        at = within.find(text)
        if at >= 0:
            return (at, at + len(text))
    return None


def _breaks(joined: str, indices, sentences: dict) -> list[int] | None:
    """Offsets of the joining spaces between the sentences of a merge or split, or None if unknown."""
    texts = [sentences.get(i) for i in indices]
    if len(texts) < 2 or any(t is None for t in texts) or " ".join(texts) != joined:
        return None
    out, at = [], 0
    for t in texts[:-1]:
        at += len(t)
        out.append(at)
        at += 1
    return out


def cell_pieces(text: str, prefix: str, indices, diff: list[Span] = (), spans: list[tuple[int, int, str]] = (),
                sentences: dict | None = None) -> list[Piece]:
    """The marked pieces of one cell: labels, text runs with their diff and change marks, tags.

    Args:
        text: the cell's text (a link's joined `a_text` or `b_text`, or one sentence).
        prefix: "A" or "B", for the sentence labels.
        indices: the sentence indices the text joins.
        diff: spans of deleted (A) or inserted (B) words.
        spans: (start, end, kind) of the changes on this side; a tag follows each span.
        sentences: index -> sentence text of this side, to break a merge or split at its joins.
    """
    indices = list(indices)
    breaks = _breaks(text, indices, sentences or {}) if len(indices) > 1 else None
    labels = [f"{prefix}{i}" for i in indices]
    if breaks is None:  # the joined text is not the stored sentences: one block, one combined label
        labels = ["+".join(labels)]
    cuts = {0, len(text)}
    for s, e in diff:
        cuts |= {s, e}
    for s, e, _ in spans:
        cuts |= {s, e}
    for b in breaks or ():
        cuts |= {b, b + 1}
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    ends: dict[int, list[str]] = {}
    for s, e, kind in spans:
        ends.setdefault(e, []).append(kind)
    break_at = set(breaks or ())
    pieces = [Piece("label", labels[0])]
    n_label = 1
    for s, e in zip(cuts, cuts[1:]):
        if s in break_at:
            pieces.append(Piece("label", labels[n_label]))
            n_label += 1
        else:
            in_diff = any(ds <= s and e <= de for ds, de in diff)
            kinds = tuple(k for cs, ce, k in spans if cs <= s and e <= ce)
            pieces.append(Piece("text", text[s:e], in_diff, kinds))
        for kind in ends.get(e, ()):
            pieces.append(Piece("tag", kind))
    if len(text) == 0:
        pieces.extend(Piece("tag", k) for k in ends.get(0, ()))
    return pieces


def _change_spans(changes, side: str, within: str) -> list[tuple[int, int, str]]:
    out = []
    for ch in changes:
        span = _locate(getattr(ch, f"{side}_span"), getattr(ch, f"{side}_text"), within)
        if span is not None:
            out.append((span[0], span[1], _rel(ch.kind)))
    return out


def link_pieces(link: Link, c: Comparison) -> tuple[list[Piece], list[Piece]]:
    """The two cells of a link: A with deleted words and change spans, B with inserted words."""
    deleted, inserted = word_diff(link.a_text, link.b_text)
    a_sents = {s.index: s.text for s in c.source.sentences}
    b_sents = {s.index: s.text for s in c.rewrite.sentences}
    a = cell_pieces(link.a_text, "A", link.source, deleted, _change_spans(link.changes, "a", link.a_text), a_sents)
    b = cell_pieces(link.b_text, "B", link.rewrite, inserted, _change_spans(link.changes, "b", link.b_text), b_sents)
    return a, b


def sentence_text(c: Comparison, side: str, index: int) -> str:
    """Text of sentence `index` of the source ("A") or rewrite ("B"); "" if the article lacks it."""
    article = c.source if side == "A" else c.rewrite
    for s in article.sentences:
        if s.index == index:
            return s.text
    return ""


def describe_change(ch: Change) -> str:
    """RELATIONS.md form: `number: "about 15 percent" -> "about 50 percent"`, `hedge: (none) -> "may have"`."""
    kind = _rel(ch.kind)
    if not ch.a_text and not ch.b_text:
        out = kind
    else:
        a = f'"{ch.a_text}"' if ch.a_text else "(none)"
        b = f'"{ch.b_text}"' if ch.b_text else "(dropped)"
        out = f"{kind}: {a} -> {b}"
    return f"{out} ({ch.note})" if ch.note else out


def kind_family(kind) -> str:
    """The relation family of a change kind name ("number" -> "contradict")."""
    try:
        return ChangeKind(_rel(kind)).family.value
    except ValueError:
        return "unrelated"


def reuse_line(c: Comparison) -> str:
    s = c.summary
    return (f"reuses {s.reuse_verbatim:.0%} of the source verbatim or near-verbatim, "
            f"{s.reuse_any:.0%} in any form; {s.new_share:.0%} of the rewrite is new")


def link_label(link: Link) -> str:
    """"B3 <- A2" or "B3 <- A2+A3" for a merge, "B4+B5 <- A6" for a split."""
    return f"{'+'.join(f'B{i}' for i in link.rewrite)} <- {'+'.join(f'A{j}' for j in link.source)}"


# ---------------------------------------------------------------- rich drawing

def _to_text(pieces: list[Piece], side: str, markers: bool, dim: bool = False) -> "Text":
    """Draw cell pieces as a rich Text; `markers` adds [-deleted-] / {+inserted+} for style-less consoles."""
    from rich.text import Text

    out = Text()
    diff_style = DELETED_STYLE if side == "A" else INSERTED_STYLE
    opener, closer = DEL_MARKERS if side == "A" else INS_MARKERS
    open_run = False
    first = True
    for p in pieces:
        if p.kind != "text" and open_run:
            out.append(closer, diff_style)
            open_run = False
        if p.kind == "label":
            if not first:
                out.append("\n")
            out.append(f"{p.text} ", "dim")
        elif p.kind == "tag":
            out.append(f"[{p.text}]", TAG_STYLES.get(kind_family(p.text), "bold"))
        else:
            if markers and p.diff != open_run:
                out.append(opener if p.diff else closer, diff_style)
                open_run = p.diff
            style = " ".join(filter(None, (diff_style if p.diff else "", CHANGED_STYLE if p.changes else "",
                                           "dim" if dim else "")))
            out.append(p.text, style or None)
        first = False
    if open_run:
        out.append(closer, diff_style)
    return out


def render_diff_words(a: str, b: str, *, markers: bool = False) -> tuple["Text", "Text"]:
    """Word-level diff of two texts: deleted words of `a` in red strikethrough, inserted words of
    `b` in green underline.

    Args:
        markers: also wrap runs in [-deleted-] and {+inserted+}, for consoles without styles.

    Returns:
        (a_text, b_text) as rich Text objects, with the original spacing kept.
    """
    deleted, inserted = word_diff(a, b)
    a_pieces = cell_pieces(a, "A", [0], deleted)[1:]  # no labels: just the text
    b_pieces = cell_pieces(b, "B", [0], inserted)[1:]
    return _to_text(a_pieces, "A", markers), _to_text(b_pieces, "B", markers)


def inline_diff_runs(a: str, b: str) -> list[tuple[str, str]]:
    """One text that reads as `b` with `a`'s deleted words put back in place: (op, text) runs,
    op "=" (shared, as written in b), "-" (only in a) or "+" (only in b); in a changed stretch
    the deleted words come first."""
    from rapidfuzz.distance import Indel

    ta, tb = _tokens(a), _tokens(b)
    runs: list[tuple[str, str]] = []
    at_b = 0  # characters of b already emitted
    deleted: list[tuple[int, int]] = []  # token ranges of a in the current changed stretch
    inserted: list[tuple[int, int]] = []

    def flush() -> None:
        nonlocal at_b
        if deleted:
            lo, hi = deleted[0][0], deleted[-1][1]
            start = ta[lo][1]
            spaced = start > 0 and a[start - 1].isspace()  # keep a's own spacing before the run
            gap = " " if runs and spaced and not runs[-1][1][-1:].isspace() else ""
            runs.append(("-", gap + a[start:ta[hi - 1][2]]))
            if not inserted and at_b == 0 and b:
                runs.append(("=", " "))  # the deleted run opened the sentence
        if inserted:
            start, end = tb[inserted[0][0]][1], tb[inserted[-1][1] - 1][2]
            lead = b[at_b:start]
            runs.append(("=", lead if lead or not deleted else " "))
            runs.append(("+", b[start:end]))
            at_b = end
        deleted.clear()
        inserted.clear()

    for op in Indel.opcodes([t[0] for t in ta], [t[0] for t in tb]):
        if op.tag == "equal":
            flush()
            end = tb[op.dest_end - 1][2]
            runs.append(("=", b[at_b:end]))
            at_b = end
        else:
            if op.src_end > op.src_start:
                deleted.append((op.src_start, op.src_end))
            if op.dest_end > op.dest_start:
                inserted.append((op.dest_start, op.dest_end))
    flush()
    runs.append(("=", b[at_b:]))
    return [(op, text) for op, text in runs if text]


def render_inline_diff(a: str, b: str, *, markers: bool = False) -> "Text":
    """`b` as a word diff against `a` in one text: deleted words of `a` struck in red where they
    stood, inserted words of `b` underlined in green ([-...-] / {+...+} with `markers`)."""
    from rich.text import Text

    out = Text()
    for op, text in inline_diff_runs(a, b):
        if op == "=":
            out.append(text)
        elif op == "-":
            lead = text[: len(text) - len(text.lstrip())]
            out.append(lead)
            out.append(f"{DEL_MARKERS[0]}{text.lstrip()}{DEL_MARKERS[1]}" if markers else text.lstrip(), DELETED_STYLE)
        else:
            out.append(f"{INS_MARKERS[0]}{text}{INS_MARKERS[1]}" if markers else text, INSERTED_STYLE)
    return out


def badge(name: str, pad: bool = True) -> "Text":
    """A relation name on its colour: repeat green, alter yellow, contradict red, omitted grey, added blue."""
    from rich.text import Text

    return Text(f" {name} " if pad else name, BADGE_STYLES.get(name, "bold"))


def _article_line(label: str, article, n_label: str) -> "Text":
    from rich.text import Text

    line = Text()
    line.append(f"{label} ", "bold")
    line.append(article.title or article.id, "bold")
    extra = [x for x in (article.outlet, article.published) if x]
    extra.append(f"{len(article.sentences)} sentences")
    line.append(f" ({n_label}) · " + " · ".join(extra), "dim")
    return line


def _summary(c: Comparison, console: "Console") -> None:
    from rich.text import Text

    console.print(_article_line("A", c.source, "source"))
    console.print(_article_line("B", c.rewrite, "rewrite"))
    counts = Text()
    for n, k in enumerate(COUNT_KEYS):
        counts.append("   " if n else "")
        counts.append(badge(k))
        counts.append(f" {int(c.summary.counts.get(k, 0))}")
    console.print(counts)
    console.print(Text(reuse_line(c)))
    if c.model:
        console.print(Text(f"model: {c.model}", "dim"))


def _contradictions(c: Comparison, console: "Console", markers: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    links = [link for link in sorted(c.links, key=link_order_key) if _rel(link.relation) == "contradict"]
    console.print()
    console.rule(Text(f"Contradictions ({len(links)})", "bold red" if links else "bold"), align="left", style="dim")
    if not links:
        console.print(Text("none among the links shown", "dim"))
        return
    for link in links:
        a, b = link_pieces(link, c)
        head = Text()
        head.append(badge("contradict"))
        head.append(f" {link_label(link)}  confidence {link.confidence:.2f}")
        console.print(head)
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        grid.add_row(Text(""), _to_text(a, "A", markers))
        grid.add_row(Text(""), _to_text(b, "B", markers))
        for ch in link.changes:
            grid.add_row(Text("•"), Text(describe_change(ch), TAG_STYLES.get(kind_family(ch.kind), "")))
        console.print(grid)
        console.print()


def _badge_cell(row: Row, width: int) -> "Text":
    from rich.text import Text

    cell = Text()
    cell.append(badge(row.relation, pad=width >= 12))
    if row.link is not None:
        link = row.link
        cell.append(f"\n{link.confidence:.2f}")
        if link.shape != "one-to-one":
            cell.append(f" {link.shape}", "italic")
        kinds = [_rel(ch.kind) for ch in link.changes]
        for kind in dict.fromkeys(kinds):  # each kind once, in order, with its count
            n = kinds.count(kind)
            cell.append(f"\n{kind}" + (f" ×{n}" if n > 1 else ""), TAG_STYLES.get(kind_family(kind), "dim"))
    return cell


def render_comparison(c: Comparison, console: "Console", by: str = "rewrite") -> None:
    """Print a comparison for people: the summary, the contradictions, then both texts side by side.

    Args:
        c: the comparison (filtered or not; the summary always describes all of it).
        console: where to print; its width sets the layout (readable at 100, folds at 80).
        by: "rewrite" for the rewrite's sentence order, "source" for the source's.

    Raises:
        ConfigError: `by` is not "rewrite" or "source".
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    rows = layout_rows(c, by)
    markers = console.color_system is None
    _summary(c, console)
    _contradictions(c, console, markers)

    # wide enough for the longest kind name shown (up to "detail_dropped"); narrow consoles fold
    needed = max([12] + [len(_rel(ch.kind)) for r in rows if r.link is not None for ch in r.link.changes])
    badge_w = min(needed, 14 if console.width >= 80 else 10)
    title = "rewrite" if by == "rewrite" else "source"
    console.rule(Text(f"Side by side, in {title} order", "bold"), align="left", style="dim")
    if not rows:
        console.print(Text("no links to show", "dim"))
        return
    table = Table(box=box.SQUARE, show_lines=True, expand=True, padding=(0, 1))
    table.add_column(Text(f"A · {c.source.outlet or 'source'}"), ratio=1, overflow="fold")
    table.add_column(Text(f"B · {c.rewrite.outlet or 'rewrite'}"), ratio=1, overflow="fold")
    table.add_column(Text("relation"), width=badge_w, overflow="fold")
    for row in rows:
        if row.link is not None:
            a, b = link_pieces(row.link, c)
            left, right = _to_text(a, "A", markers), _to_text(b, "B", markers)
        elif row.kind == "omitted":
            left = _to_text([Piece("label", f"A{row.index}"), Piece("text", sentence_text(c, "A", row.index))],
                            "A", markers, dim=True)
            right = Text("")
        else:
            left = Text("")
            right = _to_text([Piece("label", f"B{row.index}"), Piece("text", sentence_text(c, "B", row.index))],
                             "B", markers)
        table.add_row(left, right, _badge_cell(row, badge_w))
    console.print(table)
    if markers:
        console.print(Text("[-deleted words-] in A, {+inserted words+} in B, [kind] after a changed span",
                           "dim"))
    else:
        legend = Text()
        legend.append("deleted", DELETED_STYLE)
        legend.append(" in A, ")
        legend.append("inserted", INSERTED_STYLE)
        legend.append(" in B, ")
        legend.append("changed span", CHANGED_STYLE)
        legend.append("[kind]", "bold")
        legend.append(" marks a typed change")
        console.print(legend)


__all__ = ["render_comparison", "render_diff_words", "layout_rows", "link_pieces", "cell_pieces", "word_diff",
           "describe_change", "reuse_line", "Row", "Piece"]
