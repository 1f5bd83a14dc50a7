"""Rule-based change detectors for two sentences already known to report the same claim.

`detect_changes(a, b)` returns the typed differences of RELATIONS.md between source A and
rewrite B, each with character spans into both texts. Every detector is a small function over
one shared analysis (tokens, a word diff, content stems) and is written for precision first:
rewrites reorder and reword freely, so a detector fires only when the words that carry its
kind are gone from the whole other sentence, not merely from the aligned position.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz.distance import Levenshtein

from compare import lexicons as lx
from compare.dates import extract_dates, pair_dates
from compare.numbers import extract_quantities, pair_quantities
from compare.records import Change
from compare.tokens import (Opcode, Token, char_span, diff, fold, is_content, map_range, normalize_text,
                            similarity, stem, tokenize)
from compare.vocab import ChangeKind as K

Range = tuple[int, int]  # token indices [start, end)

_BOUNDARY = frozenset({",", ";", ":", ".", "!", "?", '"', "(", ")"})
_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will",
                  "would", "could", "can", "ca", "should", "wo", "must", "may", "might", "be"})
_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "earlier", "later", "recently", "again",
                         "also", "previously", "publicly", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday", "on", "late", "last", "night"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there"})
_CORE_SPEECH = frozenset({"say", "says", "said", "told", "tell", "tells"})
_INVERTING = frozenset({"said", "says", "added", "adds", "told", "tells", "reported", "reports",
                        "explained", "noted", "notes", "wrote", "writes", "stated", "continued",
                        "warned", "announced", "confirmed", "claimed", "insisted", "declared"})
_RECIPIENT_VERBS = frozenset({"told", "tell", "tells", "inform", "informs", "informed"})
# Before "report(s)" these make it a noun ("news reports that ..."), not a verb of speaking.
_NOUN_CUES = frozenset({"news", "media", "press", "the", "a", "these", "those", "some", "many",
                        "recent", "local", "several", "initial", "earlier", "other", "police",
                        "published", "unconfirmed"})
_MONTHS_DAYS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december", "jan", "feb", "aug",
                          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
                          "friday", "saturday", "sunday"})
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ese", "i", "ish", "ns", "ans", "ians", "er", "ers"})
_TITLE_STEMS = frozenset(stem(w) for w in lx.TITLES)
_RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight", "overnight", "weekend"})
_LOW_QUANTIFIERS = frozenset({"little", "few", "hardly", "scarcely", "barely", "limited", "minimal"})


@dataclass(frozen=True)
class _Side:
    text: str
    tokens: tuple[Token, ...]
    stems: frozenset[str]  # stems of every content word, plus negators
    squashed: frozenset[str]  # every word and two- or three-word run, lower-case letters and digits
    initials: frozenset[str]  # initials of word runs ("vice president" -> "vp") and acronyms
    quotes: tuple[Range, ...]  # token ranges inside quotation marks

    # parsed once per side: several detectors consult them
    @cached_property
    def quantities(self):
        return extract_quantities(self.text)

    @cached_property
    def dates(self):
        return extract_dates(self.text)

    @cached_property
    def attributions(self):
        return _attributions(self)


@dataclass(frozen=True)
class _Pair:
    a: _Side
    b: _Side
    ops: tuple[Opcode, ...]

    def side(self, which: str) -> _Side:
        return self.a if which == "a" else self.b


def _squash(text: str) -> str:
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


def _side(text: str) -> _Side:
    tokens = tokenize(text)
    stems = {stem(t.norm) for t in tokens if is_content(t) or t.norm in lx.NEGATORS}
    words = [t for t in tokens if t.is_word or t.is_number]
    squashed = {_squash(chunk) for chunk in text.split()}
    initials = set()
    for n in (1, 2, 3, 4, 5, 6):
        for k in range(len(words) - n + 1):
            run = words[k:k + n]
            if n <= 3:
                squashed.add("".join(_squash(t.text) for t in run))
            if n >= 2:
                initials.add("".join(t.norm[0] for t in run))
                initials.add("".join(t.norm[0] for t in run if t.norm not in ("of", "and", "the", "for")))
    acronyms = {_squash(t.text) for t in tokens if t.is_word and len(t.text) >= 2
                and t.text.rstrip("s").isupper()}
    initials |= acronyms | {a[:-1] for a in acronyms if a.endswith("s")}
    return _Side(text, tokens, frozenset(stems), frozenset(squashed - {""}),
                 frozenset(x for x in initials if len(x) > 1), _quote_ranges(tokens))


def _sentence_end(tokens, k: int) -> bool:
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


def _analyse(a: str, b: str) -> _Pair:
    sa, sb = _side(a), _side(b)
    return _Pair(sa, sb, diff(sa.tokens, sb.tokens))


def _char_change(kind: K, p: _Pair, a_span, b_span, note: str = "") -> Change:
    """A Change from character spans of A and B (None: absent on that side)."""
    return Change(kind, a_span, b_span, p.a.text[a_span[0]:a_span[1]] if a_span else "",
                  p.b.text[b_span[0]:b_span[1]] if b_span else "", note)


def _change(kind: K, p: _Pair, ra: Range | None, rb: Range | None, note: str = "") -> Change:
    """A Change from token ranges of A and B (None or empty: absent on that side)."""
    return _char_change(kind, p, char_span(p.a.tokens, *ra) if ra else None,
                        char_span(p.b.tokens, *rb) if rb else None, note)


def _token_range(side: _Side, span) -> Range:
    idx = [k for k, t in enumerate(side.tokens) if t.start < span[1] and span[0] < t.end]
    return (idx[0], idx[-1] + 1) if idx else (0, 0)


def _mapped(p: _Pair, r: Range, from_side: str) -> Range | None:
    return map_range(p.ops, r[0], r[1], to_b=from_side == "a")


def _unaligned(p: _Pair, which: str, k: int) -> bool:
    """Token k of this side sits in an edited stretch of the diff, not an equal one."""
    for op in p.ops:
        lo, hi = (op.a0, op.a1) if which == "a" else (op.b0, op.b1)
        if lo <= k < hi:
            return op.tag != "equal"
    return True


def _match_at(tokens, k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(t.norm for t in tokens[k:k + len(phrase)]) == phrase


def _in_quote(side: _Side, k: int) -> bool:
    return any(lo <= k < hi for lo, hi in side.quotes)


# --- quote ---------------------------------------------------------------------------------

def _quote_words(side: _Side, r: Range) -> list[str]:
    return [t.norm for t in side.tokens[r[0]:r[1]] if t.is_word or t.is_number]


def _quote_content(side: _Side, r: Range) -> list[str]:
    return [stem(t.norm) for t in side.tokens[r[0]:r[1]] if is_content(t) or t.norm in lx.NEGATORS]


def _quotes(p: _Pair) -> list[Change]:
    """Quoted words reworded or trimmed, or a quotation paraphrased with other content words.

    A quotation turned into indirect speech that keeps every content word (and every negator)
    is a paraphrase, not a quote change (articles_dev_README conventions).
    """
    out, used_b = [], set()
    with_marks = lambda r, side: (r[0] - 1, min(r[1] + 1, len(side.tokens)))  # noqa: E731
    b_words = {i: _quote_words(p.b, r) for i, r in enumerate(p.b.quotes)}
    for ra in p.a.quotes:
        words = _quote_words(p.a, ra)
        if not words:
            continue
        same = [i for i, w in b_words.items() if w == words]
        if same:
            used_b.add(same[0])
            continue
        scored = [(similarity(tuple(words), tuple(w)), i) for i, w in b_words.items() if i not in used_b]
        best = max(scored, default=(0.0, -1))
        if best[0] >= 0.5:
            used_b.add(best[1])
            out.append(_change(K.QUOTE, p, with_marks(ra, p.a), with_marks(p.b.quotes[best[1]], p.b),
                               "quoted words changed"))
            continue
        content = _quote_content(p.a, ra)
        missing = [s for s in content if s not in p.b.stems]
        rb = _mapped(p, ra, "a")
        if len(words) <= 3 and not missing and content:
            out.append(_change(K.QUOTE, p, with_marks(ra, p.a), rb, "quotation marks removed"))
        elif content and len(missing) / len(content) > 0.1:
            out.append(_change(K.QUOTE, p, with_marks(ra, p.a), rb, "quotation paraphrased with other words"))
    for i, rb in enumerate(p.b.quotes):
        if i in used_b or any(_quote_words(p.a, ra) == b_words[i] for ra in p.a.quotes):
            continue
        content = _quote_content(p.b, rb)
        missing = [s for s in content if s not in p.a.stems]
        if content and len(missing) / len(content) > 0.1:
            out.append(_change(K.QUOTE, p, _mapped(p, rb, "b"), with_marks(rb, p.b), "quotation added"))
    return out


# --- attribution ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Attribution:
    span: Range  # the whole phrase, e.g. ", Pell said"
    source: Range  # who is cited
    names: frozenset[str]  # squashed capitalised words of the source and of whom they told
    words: frozenset[str]  # stems of its lower-case content words
    keys: frozenset[str]  # the names that identify it: last name of the source, of the recipient

    @property
    def pronoun(self) -> bool:
        """ "he said", "it said": a source named elsewhere, compatible with any other."""
        return not self.names and not self.words


def _speaker_before(tokens, k: int) -> tuple[int, Range]:
    """(start of the source named before the verb at token k, range of its head).

    Appositives are crossed back to the name they describe: ", 19,", ", D-Ore.," (no word of
    three letters), ", a former director of X,", ", who heads X," (a determiner, a relative
    pronoun or a lower-case word first). Without such a name the head is the nearest stretch.
    """
    def cut(j: int) -> bool:
        """A clause boundary; "and" only between clauses ("..., and Marsh said"), not inside
        names ("Bureau of Land and Water") or lists of speakers ("Ortiz and Lamb said")."""
        w = tokens[j].norm
        if w in ("and", "but"):
            if j == k - 1:
                return True
            after_clause = j > 0 and (tokens[j - 1].norm in _BOUNDARY or not tokens[j - 1].is_capitalised)
            return after_clause and j + 1 < len(tokens) and (
                tokens[j + 1].is_capitalised or tokens[j + 1].norm in _PRONOUNS)
        return w in _BOUNDARY or w in ("that", "while", "because", "as", "after", "before", "when")

    end = k - 1 if k > 0 and tokens[k - 1].norm == "," else k
    s = end
    while s > 0 and not cut(s - 1):
        s -= 1
    first = (s, end)
    for _ in range(4):
        stretch = tokens[s:end]
        described = stretch and stretch[0].norm in ("a", "an", "the", "who", "which")
        bare = not any(t.is_word and len(t.norm) >= 3 for t in stretch)
        appositive = 0 < len(stretch) <= (20 if described else 10) and (
            described or bare or not stretch[0].is_capitalised)
        if not appositive or s < 2 or tokens[s - 1].norm != ",":
            break
        end = s - 1
        s = end
        while s > 0 and not cut(s - 1):
            s -= 1
        name = [t for t in tokens[s:end] if t.norm not in (".", "-", "'s")]
        if name and all(t.is_capitalised or t.is_number for t in name):
            return s, (s, end)
    return first[0], first


def _is_name_word(w: Token) -> bool:
    return (w.is_word and w.is_capitalised and w.norm not in lx.TITLES and w.norm not in lx.STOPWORDS
            and w.norm not in _MONTHS_DAYS)


def _name_runs(tokens, r: Range) -> list[Range]:
    runs, k = [], r[0]
    while k < r[1]:
        if _is_name_word(tokens[k]) and tokens[k].norm not in lx.GENERIC_NAME_WORDS:
            j = k
            while j < r[1] and (_is_name_word(tokens[j]) or tokens[j].norm in (".", "-")):
                j += 1
            runs.append((k, j))
            k = j
        else:
            k += 1
    return runs


def _key(tokens, r: Range, nearest_last: bool) -> str | None:
    """The identifying word of a source: the last word of its name nearest to the verb."""
    runs = _name_runs(tokens, r)
    if not runs:
        return None
    lo, hi = runs[-1] if nearest_last else runs[0]
    words = [t for t in tokens[lo:hi] if t.is_word and t.norm not in lx.GENERIC_NAME_WORDS]
    return _squash(words[-1].text) if words else None


def _attribution_at(side: _Side, k: int) -> _Attribution | None:
    tokens, n = side.tokens, len(side.tokens)
    t = tokens[k]
    nxt = next((j for j in range(k + 1, n) if tokens[j].norm not in _TIME_WORDS), n)
    prev = tokens[k - 1].norm if k else ""
    if t.norm.endswith("ing") or t.norm.startswith("report") and prev in _NOUN_CUES:
        return None  # "after telling People", "news reports that": not an attribution
    after = tokens[k + 1] if k + 1 < n else None
    inverted = prev in (",", '"') and t.norm in _INVERTING and after is not None and after.is_word and (
        after.is_capitalised or after.norm in ("the", "a", "an", "his", "her", "their", "its")
        or after.norm in lx.TITLES or after.norm in lx.VAGUE_SOURCES)  # not ", said shortly after"
    if t.norm not in _CORE_SPEECH and t.norm not in _RECIPIENT_VERBS and not inverted:
        follow = tokens[nxt].norm if nxt < n else "."
        if follow not in _BOUNDARY and follow != "that" and follow not in _PRONOUNS:
            return None  # "added 16 points", "confirmed him": not a verb of speaking here
    if prev in ("is", "was", "are", "were", "be", "been") and k + 1 < n and tokens[k + 1].norm == "to":
        return None  # "is said to be" is a hedge
    stop = next((j for j in range(k + 1, n) if _sentence_end(tokens, j)), n)
    comma = next((j for j in range(k + 1, stop) if tokens[j].norm in (",", ";", ":")), stop)
    if inverted and (stop - k <= 14 or prev == '"'):  # ", said Varga." / '," said X, the ...'
        end = stop if stop - k <= 14 else comma
        start = k - 1 if prev == "," else k
        return _make_attribution(tokens, start, end, (k + 1, end), head=(k + 1, comma), nearest_last=False)
    start, head = _speaker_before(tokens, k)
    if start >= k - (prev == ","):
        return None
    end, recipient = k + 1, None
    if t.norm in _RECIPIENT_VERBS:
        while end < n and end - k <= 8 and (tokens[end].norm not in _BOUNDARY or (
                tokens[end].norm == "." and not _sentence_end(tokens, end))) and tokens[end].norm not in (
                "that", "he", "she", "they", "it", "we", "i") and tokens[end].norm not in _TIME_WORDS:
            end += 1
        recipient = (k + 1, end)
    if start > 0 and tokens[start - 1].norm == "," and (end >= n or _sentence_end(tokens, end)):
        start -= 1
    source = (start + (tokens[start].norm == ","), k)
    return _make_attribution(tokens, start, end, source, recipient, head=head)


def _make_attribution(tokens, start: int, end: int, source: Range, recipient: Range | None = None, *,
                      head: Range | None = None, nearest_last: bool = True) -> _Attribution | None:
    """The attribution spanning tokens [start, end), citing `source` (and telling `recipient`)."""
    words = [tokens[j] for j in range(*source)] + [tokens[j] for j in range(*(recipient or (0, 0)))]
    names = {_squash(w.text) for w in words if _is_name_word(w)}
    common = {stem(w.norm) for w in words if is_content(w) and not w.is_number
              and (not w.is_capitalised or w.norm in lx.TITLES)}
    keys = {_key(tokens, head or source, nearest_last)}
    if recipient:
        keys.add(_key(tokens, recipient, False))
    pronoun = not names and not common and any(tokens[j].norm in _PRONOUNS for j in range(*source))
    if not names and not common and not pronoun:
        return None
    return _Attribution((start, end), source, frozenset(names - {""}), frozenset(common),
                        frozenset(keys - {None, ""}))


def _attributions(side: _Side) -> list[_Attribution]:
    tokens, n, found = side.tokens, len(side.tokens), []
    for k, t in enumerate(tokens):
        if _in_quote(side, k):
            continue
        if t.norm == "according" and k + 1 < n and tokens[k + 1].norm == "to":
            trailing = k > 0 and tokens[k - 1].norm == ","
            end = k + 2
            while end < n and not (_sentence_end(tokens, end) if trailing else tokens[end].norm in _BOUNDARY
                                   and not (tokens[end].norm == "." and not _sentence_end(tokens, end))):
                end += 1
            att = _make_attribution(tokens, k - 1 if trailing else k, end, (k + 2, end), nearest_last=False)
        elif t.norm in lx.ATTRIBUTION_VERBS:
            att = _attribution_at(side, k)
        elif t.norm == ":" and n <= 25 and (k <= 3 or n - k <= 4):  # headline "Police: ..."
            lo, hi = (0, k) if k <= 3 else (k + 1, n)
            att = _make_attribution(tokens, lo, hi if k <= 3 else n, (lo, hi)) if hi > lo else None
            if att is not None:
                att = replace(att, span=(lo, k + 1) if k <= 3 else (k, n), source=(lo, hi))
        else:
            continue
        if att is not None and not any(x.span[0] < att.span[1] and att.span[0] < x.span[1] for x in found):
            found.append(att)
    return found


def _attribution_kept(att: _Attribution, other: _Side, other_atts: list[_Attribution]) -> bool:
    """The other side still attributes the claim to this source.

    It must attribute at all; then a pronoun source on either side ("he said") is taken as the
    same source, a named one must keep its identifying names (the speaker's last name, the
    outlet told), and an unnamed one ("officials") most of its words.
    """
    if not other_atts:
        return False
    if att.pronoun or any(o.pronoun for o in other_atts):
        return True
    if att.keys:
        return all(_known(key, other) for key in att.keys) or any(
            not o.keys and o.words and o.words <= _TITLE_STEMS for o in other_atts)
    if att.words <= _TITLE_STEMS and any(o.keys for o in other_atts):
        return True  # "the Senator said" / "Ortiz said": the other side names the office holder
    return len(att.words & other.stems) * 2 >= len(att.words)


def _attribution(p: _Pair) -> list[Change]:
    """Attribution dropped, added, changed or made vaguer ("the mayor said" -> "officials said")."""
    atts_a, atts_b = p.a.attributions, p.b.attributions
    lost = [x for x in atts_a if not x.pronoun and not _attribution_kept(x, p.b, atts_b)]
    new = [y for y in atts_b if not y.pronoun and not _attribution_kept(y, p.a, atts_a)]
    out = []
    for k in range(max(len(lost), len(new))):
        ra = lost[k].span if k < len(lost) else None
        rb = new[k].span if k < len(new) else None
        note = "changed" if ra and rb else ("dropped" if ra else "added")
        out.append(_change(K.ATTRIBUTION, p, ra, rb, note))
    return out


# --- hedge, negation, antonym, strength ---------------------------------------------------

def _hedges(side: _Side) -> list[tuple[str, Range]]:
    found = []
    for k, t in enumerate(side.tokens):
        for cls, words in lx.HEDGE_WORDS.items():
            if t.norm in words and not (t.norm == "may" and t.text != "may"):
                found.append((cls, (k, k + 1)))
        for cls, phrases in lx.HEDGE_PHRASES.items():
            for phrase in phrases:
                if _match_at(side.tokens, k, phrase):
                    found.append((cls, (k, k + len(phrase))))
    return found


def _with_next_word(side: _Side, r: Range) -> Range:
    j = r[1]
    return (r[0], j + 1) if j < len(side.tokens) and side.tokens[j].is_word else r


def _count_diff(p: _Pair, kind: K, items_a, items_b, note: str, widen=_with_next_word) -> list[Change]:
    """One change per class whose count differs, at the unaligned occurrences of the class."""
    out = []
    ca, cb = Counter(c for c, _ in items_a), Counter(c for c, _ in items_b)
    for cls in sorted(set(ca) | set(cb)):
        if ca[cls] == cb[cls]:
            continue
        which, items = ("a", items_a) if ca[cls] > cb[cls] else ("b", items_b)
        side = p.side(which)
        spots = [r for c, r in items if c == cls]
        spots = [r for r in spots if _unaligned(p, which, r[0])] or spots
        r = widen(side, spots[0])
        other = _mapped(p, r, which)
        ra, rb = (r, other) if which == "a" else (other, r)
        verb = "dropped" if which == "a" else "added"
        out.append(_change(kind, p, ra, rb, f"{note} {cls} {verb}"))
    return out


def _hedge(p: _Pair) -> list[Change]:
    """Uncertainty markers added or removed (may, reportedly, is believed to, they claim)."""
    return _count_diff(p, K.HEDGE, _hedges(p.a), _hedges(p.b), "hedge")


def _negators(side: _Side) -> list[tuple[str, Range]]:
    found, toks = [], side.tokens
    neither = False
    for k, t in enumerate(toks):
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        before_to = t.norm in lx.NEGATOR_BEFORE_TO and _to_verb(toks, k)
        if t.norm not in lx.NEGATORS and t.norm not in lx.NEGATOR_VERBS and not before_to:
            continue
        neither = neither or t.norm == "neither"
        if _match_at(toks, k, lx.NO_LONGER) or t.norm == "nor" and neither:
            continue  # "neither ... nor" is one negation, counted at "neither"
        if t.norm == "no" and nxt in ("-", ",", "!") or t.norm in ("nothing", "none") and nxt == "but":
            continue  # "no-shows", "No, I said", "nothing but praise"
        if t.norm == "no" and k + 2 < len(toks) and toks[k + 2].norm == "than":
            continue  # "no later than", "no more than": a bound, not a negation
        if t.norm == "not" and k + 1 < len(toks) and toks[k + 1].norm in ("only", "just"):
            continue
        found.append(("negation", (k, k + 1)))
    return found


def _to_verb(toks, k: int) -> bool:
    """Token k is followed by "to" and a verb ("declined to comment", also "declined, through her
    lawyer, to comment"), not by a figure ("declined to $12.4 million")."""
    j = k + 1
    if j < len(toks) and toks[j].norm == ",":
        j = next((x + 1 for x in range(j + 1, min(j + 8, len(toks))) if toks[x].norm == ","), j)
    return j + 1 < len(toks) and toks[j].norm == "to" and toks[j + 1].is_word


def _negation_span(side: _Side, r: Range) -> Range:
    lo, hi = r
    if lo > 0 and side.tokens[lo - 1].norm in _AUX:
        lo -= 1
    while hi < len(side.tokens) and hi - r[1] < 3 and side.tokens[hi].is_word:
        hi += 1
        if is_content(side.tokens[hi - 1]):
            break
    return (lo, hi)


def _head_kept(side: _Side, k: int, other: _Side, reach: int = 2) -> bool:
    """One of the first `reach` content words after token k also occurs on the other side: the
    modifier at k changed on a shared predicate, rather than riding along with dropped or added
    material."""
    heads = [t for t in side.tokens[k + 1:k + 7] if is_content(t)][:reach]
    return not heads or any(stem(t.norm) in other.stems for t in heads)


def _negation(p: _Pair) -> list[Change]:
    """A "not"/"no"/"never"/"without"/"denied"... present on one side only, negating a
    predicate both sides share (a negator inside dropped material is detail, not negation).

    "no proof" -> "little evidence" keeps the claim's direction: that is `strength`.
    """
    neg_a, neg_b = _negators(p.a), _negators(p.b)
    if len(neg_a) == len(neg_b):
        return []
    which, other = ("a", "b") if len(neg_a) > len(neg_b) else ("b", "a")
    side, fewer = p.side(which), min(len(neg_a), len(neg_b))
    shared = [r for _, r in (neg_a if which == "a" else neg_b) if _head_kept(side, r[0], p.side(other), 1)]
    if len(shared) <= fewer:
        return []
    r = next((r for r in shared if _unaligned(p, which, r[0])), shared[0])
    r = _negation_span(side, r)
    ra, rb = (r, _mapped(p, r, "a")) if which == "a" else (_mapped(p, r, "b"), r)
    change = _change(K.NEGATION, p, ra, rb, "negation " + ("dropped" if which == "a" else "added"))
    here, there = (change.a_text, change.b_text) if which == "a" else (change.b_text, change.a_text)
    if {"no", "none"} & set(here.lower().split()) and set(there.lower().split()) & _LOW_QUANTIFIERS:
        return [replace(change, kind=K.STRENGTH, note="quantifier weakened")]
    return [change]


def _occurrences(side: _Side, forms) -> list[Range]:
    """Token ranges where one of `forms` (words, or tuples of words) occurs."""
    out, toks = [], side.tokens
    phrases = [f for f in forms if isinstance(f, tuple)]
    for k, t in enumerate(toks):
        if t.norm in forms:
            if t.norm in lx.NUMERIC_ONLY_ANTONYMS:
                numeric = any(x.is_number or x.norm in ("$", "€", "£") for x in toks[k + 1:k + 3])
                if t.norm in ("up", "down") and not numeric:
                    continue  # a particle: "locked up", "put down"
                if t.norm in ("over", "above", "below") and numeric:
                    continue  # a bound on a figure, which numbers.py compares
            out.append((k, k + 1))
        out += [(k, k + len(f)) for f in phrases if f[0] == t.norm and _match_at(toks, k, f)]
    return out


def _antonym(p: _Pair) -> list[Change]:
    """A reversed predicate: rise/fall, approve/reject, win/lose, "under control"/"out of control".

    Fires when one side uses X and the other its opposite Y, either in one edited stretch of the
    diff or on balance over the whole sentences (so reordering does not hide it).
    """
    out = []
    for group_x, group_y in lx.ANTONYM_GROUPS:
        for xs, ys in ((group_x, group_y), (group_y, group_x)):
            xa, xb = _occurrences(p.a, xs), _occurrences(p.b, xs)
            ya, yb = _occurrences(p.a, ys), _occurrences(p.b, ys)
            hit = None
            if len(xa) > len(xb) and len(yb) > len(ya):
                ra = next((r for r in xa if _unaligned(p, "a", r[0])), xa[0])
                rb = next((r for r in yb if _unaligned(p, "b", r[0])), yb[0])
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
                out.append(_change(K.ANTONYM, p, hit[0], hit[1], "reversed predicate"))
    return out


def _negated(side: _Side, r: Range) -> bool:
    """A negator among the three tokens before r ("did not win", "never approved")."""
    return any(t.norm in lx.NEGATORS for t in side.tokens[max(0, r[0] - 3):r[0]])


def _degree_items(side: _Side) -> list[tuple[str, Range]]:
    """(scale:level, range) for quantifiers, degree adverbs and adjectives, hedged intentions."""
    toks, out = side.tokens, []
    amounts = [_token_range(side, q.span) for q in side.quantities]
    for k, t in enumerate(toks):
        w, prev = t.norm, toks[k - 1].norm if k else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if any(lo <= k < hi for lo, hi in amounts):
            continue
        if w in lx.QUANTIFIER_LEVELS:
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


def _strength(p: _Pair) -> list[Change]:
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
        ra = next((r for _, r in ia if _unaligned(p, "a", r[0])), ia[0][1] if ia else None)
        rb = next((r for _, r in ib if _unaligned(p, "b", r[0])), ib[0][1] if ib else None)
        ra = _with_next_word(p.a, ra) if ra else None
        rb = _with_next_word(p.b, rb) if rb else None
        ra = ra or _mapped(p, rb, "b")
        rb = rb or _mapped(p, ra, "a")
        out.append(_change(K.STRENGTH, p, ra, rb, f"{scale} changed"))
    return out


# --- numbers, dates, entities, cause --------------------------------------------------------

def _numbers(p: _Pair) -> list[Change]:
    """Paired figures that disagree (number), round compatibly (number_rounded), or gain or
    lose an "about" at the same value (hedge, per the annotation conventions)."""
    qa, qb = p.a.quantities, p.b.quantities
    out = []
    for i, j, verdict in pair_quantities(qa, qb, len(p.a.text), len(p.b.text)):
        x, y = qa[i], qb[j]
        if verdict == "different":
            out.append(_char_change(K.NUMBER, p, x.span, y.span, "different figure"))
        elif verdict == "rounded":
            same_value = (x.value, x.high) == (y.value, y.high)
            flip = {x.qualifier, y.qualifier} == {"", "about"}
            kind = K.HEDGE if same_value and flip else K.NUMBER_ROUNDED
            note = "approximation" if kind is K.HEDGE else "rounded"
            out.append(_char_change(kind, p, x.span, y.span, note))
    return out


def _dates(p: _Pair) -> list[Change]:
    """Paired dates or times of day that disagree on a part both pin down."""
    da, db = p.a.dates, p.b.dates
    return [_char_change(K.DATE, p, da[i].span, db[j].span, "different date")
            for i, j, verdict in pair_dates(da, db) if verdict == "different"]


def _sentence_starts(side: _Side) -> set[int]:
    starts, toks = {0}, side.tokens
    for k, t in enumerate(toks):
        if k + 1 < len(toks) and (t.norm in (":", '"', "(", "-") or _sentence_end(toks, k)):
            starts.add(k + 1)
    return starts


def _names(side: _Side, other: _Side) -> list[Range]:
    """Runs of capitalised words (with "of", "&", initials and tight hyphens inside) that are not
    merely sentence-initial, titles, months or weekdays."""
    toks, starts, runs = side.tokens, _sentence_starts(side), []
    capital = lambda t: t.is_word and t.is_capitalised and t.norm not in _MONTHS_DAYS  # noqa: E731
    elsewhere = {t.norm for k, t in enumerate(toks) if capital(t) and k not in starts}
    elsewhere |= {t.norm for t in other.tokens if capital(t)}
    k = 0
    while k < len(toks):
        if not capital(toks[k]):
            k += 1
            continue
        j = k + 1
        while j < len(toks):
            t = toks[j]
            tight = t.start == toks[j - 1].end
            if t.norm in lx.TITLES and j > k and toks[j - 1].norm not in lx.TITLES:
                break  # "Kent County Court | Judge Ana M. Ruiz": a title starts a new name
            if capital(t) or (t.norm == "." and tight) or (t.norm == "-" and tight and j + 1 < len(toks)
                                                              and capital(toks[j + 1])):
                j += 1
            elif t.norm in ("of", "&", "de") and j + 1 < len(toks) and capital(toks[j + 1]):
                j += 1
            else:
                break
        while j > k + 1 and toks[j - 1].norm == "." and _sentence_end(toks, j - 1):
            j -= 1  # the full stop ends the sentence, not an abbreviation in the name
        lo = k
        while lo < j and (toks[lo].norm in lx.STOPWORDS or toks[lo].norm in lx.TITLES or toks[lo].norm == "."
                          or (lo in starts and j - lo == 1 and toks[lo].norm not in elsewhere)):
            lo += 1
        if lo < j and any(capital(toks[x]) for x in range(lo, j)):
            runs.append((lo, j))
        k = j
    return runs


def _name_keys(side: _Side, r: Range) -> set[str]:
    """The distinctive words of a name: no titles, no generic words such as "County"."""
    words = [t for t in side.tokens[r[0]:r[1]] if t.is_word]
    keys = {_squash(t.text) for t in words if t.norm not in lx.GENERIC_NAME_WORDS and t.norm not in lx.TITLES}
    return {k for k in keys if len(k) > 1}


def _state(word: str) -> str | None:
    for name, abbrevs in lx.STATES.items():
        if word == name or word in abbrevs:
            return name
    return None


def _similar_word(x: str, y: str) -> bool:
    """Two spellings of one name: abbreviation ("calif"), demonym ("italy"/"italian"), typo."""
    if x == y:
        return True
    if not (x.isalpha() and y.isalpha()):
        return False
    short, long = sorted((x, y), key=len)
    if len(short) >= 3 and long.startswith(short):  # "calif" / "california", "sept" / "september"
        return True
    root = short.rstrip("aeiouy") if len(short) > 4 else short
    if len(root) >= 3 and long.startswith(root) and long[len(root):] in _DEMONYM_ENDINGS:
        return True  # "italy" / "italian", "china" / "chinese"
    if len(short) >= 6 and (Levenshtein.distance(x, y) <= 1 or (len(x) == len(y) and sorted(x) == sorted(y))):
        return True  # a typo: one letter off, or letters swapped ("mikkelsne" / "mikkelsen")
    return False


def _known(key: str, other: _Side) -> bool:
    """A squashed name word occurs on the other side in some compatible form."""
    if key in other.squashed or key in other.initials or key.endswith("s") and key[:-1] in other.initials:
        return True
    state = _state(key)
    if state and any(_state(w) == state for w in other.squashed):
        return True
    if any(key in group and group & other.squashed for group in lx.NAME_ALIASES):
        return True
    return any(_similar_word(key, w) for w in other.squashed)


def _name_present(side: _Side, r: Range, other: _Side) -> bool:
    """The name at r appears on the other side in some compatible form, or is spelled out
    there as an acronym ("World Health Organization" / "WHO")."""
    keys = _name_keys(side, r)
    if not keys:
        return True
    whole = _squash(side.text[side.tokens[r[0]].start:side.tokens[r[1] - 1].end])
    caps = [t.norm[0] for t in side.tokens[r[0]:r[1]] if t.is_word and t.is_capitalised]
    initials = "".join(caps)
    acronyms = [_squash(t.text) for t in other.tokens if t.is_word and len(t.text) >= 3 and t.text.isupper()]
    if whole in other.squashed or (len(initials) > 1 and (initials in other.initials
                                                          or any(initials in a for a in acronyms))):
        return True
    return any(_known(key, other) for key in keys)


def _entity(p: _Pair) -> tuple[list[Change], list[Range], list[Range]]:
    """A name, place or organisation of A replaced by a different one in B.

    Returns the changes and the names of A and of B that have no counterpart at all (left for
    the detail detectors). Case-only changes and abbreviations are not changes.
    """
    runs_a, runs_b = _names(p.a, p.b), _names(p.b, p.a)
    miss_a = [r for r in runs_a if not _name_present(p.a, r, p.b)]
    miss_b = [r for r in runs_b if not _name_present(p.b, r, p.a)]
    out, used_b = [], set()
    before = lambda side, r: [t.norm for t in side.tokens[max(0, r[0] - 2):r[0]]]  # noqa: E731
    after = lambda side, r: [t.norm for t in side.tokens[r[1]:r[1] + 1]]  # noqa: E731
    for ra in miss_a:
        for n, rb in enumerate(miss_b):
            if n in used_b:
                continue
            ops = [op for op in p.ops if op.tag != "equal" and op.a0 < ra[1] and ra[0] < op.a1
                   and op.b0 < rb[1] and rb[0] < op.b1]
            context = _same_slot_context(p, ra, rb)
            if ops and (_slot(p, ops[0], ra, rb) or context) or context == "strong":
                used_b.add(n)
                out.append(_change(K.ENTITY, p, ra, rb, "different name"))
                break
    # swaps: the same context names one thing in A and another in B, both names appearing on
    # both sides ("$9 million to Ghana." / "$9 million to Togo.")
    for ra in runs_a:
        la, na = before(p.a, ra), after(p.a, ra)
        if len(la) < 2 or not any(is_content(t) for t in p.a.tokens[ra[0] - 2:ra[0]]) or ra in miss_a:
            continue
        for rb in runs_b:
            if before(p.b, rb) != la or after(p.b, rb) != na or rb in miss_b or _same_name(p, ra, rb):
                continue
            keys_b = _name_keys(p.b, rb)
            near = [k for k, t in enumerate(p.a.tokens) if _squash(t.text) in keys_b]
            if near and all(abs(k - ra[0]) >= 4 for k in near):  # not a local reordering
                out.append(_change(K.ENTITY, p, ra, rb, "names swapped"))
    left_a = [r for r in miss_a if not any(c.a_span == char_span(p.a.tokens, *r) for c in out)]
    left_b = [r for r in miss_b if not any(c.b_span == char_span(p.b.tokens, *r) for c in out)]
    return out, left_a, left_b


def _slot(p: _Pair, op: Opcode, ra: Range, rb: Range) -> bool:
    """The edit replaces the name and nothing else of substance (one shared word at most)."""
    rest_a = {stem(p.a.tokens[k].norm) for k in range(op.a0, op.a1)
              if not ra[0] <= k < ra[1] and is_content(p.a.tokens[k])}
    rest_b = {stem(p.b.tokens[k].norm) for k in range(op.b0, op.b1)
              if not rb[0] <= k < rb[1] and is_content(p.b.tokens[k])}
    return len(rest_a) <= 1 and len(rest_b) <= 1 and rest_a == rest_b


def _same_slot_context(p: _Pair, ra: Range, rb: Range) -> str:
    """"strong" when both names follow the same content word or title ("referee X", "Judge
    X"), "weak" when they follow the same function word ("loss to X", "in X", articles
    skipped) or precede the same content word, else ""."""
    def left(side, r):
        k = r[0] - 1
        while k >= 0 and side.tokens[k].norm in ("the", "a", "an"):
            k -= 1
        return side.tokens[k].norm if k >= 0 else None

    def right(side, r):
        return side.tokens[r[1]] if r[1] < len(side.tokens) else None

    la, lb = left(p.a, ra), left(p.b, rb)
    if la is not None and la == lb and la not in (",", "and", "or", "(", '"', "'s", ":", "-", "."):
        return "strong" if la not in lx.STOPWORDS else "weak"
    na, nb = right(p.a, ra), right(p.b, rb)
    return "weak" if na is not None and nb is not None and na.norm == nb.norm and is_content(na) else ""


def _same_name(p: _Pair, ra: Range, rb: Range) -> bool:
    keys_a, keys_b = _name_keys(p.a, ra), _name_keys(p.b, rb)
    return not keys_a or not keys_b or any(
        _similar_word(x, y) or (_state(x) and _state(x) == _state(y))
        or any(x in group and y in group for group in lx.NAME_ALIASES) for x in keys_a for y in keys_b)


def _clauses(side: _Side) -> list[tuple[Range, str]]:
    """(clause range, grade) for each cause marker. The clause runs to the next punctuation mark
    (at most 9 tokens) and must hold a lower-case content word. Grades: "strong" (because, due
    to), "temporal" (after, following: a reason only if the clause says something, three
    content words), "reason" (a weak marker such as "over" before a reason noun), "weak"."""
    toks, out, taken = side.tokens, [], set()
    for markers in (lx.CAUSE_MARKERS, lx.WEAK_CAUSE_MARKERS):
        for k in range(len(toks)):
            for m in markers:
                if k in taken or not _match_at(toks, k, m):
                    continue
                lo = hi = k + len(m)
                while hi < len(toks) and toks[hi].norm not in _BOUNDARY and hi - lo < 9:
                    hi += 1
                words = [t for t in toks[lo:hi] if is_content(t)]
                if not any(t.is_word and not t.is_capitalised and t.norm not in _MONTHS_DAYS for t in words):
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


def _novel_share(side: _Side, r: Range, other: _Side) -> float:
    stems = [stem(t.norm) for t in side.tokens[r[0]:r[1]] if is_content(t)]
    return sum(s not in other.stems for s in stems) / len(stems) if stems else 0.0


def _cause(p: _Pair) -> list[Change]:
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
                out.append(_change(K.CAUSE, p, ra, rb, "different cause"))
                break
    return out


# --- detail ---------------------------------------------------------------------------------

def _explained(p: _Pair, found: list[Change]) -> dict[str, set[int]]:
    """Tokens of each side that other findings already account for: their spans, the rest of
    an edit that replaced a reason, words spelled out as an acronym, attribution phrases."""
    covered: dict[str, set[int]] = {"a": set(), "b": set()}
    for c in found:
        for which, span in (("a", c.a_span), ("b", c.b_span)):
            if span:
                covered[which].update(range(*_token_range(p.side(which), span)))
        if c.kind is K.CAUSE:
            ra = _token_range(p.a, c.a_span)
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


def _novel_stretches(p: _Pair, covered) -> list[Change]:
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
            out.append(_change(K.DETAIL_DROPPED, p, (na[0], na[-1] + 1), None, "content dropped"))
        elif len(nb) >= 3 and len(nb) >= len(na) + 3:
            out.append(_change(K.DETAIL_ADDED, p, None, (nb[0], nb[-1] + 1), "content added"))
    return out


def _unmatched_items(p: _Pair, covered, names_a: list[Range], names_b: list[Range]) -> list[Change]:
    """Names, figures and dates of one side with no counterpart on the other."""
    out = []
    for which, names in (("a", names_a), ("b", names_b)):
        side = p.side(which)
        for r in names:
            if r[1] - r[0] == 1 and r[0] > 0 and side.tokens[r[0] - 1].norm == "the":
                continue  # "the Assembly", "the Rangers": a reference, often reworded
            if not any(k in covered[which] for k in range(*r)):
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
            r = _token_range(side, span)
            if any(k in covered[which] for k in range(*r)):
                continue
            if all(stem(t.norm) in other.stems for t in side.tokens[r[0]:r[1]] if is_content(t)):
                continue  # the same figure is there in another notation
            out.append(_one_sided(p, which, r, "figure or date"))
    return out


def _one_sided(p: _Pair, which: str, r: Range, what: str) -> Change:
    if which == "a":
        return _change(K.DETAIL_DROPPED, p, r, None, f"{what} dropped")
    return _change(K.DETAIL_ADDED, p, None, r, f"{what} added")


def _detail(p: _Pair, found: list[Change], names_a: list[Range], names_b: list[Range]) -> list[Change]:
    """Content present on one side only and explained by no other change: a stretch of new
    content words, or a name, figure or date with no counterpart."""
    covered = _explained(p, found)
    return _novel_stretches(p, covered) + _unmatched_items(p, covered, names_a, names_b)


def _spelled_out(side: _Side, other: _Side) -> set[int]:
    """Tokens of word runs whose initials form an acronym on the other side ("personal
    computers" / "PCs"): the same thing, not new content."""
    acronyms = {_squash(t.text).rstrip("s") for t in other.tokens
                if t.is_word and len(t.text) >= 2 and t.text.rstrip("s").isupper()}
    out = set()
    words = [k for k, t in enumerate(side.tokens) if t.is_word]
    for n in (2, 3, 4, 5, 6, 7):
        for x in range(len(words) - n + 1):
            run = words[x:x + n]
            full = "".join(side.tokens[k].norm[0] for k in run)
            bare = "".join(side.tokens[k].norm[0] for k in run
                           if side.tokens[k].norm not in ("of", "and", "the"))
            if full in acronyms or bare in acronyms:
                out.update(run)
    return out


# --- public ---------------------------------------------------------------------------------

def _overlaps(x, y) -> bool:
    return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


def _sources(p: _Pair) -> tuple[list, list]:
    """Character spans of the cited sources (the speakers, not whom they told) on each side."""
    spans = []
    for side in (p.a, p.b):
        spans.append([char_span(side.tokens, *att.source) for att in side.attributions
                      if att.source[1] > att.source[0]])
    return spans[0], spans[1]


def _resolve(changes: list[Change], p: _Pair) -> list[Change]:
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
        if c.kind is K.ENTITY and (any(_overlaps(c.a_span, e.a_span) or _overlaps(c.b_span, e.b_span)
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
    p = _analyse(a, b)
    entity, names_a, names_b = _entity(p)
    found = (_quotes(p) + _attribution(p) + _numbers(p) + _dates(p) + entity + _negation(p)
             + _antonym(p) + _cause(p) + _hedge(p) + _strength(p))
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
