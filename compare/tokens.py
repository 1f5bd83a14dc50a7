"""Word tokens with character offsets, and a word-level diff between two sentences.

Every change the detectors report points back into the original text, so tokens keep their
offsets and the diff works on token indices. Curly and straight quotes are told apart in the
text but not in `norm`, so a rewrite that only changes quote style diffs as equal.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

from compare.lexicons import STOPWORDS

Span = tuple[int, int]

# Order matters: "n't" splits from "didn't" so negation counting sees it; a possessive "'s"
# splits from its name so "NFL" and "NFL's" align; hyphens split compounds so "150-meter"
# shares "150" with "150 meters". Letters are any Unicode letters (names with accents).
_TOKEN_RE = re.compile(
    r"[^\W\d_]+(?=n['’]t\b)"  # "did" of "didn't"
    r"|n['’]t\b"
    r"|['’]s\b"
    r"|(?P<initials>(?![AP]\.M\.)(?:[A-Z]\.){2,}(?![^\W\d_]))"  # "U.S.", "D.C.": one word, compared as "us", "dc"
    r"|[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*"
    r"|\d+(?:[.,]\d+)*"
    r"|\S"
)
_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"',
                            "–": "-", "—": "-", "−": "-"})


def fold(text: str) -> str:
    """Lower case without accents, quote and dash styles unified ("Cádiz" -> "cadiz")."""
    text = text.translate(_QUOTE_MAP).lower()
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalize_text(text: str) -> str:
    """Quote and dash styles unified, whitespace collapsed: what "verbatim" compares."""
    return " ".join(text.translate(_QUOTE_MAP).split())


@dataclass(frozen=True)
class Token:
    """One token of a text: `text[start:end] == text_of_token`; `norm` is the comparison form."""

    text: str
    start: int
    end: int
    norm: str

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalpha() or self.norm == "n't"

    @property
    def is_number(self) -> bool:
        return self.norm[:1].isdigit()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of `text` in order; punctuation marks are tokens of their own."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        norm = fold(raw).replace(".", "") if m.lastgroup == "initials" else fold(raw)
        out.append(Token(raw, m.start(), m.end(), norm))
    return tuple(out)


@dataclass(frozen=True)
class Opcode:
    """One step of the token diff: `tag` is equal, replace, delete or insert; ranges are
    token indices [a0, a1) of A and [b0, b1) of B."""

    tag: str
    a0: int
    a1: int
    b0: int
    b1: int


def diff(a: tuple[Token, ...], b: tuple[Token, ...]) -> tuple[Opcode, ...]:
    """Word-level edit script from A to B (Levenshtein opcodes over normalised tokens)."""
    ops = Levenshtein.opcodes([t.norm for t in a], [t.norm for t in b])
    return tuple(Opcode(o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end) for o in ops)


def similarity(a, b) -> float:
    """Share of tokens (or plain words) the two sides have in common, in order (1.0 = same)."""
    norm = lambda seq: [getattr(t, "norm", t) for t in seq]  # noqa: E731
    return Indel.normalized_similarity(norm(a), norm(b))


def glued(a: Token, b: Token) -> bool:
    """Token b starts where a ends: no space between them."""
    return a.end == b.start


def hyphen_joins(tokens: tuple[Token, ...], j: int) -> bool:
    """Token j is a hyphen glued to the tokens on both sides ("3-million", "for-profit")."""
    return (0 < j < len(tokens) - 1 and tokens[j].norm == "-" and glued(tokens[j - 1], tokens[j])
            and glued(tokens[j], tokens[j + 1]))


def char_span(tokens: tuple[Token, ...], i: int, j: int) -> Span | None:
    """Character span covering tokens [i, j), or None for an empty range."""
    if j <= i:
        return None
    return (tokens[i].start, tokens[j - 1].end)


def map_range(ops: tuple[Opcode, ...], i: int, j: int, *, to_b: bool = True) -> tuple[int, int] | None:
    """Token range on the other side that the diff aligns with [i, j) on this side.

    Equal stretches map token for token; an edited stretch maps to the whole of its other side.
    None when everything in [i, j) was deleted (or inserted) with nothing opposite.
    """
    lo, hi = None, None
    for op in ops:
        s0, s1, d0, d1 = (op.a0, op.a1, op.b0, op.b1) if to_b else (op.b0, op.b1, op.a0, op.a1)
        inserted_inside = s0 == s1 and i < s0 < j  # material the other side adds within the range
        if (s1 <= i or s0 >= j) and not inserted_inside:
            continue
        if op.tag == "equal":
            x0, x1 = d0 + max(i, s0) - s0, d0 + min(j, s1) - s0
        else:
            x0, x1 = d0, d1
        if x1 > x0:
            lo = x0 if lo is None else min(lo, x0)
            hi = x1 if hi is None else max(hi, x1)
    return None if lo is None else (lo, hi)


# Suffixes stripped before comparing words, longest first; what is left is cut to six letters
# so "convicting"/"convicted" and "meters"/"meter" meet while most unrelated words stay apart.
_SUFFIXES = ("ations", "ation", "ingly", "edly", "ings", "ing", "ies", "ied", "ers", "er", "ed",
             "es", "ly", "s", "e")


def stem(word: str) -> str:
    """A crude stem for matching the same word across inflections."""
    w = word.lower().translate(_QUOTE_MAP).replace(",", "")
    if w.endswith("'s"):
        w = w[:-2]
    if not w.isalpha():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:6]


def is_content(token: Token) -> bool:
    """A word or number that carries claim content (not a function word or punctuation)."""
    return (token.is_word or token.is_number) and token.norm not in STOPWORDS and token.norm != "'s"
