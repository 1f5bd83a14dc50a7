"""Names, places and organisations: finding them, telling two spellings of one name apart
from two different names, and the `entity` detector (a name of A replaced in B)."""
from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from compare import lexicons as lx
from compare.analysis import MONTHS_DAYS, Pair, Range, Side, make_change, sentence_end, squash
from compare.records import Change
from compare.tokens import Opcode, Token, char_span, is_content, stem
from compare.vocab import ChangeKind as K

# "Tomas R. Okafor Jr.": the last name is the word before the suffix.
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ese", "i", "ish", "ns", "ans", "ians", "er", "ers"})


# --- finding names --------------------------------------------------------------------

def is_the_us(w: Token) -> bool:
    """ "US" or "U.S.": the country, though its letters spell the pronoun "us"."""
    return w.text.replace(".", "") == "US"


def is_name_word(w: Token) -> bool:
    """A capitalised word that can be part of a name (no title, function word, month or day)."""
    if is_the_us(w):
        return True
    return (w.is_word and w.is_capitalised and w.norm not in lx.TITLES and w.norm not in lx.STOPWORDS
            and w.norm not in MONTHS_DAYS)


def _name_runs(tokens, r: Range) -> list[Range]:
    runs, k = [], r[0]
    while k < r[1]:
        if is_name_word(tokens[k]) and tokens[k].norm not in lx.GENERIC_NAME_WORDS:
            j = k
            while j < r[1] and (is_name_word(tokens[j]) or tokens[j].norm in (".", "-")):
                j += 1
            runs.append((k, j))
            k = j
        else:
            k += 1
    return runs


def name_key(tokens, r: Range, nearest_last: bool) -> str | None:
    """The identifying word of a source: the last word of its name nearest to the verb."""
    runs = _name_runs(tokens, r)
    if not runs:
        return None
    lo, hi = runs[-1] if nearest_last else runs[0]
    words = [t for t in tokens[lo:hi] if t.is_word and t.norm not in lx.GENERIC_NAME_WORDS
             and t.norm not in _GENERATIONS]
    return squash(words[-1].text) if words else None


# Words an expansion carries without a letter in its acronym: "National Aeronautics and Space
# Administration" is NASA, "Centers for Disease Control" is CDC.
_ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "&", "on", "de"})


def _acronym_form(t: Token) -> str | None:
    """The squashed acronym a word is written as ("IAEA" -> "iaea", "PCs" -> "pc"), else None."""
    letters = t.text.rstrip("s")
    return squash(letters) if t.is_word and len(letters) >= 2 and letters.isupper() else None


def written_acronyms(side: Side) -> frozenset[str]:
    """The acronyms written on this side, squashed."""
    return frozenset(a for a in map(_acronym_form, side.tokens) if a)


def _name_stretches(tokens) -> list[list[int]]:
    """Token indices of runs of name words, joined across glue words ("Bureau of Land Management")."""
    out, run = [], []
    for k, t in enumerate(tokens):
        glue = run and t.norm in _ACRONYM_GLUE and k + 1 < len(tokens) and is_name_word(tokens[k + 1])
        if is_name_word(t) or glue:
            run.append(k)
        elif run:
            out.append(run)
            run = []
    return out + [run] if run else out


def spelled_acronyms(tokens, r: Range) -> frozenset[str]:
    """The acronyms that the names of several words touching tokens [r0, r1) spell: initials of
    their name words, with or without the glue words ("nasa" and "naasa").

    Two letters are too weak a match ("UN" / "Ukrainian Navy", "EU" / "Energy Union"): a
    two-letter acronym counts only where `lexicons.NAME_ALIASES` pairs it with the whole name
    ("eu" / "European Union").
    """
    out = set()
    for run in _name_stretches(tokens):
        words = [tokens[k] for k in run if tokens[k].is_word]
        named = [t for t in words if t.norm not in _ACRONYM_GLUE]
        if len(named) >= 2 and run[0] < r[1] and r[0] <= run[-1]:
            whole = squash("".join(t.text for t in words))
            for acronym in ("".join(t.norm[0] for t in named), "".join(t.norm[0] for t in words)):
                if len(acronym) >= 3 or any(acronym in group and whole in group for group in lx.NAME_ALIASES):
                    out.add(acronym)
    return frozenset(out)


def _acronym_of(x: Side, rx: Range, y: Side, ry: Range) -> bool:
    """The name at rx is one word written as the acronym of the name at ry ("DNC" / "Democratic
    National Committee")."""
    words = [t for t in x.tokens[rx[0]:rx[1]] if t.is_word]
    acronym = _acronym_form(words[0]) if len(words) == 1 else None
    return acronym is not None and acronym in spelled_acronyms(y.tokens, ry)


def _sentence_starts(side: Side) -> set[int]:
    starts, toks = {0}, side.tokens
    for k, t in enumerate(toks):
        if k + 1 < len(toks) and (t.norm in (":", '"', "(", "-") or sentence_end(toks, k)):
            starts.add(k + 1)
    return starts


def _find_names(side: Side, other: Side) -> list[Range]:
    """Runs of capitalised words (with "of", "&", initials and tight hyphens inside) that are not
    merely sentence-initial, titles, months or weekdays."""
    toks, starts, runs = side.tokens, _sentence_starts(side), []
    capital = side.capitals
    elsewhere = {t.norm for k, t in enumerate(toks) if capital[k] and k not in starts} | other.capital_norms
    k = 0
    while k < len(toks):
        if not capital[k]:
            k += 1
            continue
        j = k + 1
        while j < len(toks):
            t = toks[j]
            tight = t.start == toks[j - 1].end
            if t.norm in lx.TITLES and j > k and toks[j - 1].norm not in lx.TITLES:
                break  # "Kent County Court | Judge Ana M. Ruiz": a title starts a new name
            if capital[j] or (t.norm == "." and tight) or (t.norm == "-" and tight and j + 1 < len(toks)
                                                          and capital[j + 1]):
                j += 1
            elif t.norm in ("of", "&", "de") and j + 1 < len(toks) and capital[j + 1]:
                j += 1
            else:
                break
        while j > k + 1 and toks[j - 1].norm == "." and sentence_end(toks, j - 1):
            j -= 1  # the full stop ends the sentence, not an abbreviation in the name
        lo = k
        while lo < j and (toks[lo].norm in lx.STOPWORDS or toks[lo].norm in lx.TITLES or toks[lo].norm == "."
                          or (lo in starts and j - lo == 1 and toks[lo].norm not in elsewhere)):
            lo += 1
        if lo < j and any(capital[lo:j]):
            runs.append((lo, j))
        k = j
    return runs


def _name_keys(side: Side, r: Range) -> set[str]:
    """The distinctive words of a name: no titles, no generic words such as "County"."""
    words = [t for t in side.tokens[r[0]:r[1]] if t.is_word]
    keys = {squash(t.text) for t in words if t.norm not in lx.GENERIC_NAME_WORDS and t.norm not in lx.TITLES}
    return {k for k in keys if len(k) > 1}


def _state_of(word: str) -> str | None:
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


def known(key: str, other: Side) -> bool:
    """A squashed name word occurs on the other side in some compatible form."""
    if key in other.squashed:
        return True
    if key in other.initials if len(key) >= 3 else key in other.paired_initials:
        return True  # "ie": "Internet Explorer", but not "Ukraine said" for "us"
    if key.endswith("s") and len(key) >= 4 and key[:-1] in other.initials:
        return True
    state = _state_of(key)
    if state and any(_state_of(w) == state for w in other.squashed):
        return True
    if any(key in group and group & other.squashed for group in lx.NAME_ALIASES):
        return True
    return any(_similar_word(key, w) for w in other.squashed)


def _name_present(side: Side, r: Range, other: Side) -> bool:
    """The name at r appears on the other side in some compatible form, or is spelled out
    there as an acronym ("World Health Organization" / "WHO")."""
    keys = _name_keys(side, r)
    if not keys:
        return True
    whole = squash(side.text[side.tokens[r[0]].start:side.tokens[r[1] - 1].end])
    caps = [t.norm[0] for t in side.tokens[r[0]:r[1]] if t.is_word and t.is_capitalised]
    initials = "".join(caps)
    acronyms = [squash(t.text) for t in other.tokens if t.is_word and len(t.text) >= 3 and t.text.isupper()]
    if whole in other.squashed or (len(initials) > 1 and (initials in other.initials
                                                          or any(initials in a for a in acronyms))):
        return True
    return any(known(key, other) for key in keys)


# --- entity ---------------------------------------------------------------------------

def entity_changes(p: Pair) -> tuple[list[Change], list[Range], list[Range]]:
    """A name, place or organisation of A replaced by a different one in B.

    Returns the changes and the names of A and of B that have no counterpart at all (left for
    the detail detectors). Case-only changes and abbreviations are not changes.
    """
    runs_a, runs_b = _find_names(p.a, p.b), _find_names(p.b, p.a)
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
                out.append(make_change(K.ENTITY, p, ra, rb, "different name"))
                break
    # swaps: the same context names one thing in A and another in B, both names appearing on
    # both sides ("$9 million to Ghana." / "$9 million to Togo.")
    for ra in runs_a:
        la, na = before(p.a, ra), after(p.a, ra)
        # The context must hold a common word: after another name ("Rutland, X and") it is a
        # list, and items of a list are reordered freely.
        if len(la) < 2 or not any(is_content(t) and not is_name_word(t) for t in p.a.tokens[ra[0] - 2:ra[0]]) \
                or ra in miss_a or _list_item(p.a.tokens, ra):
            continue
        for rb in runs_b:
            if before(p.b, rb) != la or after(p.b, rb) != na or rb in miss_b or _same_name(p, ra, rb):
                continue
            keys_b = _name_keys(p.b, rb)
            near = [k for k, t in enumerate(p.a.tokens) if squash(t.text) in keys_b]
            if near and all(abs(k - ra[0]) >= 4 for k in near):  # not a local reordering
                out.append(make_change(K.ENTITY, p, ra, rb, "names swapped"))
    left_a = [r for r in miss_a if not any(c.a_span == char_span(p.a.tokens, *r) for c in out)]
    left_b = [r for r in miss_b if not any(c.b_span == char_span(p.b.tokens, *r) for c in out)]
    return out, left_a, left_b


def _list_item(tokens, r: Range) -> bool:
    """The name at r is followed by ", Name" or "and Name": the first item of a list."""
    k = r[1]
    return k + 1 < len(tokens) and tokens[k].norm in (",", "and") and is_name_word(tokens[k + 1])


def _slot(p: Pair, op: Opcode, ra: Range, rb: Range) -> bool:
    """The edit replaces the name and nothing else of substance (one shared word at most)."""
    rest_a = {stem(p.a.tokens[k].norm) for k in range(op.a0, op.a1)
              if not ra[0] <= k < ra[1] and is_content(p.a.tokens[k])}
    rest_b = {stem(p.b.tokens[k].norm) for k in range(op.b0, op.b1)
              if not rb[0] <= k < rb[1] and is_content(p.b.tokens[k])}
    return len(rest_a) <= 1 and len(rest_b) <= 1 and rest_a == rest_b


def _same_slot_context(p: Pair, ra: Range, rb: Range) -> str:
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


def _same_name(p: Pair, ra: Range, rb: Range) -> bool:
    keys_a, keys_b = _name_keys(p.a, ra), _name_keys(p.b, rb)
    if _acronym_of(p.a, ra, p.b, rb) or _acronym_of(p.b, rb, p.a, ra):
        return True
    return not keys_a or not keys_b or any(
        _similar_word(x, y) or (_state_of(x) and _state_of(x) == _state_of(y))
        or any(x in group and y in group for group in lx.NAME_ALIASES) for x in keys_a for y in keys_b)
