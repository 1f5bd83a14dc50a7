"""Rule-based change detectors for two sentences already known to report the same claim.

`detect_changes(a, b)` returns the typed differences of RELATIONS.md between source A and
rewrite B, each with character spans into both texts. Every detector is a small function over
one shared analysis (tokens, a word diff, content stems) and is written for precision first:
rewrites reorder and reword freely, so a detector fires only when the words that carry its
kind are gone from the whole other sentence, not merely from the aligned position.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from compare import lexicons as lx
from compare.analysis import (BOUNDARY, MONTHS_DAYS, PRONOUNS, Pair, Range, Side, analyse, char_change,
                              make_change, mapped, match_at, squash, token_range, unaligned, with_next_word)
from compare.attribution import MISATTRIBUTED, attribution_changes, hedge_changes, quote_changes
from compare.dates import pair_dates
from compare.names import entity_changes
from compare.numbers import pair_quantities
from compare.records import Change
from compare.tokens import char_span, glued, hyphen_joins, is_content, normalize_text, similarity, stem, tokenize
from compare.vocab import ChangeKind as K

_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will",
                  "would", "could", "can", "ca", "should", "wo", "must", "may", "might", "be"})
_RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight", "overnight", "weekend"})
_LOW_QUANTIFIERS = frozenset({"little", "few", "hardly", "scarcely", "barely", "limited", "minimal"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "no", "his", "her", "its", "their", "our", "my"})
_AFTER_A_LITTLE = frozenset({"more", "less", "bit", "longer", "shorter", "higher", "lower", "better", "worse",
                             "earlier", "later", "over", "under"})


# --- negation, antonym, strength ------------------------------------------------------

def _negators(side: Side, other: Side) -> list[tuple[str, Range]]:
    found, toks = [], side.tokens
    neither = False
    for k, t in enumerate(toks):
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        refuses = t.norm in lx.NEGATOR_BEFORE_OBJECT and (_to_verb(toks, k) or nxt in lx.REFUSED_OBJECTS)
        if t.norm not in lx.NEGATORS and t.norm not in lx.NEGATOR_VERBS and not refuses:
            continue
        neither = neither or t.norm == "neither"
        if match_at(toks, k, lx.NO_LONGER) or t.norm == "nor" and neither:
            continue  # "neither ... nor" is one negation, counted at "neither"
        if _in_compound(toks, k) and not _compound_negates(toks, k, other):
            continue  # "no-shows", "do-not-call list" / "list": part of a word, not a polarity
        if t.norm == "no" and nxt in (",", "!") or t.norm in ("nothing", "none") and nxt == "but":
            continue  # "No, I said", "nothing but praise"
        if t.norm == "no" and k + 2 < len(toks) and toks[k + 2].norm == "than":
            continue  # "no later than", "no more than": a bound, not a negation
        if t.norm in ("not", "n't") and nxt in ("only", "just", "until"):
            continue  # "not only", and "isn't until March 9", which dates an event, not denies it
        found.append(("negation", (k, k + 1)))
    return found


def _in_compound(toks, k: int) -> bool:
    """Token k touches a hyphen: it is part of a compound word."""
    before = k > 0 and toks[k - 1].norm == "-" and glued(toks[k - 1], toks[k])
    after = k + 1 < len(toks) and toks[k + 1].norm == "-" and glued(toks[k], toks[k + 1])
    return before or after


def _compound_negates(toks, k: int, other: Side) -> bool:
    """The negator at token k, inside a compound, is what the other side lacks: that side has
    the rest of the compound without it ("not-for-profit" / "for-profit"), or the same words
    spelled apart ("a no-confidence vote" / "a vote of no confidence", which then balances)."""
    return _bare_tail(toks, k, other) or toks[k].norm == "no" and _spelled_apart(toks, k, other)


def _bare_tail(toks, k: int, other: Side) -> bool:
    tail, j = [], k + 1
    while hyphen_joins(toks, j):
        tail.append(toks[j + 1].norm)
        j += 2
    there = [t.norm for t in other.tokens]
    words = [w for w in there if w != "-"]
    for m in range(len(words) - len(tail) + 1):
        if tail and words[m:m + len(tail)] == tail and (m == 0 or words[m - 1] not in lx.NEGATORS):
            return True
    return False


def _spelled_apart(toks, k: int, other: Side) -> bool:
    """The compound "no-X" at token k is written "no X" on the other side ("a no-confidence
    vote" / "a vote of no confidence"), so both count their "no" and the pair balances."""
    if k + 2 >= len(toks):
        return False
    word, there = toks[k + 2].norm, other.tokens
    return any(there[j].norm == "no" and there[j + 1].norm == word for j in range(len(there) - 1))


def _to_verb(toks, k: int) -> bool:
    """Token k is followed by "to" and a verb ("declined to comment", also "declined, through her
    lawyer, to comment"), not by a figure ("declined to $12.4 million")."""
    j = k + 1
    if j < len(toks) and toks[j].norm == ",":
        j = next((x + 1 for x in range(j + 1, min(j + 8, len(toks))) if toks[x].norm == ","), j)
    return j + 1 < len(toks) and toks[j].norm == "to" and toks[j + 1].is_word


def _negation_span(side: Side, r: Range) -> Range:
    lo, hi = r
    if lo > 0 and side.tokens[lo - 1].norm in _AUX:
        lo -= 1
    while hi < len(side.tokens) and hi - r[1] < 3 and side.tokens[hi].is_word:
        hi += 1
        if is_content(side.tokens[hi - 1]):
            break
    return (lo, hi)


def _head_kept(side: Side, k: int, other: Side, reach: int = 2) -> bool:
    """One of the first `reach` content words after token k also occurs on the other side: the
    modifier at k changed on a shared predicate, rather than riding along with dropped or added
    material."""
    heads = [t for t in side.tokens[k + 1:k + 7] if is_content(t)][:reach]
    return not heads or any(stem(t.norm) in other.stems for t in heads)


_LOSE = lx.inflect("lose") | {"lost"}


def _loses(side: Side) -> int:
    return sum(1 for t in side.tokens if t.norm in _LOSE)


def _negation(p: Pair) -> list[Change]:
    """A "not"/"no"/"never"/"without"/"denied"... present on one side only, negating a
    predicate both sides share (a negator inside dropped material is detail, not negation).

    "no proof" -> "little evidence" keeps the claim's direction: that is `strength`.
    """
    neg_a, neg_b = _negators(p.a, p.b), _negators(p.b, p.a)
    if len(neg_a) == len(neg_b):
        return []
    which, other = ("a", "b") if len(neg_a) > len(neg_b) else ("b", "a")
    side, fewer = p.side(which), min(len(neg_a), len(neg_b))
    shared = [r for _, r in (neg_a if which == "a" else neg_b) if _head_kept(side, r[0], p.side(other), 1)]
    if len(shared) <= fewer:
        return []
    r = next((r for r in shared if unaligned(p, which, r[0])), shared[0])
    if side.tokens[r[0]].norm == "without" and _loses(p.side(other)) > _loses(side):
        return []  # "were without power" = "lost power": a privative verb, same polarity
    r = _negation_span(side, r)
    ra, rb = (r, mapped(p, r, "a")) if which == "a" else (mapped(p, r, "b"), r)
    change = make_change(K.NEGATION, p, ra, rb, "negation " + ("dropped" if which == "a" else "added"))
    here, there = (change.a_text, change.b_text) if which == "a" else (change.b_text, change.a_text)
    here_words, there_words = here.lower().split(), there.lower().split()
    if {"no", "none"} & set(here_words) and _low_quantifier(there_words, here_words):
        return [replace(change, kind=K.STRENGTH, note="quantifier weakened")]
    if lx.LIMIT_VERBS.intersection(there_words) and not lx.LIMIT_VERBS.intersection(here_words):
        return [replace(change, kind=K.STRENGTH, note="ban changed to a limit")]
    return [change]


def _little_is_size(prev: str, nxt: str) -> bool:
    """ "little" after a determiner is a size ("a little boy", "no little girl"), not an amount,
    unless "a little" modifies a verb or comparative ("grew a little in March", "a little more")."""
    if prev not in _DETERMINERS:
        return False
    return prev not in ("a", "an") or nxt.isalpha() and nxt not in lx.STOPWORDS and nxt not in _AFTER_A_LITTLE


def _adjective_use(words, k: int) -> bool:
    return words[k] == "little" and k > 0 and _little_is_size(words[k - 1], words[k + 1] if k + 1 < len(words) else "")


def _low_quantifier(words: list[str], negated: list[str]) -> bool:
    """`words` hold a low quantifier ("little evidence") that the negated side does not share
    ("no little girl" / "a little girl" keeps "little": a size both sides give)."""
    return any(w in _LOW_QUANTIFIERS and w not in negated and not _adjective_use(words, k)
               for k, w in enumerate(words))


def _occurrences(side: Side, forms) -> list[Range]:
    """Token ranges where one of `forms` (words, or tuples of words) occurs, in token order."""
    out, toks, at = [], side.tokens, side.positions
    for form in forms:
        if isinstance(form, tuple):
            out += [(k, k + len(form)) for k in at.get(form[0], ()) if match_at(toks, k, form)]
            continue
        for k in at.get(form, ()):
            if form in lx.NUMERIC_ONLY_ANTONYMS:
                numeric = any(x.is_number or x.norm in ("$", "€", "£") for x in toks[k + 1:k + 3])
                if form in ("up", "down") and not numeric:
                    continue  # a particle: "locked up", "put down"
                if form in ("over", "above", "below") and numeric:
                    continue  # a bound on a figure, which numbers.py compares
            out.append((k, k + 1))
    return sorted(out)


def _heads(forms) -> frozenset[str]:
    """The first word of each form (a word, or a tuple of words)."""
    return frozenset(f[0] if isinstance(f, tuple) else f for f in forms)


_ANTONYM_HEADS = [((x, _heads(x)), (y, _heads(y))) for x, y in lx.ANTONYM_GROUPS]


def _antonym(p: Pair) -> list[Change]:
    """A reversed predicate: rise/fall, approve/reject, win/lose, "under control"/"out of control".

    Fires when one side uses X and the other its opposite Y, either in one edited stretch of the
    diff or on balance over the whole sentences (so reordering does not hide it).
    """
    out = []
    for (group_x, heads_x), (group_y, heads_y) in _ANTONYM_HEADS:
        for xs, ys, hx, hy in ((group_x, group_y, heads_x, heads_y), (group_y, group_x, heads_y, heads_x)):
            if hx.isdisjoint(p.a.positions) or hy.isdisjoint(p.b.positions):
                continue  # a hit needs X in A and Y in B: skip the scans (most pairs, most groups)
            xa, xb = _occurrences(p.a, xs), _occurrences(p.b, xs)
            ya, yb = _occurrences(p.a, ys), _occurrences(p.b, ys)
            hit = None
            if len(xa) > len(xb) and len(yb) > len(ya):
                ra = next((r for r in xa if unaligned(p, "a", r[0])), xa[0])
                rb = next((r for r in yb if unaligned(p, "b", r[0])), yb[0])
                hit = (ra, rb)
            else:
                for op in p.ops:
                    if op.tag == "equal":
                        continue
                    in_a = [r for r in xa if op.a0 <= r[0] < op.a1]
                    in_b = [r for r in yb if op.b0 <= r[0] < op.b1]
                    if in_a and in_b and not [r for r in ya if op.a0 <= r[0] < op.a1] and not [
                            r for r in xb if op.b0 <= r[0] < op.b1]:
                        hit = (in_a[0], in_b[0])
                        break
            if hit and _negated(p.a, hit[0]) == _negated(p.b, hit[1]):  # "did not win" = "lost"
                out.append(make_change(K.ANTONYM, p, hit[0], hit[1], "reversed predicate"))
    return out


def _negated(side: Side, r: Range) -> bool:
    """A negator among the three tokens before r ("did not win", "never approved")."""
    return any(t.norm in lx.NEGATORS for t in side.tokens[max(0, r[0] - 3):r[0]])


def _degree_items(side: Side) -> list[tuple[str, Range]]:
    """(scale:level, range) for quantifiers, degree adverbs and adjectives, hedged intentions."""
    toks, out = side.tokens, []
    amounts = [token_range(side, q.span) for q in side.quantities]
    for k, t in enumerate(toks):
        w, prev = t.norm, toks[k - 1].norm if k else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if any(lo <= k < hi for lo, hi in amounts):
            continue
        if w in lx.QUANTIFIER_LEVELS:
            if w == "little" and _little_is_size(prev, nxt.norm if nxt is not None else ""):
                continue  # "a little boy": a size
            if w == "most" and prev in lx.SUPERLATIVE_CUES:
                continue  # "the most popular"
            if w in ("much", "many") and prev in ("as", "how", "so", "too", "very"):
                continue  # "as many as", a bound on a figure
            if nxt is not None and (nxt.is_number or nxt.norm == "-"):
                continue  # "every 500", "all-time"
            if w == "certain" and prev in ("is", "are", "was", "were", "be", "not"):
                continue
            level = 5 if w == "all" and prev in ("nearly", "almost", "virtually") else lx.QUANTIFIER_LEVELS[w]
            out.append((f"quantifier:{level}", (k, k + 1)))
        elif w in lx.DEGREE_ADVERBS:
            out.append((f"adverb:{lx.DEGREE_ADVERBS[w]}", (k, k + 1)))
        elif w in lx.DEGREE_ADJECTIVES:
            out.append((f"adjective:{lx.DEGREE_ADJECTIVES[w]}", (k, k + 1)))
        elif w in lx.INTENTION_VERBS and nxt is not None and nxt.norm == "to":
            out.append(("intention:1", (k, k + 2)))
    return out


def _strength(p: Pair) -> list[Change]:
    """Degree or quantifier moved while the claim stays compatible (most -> some, heavily
    damaged -> damaged, big gains -> modest gains, is planning to build -> will build): one
    change per scale whose levels differ between the sides."""
    items_a = [(c, r) for c, r in _degree_items(p.a) if _head_kept(p.a, r[1] - 1, p.b)]
    items_b = [(c, r) for c, r in _degree_items(p.b) if _head_kept(p.b, r[1] - 1, p.a)]
    out = []
    for scale in sorted({c.split(":")[0] for c, _ in items_a + items_b}):
        ia = [(c, r) for c, r in items_a if c.startswith(scale + ":")]
        ib = [(c, r) for c, r in items_b if c.startswith(scale + ":")]
        if Counter(c for c, _ in ia) == Counter(c for c, _ in ib):
            continue
        ra = next((r for _, r in ia if unaligned(p, "a", r[0])), ia[0][1] if ia else None)
        rb = next((r for _, r in ib if unaligned(p, "b", r[0])), ib[0][1] if ib else None)
        ra = with_next_word(p.a, ra) if ra else None
        rb = with_next_word(p.b, rb) if rb else None
        ra = ra or mapped(p, rb, "b")
        rb = rb or mapped(p, ra, "a")
        out.append(make_change(K.STRENGTH, p, ra, rb, f"{scale} changed"))
    return out


# --- numbers, dates, cause ------------------------------------------------------------

def _numbers(p: Pair) -> list[Change]:
    """Paired figures that disagree (number), round compatibly (number_rounded), or gain or
    lose an "about" at the same value (hedge, per the annotation conventions)."""
    qa, qb = p.a.quantities, p.b.quantities
    out = []
    for i, j, verdict in pair_quantities(qa, qb, len(p.a.text), len(p.b.text)):
        x, y = qa[i], qb[j]
        if verdict == "different":
            out.append(char_change(K.NUMBER, p, x.span, y.span, "different figure"))
        elif verdict == "rounded":
            same_value = (x.value, x.high) == (y.value, y.high)
            flip = {x.qualifier, y.qualifier} == {"", "about"}
            kind = K.HEDGE if same_value and flip else K.NUMBER_ROUNDED
            note = "approximation" if kind is K.HEDGE else "rounded"
            out.append(char_change(kind, p, x.span, y.span, note))
    return out


def _dates(p: Pair) -> list[Change]:
    """Paired dates or times of day that disagree on a part both pin down."""
    da, db = p.a.dates, p.b.dates
    return [char_change(K.DATE, p, da[i].span, db[j].span, "different date")
            for i, j, verdict in pair_dates(da, db) if verdict == "different"]


def _clauses(side: Side) -> list[tuple[Range, str]]:
    """(clause range, grade) for each cause marker. The clause runs to the next punctuation mark
    (at most 9 tokens) and must hold a lower-case content word. Grades: "strong" (because, due
    to), "temporal" (after, following: a reason only if the clause says something, three
    content words), "reason" (a weak marker such as "over" before a reason noun), "weak"."""
    toks, out, taken = side.tokens, [], set()
    for markers in (lx.CAUSE_MARKERS, lx.WEAK_CAUSE_MARKERS):
        for k in range(len(toks)):
            for m in markers:
                if k in taken or m[0] != toks[k].norm or not match_at(toks, k, m):
                    continue
                lo = hi = k + len(m)
                while hi < len(toks) and toks[hi].norm not in BOUNDARY and hi - lo < 9:
                    hi += 1
                words = [t for t in toks[lo:hi] if is_content(t)]
                if not any(t.is_word and not t.is_capitalised and t.norm not in MONTHS_DAYS for t in words):
                    break
                if markers is lx.CAUSE_MARKERS:
                    grade = "temporal" if m in lx.TEMPORAL_CAUSE_MARKERS else "strong"
                    if grade == "temporal" and len(words) < 3:
                        break
                else:
                    grade = "reason" if any(t.norm in lx.REASON_NOUNS for t in words) else "weak"
                out.append(((k, hi), grade))
                taken.update(range(k, k + len(m)))
                break
    return out


def _novel_share(side: Side, r: Range, other: Side) -> float:
    """Share of the clause's lower-case content words missing from the other side (a name riding
    along, "after a signal failure near Brisco Junction", does not make two causes one)."""
    stems = [stem(t.norm) for t in side.tokens[r[0]:r[1]] if is_content(t) and not t.is_capitalised]
    return sum(s not in other.stems for s in stems) / len(stems) if stems else 0.0


def _cause(p: Pair) -> list[Change]:
    """A stated reason or means replaced by another ("because of X" -> "because of Y").

    Both sides must state a cause and each clause's content words must be mostly absent from
    the other sentence. Two strong markers ("because", "due to") may sit anywhere; otherwise
    the clauses must fall in one edited stretch of the diff, and a weak marker ("over", "with")
    counts only before a reason noun or opposite a strong marker.
    """
    ca = [c for c in _clauses(p.a) if _novel_share(p.a, c[0], p.b) >= 0.7]
    cb = [c for c in _clauses(p.b) if _novel_share(p.b, c[0], p.a) >= 0.7]
    out, used = [], set()
    for ra, grade_a in ca:
        for n, (rb, grade_b) in enumerate(cb):
            if n in used:
                continue
            same_op = any(op.tag != "equal" and op.a0 < ra[1] and ra[0] < op.a1 and op.b0 < rb[1]
                          and rb[0] < op.b1 for op in p.ops)
            grades = {grade_a, grade_b}
            if grades == {"strong"} or same_op and ("strong" in grades or grades <= {"temporal", "reason"}):
                used.add(n)
                out.append(make_change(K.CAUSE, p, ra, rb, "different cause"))
                break
    return out


# --- detail ---------------------------------------------------------------------------

def _explained(p: Pair, found: list[Change]) -> dict[str, set[int]]:
    """Tokens of each side that other findings already account for: their spans, the rest of
    an edit that replaced a reason, words spelled out as an acronym, attribution phrases."""
    covered: dict[str, set[int]] = {"a": set(), "b": set()}
    for c in found:
        for which, span in (("a", c.a_span), ("b", c.b_span)):
            if span:
                covered[which].update(range(*token_range(p.side(which), span)))
        if c.kind is K.CAUSE:
            ra = token_range(p.a, c.a_span)
            for n, op in enumerate(p.ops):
                if op.tag == "equal" or not (op.a0 < ra[1] and ra[0] < op.a1):
                    continue
                lo = hi = n
                while lo > 0 and p.ops[lo - 1].tag != "equal":
                    lo -= 1
                while hi + 1 < len(p.ops) and p.ops[hi + 1].tag != "equal":
                    hi += 1
                for edit in p.ops[lo:hi + 1]:
                    covered["a"].update(range(edit.a0, edit.a1))
                    covered["b"].update(range(edit.b0, edit.b1))
    for which in ("a", "b"):
        covered[which] |= _spelled_out(p.side(which), p.side("b" if which == "a" else "a"))
        for att in p.side(which).attributions:  # a source is judged by the attribution detector
            covered[which].update(range(*att.span))
    return covered


def _novel_stretches(p: Pair, covered) -> list[Change]:
    """Edits that bring three or more content words absent from the whole other sentence, at
    least three more than the other side brings in their place (a rewording brings as many)."""
    def novel(which: str, lo: int, hi: int) -> list[int]:
        side, other = p.side(which), p.side("b" if which == "a" else "a")
        return [k for k in range(lo, hi) if is_content(side.tokens[k]) and k not in covered[which]
                and stem(side.tokens[k].norm) not in other.stems]

    out = []
    for op in p.ops:
        if op.tag == "equal":
            continue
        na, nb = novel("a", op.a0, op.a1), novel("b", op.b0, op.b1)
        if len(na) >= 3 and len(na) >= len(nb) + 3:
            out.append(make_change(K.DETAIL_DROPPED, p, (na[0], na[-1] + 1), None, "content dropped"))
        elif len(nb) >= 3 and len(nb) >= len(na) + 3:
            out.append(make_change(K.DETAIL_ADDED, p, None, (nb[0], nb[-1] + 1), "content added"))
    return out


def _unmatched_items(p: Pair, covered, names_a: list[Range], names_b: list[Range]) -> list[Change]:
    """Names, figures and dates of one side with no counterpart on the other."""
    out = []
    for which, names in (("a", names_a), ("b", names_b)):
        side = p.side(which)
        for r in names:
            if r[1] - r[0] == 1 and r[0] > 0 and side.tokens[r[0] - 1].norm == "the":
                continue  # "the Assembly", "the Rangers": a reference, often reworded
            if not any(k in covered[which] for k in range(*r)) and not _pronoun_opposite(p, which, r):
                out.append(_one_sided(p, which, r, "name"))
    paired = pair_quantities(p.a.quantities, p.b.quantities, len(p.a.text), len(p.b.text))
    dpaired = pair_dates(p.a.dates, p.b.dates)
    # figures written in words ("one", "first") are too common to count as detail on their own
    figure = lambda q: any(ch.isdigit() for ch in q.text) or q.unit is not None  # noqa: E731
    for which, n in (("a", 0), ("b", 1)):
        side, other = p.side(which), p.side("b" if which == "a" else "a")
        used_q, used_d = {x[n] for x in paired}, {x[n] for x in dpaired}
        relative = any(t.norm in _RELATIVE_DAYS for t in other.tokens)
        spans = [q.span for i, q in enumerate(side.quantities) if figure(q) and i not in used_q]
        if not relative:  # "on Sunday" / "yesterday": the same day seen from another date
            spans += [d.span for i, d in enumerate(side.dates) if i not in used_d]
        for span in spans:
            r = token_range(side, span)
            if any(k in covered[which] for k in range(*r)):
                continue
            if all(stem(t.norm) in other.stems for t in side.tokens[r[0]:r[1]] if is_content(t)):
                continue  # the same figure is there in another notation
            out.append(_one_sided(p, which, r, "figure or date"))
    return out


def _pronoun_opposite(p: Pair, which: str, r: Range) -> bool:
    """The diff sets a pronoun and no content word against the name ("Mr. Ortiz resides" /
    "He resides"): the same person referred to, not a detail dropped or added."""
    other = p.side("b" if which == "a" else "a")
    span = lambda op: (op.a0, op.a1) if which == "a" else (op.b0, op.b1)  # noqa: E731
    hit = [n for n, op in enumerate(p.ops) if op.tag != "equal" and span(op)[0] < r[1] and r[0] < span(op)[1]]
    if not hit:
        return False
    lo, hi = hit[0], hit[-1]  # the whole edited stretch around the name
    while lo > 0 and p.ops[lo - 1].tag != "equal":
        lo -= 1
    while hi + 1 < len(p.ops) and p.ops[hi + 1].tag != "equal":
        hi += 1
    toks = [t for op in p.ops[lo:hi + 1]
            for t in other.tokens[(op.b0 if which == "a" else op.a0):(op.b1 if which == "a" else op.a1)]]
    return any(t.norm in PRONOUNS for t in toks) and not any(is_content(t) for t in toks)


def _one_sided(p: Pair, which: str, r: Range, what: str) -> Change:
    if which == "a":
        return make_change(K.DETAIL_DROPPED, p, r, None, f"{what} dropped")
    return make_change(K.DETAIL_ADDED, p, None, r, f"{what} added")


def _detail(p: Pair, found: list[Change], names_a: list[Range], names_b: list[Range]) -> list[Change]:
    """Content present on one side only and explained by no other change: a stretch of new
    content words, or a name, figure or date with no counterpart."""
    covered = _explained(p, found)
    return _novel_stretches(p, covered) + _unmatched_items(p, covered, names_a, names_b)


def _spelled_out(side: Side, other: Side) -> set[int]:
    """Tokens of word runs whose initials form an acronym on the other side ("personal
    computers" / "PCs"): the same thing, not new content."""
    acronyms = {squash(t.text).rstrip("s") for t in other.tokens
                if t.is_word and len(t.text) >= 2 and t.text.rstrip("s").isupper()}
    out: set[int] = set()
    if not acronyms:
        return out
    words = [k for k, t in enumerate(side.tokens) if t.is_word]
    first = [side.tokens[k].norm[0] for k in words]
    kept = [c if side.tokens[k].norm not in ("of", "and", "the") else "" for k, c in zip(words, first)]
    for n in (2, 3, 4, 5, 6, 7):
        for x in range(len(words) - n + 1):
            if "".join(first[x:x + n]) in acronyms or "".join(kept[x:x + n]) in acronyms:
                out.update(words[x:x + n])
    return out


# --- public ---------------------------------------------------------------------------

def _overlaps(x, y) -> bool:
    return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


def _sources(p: Pair) -> tuple[list, list]:
    """Character spans of the cited sources (the speakers, not whom they told) on each side."""
    spans = []
    for side in (p.a, p.b):
        spans.append([char_span(side.tokens, *att.source) for att in side.attributions
                      if att.source[1] > att.source[0]])
    return spans[0], spans[1]


def _resolve(changes: list[Change], p: Pair) -> list[Change]:
    """Remove double reports: one span explained by two detectors keeps the more specific.

    A name inside a cited source is attribution, not entity ("said Varga" -> "according to
    Lund"); a name inside a replaced reason is part of the cause; two reversals on one
    predicate cancel ("did not win" -> "lost").
    """
    quote_spans = [c.a_span for c in changes if c.kind is K.QUOTE]
    causes = [c for c in changes if c.kind is K.CAUSE]
    src_a, src_b = _sources(p)
    keep = []
    for c in changes:
        if c.kind is K.ENTITY and c.note != MISATTRIBUTED and (any(_overlaps(c.a_span, e.a_span) or _overlaps(c.b_span, e.b_span)
                                       for e in causes) or any(_overlaps(c.a_span, x) for x in src_a)
                                   or any(_overlaps(c.b_span, x) for x in src_b)):
            continue
        if c.kind is K.STRENGTH and (any(_overlaps(c.a_span, q) for q in quote_spans) or any(
                _overlaps(c.a_span, e.a_span) or _overlaps(c.b_span, e.b_span) for e in causes)):
            continue
        if c.kind in (K.NEGATION, K.ANTONYM):
            rival = K.ANTONYM if c.kind is K.NEGATION else K.NEGATION
            if any(d.kind is rival and (_overlaps(c.a_span, d.a_span) or _overlaps(c.b_span, d.b_span))
                   for d in changes):
                continue
        keep.append(c)
    out: list[Change] = []
    for c in keep:
        if any(d.kind is c.kind and _overlaps(c.a_span, d.a_span) and (
                c.b_span is None or d.b_span is None or _overlaps(c.b_span, d.b_span)) for d in out):
            continue
        out.append(c)
    return out


def detect_changes(a: str, b: str) -> list[Change]:
    """Typed changes from source sentence `a` to rewrite `b`, which report the same claim.

    Returns changes ordered by their position in A (then B). Spans are character offsets into
    `a` and `b` (None where absent on that side); `a_text`/`b_text` are the covered text. An
    empty list means no typed change was found: the pair is a repeat (see `surface_kind`).
    """
    p = analyse(a, b)
    entity, names_a, names_b = entity_changes(p)
    found = (quote_changes(p) + attribution_changes(p) + _numbers(p) + _dates(p) + entity + _negation(p)
             + _antonym(p) + _cause(p) + hedge_changes(p) + _strength(p))
    found = _resolve(found, p)
    found += _resolve(_detail(p, found, names_a, names_b), p)
    return sorted(found, key=lambda c: (c.a_span or (len(a) + 1, 0), c.b_span or (len(b) + 1, 0)))


def surface_kind(a: str, b: str) -> K:
    """How closely B copies A: verbatim (identical after whitespace and quote-style
    normalisation), near_verbatim (in-order token similarity of at least 0.85: a few words
    swapped or added), else paraphrase.

    0.85 separates the annotated near-verbatim copies (0.86 and up) from the paraphrases
    (mostly below 0.82) of the development pairs.
    """
    if normalize_text(a) == normalize_text(b):
        return K.VERBATIM
    return K.NEAR_VERBATIM if similarity(tokenize(a), tokenize(b)) >= 0.85 else K.PARAPHRASE
