"""One shared analysis of a sentence pair for the change detectors: tokens, a word diff,
content stems, quotations, and helpers that turn token ranges into `Change` records.

Every detector (`changes.py`, `attribution.py`, `names.py`) reads a `Pair` built once by
`analyse`; spans it reports are token ranges of either side, mapped through the diff.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Mapping

from compare.dates import extract_dates
from compare.numbers import extract_quantities
from compare.records import Change
from compare.tokens import Opcode, Token, char_span, diff, fold, is_content, map_range, stem, tokenize
from compare import lexicons as lx
from compare.vocab import ChangeKind as K

Range = tuple[int, int]  # token indices [start, end)
BOUNDARY = frozenset({",", ";", ":", ".", "!", "?", '"', "(", ")"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there"})
MONTHS_DAYS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december", "jan", "feb", "aug",
                          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
                          "friday", "saturday", "sunday"})


@dataclass(frozen=True)
class Side:
    """One sentence analysed for the detectors."""

    text: str
    tokens: tuple[Token, ...]
    stems: frozenset[str]  # stems of every content word, plus negators
    squashed: frozenset[str]  # every word and two- or three-word run, lower-case letters and digits
    initials: frozenset[str]  # initials of word runs ("vice president" -> "vp") and acronyms
    quotes: tuple[Range, ...]  # token ranges inside quotation marks

    # parsed once per side: several detectors consult them
    # Sides are cached and shared between pairs (`analyse_side`): what they hold is immutable.
    @cached_property
    def positions(self) -> Mapping[str, tuple[int, ...]]:
        """Token norm -> the positions where it occurs (lexicon lookups without a scan)."""
        out: dict[str, list[int]] = {}
        for k, t in enumerate(self.tokens):
            out.setdefault(t.norm, []).append(k)
        return MappingProxyType({norm: tuple(ks) for norm, ks in out.items()})

    @cached_property
    def capitals(self) -> tuple[bool, ...]:
        """Per token: a capitalised word that is not a month or weekday (a candidate name word)."""
        return tuple(t.is_word and t.is_capitalised and t.norm not in MONTHS_DAYS for t in self.tokens)

    @cached_property
    def paired_initials(self) -> frozenset[str]:
        """Initials of two adjacent capitalised words ("Internet Explorer" -> "ie"): what a
        two-letter acronym may stand for (any two words' initials would match far too much)."""
        toks, cap = self.tokens, self.capitals
        return frozenset(toks[k].norm[0] + toks[k + 1].norm[0] for k in range(len(toks) - 1) if cap[k] and cap[k + 1])

    @cached_property
    def capital_norms(self) -> frozenset[str]:
        return frozenset(t.norm for t, c in zip(self.tokens, self.capitals) if c)

    @cached_property
    def quantities(self) -> tuple:
        return tuple(extract_quantities(self.text))

    @cached_property
    def dates(self) -> tuple:
        return tuple(extract_dates(self.text))

    @cached_property
    def attributions(self) -> tuple:
        from compare.attribution import find_attributions  # it builds on this module

        return tuple(find_attributions(self))


@dataclass(frozen=True)
class Pair:
    """Source A, rewrite B and the word diff between them."""

    a: Side
    b: Side
    ops: tuple[Opcode, ...]

    def side(self, which: str) -> Side:
        return self.a if which == "a" else self.b


def squash(text: str) -> str:
    """Lower-case letters and digits only ("U.S." -> "us"), for comparing names."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _quote_ranges(tokens: tuple[Token, ...]) -> tuple[Range, ...]:
    """Token ranges between double quotation marks.

    A mark glued to the word before it closes a quote, otherwise it opens one (curly marks say
    which they are). A quote still open at the end runs to the end; a closing mark with no
    opening one closes a quote that began before the text (a quoted paragraph continued).
    """
    ranges, open_at = [], None
    for i, t in enumerate(tokens):
        if t.norm != '"':
            continue
        if t.text in "“”":
            closing = t.text == "”"
        else:
            closing = i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].norm not in ("(", "[")
        if closing:
            ranges.append((open_at + 1 if open_at is not None else 0, i))
            open_at = None
        else:
            open_at = i
    if open_at is not None:
        ranges.append((open_at + 1, len(tokens)))
    return tuple(r for r in ranges if r[1] > r[0])


@lru_cache(maxsize=4096)
def analyse_side(text: str) -> Side:
    # Cached: one origin sentence is compared with every report of its claim. A Side is never
    # changed after it is built (its cached properties are pure functions of the text).
    tokens = tokenize(text)
    stems = {stem(t.norm) for t in tokens if is_content(t) or t.norm in lx.NEGATORS}
    words = [t for t in tokens if t.is_word or t.is_number]
    flat = [squash(t.text) for t in words]
    first = [t.norm[0] for t in words]
    kept = [c if t.norm not in ("of", "and", "the", "for") else "" for t, c in zip(words, first)]
    squashed = {squash(chunk) for chunk in text.split()}
    initials = set()
    for n in (1, 2, 3, 4, 5, 6):
        for k in range(len(words) - n + 1):
            if n <= 3:
                squashed.add("".join(flat[k:k + n]))
            if n >= 2:
                initials.add("".join(first[k:k + n]))
                initials.add("".join(kept[k:k + n]))
    acronyms = {squash(t.text) for t in tokens if t.is_word and len(t.text) >= 2
                and t.text.rstrip("s").isupper()}
    initials |= acronyms | {a[:-1] for a in acronyms if a.endswith("s")}
    return Side(text, tokens, frozenset(stems), frozenset(squashed - {""}),
                 frozenset(x for x in initials if len(x) > 1), _quote_ranges(tokens))


def sentence_end(tokens, k: int) -> bool:
    """Token k ends a sentence: "!", "?", ";" or a full stop that closes no abbreviation."""
    t = tokens[k]
    if t.norm in ("!", "?", ";"):
        return True
    if t.norm != "." or k == 0:
        return False
    prev = tokens[k - 1]
    if prev.end == t.start and (len(prev.norm) == 1 or prev.norm in lx.ABBREVIATIONS):
        return k + 1 >= len(tokens) or tokens[k + 1].norm == '"'
    return True


def analyse(a: str, b: str) -> Pair:
    sa, sb = analyse_side(a), analyse_side(b)
    return Pair(sa, sb, diff(sa.tokens, sb.tokens))


def char_change(kind: K, p: Pair, a_span, b_span, note: str = "") -> Change:
    """A Change from character spans of A and B (None: absent on that side)."""
    return Change(kind, a_span, b_span, p.a.text[a_span[0]:a_span[1]] if a_span else "",
                  p.b.text[b_span[0]:b_span[1]] if b_span else "", note)


def make_change(kind: K, p: Pair, ra: Range | None, rb: Range | None, note: str = "") -> Change:
    """A Change from token ranges of A and B (None or empty: absent on that side)."""
    return char_change(kind, p, char_span(p.a.tokens, *ra) if ra else None,
                        char_span(p.b.tokens, *rb) if rb else None, note)


def token_range(side: Side, span) -> Range:
    """Token range of this side covering a character span."""
    idx = [k for k, t in enumerate(side.tokens) if t.start < span[1] and span[0] < t.end]
    return (idx[0], idx[-1] + 1) if idx else (0, 0)


def mapped(p: Pair, r: Range, from_side: str) -> Range | None:
    """Token range on the other side that the diff aligns with r."""
    return map_range(p.ops, r[0], r[1], to_b=from_side == "a")


def unaligned(p: Pair, which: str, k: int) -> bool:
    """Token k of this side sits in an edited stretch of the diff, not an equal one."""
    for op in p.ops:
        lo, hi = (op.a0, op.a1) if which == "a" else (op.b0, op.b1)
        if lo <= k < hi:
            return op.tag != "equal"
    return True


def match_at(tokens, k: int, phrase: tuple[str, ...]) -> bool:
    """The words of `phrase` start at token k."""
    return tuple(t.norm for t in tokens[k:k + len(phrase)]) == phrase


def in_quote(side: Side, k: int) -> bool:
    """Token k sits inside quotation marks."""
    return any(lo <= k < hi for lo, hi in side.quotes)


def with_next_word(side: Side, r: Range) -> Range:
    """r widened by the word after it, if one follows."""
    j = r[1]
    return (r[0], j + 1) if j < len(side.tokens) and side.tokens[j].is_word else r
