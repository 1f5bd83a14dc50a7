#!/usr/bin/env python
"""Generate labelled sentence pairs for the claim-pair classifier.

Reads the hand-written stories of ``base_sentences.py`` (and the caption vocabulary below, also
written for this project), applies typed edits to their marked spans and writes
``training/data/pairs.jsonl``: one ``{"a", "b", "label", "kinds", "topic", "group", "split"}``
object per line, balanced over the four relations of ``shared/RELATIONS.md``.

Labels follow RELATIONS.md and its precedence rule: any contradicting change makes the pair
``contradict``, otherwise any altering change makes it ``alter``, otherwise ``repeat``;
two different claims (another sentence of the same story, topic or caption scene) are
``unrelated``. Nothing here is read from ``shared/datasets`` or ``shared/seeds``.

Deterministic for a given ``--seed``: run it twice and the file is byte-identical.

    .venv/bin/python training/make_pairs.py            # 10,000 pairs, seed 13
    .venv/bin/python training/make_pairs.py --show 20  # also print 20 random pairs
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from base_sentences import Story, load_all_stories  # noqa: E402

LABELS = ("repeat", "alter", "contradict", "unrelated")
CONTRADICT_KINDS = {"negation", "number", "entity", "date", "antonym", "cause"}
ALTER_KINDS = {"hedge", "attribution", "detail_added", "detail_dropped", "quote", "strength", "number_rounded"}
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "pairs.jsonl"

# --------------------------------------------------------------------------------------------
# Markup
# --------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)(\?)?:([^{}]*)\}")
SLOT_TAGS = {"per", "ent", "num", "date", "v", "attr", "opt", "cause", "q", "s", "h"}


@dataclass(frozen=True)
class Slot:
    """One marked span: its tag, whether it may be dropped, its text and alternatives."""

    tag: str
    drop: bool
    text: str
    alts: tuple[str, ...]


@dataclass
class Marked:
    """A parsed markup sentence: literal strings interleaved with slots."""

    parts: list

    @classmethod
    def parse(cls, markup: str) -> "Marked":
        parts: list = []
        pos = 0
        for m in SLOT_RE.finditer(markup):
            if m.start() > pos:
                parts.append(markup[pos:m.start()])
            tag, drop, body = m.group(1), bool(m.group(2)), m.group(3)
            if tag not in SLOT_TAGS:
                raise ValueError(f"unknown slot tag {tag!r} in {markup[:50]!r}")
            if tag == "v":
                fields = body.split("/")
                if len(fields) != 3:
                    raise ValueError(f"v slot needs text/negated/antonym: {body!r}")
                text, alts = fields[0], tuple("" if f == "-" else f for f in fields[1:])
            else:
                fields = body.split("|")
                text, alts = fields[0], tuple(fields[1:])
            parts.append(Slot(tag, drop or tag in ("opt", "attr"), text, alts))
            pos = m.end()
        if pos < len(markup):
            parts.append(markup[pos:])
        return cls(parts)

    def slots(self, *tags: str) -> list[tuple[int, Slot]]:
        return [(i, p) for i, p in enumerate(self.parts) if isinstance(p, Slot) and (not tags or p.tag in tags)]

    def before(self, idx: int, n: int = 24) -> str:
        """The rendered literal text just before part ``idx`` (for context checks)."""
        out = ""
        for p in self.parts[:idx]:
            out += p if isinstance(p, str) else p.text
        return out[-n:]

    def render(self, over: dict[int, str] | None = None) -> str:
        over = over or {}
        out = []
        for i, p in enumerate(self.parts):
            out.append(over.get(i, p) if isinstance(p, str) else over.get(i, p.text))
        return tidy("".join(out))


def tidy(s: str) -> str:
    """Fix the spacing, punctuation and capitals that slot edits leave behind."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,.;:!?%])", r"\1", s)
    s = re.sub(r",\s*,", ",", s)
    s = re.sub(r"[,;]\s*\.", ".", s)
    s = re.sub(r"^[,;]\s*", "", s)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\.\.+$", ".", s)
    s = _fix_articles(s)
    for i, ch in enumerate(s):
        if ch.isalpha():
            s = s[:i] + ch.upper() + s[i + 1:]
            break
        if ch.isdigit():
            break
    return s


def _fix_articles(s: str) -> str:
    def repl(m: re.Match) -> str:
        art, num = m.group(1), m.group(2)
        head = num.split(",")[0]
        vowel = head.startswith("8") or (head in ("11", "18") or (len(head) == 2 and head[:2] in ("11", "18")))
        new = ("an" if vowel else "a")
        if art[0].isupper():
            new = new.capitalize()
        return f"{new} {num}"

    return re.sub(r"\b(an|a|An|A) (\d[\d,]*)", repl, s)


def lc_first(s: str) -> str:
    """Lower-case the first word when it is a common word, not a name."""
    m = re.match(r"(\W*)(\w+)(.*)", s, re.S)
    if not m:
        return s
    pre, word, rest = m.groups()
    if word.lower() in LOWERABLE:
        word = word.lower()
    return pre + word + rest


LOWERABLE = set("""the a an its his her their some most more about roughly nearly almost around over according
police officials researchers scientists investigators prosecutors doctors organizers supporters
lawmakers voters hospitals health customs thieves hackers residents drivers students teachers
girls boys adults owners protesters tear temperatures oil heavy rain petrol electricity exam
work trains train schools airlines employers average hourly online sales payrolls inflation
policymakers shares trade farmers business analysts arguments parliament on in at by from for
during since until within until with all no there it one two three four five six seven eight
nine ten twenty this that these those another other local labor labour business board
emissions fishing environmental aid rates child teachers' unemployment hourly people
power up tuition women men members names services sales extra restaurants civil
""".split())

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

WORD_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
             "twenty-two": 22, "thirty": 30, "forty": 40, "fifty": 50}
NUM_WORDS = {v: k for k, v in WORD_NUMS.items()}
ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
WORDS_ORD = {v: k for k, v in ORD_WORDS.items()}
APPROX_BEFORE = ("about", "roughly", "some", "around", "nearly", "almost", "more than", "over",
                 "up to", "at least", "less than", "under", "as many as", "as much as", "approximately",
                 "just under", "just over", "fewer than")
DIGITS_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?")


@dataclass(frozen=True)
class Num:
    start: int
    end: int
    value: float
    form: str  # "digits", "ordinal", "word", "ordword"
    raw: str


def find_number(text: str) -> Num | None:
    m = DIGITS_RE.search(text)
    if m:
        raw = m.group(1).rstrip(",")
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
        form = "ordinal" if m.group(2) else "digits"
        return Num(m.start(1), m.start(1) + len(raw) + (len(m.group(2)) if m.group(2) else 0), value, form, raw)
    low = text.lower()
    for table, form in ((WORD_NUMS, "word"), (ORD_WORDS, "ordword")):
        for w in sorted(table, key=len, reverse=True):
            mm = re.search(rf"\b{w}\b", low)
            if mm:
                return Num(mm.start(), mm.end(), float(table[w]), form, text[mm.start():mm.end()])
    return None


def _decimals(raw: str) -> int:
    return len(raw.split(".")[1]) if "." in raw else 0


def format_like(value: float, num: Num) -> str:
    """Write ``value`` the way ``num`` was written (decimals, thousands commas, words)."""
    if num.form == "word":
        w = NUM_WORDS.get(int(value))
        if w and value == int(value):
            return w.capitalize() if num.raw[0].isupper() else w
        return str(int(value))
    if num.form == "ordword":
        w = WORDS_ORD.get(int(value))
        return w if w else _ordinal(int(value))
    if num.form == "ordinal":
        return _ordinal(int(value))
    dec = _decimals(num.raw)
    if dec:
        return f"{value:.{dec}f}"
    v = int(round(value))
    if "," in num.raw or (v >= 10000 and num.value >= 10000):
        return f"{v:,}"
    return str(v)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _is_year(num: Num) -> bool:
    return num.form == "digits" and "," not in num.raw and "." not in num.raw and 1800 <= num.value <= 2100


def change_number(text: str, rng: random.Random) -> str | None:
    """An incompatible value for the first number of ``text``, in the same format."""
    num = find_number(text)
    if num is None:
        return None
    v = num.value
    small = num.form in ("word", "ordword", "ordinal") or (v == int(v) and v <= 12 and not _decimals(num.raw))
    cands: list[float] = []
    if small:
        cands = [v + d for d in (-3, -2, -1, 1, 2, 3, 4, 5, 7) if v + d >= 1]
    elif _is_year(num):
        cands = [v + d for d in (-6, -4, -3, -2, -1, 1, 2, 3, 5)]
    else:
        dec = _decimals(num.raw)
        for f in (0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.5, 1.75, 2, 2.5, 3, 4):
            cands.append(_round_like(v * f, v, dec))
        digits = re.sub(r"\D", "", num.raw)
        for _ in range(4):  # minimal edits: one of the first three digits changed
            pos = rng.randrange(min(3, len(digits)))
            d = rng.choice([c for c in "0123456789" if c != digits[pos] and not (pos == 0 and c == "0")])
            nd = digits[:pos] + d + digits[pos + 1:]
            cands.append(float(nd) / (10 ** dec))
        cands = [c for c in cands if c > 0 and abs(c - v) / v >= 0.08]
    cands = [c for c in cands if c != v]
    if not cands:
        return None
    new = format_like(rng.choice(cands), num)
    if num.form == "digits" and num.value == 1 and False:
        pass
    return text[:num.start] + new + text[num.end:]


def _round_like(x: float, like: float, dec: int) -> float:
    """Round ``x`` to the precision ``like`` shows (trailing zeros, decimals)."""
    if dec:
        return round(x, dec)
    s = str(int(like))
    zeros = len(s) - len(s.rstrip("0"))
    step = 10 ** min(zeros, max(len(s) - 2, 0))
    return float(max(step, int(round(x / step)) * step))


def round_number(text: str, context: str, rng: random.Random) -> tuple[str, str] | None:
    """A compatible approximation of the first number of ``text`` ("1,237" -> "about 1,200")."""
    num = find_number(text)
    if num is None or num.form != "digits" or _is_year(num) or re.search(r"\d[-:]\d|\d to \d", text):
        return None
    v = num.value
    dec = _decimals(num.raw)
    if dec:
        r = float(round(v)) if rng.random() < 0.6 or dec == 1 else round(v, dec - 1)
    else:
        if v < 20:
            return None
        s = str(int(v))
        r = v
        for sig in ([1, 2, 3] if rng.random() < 0.5 else [2, 1, 3]):
            step = 10 ** max(len(s) - sig, 0)
            cand = float(int(round(v / step)) * step)
            if cand != v and abs(cand - v) / v <= 0.1:
                r = cand
                break
    if r == v or r <= 0 or abs(r - v) / v > 0.12:
        return None
    if r == int(r):
        shown = f"{int(r):,}" if ("," in num.raw or r >= 10000) else str(int(r))
    else:
        shown = f"{r:.{_decimals(repr(r))}f}"
    new = text[:num.start] + shown + text[num.end:]
    ctx = context.lower().rstrip()
    if not any(ctx.endswith(w) for w in APPROX_BEFORE):
        qual = rng.choice(["more than", "over", "about", "roughly", "around", "some"] if r < v
                          else ["nearly", "almost", "about", "roughly", "just under", "around"])
        new = f"{qual} {new}"
    return new, "number_rounded"


UNIT_SWAPS = [("kilometres", "km"), ("centimetres", "cm"), ("millimetres", "mm"), ("square kilometres", "sq km"),
              ("metres", "m"), ("grams", "g"), ("mph", "miles per hour"), ("degrees Celsius", "C"),
              ("per cent", "percent")]


#: Currency signs and the word for them ("$4" -> "4 dollars").
CURRENCY_WORDS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}


def number_format(text: str, rng: random.Random) -> str | None:
    """The same value written another way ("15 percent" -> "15%", "three" -> "3")."""
    opts = []
    if re.search(r"\d percent\b", text):
        opts.append(re.sub(r"(\d) percent\b", r"\1%", text, count=1))
        opts.append(re.sub(r"(\d) percent\b", r"\1 per cent", text, count=1))
    if re.search(r"\d%", text):
        opts.append(re.sub(r"(\d)%", r"\1 percent", text, count=1))
    m = re.search(r"\b(\d),(\d{3})\b(?!,)", text)
    if m:
        opts.append(text[:m.start()] + m.group(1) + m.group(2) + text[m.end():])
    m = re.search(rf"([{''.join(CURRENCY_WORDS)}])(\d[\d,]*(?:\.\d+)?)( (million|billion|trillion))?", text)
    if m:
        cur = CURRENCY_WORDS[m.group(1)]
        opts.append(text[:m.start()] + m.group(2) + (m.group(3) or "") + " " + cur + text[m.end():])
    num = find_number(text)
    if num and num.form == "word" and num.value <= 12:
        opts.append(text[:num.start] + str(int(num.value)) + text[num.end:])
    if num and num.form == "digits" and num.value == int(num.value) and 2 <= num.value <= 10 and "." not in num.raw \
            and not re.search(r"\d[-:]\d", text) and not text[:num.start].rstrip().endswith(tuple(CURRENCY_WORDS)):
        opts.append(text[:num.start] + NUM_WORDS[int(num.value)] + text[num.end:])
    if num and num.form == "ordword" and num.value <= 10:
        opts.append(text[:num.start] + _ordinal(int(num.value)) + text[num.end:])
    for long, short in UNIT_SWAPS:
        if re.search(rf"\d {re.escape(long)}\b", text):
            opts.append(re.sub(rf"(\d) {re.escape(long)}\b", rf"\1 {short}", text, count=1))
        elif re.search(rf"\d ?{re.escape(short)}\b", text) and len(short) > 1:
            opts.append(re.sub(rf"(\d) ?{re.escape(short)}\b", rf"\1 {long}", text, count=1))
    opts = [o for o in opts if o != text]
    return rng.choice(opts) if opts else None

# --------------------------------------------------------------------------------------------
# Dates and times
# --------------------------------------------------------------------------------------------


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
              "October": "Oct.", "November": "Nov.", "December": "Dec."}
TIME_RE = re.compile(r"\b(\d{1,2})(?::(\d{2}))? ?(a\.m\.|p\.m\.|am|pm)")
RELATIVE = {"next week": ["next month", "this week", "next year"], "next month": ["next week", "next year"],
            "last month": ["last year", "last week"], "last week": ["last month", "two weeks ago"],
            "two years ago": ["five years ago", "last year"], "this year": ["next year", "last year"],
            "next year": ["this year", "in two years"], "first half": ["second half"],
            "the end of the year": ["the end of next year", "the spring"], "the year": ["next year"],
            "late": ["early"], "early": ["late"], "morning": ["evening"], "evening": ["morning"],
            "night": ["morning"]}


def change_date(text: str, rng: random.Random) -> str | None:
    """Another date or time for ``text`` (weekday, month, day, year, hour, century, relative)."""
    opts = []
    for d in WEEKDAYS:
        if re.search(rf"\b{d}\b", text):
            opts.append(re.sub(rf"\b{d}\b", rng.choice([w for w in WEEKDAYS if w != d]), text, count=1))
    for mo in MONTHS:
        if re.search(rf"\b{mo}\b", text):
            opts.append(re.sub(rf"\b{mo}\b", rng.choice([w for w in MONTHS if w != mo]), text, count=1))
            m = re.search(rf"\b{mo} (\d{{1,2}})\b", text) or re.search(rf"\b(\d{{1,2}}) {mo}\b", text)
            if m:
                day = int(m.group(1))
                nd = rng.choice([x for x in range(1, 29) if x != day])
                opts.append(text[:m.start(1)] + str(nd) + text[m.end(1):])
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    if m:
        y = int(m.group(1)) + rng.choice([-5, -3, -2, -1, 1, 2, 4])
        opts.append(text[:m.start()] + str(y) + text[m.end():])
    m = TIME_RE.search(text)
    if m:
        h = int(m.group(1))
        nh = rng.choice([x for x in range(1, 13) if x != h])
        opts.append(text[:m.start(1)] + str(nh) + text[m.end(1):])
        other = {"a.m.": "p.m.", "p.m.": "a.m.", "am": "pm", "pm": "am"}[m.group(3)]
        opts.append(text[:m.start(3)] + other + text[m.end(3):])
    m = re.search(r"\b(\d{1,2})(st|nd|rd|th) century", text)
    if m:
        c = int(m.group(1)) + rng.choice([-2, -1, 1, 2])
        opts.append(text[:m.start()] + _ordinal(c) + " century" + text[m.end():])
    for k, vs in RELATIVE.items():
        if re.search(rf"\b{k}\b", text):
            opts.append(re.sub(rf"\b{k}\b", rng.choice(vs), text, count=1))
    opts = [o for o in opts if o != text]
    return rng.choice(opts) if opts else None


def date_format(text: str, rng: random.Random) -> str | None:
    """The same date or time written another way ("March 3" -> "3 March", "8 p.m." -> "8pm")."""
    opts = []
    for mo in MONTHS:
        m = re.search(rf"\b{mo} (\d{{1,2}})\b", text)
        if m:
            opts.append(text[:m.start()] + f"{m.group(1)} {mo}" + text[m.end():])
            if mo in MONTH_ABBR:
                opts.append(text[:m.start()] + f"{MONTH_ABBR[mo]} {m.group(1)}" + text[m.end():])
        m = re.search(rf"\b(\d{{1,2}}) {mo}\b", text)
        if m:
            opts.append(text[:m.start()] + f"{mo} {m.group(1)}" + text[m.end():])
    m = TIME_RE.search(text)
    if m:
        h, mi, ap = m.group(1), m.group(2), m.group(3)
        short = {"a.m.": "am", "p.m.": "pm"}.get(ap, ap)
        longf = {"am": "a.m.", "pm": "p.m."}.get(ap, ap)
        opts.append(text[:m.start()] + (f"{h}:{mi}{short}" if mi else f"{h}{short}") + text[m.end():])
        if not mi:
            opts.append(text[:m.start()] + f"{h}:00 {longf}" + text[m.end():])
        if mi == "00":
            opts.append(text[:m.start()] + f"{h} {longf}" + text[m.end():])
    m = re.search(r"\b(\d{1,2})th century", text)
    if m and int(m.group(1)) in WORDS_ORD:
        opts.append(text[:m.start()] + WORDS_ORD[int(m.group(1))] + " century" + text[m.end():])
    m = re.search(r"^on (\w+day)$", text)
    if m:
        opts.append(m.group(1))
    opts = [o for o in opts if o != text]
    return rng.choice(opts) if opts else None

# --------------------------------------------------------------------------------------------
# Pools written for this generator
# --------------------------------------------------------------------------------------------


PERSON_POOL = ["Laura Chen", "Peter Novak", "Amara Diallo", "James Whitfield", "Sofia Romano", "Kenji Mori",
               "Fatima Hassan", "Oliver Grant", "Lucia Alvarez", "Henrik Dahl", "Grace Mwangi",
               "Ivan Petrenko", "Chloe Martin", "Samuel Adeyemi", "Mei Lin", "Carlos Ruiz", "Hannah Becker",
               "David Osei", "Aisha Rahman", "Thomas Keane", "Greta Lindqvist", "Omar Haddad",
               "Patricia Doyle", "Rahul Iyer", "Beatriz Costa", "Michael Brandt", "Yuki Tanaka",
               "Leila Nasser", "George Whitlock", "Anna Kowalski"]
SURNAME_POOL = sorted({n.split()[-1] for n in PERSON_POOL})

VAGUE_TRAILING = [", officials said", ", sources said", ", according to reports", ", a source said",
                  ", people familiar with the matter said", ", it was reported", ", according to local media"]
VAGUE_LEADING_ACC = ["According to officials, ", "According to reports, ", "According to sources, ",
                     "According to local media, "]
VAGUE_LEADING_SAID = ["Officials said ", "Sources said ", "Reports said ", "It was reported that "]
SPECIFIC_SOURCES = ["the ministry", "the company", "police", "the mayor's office", "the agency",
                    "a government spokesman", "the Daily Ledger", "state television", "the union",
                    "a court filing", "the organizers", "a spokeswoman", "the regulator", "the Tribune"]
ADDED_ATTRIBUTION_TRAILING = [", officials said", ", the agency said", ", the newspaper reported",
                              ", a spokesman said", ", according to a statement", ", local media reported",
                              ", the report said", ", witnesses said", ", according to the ministry",
                              ", according to court documents", ", a company statement said",
                              ", sources told reporters"]
ADDED_ATTRIBUTION_LEADING = ["According to a statement, ", "According to officials, ", "Officials said ",
                             "The newspaper reported that ", "A spokeswoman said ", "Local media reported that ",
                             "According to the ministry, ", "Witnesses said ", "The report says ",
                             "Sources close to the case said "]
HEDGE_WRAPPERS = ["It is believed that ", "It appears that ", "It is thought that ", "Initial reports suggest that ",
                  "It is possible that ", "There are indications that ", "It seems that ",
                  "It is likely that "]
HEDGE_ADVERBS = ["reportedly", "allegedly", "apparently", "probably", "possibly", "likely", "seemingly"]
AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
       "must", "does", "do", "did"}
PARTICIPLE = {"won": "won", "lost": "lost", "fell": "fallen", "rose": "risen", "took": "taken", "stole": "stolen",
              "hid": "hidden", "beat": "beaten", "struck": "struck", "made": "made", "came": "come",
              "spent": "spent", "held": "held", "found": "found", "built": "built", "grew": "grown",
              "sold": "sold", "split": "split", "led": "led", "left": "left", "began": "begun", "gave": "given",
              "broke": "broken", "drew": "drawn", "wrote": "written", "cut": "cut", "met": "met",
              "told": "told", "said": "said", "got": "got", "withdrew": "withdrawn", "put": "put",
              "slowed": "slowed", "overturned": "overturned", "ran": "run", "took in": "taken in"}
SYNONYMS = [("said", "stated"), ("about", "around"), ("roughly", "about"), ("approximately", "about"),
            ("nearly", "almost"), ("company", "firm"), ("officials", "authorities"),
            ("residents", "locals"), ("began", "started"), ("bought", "purchased"), ("buy", "purchase"),
            ("big", "large"), ("help", "assist"), ("rose", "increased"), ("fell", "declined"),
            ("dropped", "fell"), ("lawmakers", "legislators"), ("children", "kids"),
            ("workers", "employees"), ("jobs", "positions"), ("prison", "jail"), ("quickly", "rapidly"),
            ("largest", "biggest"), ("biggest", "largest"), ("despite", "in spite of"), ("because of", "due to"),
            ("following", "after"), ("warned", "cautioned"), ("injured", "hurt"), ("hurt", "injured"),
            ("blaze", "fire"), ("deal", "agreement"), ("agreement", "deal"), ("talks", "negotiations"),
            ("negotiations", "talks"), ("annually", "a year"), ("each day", "daily"), ("daily", "every day"),
            ("before", "prior to"), ("expected", "anticipated"), ("plan", "proposal"), ("proposal", "plan"),
            ("measure", "bill"), ("film", "movie"), ("movie", "film"), ("novel", "book"), ("country's", "nation's"),
            ("fix", "repair"), ("repair", "fix"), ("start", "begin"), ("demand", "call for"),
            ("percent", "per cent"), ("staff", "employees"), ("town", "municipality"), ("vehicles", "cars"),
            ("soldiers", "troops"), ("troops", "soldiers"), ("doctors", "physicians"), ("told", "informed"),
            ("received", "got"), ("nationwide", "across the country"),
            ("the United Nations", "the UN"), ("United States", "US"), ("television", "TV"),
            ("approximately", "roughly"), ("stepped down", "resigned"), ("resigned", "stepped down"),
            ("backed", "supported"), ("supported", "backed"), ("opposed", "was against")]
ONE_WAY_SYNONYMS = [("more than", "over"), ("announced", "said"), ("also ", ""), ("climbed", "rose")]
CONTRACTIONS = [("did not", "didn't"), ("does not", "doesn't"), ("do not", "don't"), ("is not", "isn't"),
                ("was not", "wasn't"), ("will not", "won't"), ("has not", "hasn't"), ("have not", "haven't"),
                ("had not", "hadn't"), ("could not", "couldn't"), ("are not", "aren't"), ("were not", "weren't"),
                ("would not", "wouldn't"), ("cannot", "can't")]
INTENSIFIERS = ["severely ", "sharply ", "heavily ", "significantly ", "very ", "deeply ", "badly ",
                "strongly ", "widely ", "dramatically ", "largely ", "fully "]
STRENGTH_SWAPS = [("all", "most"), ("most", "many"), ("many", "some"), ("most", "some"), ("always", "often"),
                  ("huge", "large"), ("plunged", "fell"), ("soared", "rose"), ("slammed", "criticized"),
                  ("destroyed", "damaged"), ("every", "most"),
                  ("far", "somewhat"), ("critically", "seriously"), ("sharply", "slightly")]
STRENGTH_ADD = [("fell", "fell sharply"), ("rose", "rose sharply"), ("damaged", "badly damaged"),
                ("criticized", "strongly criticized"), ("opposed", "strongly opposed"),
                ("welcomed", "warmly welcomed"), ("increased", "increased significantly"),
                ("dropped", "dropped steeply"), ("rejected", "firmly rejected"), ("denied", "flatly denied"),
                ("injured", "seriously injured"), ("grew", "grew rapidly"), ("warned", "repeatedly warned")]
DETAIL_ADD_SUFFIX = [" for the first time", " last week", " earlier this year", " in a statement",
                     " in a brief ceremony", " after a long delay", " despite strong objections",
                     " in a surprise move", " without giving details", " for the second time this year"]
DETAIL_ADD_PREFIX = ["In a surprise move, ", "For the first time, ", "After months of delays, ",
                     "In a brief statement, ", "Late last week, ", "Despite strong objections, ",
                     "Earlier this year, ", "In a rare move, "]

# --------------------------------------------------------------------------------------------
# Edits on one marked sentence
# --------------------------------------------------------------------------------------------


@dataclass
class Edit:
    """Overrides for one marked sentence plus string-level edits applied after rendering."""

    m: Marked
    over: dict[int, str] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    kinds: list[str] = field(default_factory=list)
    post: list = field(default_factory=list)  # callables str -> str

    def free(self, *tags: str) -> list[tuple[int, Slot]]:
        return [(i, s) for i, s in self.m.slots(*tags) if i not in self.used]

    def set(self, i: int, text: str, kind: str | None) -> str | None:
        self.over[i] = text
        self.used.add(i)
        if kind:
            self.kinds.append(kind)
        return kind

    def text(self) -> str:
        s = self.m.render(self.over)
        for f in self.post:
            s = tidy(f(s))
        return s

    def has_attribution(self) -> bool:
        return any(self.over.get(i, s.text).strip() for i, s in self.m.slots("attr"))


def _neg_variants(text: str, neg: str) -> list[str]:
    out = [neg]
    for full, short in CONTRACTIONS:
        if neg.startswith(full + " "):
            out.append(short + neg[len(full):])
    if neg.startswith("did not "):
        rest = neg[len("did not "):]
        out += ["failed to " + rest, "never " + text]
    words = text.split()
    if words and words[0] in AUX and not neg.startswith(("did not", "does not", "do not")) and " not" in neg:
        out.append(words[0] + " never " + " ".join(words[1:]))
        if words[0] in ("is", "are") and len(words) > 1:
            out.append(words[0] + " no longer " + " ".join(words[1:]))
    return out


def t_negation(e: Edit, rng: random.Random) -> str | None:
    cands = [(i, s) for i, s in e.free("v") if s.alts[0]]
    if not cands:
        return None
    i, s = rng.choice(cands)
    return e.set(i, rng.choice(_neg_variants(s.text, s.alts[0])), "negation")


def t_antonym(e: Edit, rng: random.Random) -> str | None:
    cands = [(i, s) for i, s in e.free("v") if len(s.alts) > 1 and s.alts[1]]
    if not cands:
        return None
    i, s = rng.choice(cands)
    return e.set(i, s.alts[1], "antonym")


def t_number(e: Edit, rng: random.Random) -> str | None:
    cands = e.free("num")
    rng.shuffle(cands)
    for i, s in cands:
        new = rng.choice(s.alts) if s.alts and rng.random() < 0.5 else change_number(s.text, rng)
        if new and new != s.text:
            ctx = e.m.before(i).lower().rstrip()
            if rng.random() < 0.2 and not any(ctx.endswith(w) for w in APPROX_BEFORE) and find_number(new) \
                    and find_number(new).form == "digits" and not re.search(r"\d[-:]\d", new):
                new = rng.choice(["about ", "roughly ", "more than ", "nearly "]) + new
            return e.set(i, new, "number")
    return None


def t_entity(e: Edit, rng: random.Random) -> str | None:
    cands = e.free("ent", "per")
    if not cands:
        return None
    i, s = rng.choice(cands)
    if s.alts:
        new = rng.choice(s.alts)
    elif len(s.text.split()) == 1:
        new = rng.choice([n for n in SURNAME_POOL if n != s.text])
    else:
        new = rng.choice([n for n in PERSON_POOL if n != s.text])
    return e.set(i, new, "entity")


def t_date(e: Edit, rng: random.Random) -> str | None:
    cands = e.free("date")
    rng.shuffle(cands)
    for i, s in cands:
        new = rng.choice(s.alts) if s.alts else change_date(s.text, rng)
        if new and new != s.text:
            return e.set(i, new, "date")
    return None


def t_cause(e: Edit, rng: random.Random) -> str | None:
    cands = [(i, s) for i, s in e.free("cause") if s.alts]
    if not cands:
        return None
    i, s = rng.choice(cands)
    return e.set(i, rng.choice(s.alts), "cause")


def t_hedge(e: Edit, rng: random.Random) -> str | None:
    h = e.free("h")
    if h and rng.random() < 0.55:
        i, s = rng.choice(h)
        return e.set(i, s.alts[0], "hedge")
    r = rng.random()
    vs = e.free("v")
    if vs and r < 0.6:
        i, s = rng.choice(vs)
        words = s.text.split()
        if not words:
            return None
        aux_ok = words[0] in AUX and len(words) > 1 and (
            words[0] in ("will", "would", "can", "could", "should", "must", "is", "are", "was", "were")
            or words[1].endswith(("ed", "en", "wn")) or words[1] in PARTICIPLE.values() or words[1] == "been")
        if aux_ok:
            if words[0] == "will" and rng.random() < 0.5:
                new = rng.choice(["may", "could", "might"]) + " " + " ".join(words[1:])
            elif words[0] in ("is", "are") and rng.random() < 0.4:
                new = rng.choice(["may be", "might be", "could be"]) + " " + " ".join(words[1:])
            else:
                new = words[0] + " " + rng.choice(HEDGE_ADVERBS) + " " + " ".join(words[1:])
        elif (words[0].endswith("ed") or words[0] in PARTICIPLE) and rng.random() < 0.5:
            part = PARTICIPLE.get(words[0], words[0])
            new = rng.choice(["may have", "might have", "could have", "is believed to have", "is said to have"]) \
                + " " + " ".join([part] + words[1:])
        else:
            new = rng.choice(HEDGE_ADVERBS) + " " + s.text
        return e.set(i, new.strip(), "hedge")
    if e.m.render(e.over).startswith('"'):
        return None
    wrapper = rng.choice(HEDGE_WRAPPERS)
    e.post.append(lambda t, w=wrapper: w + lc_first(t))
    e.kinds.append("hedge")
    return "hedge"


def t_attribution(e: Edit, rng: random.Random) -> str | None:
    attrs = [(i, s) for i, s in e.free("attr") if s.text.strip()]
    if attrs:
        i, s = rng.choice(attrs)
        r = rng.random()
        if r < 0.5:
            return e.set(i, "", "attribution")
        t = s.text
        if t.startswith(", "):
            if r < 0.8:
                new = rng.choice(VAGUE_TRAILING)
            else:
                src = rng.choice(SPECIFIC_SOURCES)
                new = rng.choice([f", {src} said", f", according to {src}"])
        elif t.lower().startswith("according to"):
            new = rng.choice(VAGUE_LEADING_ACC) if r < 0.8 else f"According to {rng.choice(SPECIFIC_SOURCES)}, "
        else:
            new = rng.choice(VAGUE_LEADING_SAID) if r < 0.8 else f"{rng.choice(SPECIFIC_SOURCES).capitalize()} said "
        if new.strip(", ").lower() == t.strip(", ").lower():
            return None
        return e.set(i, new, "attribution")
    if e.has_attribution():
        return None
    if rng.random() < 0.5:
        add = rng.choice(ADDED_ATTRIBUTION_TRAILING)
        e.post.append(lambda t, a=add: re.sub(r"[.!?]?$", "", t, count=1) + a + ".")
    else:
        add = rng.choice(ADDED_ATTRIBUTION_LEADING)
        e.post.append(lambda t, a=add: a + lc_first(t))
    e.kinds.append("attribution")
    return "attribution"


def t_detail_dropped(e: Edit, rng: random.Random) -> str | None:
    cands = [(i, s) for i, s in e.free("opt", "date", "cause") if s.drop and s.tag != "attr"]
    if not cands:
        return None
    i, s = rng.choice(cands)
    return e.set(i, "", "detail_dropped")


def t_detail_added(e: Edit, rng: random.Random) -> str | None:
    if e.free("date") and rng.random() < 0.7:
        return None
    if rng.random() < 0.5:
        add = rng.choice(DETAIL_ADD_PREFIX)
        e.post.append(lambda t, a=add: a + lc_first(t))
    else:
        add = rng.choice([a for a in DETAIL_ADD_SUFFIX if not (e.free("date") and "week" in a or "year" in a)])
        e.post.append(lambda t, a=add: re.sub(r"[.!?]?$", "", t, count=1) + a + ".")
    e.kinds.append("detail_added")
    return "detail_added"


def t_quote(e: Edit, rng: random.Random) -> str | None:
    cands = [(i, s) for i, s in e.free("q") if s.alts]
    if cands and rng.random() < 0.7:
        i, s = rng.choice(cands)
        return e.set(i, rng.choice(s.alts), "quote")
    text = e.m.render(e.over)
    m = re.search(r'"([^"]{12,})"', text)
    if not m:
        return None
    inner = m.group(1)
    words = inner.split()
    opts = []
    if "," in inner.rstrip(","):
        opts.append(inner.rstrip(",").rsplit(",", 1)[0] + ("," if inner.endswith(",") else ""))
    if len(words) >= 6:
        opts.append(" ".join(words[:-rng.choice([2, 3])]) + ("," if inner.endswith(",") else ""))
        opts.append(" ".join(words[rng.choice([1, 2]):]))
    for a, b in SYNONYMS:
        if b and re.search(rf"\b{re.escape(a)}\b", inner):
            opts.append(re.sub(rf"\b{re.escape(a)}\b", b, inner, count=1))
    opts = [o for o in opts if o.strip(" ,") and o != inner]
    if not opts:
        return None
    new = rng.choice(opts)
    e.post.append(lambda t, old=inner, new=new: t.replace(f'"{old}"', f'"{new}"', 1))
    e.kinds.append("quote")
    return "quote"


def t_strength(e: Edit, rng: random.Random) -> str | None:
    cands = [(i, s) for i, s in e.free("s") if s.alts]
    if cands and rng.random() < 0.6:
        i, s = rng.choice(cands)
        return e.set(i, s.alts[0], "strength")
    text = e.m.render(e.over)
    opts = []
    for w in INTENSIFIERS:
        if re.search(rf"\b{w}", text):
            opts.append(lambda t, w=w: re.sub(rf"\b{w}", "", t, count=1))
    for a, b in STRENGTH_SWAPS + [(y, x) for x, y in STRENGTH_ADD]:
        if re.search(rf"\b{a}\b", text):
            opts.append(lambda t, a=a, b=b: re.sub(rf"\b{a}\b", b, t, count=1))
    for a, b in STRENGTH_ADD:
        if re.search(rf"\b{a}\b", text):
            opts.append(lambda t, a=a, b=b: re.sub(rf"\b{a}\b", b, t, count=1))
    if not opts:
        if cands:
            i, s = rng.choice(cands)
            return e.set(i, s.alts[0], "strength")
        return None
    e.post.append(rng.choice(opts))
    e.kinds.append("strength")
    return "strength"


def t_rounded(e: Edit, rng: random.Random) -> str | None:
    cands = e.free("num")
    rng.shuffle(cands)
    for i, s in cands:
        r = round_number(s.text, e.m.before(i), rng)
        if r:
            return e.set(i, r[0], r[1])
    return None


# Wording-only edits (the pair stays a repeat).

def r_numfmt(e: Edit, rng: random.Random) -> bool:
    cands = e.free("num")
    rng.shuffle(cands)
    for i, s in cands:
        new = number_format(s.text, rng)
        if new:
            e.set(i, new, None)
            return True
    return False


def r_datefmt(e: Edit, rng: random.Random) -> bool:
    cands = e.free("date")
    rng.shuffle(cands)
    for i, s in cands:
        new = date_format(s.text, rng)
        if new:
            e.set(i, new, None)
            return True
    return False


def r_synonym(e: Edit, rng: random.Random) -> bool:
    text = e.m.render(e.over)
    opts = []
    for a, b in SYNONYMS + [(b, a) for a, b in SYNONYMS if b] + ONE_WAY_SYNONYMS:
        if re.search(rf"\b{re.escape(a)}\b", text, flags=re.I if a[0].islower() else 0):
            opts.append((a, b))
    if not opts:
        return False
    a, b = rng.choice(opts)

    def f(t: str, a=a, b=b) -> str:
        def repl(m):
            w = m.group(0)
            return (b[:1].upper() + b[1:]) if w[:1].isupper() and b else b
        t = re.sub(rf"\b{re.escape(a)}\b(?!')", repl, t, count=1, flags=re.I if a[0].islower() else 0)
        if b:  # keep "a"/"an" right in front of the new word
            vowel = b[0].lower() in "aeiou"
            t = re.sub(rf"\b([Aa])n? (?={re.escape(b)}\b)", lambda m: m.group(1) + ("n " if vowel else " "), t)
        return t

    e.post.append(f)
    return True


def r_contraction(e: Edit, rng: random.Random) -> bool:
    text = e.m.render(e.over)
    opts = [(a, b) for a, b in CONTRACTIONS + [(b, a) for a, b in CONTRACTIONS] if re.search(rf"\b{re.escape(a)}\b", text)]
    if not opts:
        return False
    a, b = rng.choice(opts)
    e.post.append(lambda t, a=a, b=b: re.sub(rf"\b{re.escape(a)}\b", b, t, count=1))
    return True


def r_attr_move(e: Edit, rng: random.Random) -> bool:
    attrs = [(i, s) for i, s in e.free("attr") if s.text.strip()]
    if not attrs:
        return False
    i, s = attrs[0]
    t = s.text
    if t.startswith(", according to "):
        src = t[len(", according to "):]
        e.set(i, "", None)
        e.post.append(lambda x, src=src: f"According to {src}, " + lc_first(x))
        return True
    m = re.match(r", (.+) (said|says|reported|announced)$", t)
    if m:
        e.set(i, "", None)
        e.post.append(lambda x, m=m: f"{m.group(1)} {m.group(2)} " + lc_first(x))
        return True
    m = re.match(r"According to (.+), $", t)
    if m:
        e.set(i, "", None)
        e.post.append(lambda x, m=m: re.sub(r"[.!?]?$", "", x, count=1) + f", according to {m.group(1)}.")
        return True
    m = re.match(r"(.+) (said|says|reported|announced)( that)? $", t)
    if m:
        e.set(i, "", None)
        e.post.append(lambda x, m=m: re.sub(r"[.!?]?$", "", x, count=1) + f", {lc_first(m.group(1))} {m.group(2)}.")
        return True
    return False


def r_front(e: Edit, rng: random.Random) -> bool:
    """Move a trailing time or place phrase to the front ("... on Tuesday." -> "On Tuesday, ...")."""
    text = e.m.render(e.over)
    m = re.search(r" ((on|in|at|during|until|since) [^,.;\"]{3,30})\.?$", text)
    if not m or re.search(r"\b(said|says)\b", m.group(1)):
        return False
    phrase = m.group(1)
    e.post.append(lambda t, p=phrase: (p[0].upper() + p[1:] + ", " + lc_first(t[:t.rfind(" " + p)]) + ".")
                  if t.rstrip(".").endswith(" " + p) else t)
    return True


def r_punct(e: Edit, rng: random.Random) -> bool:
    choice = rng.random()
    if choice < 0.4:
        e.post.append(lambda t: t.rstrip(".") if t.endswith(".") else t + ".")
    elif choice < 0.7:
        e.post.append(lambda t: re.sub(r"\bthat ", "", t, count=1) if re.search(r"\bsaid that ", t) else t.replace(" said ", " said that ", 1))
    else:
        e.post.append(lambda t: re.sub(r", (and|but) ", r" \1 ", t, count=1) if re.search(r", (and|but) ", t) else t + " ")
    return True


ANTONYMS = [("rose", "fell"), ("increased", "decreased"), ("raised", "lowered"), ("approved", "rejected"),
            ("won", "lost"), ("opened", "closed"), ("open", "close"), ("upgraded", "downgraded"), ("higher", "lower"),
            ("more", "less"), ("gained", "lost"), ("accepted", "refused"), ("allowed", "banned"),
            ("supported", "opposed"), ("before", "after"), ("up", "down"), ("above", "below"), ("ahead", "behind"),
            ("strengthened", "weakened"), ("expanded", "shrank"), ("hired", "fired"), ("acquitted", "convicted"),
            ("arrived", "departed"), ("earlier", "later"), ("increase", "decrease"), ("profit", "loss"),
            ("guilty", "innocent"), ("best", "worst"), ("largest", "smallest"), ("first", "last"),
            ("rise", "fall"), ("gain", "loss"), ("welcomed", "criticized"), ("praised", "criticized"),
            ("backed", "opposed"), ("easier", "harder"), ("cheaper", "more expensive"), ("added", "cut"),
            ("grew", "shrank"), ("climbed", "dropped"), ("improved", "worsened"), ("entered", "left"),
            ("start", "end"), ("began", "ended"), ("lifted", "imposed"), ("north", "south"), ("east", "west"),
            ("minimum", "maximum"), ("surplus", "deficit"), ("success", "failure"), ("agreed", "refused"),
            ("confirmed", "denied"), ("released", "detained"), ("reopen", "close"), ("reopened", "closed"),
            ("buy", "sell"), ("bought", "sold"), ("joined", "left"), ("outperformed", "trailed"),
            ("passed", "failed"), ("strong", "weak"), ("stronger", "weaker"), ("full", "empty"),
            ("younger", "older"), ("highest", "lowest"), ("winning", "losing")]


def _lex_word(word: str) -> str:
    """The word on its own, not inside a hyphenated word ("follow-up"); "up", "down", "more"
    and "less" also not in a bound ("up to 40", "more than 5", "more people than"), where
    swapping them breaks the sentence. "rose to 5 percent" stays a predicate to reverse."""
    bound = r"(?! to\b)(?! than\b)(?! \w+ than\b)" if word in _BOUND_WORDS else ""
    return rf"(?<![\w-]){word}(?![\w-]){bound}"


_BOUND_WORDS = frozenset({"up", "down", "more", "less"})


def t_antonym_lex(e: Edit, rng: random.Random) -> str | None:
    """A reversed predicate anywhere in the sentence, from a general lexicon."""
    text = e.m.render(e.over)
    opts = [(a, b) for x, y in ANTONYMS for a, b in ((x, y), (y, x)) if re.search(_lex_word(a), text)]
    if not opts:
        return None
    a, b = rng.choice(opts)
    e.post.append(lambda t, a=a, b=b: re.sub(_lex_word(a), b, t, count=1))
    e.kinds.append("antonym")
    return "antonym"


def _any_number_span(text: str, rng: random.Random) -> tuple[int, int] | None:
    spans = [m.span() for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text)]
    spans = [(a, b) for a, b in spans if not re.fullmatch(r"(1[89]|20)\d\d", text[a:b])]
    return rng.choice(spans) if spans else None


def t_number_any(e: Edit, rng: random.Random) -> str | None:
    """Any figure in the sentence (not only marked ones) changed to an incompatible value."""
    span = _any_number_span(e.m.render(e.over), rng)
    if span is None:
        return None
    seed = rng.random()

    def f(t: str, seed=seed) -> str:
        sp = _any_number_span(t, random.Random(seed))
        if sp is None:
            return t
        new = change_number(t[sp[0]:sp[1]], random.Random(seed))
        return t[:sp[0]] + new + t[sp[1]:] if new else t

    e.post.append(f)
    e.kinds.append("number")
    return "number"


def t_round_any(e: Edit, rng: random.Random) -> str | None:
    text = e.m.render(e.over)
    span = _any_number_span(text, rng)
    if span is None:
        return None
    a, b = span
    r = round_number(text[a:b], text[:a], rng)
    if r is None:
        return None
    e.post.append(lambda t, old=text[a:], new=r[0] + text[b:]: t.replace(old, new, 1))
    e.kinds.append("number_rounded")
    return "number_rounded"


def t_clause_drop(e: Edit, rng: random.Random) -> str | None:
    """Drop a trailing clause or an appositive: a detail, or an attribution if it names a source."""
    text = e.m.render(e.over)
    body = text.rstrip(".")
    opts = []
    m = re.search(r", ([^,\"]{8,})$", body)
    if m:
        opts.append((body[:m.start()] + ".", m.group(1)))
    m = re.search(r", (who|which|where|whose) [^,\"]{5,}, ", body)
    if m:
        opts.append((body[:m.start()] + " " + body[m.end():] + ".", m.group(0)))
    if not opts:
        return None
    new, dropped = rng.choice(opts)
    kind = "attribution" if re.search(r"\b(said|says|according|reported|told)\b", dropped) else "detail_dropped"
    e.post.append(lambda t, old=text, new=new: new if t == old else t)
    e.kinds.append(kind)
    return kind


CONTRADICT_T = {"negation": t_negation, "antonym": t_antonym, "number": t_number, "entity": t_entity,
                "date": t_date, "cause": t_cause, "antonym_lex": t_antonym_lex, "number_any": t_number_any}
ALTER_T = {"hedge": t_hedge, "attribution": t_attribution, "detail_dropped": t_detail_dropped,
           "detail_added": t_detail_added, "quote": t_quote, "strength": t_strength, "number_rounded": t_rounded,
           "round_any": t_round_any, "clause_drop": t_clause_drop}
REPEAT_T = [(r_numfmt, 3), (r_datefmt, 2), (r_synonym, 5), (r_contraction, 1), (r_attr_move, 2), (r_front, 2),
            (r_punct, 1)]
CONTRADICT_W = {"negation": 2, "antonym": 3, "number": 2.5, "entity": 3, "date": 2.5, "cause": 3,
                "antonym_lex": 3, "number_any": 1}
ALTER_W = {"hedge": 2.5, "attribution": 2.5, "detail_dropped": 2, "detail_added": 1.2, "quote": 4,
           "strength": 3, "number_rounded": 2.5, "round_any": 1.5, "clause_drop": 1.5}


#: Share of each label's news pairs that set a sentence against a short restatement (S: lines).
SHORT_SHARE = {"alter": 0.15, "contradict": 0.25, "unrelated": 0.12}


def weighted(rng: random.Random, weights: dict[str, float]) -> list[str]:
    """All keys, in a random order drawn by weight (without replacement)."""
    keys = list(weights)
    order = []
    while keys:
        k = rng.choices(keys, [weights[x] for x in keys])[0]
        order.append(k)
        keys.remove(k)
    return order


def apply_repeat_edits(e: Edit, rng: random.Random, n: int) -> int:
    done = 0
    fns = [f for f, w in REPEAT_T for _ in range(w)]
    for _ in range(n * 3):
        if done >= n:
            break
        if rng.choice(fns)(e, rng):
            done += 1
    return done


def apply_one(e: Edit, rng: random.Random, table: dict, weights: dict[str, float]) -> str | None:
    for k in weighted(rng, weights):
        if table[k](e, rng):
            return k
    return None

# --------------------------------------------------------------------------------------------
# Pair generators for news stories
# --------------------------------------------------------------------------------------------


@dataclass
class Pair:
    a: str
    b: str
    label: str
    kinds: list[str]
    topic: str
    group: str


class NewsGen:
    def __init__(self, stories: list[Story], rng: random.Random):
        self.rng = rng
        self.stories = stories
        self.by_topic: dict[str, list[Story]] = {}
        for s in stories:
            self.by_topic.setdefault(s.topic, []).append(s)
        self.parsed = {(s.sid, j, k): Marked.parse(m) for s in stories for j, pair in enumerate(s.pairs)
                       for k, m in enumerate(pair) if m}
        self.quoted = [(x, k) for x in stories for k in range(len(x.pairs))
                       if any(sl.tag == "q" for _, sl in self.parsed[(x.sid, k, 0)].slots())]
        self.shorts = [(x, k) for x in stories for k in range(len(x.pairs)) if x.pairs[k][3]]

    def pick(self, stories: list[Story]):
        st = self.rng.choice(stories)
        j = self.rng.randrange(len(st.pairs))
        return st, j

    def pick_among(self, cands: list[tuple[Story, int]], stories: list[Story]):
        """A (story, claim) from `cands` whose story is one of `stories`, or None."""
        ids = {x.sid for x in stories}
        cands = [(x, k) for x, k in cands if x.sid in ids]
        return self.rng.choice(cands) if cands else None

    def short_pair(self, stories: list[Story], label: str) -> Pair | None:
        """A full sentence (or its paraphrase) against a short restatement of one of its facts.

        The short side drops the rest of the sentence, so with its values intact the pair is
        `alter` (detail dropped); with one of its values or its predicate edited it is
        `contradict`; against the short restatement of another claim of the story, `unrelated`.
        """
        rng = self.rng
        got = self.pick_among(self.shorts, stories)  # claims with an S: short restatement
        if got is None:
            return None
        st, j = got
        ea = Edit(self.marked(st, j, rng.choice([0, 0, 1])))
        if label == "unrelated":
            others = [k for k in range(len(st.pairs)) if k != j]
            if not others:
                return None
            k = rng.choice(others)
            eb = Edit(self.marked(st, k, 3 if st.pairs[k][3] and rng.random() < 0.7 else rng.choice([0, 1])))
            if rng.random() < 0.3:
                apply_one(eb, rng, CONTRADICT_T, CONTRADICT_W)
            return self._pair(ea.text(), eb.text(), "unrelated", ["same_story_short"], st)
        eb = Edit(self.marked(st, j, 3))
        kinds = ["detail_dropped"]
        if label == "contradict":
            if not apply_one(eb, rng, CONTRADICT_T, CONTRADICT_W):
                return None
            kinds = sorted(set(eb.kinds))
        elif rng.random() < 0.3:
            apply_one(eb, rng, ALTER_T, {"hedge": 1, "attribution": 1, "strength": 1, "number_rounded": 1})
            kinds = sorted(set(kinds + eb.kinds))
        if rng.random() < 0.4:
            apply_repeat_edits(eb, rng, 1)
        return self._pair(ea.text(), eb.text(), label, kinds, st)

    def marked(self, st: Story, j: int, k: int) -> Marked:
        return self.parsed[(st.sid, j, k)]

    def sides(self, st: Story, j: int) -> tuple[Marked, Marked]:
        """(source side, edited side): the edited side is the source itself or its paraphrase."""
        a_k = self.rng.choice([0, 0, 1])
        b_k = self.rng.choice([0, 1]) if a_k == 0 else self.rng.choice([0, 1, 1])
        return self.marked(st, j, a_k), self.marked(st, j, b_k)

    def _shared_wrap(self, a: str, b: str) -> tuple[str, str]:
        """Sometimes give both sides the same hedge or attribution, so neither cue means 'changed'."""
        r = self.rng.random()
        if r < 0.06:
            w = self.rng.choice(HEDGE_WRAPPERS)
            return tidy(w + lc_first(a)), tidy(w + lc_first(b))
        if r < 0.12:
            add = self.rng.choice(ADDED_ATTRIBUTION_TRAILING)
            return (tidy(re.sub(r"[.!?]?$", "", a, count=1) + add + "."),
                    tidy(re.sub(r"[.!?]?$", "", b, count=1) + add + "."))
        return a, b

    def repeat(self, stories: list[Story]) -> Pair | None:
        rng = self.rng
        st, j = self.pick(stories)
        r = rng.random()
        ma, mp = self.marked(st, j, 0), self.marked(st, j, 1)
        if r < 0.06:
            m = rng.choice([ma, mp])
            a = b = Edit(m).text()
            kinds = ["verbatim"]
        elif r < 0.55:
            ea, eb = Edit(ma), Edit(mp)
            if rng.random() < 0.4:
                apply_repeat_edits(ea, rng, rng.choice([1, 2]))
            apply_repeat_edits(eb, rng, rng.choice([0, 1, 2, 3]))
            a, b = ea.text(), eb.text()
            kinds = ["paraphrase"]
        else:
            m = rng.choice([ma, ma, mp])
            ea, eb = Edit(m), Edit(m)
            if apply_repeat_edits(eb, rng, rng.choice([1, 2, 3, 4])) == 0:
                return None
            a, b = ea.text(), eb.text()
            kinds = ["near_verbatim"]
        if a == b and kinds != ["verbatim"]:
            return None
        a, b = self._shared_wrap(a, b)
        return self._pair(a, b, "repeat", kinds, st)

    def alter(self, stories: list[Story]) -> Pair | None:
        rng = self.rng
        if rng.random() < SHORT_SHARE["alter"]:
            return self.short_pair(stories, "alter")
        st, j = self.pick(stories)
        r = rng.random()
        if r > 0.86:  # quotations are rarer in the stories than the other alter kinds
            quoted = self.pick_among(self.quoted, stories)
            if quoted:
                st, j = quoted
                ma, mb = self.sides(st, j)
                ea, eb = Edit(ma), Edit(mb)
                if t_quote(eb, rng):
                    a, b = ea.text(), eb.text()
                    if a != b:
                        return self._pair(a, b, "alter", sorted(set(eb.kinds)), st)
                return None
        if r < 0.1 and len(st.pairs) > 1:  # one report merges two claims: detail added
            k = rng.choice([x for x in range(len(st.pairs)) if x != j])
            a = Edit(self.marked(st, j, rng.choice([0, 1]))).text()
            first, second = Edit(self.marked(st, j, rng.choice([0, 1]))).text(), Edit(self.marked(st, k, 0)).text()
            b = f"{first} {second}" if rng.random() < 0.6 else f"{second} {first}"
            return self._pair(a, b, "alter", ["detail_added"], st)
        ma, mb = self.sides(st, j)
        ea, eb = Edit(ma), Edit(mb)
        if r < 0.17:  # a shortened restatement: every droppable detail and attribution gone
            for i, s in mb.slots():
                if s.drop and s.text.strip():
                    eb.set(i, "", "attribution" if s.tag == "attr" else "detail_dropped")
            if not eb.kinds:
                return None
        else:
            n = 1 if rng.random() < 0.7 else 2
            for _ in range(n):
                apply_one(eb, rng, ALTER_T, ALTER_W)
            if not eb.kinds:
                return None
        if rng.random() < 0.5:
            apply_repeat_edits(eb, rng, rng.choice([1, 2]))
        a, b = ea.text(), eb.text()
        if a == b:
            return None
        return self._pair(a, b, "alter", sorted(set(eb.kinds)), st)

    def contradict(self, stories: list[Story]) -> Pair | None:
        rng = self.rng
        if rng.random() < SHORT_SHARE["contradict"]:
            return self.short_pair(stories, "contradict")
        st, j = self.pick(stories)
        ma, mb = self.sides(st, j)
        ea, eb = Edit(ma), Edit(mb)
        if not apply_one(eb, rng, CONTRADICT_T, CONTRADICT_W):
            return None
        if rng.random() < 0.08:
            apply_one(eb, rng, CONTRADICT_T, CONTRADICT_W)
        if rng.random() < 0.3:
            apply_one(eb, rng, ALTER_T, ALTER_W)
        if rng.random() < 0.5:
            apply_repeat_edits(eb, rng, rng.choice([1, 2]))
        a, b = ea.text(), eb.text()
        if a == b:
            return None
        a, b = self._shared_wrap(a, b)
        return self._pair(a, b, "contradict", sorted(set(eb.kinds)), st)

    def unrelated(self, stories: list[Story]) -> Pair | None:
        rng = self.rng
        if rng.random() < SHORT_SHARE["unrelated"]:
            return self.short_pair(stories, "unrelated")
        st, j = self.pick(stories)
        r = rng.random()
        if r < 0.35 and st.pairs[j][2]:  # a sibling: same people or template, another claim
            ea = Edit(self.marked(st, j, rng.choice([0, 0, 1])))
            eb = Edit(self.marked(st, j, 2))
            t = rng.random()
            if t < 0.3:
                apply_repeat_edits(eb, rng, 1)
            elif t < 0.5:
                apply_one(eb, rng, ALTER_T, {"hedge": 1, "attribution": 1, "detail_added": 0.5})
            elif t < 0.6:
                apply_one(ea, rng, CONTRADICT_T, CONTRADICT_W)
            return self._pair(ea.text(), eb.text(), "unrelated", ["sibling"], st)
        if r < 0.7 and len(st.pairs) > 1:
            st2, k = st, rng.choice([x for x in range(len(st.pairs)) if x != j])
            kind = "same_story"
        elif r < 0.92:
            pool = [s for s in stories if s.topic == st.topic and s.sid != st.sid] or stories
            st2, k = self.pick(pool)
            kind = "same_topic"
        else:
            st2, k = self.pick(stories)
            kind = "other_topic"
        if st2.sid == st.sid and k == j:
            return None
        ea = Edit(self.marked(st, j, rng.choice([0, 0, 1])))
        eb = Edit(self.marked(st2, k, rng.choice([0, 1])))
        t = rng.random()
        if t < 0.2:
            apply_one(eb, rng, CONTRADICT_T, CONTRADICT_W)
        elif t < 0.4:
            apply_one(eb, rng, ALTER_T, ALTER_W)
        elif t < 0.6:
            apply_repeat_edits(eb, rng, 1)
        return self._pair(ea.text(), eb.text(), "unrelated", [kind], st)

    def _pair(self, a: str, b: str, label: str, kinds: list[str], st: Story) -> Pair:
        if self.rng.random() < 0.5:
            a, b = b, a
            kinds = [{"detail_added": "detail_dropped", "detail_dropped": "detail_added"}.get(k, k) for k in kinds]
        return Pair(a, b, label, kinds, st.topic, f"story{st.sid}")

# --------------------------------------------------------------------------------------------
# Caption-style scenes (short sentences with simple negations), written for this generator
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subj:
    text: str  # "a man"
    plural: bool
    swap: tuple[str, ...]  # incompatible subjects
    syn: tuple[str, ...] = ()  # same meaning
    plain: str = ""  # with a detail dropped ("an old man" -> "a man")
    animal: bool = False


@dataclass(frozen=True)
class Act:
    ing: str  # "riding a bike"
    who: str  # "p" person, "a" animal, "b" both
    syn: tuple[str, ...] = ()
    ant: tuple[str, ...] = ()  # incompatible predicate
    obj_swap: tuple[str, ...] = ()  # same predicate, other object (incompatible)
    passive: tuple[str, str] | None = None  # ("a bike", "ridden")
    plain: str = ""  # detail dropped
    places: tuple[str, ...] = ()


SUBJECTS = [
    Subj("a baker", False, ("a butcher", "a tailor"), ("a bread maker",), "", False),
    Subj("a tailor", False, ("a barber", "a baker"), (), "", False),
    Subj("a fisherman", False, ("a farmer", "a fisherwoman"), ("a fisher",), "", False),
    Subj("an old sailor", False, ("a young sailor", "an old miner"), ("an elderly sailor",), "a sailor"),
    Subj("a young nurse", False, ("an old nurse", "a young doctor"), (), "a nurse"),
    Subj("a tall gardener", False, ("a short gardener", "a tall painter"), (), "a gardener"),
    Subj("a beekeeper", False, ("a blacksmith",), ("a bee farmer",), ""),
    Subj("a librarian", False, ("a janitor", "a cashier"), (), ""),
    Subj("a mail carrier", False, ("a bus driver",), ("a postal worker",), ""),
    Subj("a street vendor", False, ("a street cleaner",), ("a street seller",), ""),
    Subj("two farmers", True, ("three farmers", "two fishermen"), ("a pair of farmers",), ""),
    Subj("three students", True, ("two students", "three teachers"), ("three pupils",), ""),
    Subj("a pair of tourists", True, ("a large tour group",), ("two tourists",), ""),
    Subj("a juggler", False, ("an acrobat",), (), ""),
    Subj("a goat", False, ("a sheep", "a pig"), (), "", True),
    Subj("a grey goose", False, ("a white goose", "a grey heron"), (), "a goose", True),
    Subj("two ponies", True, ("three ponies", "two donkeys"), ("a pair of ponies",), "", True),
    Subj("a sheepdog", False, ("a terrier", "a fox"), (), "", True),
    Subj("a parrot", False, ("a pigeon",), (), "", True),
]

ACTS = [
    Act("kneading dough", "p", ("working the dough",), (), ("kneading clay",), ("dough", "kneaded"), "",
        ("in a bakery", "on a wooden counter")),
    Act("hemming a pair of trousers", "p", ("taking up the hem of some trousers",), (), ("hemming a skirt",),
        ("a pair of trousers", "hemmed"), "", ("in a small workshop",)),
    Act("mending a fishing net", "p", ("repairing a fishing net",), (), ("mending a sail",),
        ("a fishing net", "mended"), "", ("on a pier", "beside a boat")),
    Act("raising a flag", "p", ("hoisting a flag",), ("lowering a flag",), ("raising a banner",), ("a flag", "raised"),
        "", ("outside a school", "on a ship")),
    Act("climbing up a rope", "p", ("going up a rope",), ("climbing down a rope",), ("climbing up a pole",), None,
        "", ("in a gym",)),
    Act("unlocking a gate", "p", ("opening the lock of a gate",), ("locking a gate",), ("unlocking a shed",),
        ("a gate", "unlocked"), "", ()),
    Act("pulling on rubber boots", "p", ("putting on rubber boots",), ("pulling off rubber boots",),
        ("pulling on wool socks",), None, "", ()),
    Act("boarding a ferry", "p", ("getting on a ferry",), ("getting off a ferry",), ("boarding a tram",), None,
        "", ()),
    Act("juggling three oranges", "p", (), (), ("juggling three apples", "juggling five oranges"), None,
        "juggling", ("in a town square",)),
    Act("watering tomato plants", "p", ("giving water to tomato plants",), (), ("watering rose bushes",),
        ("tomato plants", "watered"), "", ("in a greenhouse", "in a backyard")),
    Act("stacking wooden crates", "p", ("piling up wooden crates",), (), ("stacking plastic chairs",),
        ("wooden crates", "stacked"), "stacking crates", ("in a warehouse", "behind a shop")),
    Act("flying a red kite", "p", (), (), ("flying a green kite",), ("a red kite", "flown"), "flying a kite",
        ("on a hill", "over a meadow")),
    Act("rowing a small boat", "p", (), (), ("rowing a canoe",), ("a small boat", "rowed"), "rowing a boat",
        ("across a lake", "down a canal")),
    Act("sweeping the porch", "p", ("brushing the porch clean",), (), ("sweeping the stairs",),
        ("the porch", "swept"), "", ()),
    Act("pouring tea into a mug", "p", (), (), ("pouring coffee into a mug",), ("tea", "poured into a mug"), "", ()),
    Act("lighting a lantern", "p", (), ("blowing out a lantern",), ("lighting a candle",), ("a lantern", "lit"), "",
        ()),
    Act("filling a bucket with sand", "p", (), ("emptying a bucket of sand",), ("filling a bucket with pebbles",),
        ("a bucket", "filled with sand"), "filling a bucket", ()),
    Act("pushing a wheelbarrow", "p", (), ("pulling a wheelbarrow",), ("pushing a pram",), ("a wheelbarrow", "pushed"),
        "", ("through a garden", "along a path")),
    Act("shouting cheerfully", "p", ("calling out cheerfully",), ("sobbing quietly",), (), None, "shouting", ()),
    Act("winning a chess game", "p", (), ("losing a chess game",), ("winning a card game",), ("a chess game", "won"),
        "", ()),
    Act("grazing on a hillside", "a", ("eating grass on a hillside",), (), ("grazing beside a river",), None,
        "grazing", ()),
    Act("pecking at seeds", "a", ("picking at seeds",), (), ("pecking at bread crumbs",), None, "pecking", ()),
    Act("leaping over a stream", "b", ("jumping over a stream",), (), ("leaping over a hedge",), None, "leaping", ()),
    Act("dozing in the shade", "b", ("napping in the shade",), ("running around in the sun",), (), None, "dozing", ()),
    Act("drinking from a trough", "a", ("drinking out of a trough",), (), ("eating from a trough",), None,
        "drinking", ()),
    Act("carrying a branch in its jaws", "a", ("holding a branch in its jaws",), (), ("carrying a shoe in its jaws",),
        None, "carrying a branch", ()),
    Act("rolling in the mud", "a", (), (), ("rolling in the hay",), None, "rolling", ()),
    Act("walking up a ramp", "b", ("going up a ramp",), ("walking down a ramp",), (), None, "", ()),
    Act("standing on a haystack", "b", (), ("lying beside a haystack",), ("standing on a wagon",), None, "", ()),
]


class CaptionGen:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def scene(self):
        rng = self.rng
        subj = rng.choice(SUBJECTS)
        acts = [a for a in ACTS if a.who == "b" or (a.who == "a") == subj.animal]
        act = rng.choice(acts)
        place = rng.choice(act.places) if act.places and rng.random() < 0.6 else ""
        return subj, act, place

    @staticmethod
    def say(subj: str, plural: bool, ing: str, place: str, neg: bool = False, front_place: bool = False,
            period: bool = True) -> str:
        be = ("are" if plural else "is") + (" not" if neg else "")
        if front_place and place:
            s = f"{place[0].upper() + place[1:]}, {subj} {be} {ing}"
        else:
            s = f"{subj} {be} {ing}" + (f" {place}" if place else "")
        return tidy(s + ("." if period else ""))

    def make(self, label: str) -> Pair | None:
        rng = self.rng
        subj, act, place = self.scene()
        period = rng.random() < 0.7
        the = lambda s: re.sub(r"^(a|an) ", "the ", s) if rng.random() < 0.3 else s  # noqa: E731
        a = self.say(subj.text, subj.plural, act.ing, place, period=period)
        kinds: list[str]
        if label == "repeat":
            opts = []
            if subj.syn:
                opts.append(lambda: self.say(rng.choice(subj.syn), subj.plural, act.ing, place, period=period))
            if act.syn:
                opts.append(lambda: self.say(subj.text, subj.plural, rng.choice(act.syn), place, period=period))
            if act.passive and not subj.plural:
                obj, part = act.passive
                opts.append(lambda: tidy(f"{obj} is being {part} by {subj.text}" + (f" {place}" if place else "") + "."))
            if place:
                opts.append(lambda: self.say(subj.text, subj.plural, act.ing, place, front_place=True, period=period))
            opts.append(lambda: self.say(the(subj.text), subj.plural, act.ing, place, period=not period))
            b = rng.choice(opts)()
            kinds = ["paraphrase"]
        elif label == "contradict":
            k = rng.choice(["negation", "negation", "negation", "antonym", "antonym", "entity"])
            noun = re.sub(r"^(a|an|two|three|the) ", "", subj.text)
            if k == "negation":
                forms = [lambda: self.say(the(subj.text), subj.plural, act.ing, place, neg=True, period=period),
                         lambda: tidy(f"there {'are' if subj.plural else 'is'} no {noun} {act.ing}"
                                      + (f" {place}" if place else "") + ".")]
                if not subj.animal:
                    forms.append(lambda: tidy(f"nobody is {act.ing}" + (f" {place}" if place else "") + "."))
                if not subj.plural:
                    forms.append(lambda: tidy(f"no {noun} is {act.ing}" + (f" {place}" if place else "") + "."))
                    forms.append(lambda: tidy(f"{the(subj.text)} isn't {act.ing}" + (f" {place}" if place else "") + "."))
                b = rng.choice(forms)()
            elif k == "antonym" and act.ant:
                b = self.say(the(subj.text), subj.plural, rng.choice(act.ant), place, period=period)
            elif act.obj_swap and rng.random() < 0.5:
                b = self.say(subj.text, subj.plural, rng.choice(act.obj_swap), place, period=period)
                k = "entity"
            elif place and len(act.places) > 1 and rng.random() < 0.4:
                b = self.say(subj.text, subj.plural, act.ing, rng.choice([p for p in act.places if p != place]),
                             period=period)
                k = "entity"
            else:
                other = rng.choice(subj.swap)
                b = self.say(other, other.split()[0] in ("two", "three", "four") or other.startswith("a group"),
                             act.ing, place, period=period)
                k = "entity"
            kinds = [k]
        elif label == "alter":
            opts = []
            if place:
                opts.append(("detail_dropped", lambda: self.say(subj.text, subj.plural, act.ing, "", period=period)))
            if subj.plain:
                opts.append(("detail_dropped", lambda: self.say(subj.plain, subj.plural, act.ing, place, period=period)))
            if act.plain:
                opts.append(("detail_dropped", lambda: self.say(subj.text, subj.plural, act.plain, place, period=period)))
            hedge = rng.choice(["appears to be", "seems to be", "is probably", "might be", "may be"])
            if subj.plural:
                hedge = hedge.replace("appears", "appear").replace("seems", "seem").replace("is probably", "are probably")
            opts.append(("hedge", lambda: tidy(f"{subj.text} {hedge} {act.ing}" + (f" {place}" if place else "")
                                               + ("." if period else ""))))
            if not place and act.places:
                opts.append(("detail_added", lambda: self.say(subj.text, subj.plural, act.ing, rng.choice(act.places),
                                                              period=period)))
            k, f = rng.choice(opts)
            b = f()
            kinds = [k]
        else:
            subj2, act2, place2 = self.scene()
            if act2.ing == act.ing:
                return None
            if rng.random() < 0.4:
                subj2 = subj
                if act2.who != "b" and (act2.who == "a") != subj.animal:
                    return None
            b = self.say(subj2.text, subj2.plural, act2.ing, place2, neg=rng.random() < 0.15, period=period)
            kinds = ["other_scene"]
        if a == b:
            return None
        if rng.random() < 0.5:
            a, b = b, a
            kinds = [{"detail_added": "detail_dropped", "detail_dropped": "detail_added"}.get(x, x) for x in kinds]
        return Pair(a, b, label, kinds, "caption", "caption")

# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


def val_story(story: Story, seed: int) -> bool:
    """About one story in ten is held out for validation, by a hash of its topic and first
    sentence (not its position, so adding a story elsewhere does not reshuffle the split)."""
    key = f"{seed}:{story.topic}:{story.pairs[0][0]}"
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 10 == 0


def generate(n_total: int, seed: int, caption_share: float = 0.15) -> list[dict]:
    rng = random.Random(seed)
    stories = load_all_stories()
    news = NewsGen(stories, rng)
    caps = CaptionGen(rng)
    train_st = [s for s in stories if not val_story(s, seed)]
    val_st = [s for s in stories if val_story(s, seed)]
    per_label = n_total // len(LABELS)
    seen: set[tuple[str, str]] = set()
    out: list[dict] = []
    for label in LABELS:
        n_cap = int(round(per_label * caption_share))
        n_news = per_label - n_cap
        n_news_val = max(1, round(n_news * len(val_st) / len(stories)))
        plan = [("val", val_st, n_news_val), ("train", train_st, n_news - n_news_val)]
        for split, pool, n in plan:
            made = tries = 0
            while made < n and tries < n * 60:
                tries += 1
                p = getattr(news, label)(pool)
                if p is None or (p.a, p.b) in seen or (p.a == p.b and label != "repeat"):
                    continue
                seen.add((p.a, p.b))
                out.append(_record(p, split))
                made += 1
        made = tries = 0
        while made < n_cap and tries < n_cap * 200:
            tries += 1
            p = caps.make(label)
            if p is None or (p.a, p.b) in seen:
                continue
            seen.add((p.a, p.b))
            out.append(_record(p, "val" if rng.random() < 0.1 else "train"))
            made += 1
    rng.shuffle(out)
    return out


def _record(p: Pair, split: str) -> dict:
    return {"a": p.a, "b": p.b, "label": p.label, "kinds": p.kinds, "topic": p.topic, "group": p.group,
            "split": split}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20000, help="total pairs (balanced over the 4 labels)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--show", type=int, default=0, help="print this many random pairs")
    args = ap.parse_args(argv)
    rows = generate(args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    args.out.write_text(data, encoding="utf-8")
    digest = hashlib.sha256(data.encode()).hexdigest()
    print(f"wrote {len(rows)} pairs to {args.out} (sha256 {digest[:16]})")
    for split in ("train", "val"):
        c = Counter(r["label"] for r in rows if r["split"] == split)
        print(f"  {split:5s} " + "  ".join(f"{lab} {c[lab]}" for lab in LABELS))
    kinds = Counter(k for r in rows for k in r["kinds"])
    print("  kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda x: -x[1])))
    show = random.Random(args.seed + 1).sample(rows, min(args.show, len(rows)))
    for r in show:
        print(f"\n[{r['label']}] {r['kinds']}\n  A: {r['a']}\n  B: {r['b']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
