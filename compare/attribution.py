"""Who says what, and in which words: quotations, attribution phrases ("X said", "according
to Y") and hedges ("may", "reportedly"), and the detectors for changes to each."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from compare import lexicons as lx
from compare.analysis import (BOUNDARY, PRONOUNS, Pair, Range, Side, in_quote, make_change, mapped,
                              match_at, sentence_end, squash, unaligned, with_next_word)
from compare.names import is_name_word, known, name_key, spelled_acronyms, written_acronyms
from compare.records import Change
from compare.tokens import is_content, similarity, stem
from compare.vocab import ChangeKind as K

_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "earlier", "later", "recently", "again",
                         "also", "previously", "publicly", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday", "on", "late", "last", "night"})
_PREPOSITIONS = frozenset({"on", "in", "at", "for", "with", "by", "from", "of", "into", "as", "to"})
_CORE_SPEECH = frozenset({"say", "says", "said", "told", "tell", "tells"})
_INVERTING = frozenset({"said", "says", "added", "adds", "told", "tells", "reported", "reports",
                        "explained", "noted", "notes", "wrote", "writes", "stated", "continued",
                        "warned", "announced", "confirmed", "claimed", "insisted", "declared"})
_RECIPIENT_VERBS = frozenset({"told", "tell", "tells", "inform", "informs", "informed"})
# Before "report(s)" these make it a noun ("news reports that ..."), not a verb of speaking.
_NOUN_CUES = frozenset({"news", "media", "press", "the", "a", "these", "those", "some", "many",
                        "recent", "local", "several", "initial", "earlier", "other", "police",
                        "published", "unconfirmed"})
_TITLE_STEMS = frozenset(stem(w) for w in lx.TITLES)
# Lower-case words that open a speaker's description after an inverted verb: ", said retired Adm. X".
_RANK_QUALIFIERS = frozenset({"former", "retired", "acting", "interim", "deputy", "senior", "outgoing",
                              "incoming", "then", "veteran", "assistant", "associate"})
# Bodies a speaker testifies to: telling one is a venue, not a second source ("told Congress").
_ASSEMBLIES = frozenset({"congress", "parliament", "senate", "house", "assembly", "legislature", "cabinet"})


# The note of an `entity` change for the same quotation given to two different named speakers.
MISATTRIBUTED = "quotation given to another speaker"


# --- quote ----------------------------------------------------------------------------

def _quote_words(side: Side, r: Range) -> list[str]:
    return [t.norm for t in side.tokens[r[0]:r[1]] if t.is_word or t.is_number]


def _quote_content(side: Side, r: Range) -> list[str]:
    return [stem(t.norm) for t in side.tokens[r[0]:r[1]] if is_content(t) or t.norm in lx.NEGATORS]


def _marks(side: Side, r: Range) -> tuple[bool, bool]:
    """(a quotation mark opens the quote at r, one closes it) within this sentence."""
    toks = side.tokens
    return r[0] > 0 and toks[r[0] - 1].norm == '"', r[1] < len(toks) and toks[r[1]].norm == '"'


def _with_marks(side: Side, r: Range) -> Range:
    """r widened by the quotation marks around it, where the sentence holds them."""
    opened, closed = _marks(side, r)
    return r[0] - opened, r[1] + closed


def _fragment(side: Side, r: Range) -> bool:
    """The quotation's other mark lies in a neighbouring sentence: a closing mark with no opening
    one, or an opening mark never closed (wherever it stands: '"We will ...' and 'The mayor said,
    "We will ...' alike). Cut from a longer quotation, the sentence says nothing about whether the
    other report quotes the same words: its mark may simply fall in another sentence there."""
    return not all(_marks(side, r))


def quote_changes(p: Pair) -> list[Change]:
    """Quoted words reworded or trimmed, or a quotation paraphrased with other content words.

    A quotation turned into indirect speech that keeps every content word (and every negator)
    is a paraphrase, not a quote change (articles_dev_README conventions). A quotation fragment
    (`_fragment`) counts only when the other side quotes similar words differently: alone it is
    no evidence that a quotation was added or removed.
    """
    out, used_b = [], set()
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
            out.append(make_change(K.QUOTE, p, _with_marks(p.a, ra), _with_marks(p.b, p.b.quotes[best[1]]),
                                   "quoted words changed"))
            continue
        if _fragment(p.a, ra):
            continue
        content = _quote_content(p.a, ra)
        missing = [s for s in content if s not in p.b.stems]
        rb = mapped(p, ra, "a")
        if len(words) <= 3 and not missing and content:
            out.append(make_change(K.QUOTE, p, _with_marks(p.a, ra), rb, "quotation marks removed"))
        elif content and len(missing) / len(content) > 0.1:
            out.append(make_change(K.QUOTE, p, _with_marks(p.a, ra), rb, "quotation paraphrased with other words"))
    for i, rb in enumerate(p.b.quotes):
        if i in used_b or _fragment(p.b, rb) or any(_quote_words(p.a, ra) == b_words[i] for ra in p.a.quotes):
            continue
        content = _quote_content(p.b, rb)
        missing = [s for s in content if s not in p.a.stems]
        if content and len(missing) / len(content) > 0.1:
            out.append(make_change(K.QUOTE, p, mapped(p, rb, "b"), _with_marks(p.b, rb), "quotation added"))
    return out


# --- attribution ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Attribution:
    span: Range  # the whole phrase, e.g. ", Pell said"
    source: Range  # who is cited
    names: frozenset[str]  # squashed capitalised words of the source and of whom they told
    words: frozenset[str]  # stems of its lower-case content words
    keys: frozenset[str]  # the name that identifies the source: its last name ("Pell")
    told: frozenset[str]  # the name that identifies whom they told ("the Courier")
    spelled: frozenset[str]  # acronyms the source's names of several words spell ("iaea")
    speaker_pronoun: bool  # the source is a pronoun ("he told CNN")

    @property
    def unnamed(self) -> bool:
        """ "he said", "it said": nothing named or described, so never reported as dropped or
        added on its own (a source named elsewhere in the article)."""
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
            after_clause = j > 0 and (tokens[j - 1].norm in BOUNDARY or not tokens[j - 1].is_capitalised)
            return after_clause and j + 1 < len(tokens) and (
                tokens[j + 1].is_capitalised or tokens[j + 1].norm in PRONOUNS)
        return w in BOUNDARY or w in ("that", "while", "because", "as", "after", "before", "when")

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


def _before_title(tokens, k: int) -> bool:
    """Token k qualifies a title or a name that follows: ", said retired Adm. Tomas Okafor",
    ", said former President Lind" (not ", said from Jakarta")."""
    return k + 1 < len(tokens) and tokens[k].norm in _RANK_QUALIFIERS and not tokens[k].is_capitalised and (
        tokens[k + 1].norm in lx.TITLES or is_name_word(tokens[k + 1]))


def _attribution_at(side: Side, k: int) -> _Attribution | None:
    tokens, n = side.tokens, len(side.tokens)
    t = tokens[k]
    nxt = next((j for j in range(k + 1, n) if tokens[j].norm not in _TIME_WORDS), n)
    prev = tokens[k - 1].norm if k else ""
    if t.norm.endswith("ing") or t.norm.startswith("report") and prev in _NOUN_CUES:
        return None  # "after telling People", "news reports that": not an attribution
    after = tokens[k + 1] if k + 1 < n else None
    inverted = prev in (",", '"') and t.norm in _INVERTING and after is not None and after.is_word and (
        after.is_capitalised or after.norm in ("the", "a", "an", "his", "her", "their", "its")
        or after.norm in lx.TITLES or after.norm in lx.VAGUE_SOURCES  # not ", said shortly after"
        or _before_title(tokens, k + 1))
    if t.norm not in _CORE_SPEECH and t.norm not in _RECIPIENT_VERBS and not inverted:
        follow = tokens[nxt].norm if nxt < n else "."
        if follow not in BOUNDARY and follow != "that" and follow not in PRONOUNS:
            return None  # "added 16 points", "confirmed him": not a verb of speaking here
    if prev in ("is", "was", "are", "were", "be", "been", "being"):
        return None  # "is said to be" is a hedge; "cases were reported": passive, nobody cited
    stop = next((j for j in range(k + 1, n) if sentence_end(tokens, j)), n)
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
        while end < n and end - k <= 8 and (tokens[end].norm not in BOUNDARY or (
                tokens[end].norm == "." and not sentence_end(tokens, end))) and tokens[end].norm not in (
                "that", "he", "she", "they", "it", "we", "i") and tokens[end].norm not in _TIME_WORDS:
            end += 1
        recipient = (k + 1, end)
    if start > 0 and tokens[start - 1].norm == "," and (end >= n or sentence_end(tokens, end)):
        start -= 1
    source = (start + (tokens[start].norm == ","), k)
    if tokens[source[0]].norm in _PREPOSITIONS:
        return None  # "On a brighter note, ...": a phrase before the verb, not a speaker
    return _make_attribution(tokens, start, end, source, recipient, head=head)


def _names_outlet(tokens, recipient: Range) -> bool:
    """Whom the source told is named by a proper name ("the New York Times", "Reuters"), which
    is a second source of the claim, not a venue or an audience ("the House panel", "reporters",
    "the Senate Armed Services Committee", a person addressed by a title: "President Lind",
    "Sen. Maria Lind"), which is only detail."""
    words = [t for t in tokens[recipient[0]:recipient[1]] if t.is_word]
    cut = next((n for n, t in enumerate(words) if n and t.norm in _PREPOSITIONS and t.norm != "of"), len(words))
    head = words[cut - 1] if cut else None  # "a news conference | with Blair": the phrase ends
    if head is None or not is_name_word(head) or head.norm in lx.GENERIC_NAME_WORDS or head.norm in _ASSEMBLIES:
        return False
    lo = cut - 1
    while lo > 0 and is_name_word(words[lo - 1]):
        lo -= 1
    return not (lo > 0 and words[lo - 1].norm in lx.TITLES)


def _pronoun_speaker(tokens, source: Range) -> bool:
    """The speaker is a pronoun: "he said", "..., by Sept. 30, it said" (what precedes the last
    comma of the source is not the speaker)."""
    lo = max([j + 1 for j in range(*source) if tokens[j].norm in BOUNDARY], default=source[0])
    speaker = tokens[lo:source[1]]
    return any(w.norm in PRONOUNS for w in speaker) and not any(is_name_word(w) or is_content(w) for w in speaker)


def _make_attribution(tokens, start: int, end: int, source: Range, recipient: Range | None = None, *,
                      head: Range | None = None, nearest_last: bool = True) -> _Attribution | None:
    """The attribution spanning tokens [start, end), citing `source` (and telling `recipient`)."""
    words = [tokens[j] for j in range(*source)] + [tokens[j] for j in range(*(recipient or (0, 0)))]
    names = {squash(w.text) for w in words if is_name_word(w)}
    common = {stem(w.norm) for w in words if is_content(w) and not w.is_number
              and (not w.is_capitalised or w.norm in lx.TITLES)}
    keys = {name_key(tokens, head or source, nearest_last)}
    told = {name_key(tokens, recipient, False)} if recipient and _names_outlet(tokens, recipient) else set()
    speaker_pronoun = _pronoun_speaker(tokens, source)
    if not names and not common and not speaker_pronoun:
        return None
    return _Attribution((start, end), source, frozenset(names - {""}), frozenset(common),
                        frozenset(keys - {None, ""}), frozenset(told - {None, ""}),
                        spelled_acronyms(tokens, source), speaker_pronoun)


def _inside_name(tokens, k: int, title_case: bool) -> bool:
    """The verb-like word at k ends a name ("the United States", "Consumer Reports"): it is
    capitalised after another capitalised word, in a sentence not in title case, and what follows
    is not the start of what was said: punctuation, the end, a preposition or "and" ("the United
    States, Canada", "by the United States at a ...") rather than "Obama Says the bill ..."."""
    if title_case or k == 0 or not (tokens[k].is_capitalised and tokens[k - 1].is_word
                                    and tokens[k - 1].is_capitalised):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.norm in _PREPOSITIONS or nxt.norm in ("and", "or")


def find_attributions(side: Side) -> list[_Attribution]:
    tokens, n, found = side.tokens, len(side.tokens), []
    words = [t for t in tokens if t.is_word]
    title_case = len(words) >= 3 and sum(t.is_capitalised for t in words) >= 0.6 * len(words)
    for k, t in enumerate(tokens):
        if in_quote(side, k):
            continue
        if t.norm == "according" and k + 1 < n and tokens[k + 1].norm == "to":
            trailing = k > 0 and tokens[k - 1].norm == ","
            end = k + 2
            while end < n and not (sentence_end(tokens, end) if trailing else tokens[end].norm in BOUNDARY
                                   and not (tokens[end].norm == "." and not sentence_end(tokens, end))):
                end += 1
            att = _make_attribution(tokens, k - 1 if trailing else k, end, (k + 2, end), nearest_last=False)
        elif t.norm in lx.ATTRIBUTION_VERBS and not _inside_name(tokens, k, title_case):
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


def _attribution_kept(att: _Attribution, other: Side, other_atts: list[_Attribution]) -> bool:
    """The other side still attributes the claim to this source.

    It must attribute at all and keep the outlet the source told ("told the Times": a second
    source). Then a pronoun speaker on either side ("he said") is taken as the same source, since
    a sentence cut from its article has lost the name the pronoun stood for. A named speaker
    must keep its last name (or be written as the acronym its name spells), and one only
    described ("officials") most of its words.
    """
    if not other_atts or not all(known(key, other) for key in att.told):
        return False
    if att.speaker_pronoun or any(o.speaker_pronoun for o in other_atts):
        return True
    if att.keys:
        return all(known(key, other) for key in att.keys) or bool(att.spelled & written_acronyms(other)) or any(
            not (o.keys or o.told) and o.words and o.words <= _TITLE_STEMS for o in other_atts)
    if att.told:
        return True  # "officials told Reuters" / "Reuters reported": the outlet identifies it
    if att.words <= _TITLE_STEMS and any(o.keys or o.told for o in other_atts):
        return True  # "the Senator said" / "Ortiz said": the other side names the office holder
    return len(att.words & other.stems) * 2 >= len(att.words)


def attribution_changes(p: Pair) -> list[Change]:
    """Attribution dropped, added, changed or made vaguer ("the mayor said" -> "officials said")."""
    atts_a, atts_b = p.a.attributions, p.b.attributions
    lost = [x for x in atts_a if not x.unnamed and not _attribution_kept(x, p.b, atts_b)]
    new = [y for y in atts_b if not y.unnamed and not _attribution_kept(y, p.a, atts_a)]
    out = []
    for k in range(max(len(lost), len(new))):
        ra = lost[k].span if k < len(lost) else None
        rb = new[k].span if k < len(new) else None
        if ra and rb and _quotation_given_to_another(p, lost[k], new[k]):
            out.append(make_change(K.ENTITY, p, ra, rb, MISATTRIBUTED))
            continue
        note = "changed" if ra and rb else ("dropped" if ra else "added")
        out.append(make_change(K.ATTRIBUTION, p, ra, rb, note))
    return out


# Fewest words in a quotation that makes it someone's statement (a scare-quoted "the harbour" is not).
_STATEMENT_WORDS = 5


def _quotation_given_to_another(p: Pair, att_a: _Attribution, att_b: _Attribution) -> bool:
    """Two different named speakers, each given the same quotation (a direct quotation is one
    person's words; two named sources of a reported fact can both be right)."""
    if not (att_a.keys and att_b.keys) or any(known(k, p.b) for k in att_a.keys) \
            or any(known(k, p.a) for k in att_b.keys):
        return False  # same speaker, another outlet told; or a speaker left unnamed
    quote_a, quote_b = _quotation_of(p.a, att_a), _quotation_of(p.b, att_b)
    if quote_a is None or quote_b is None:
        return False
    words_a, words_b = tuple(_quote_words(p.a, quote_a)), tuple(_quote_words(p.b, quote_b))
    return len(words_a) >= _STATEMENT_WORDS and similarity(words_a, words_b) >= 0.8


def _quotation_of(side: Side, att: _Attribution) -> Range | None:
    """The quotation that `att` is nearest to among the side's attributions, if any."""
    def gap(r: Range, span: Range) -> int:
        return max(span[0] - r[1], r[0] - span[1], 0)

    mine = [q for q in side.quotes
            if min(side.attributions, key=lambda other: gap(q, other.span)) is att]
    return min(mine, key=lambda q: gap(q, att.span), default=None)


# --- hedge ----------------------------------------------------------------------------

def _hedges(side: Side) -> list[tuple[str, Range]]:
    found = []
    for k, t in enumerate(side.tokens):
        for cls, words in lx.HEDGE_WORDS.items():
            if t.norm in words and not (t.norm == "may" and t.text != "may"):
                found.append((cls, (k, k + 1)))
        for cls, phrases in lx.HEDGE_PHRASES.items():
            for phrase in phrases:
                if phrase[0] == t.norm and match_at(side.tokens, k, phrase):
                    found.append((cls, (k, k + len(phrase))))
    return found


def _count_diff(p: Pair, kind: K, items_a, items_b, note: str, widen=with_next_word) -> list[Change]:
    """One change per class whose count differs, at the unaligned occurrences of the class."""
    out = []
    ca, cb = Counter(c for c, _ in items_a), Counter(c for c, _ in items_b)
    for cls in sorted(set(ca) | set(cb)):
        if ca[cls] == cb[cls]:
            continue
        which, items = ("a", items_a) if ca[cls] > cb[cls] else ("b", items_b)
        side = p.side(which)
        spots = [r for c, r in items if c == cls]
        spots = [r for r in spots if unaligned(p, which, r[0])] or spots
        r = widen(side, spots[0])
        other = mapped(p, r, which)
        ra, rb = (r, other) if which == "a" else (other, r)
        verb = "dropped" if which == "a" else "added"
        out.append(make_change(kind, p, ra, rb, f"{note} {cls} {verb}"))
    return out


def hedge_changes(p: Pair) -> list[Change]:
    """Uncertainty markers added or removed (may, reportedly, is believed to, they claim)."""
    return _count_diff(p, K.HEDGE, _hedges(p.a), _hedges(p.b), "hedge")
