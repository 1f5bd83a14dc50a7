"""Quantities mentioned in a sentence, and whether two of them state the same amount.

A rewrite may restate a figure in another notation ("15 per cent" / "15%"), round it
("48,713" -> "nearly 49,000"), or change it ("46" -> "44"). Each mention is parsed into a value
with its unit, scale and qualifier ("about", "more than"), which compare as intervals: disjoint
intervals cannot both be true, overlapping ones are a compatible rounding.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from compare.dates import extract_dates
from compare.lexicons import STOPWORDS
from compare.tokens import Token, glued, hyphen_joins, stem, tokenize

Span = tuple[int, int]

_UNITS = {
    "%": "percent", "percent": "percent", "pct": "percent", "percentage": "percent",
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "pound",
    "pounds": "pound", "sterling": "gbp", "cents": "cent", "cent": "cent",
    "people": "people", "persons": "people", "person": "people",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "mile": "mile", "miles": "mile", "ft": "ft", "foot": "ft", "feet": "ft",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "ton": "ton", "tons": "ton",
    "tonne": "ton", "tonnes": "ton", "gallon": "gallon", "gallons": "gallon",
    "barrel": "barrel", "barrels": "barrel", "acre": "acre", "acres": "acre",
    "year": "year", "years": "year", "yr": "year", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour",
    "hours": "hour", "minute": "minute", "minutes": "minute", "seconds": "second",
    "point": "point", "points": "point", "times": "times",
}
_CURRENCY_SIGNS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "mn": 1e6, "k": 1e3}
_GLUED_SCALES = {"m": 1e6, "bn": 1e9, "k": 1e3}  # "$5m": only right after a currency figure
_FRACTION_SLASHES = ("/", "\u2044")  # "1/2", and "1⁄2" with the typographic fraction slash
# Denominators written in mixed numbers ("5 1/2", "3 3/4", "2 5/8"). After a whole number,
# "9/11" or "6/30" is a date and "3/5" a rating: they stay figures of their own.
_MIXED_DENOMINATORS = frozenset({2, 3, 4, 8, 16})
# Marks a fraction character may follow directly ("(½ mile)", "$½ million"). After anything
# else it is part of a word, or the tail of mis-decoded text ("ï¿½" ends in "½").
_OPENERS = frozenset({"(", "[", '"', "'", "-", *_CURRENCY_SIGNS})

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
             "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
_FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
              "quarters": 0.25}
_MULTIPLIERS = {"doubled": 2, "doubles": 2, "doubling": 2, "tripled": 3, "triples": 3,
                "tripling": 3, "quadrupled": 4, "quadruples": 4, "halved": 0.5}
# Vague amounts are intervals: "several" can be restated as "at least five", not as "40".
_VAGUE = {"several": (3, 9), "few": (2, 5), "couple": (2, 3), "dozens": (24, 200),
          "scores": (40, 200), "hundreds": (200, 1000), "thousands": (2e3, 1e6),
          "millions": (2e6, 1e9), "billions": (2e9, 1e12)}
# Words before a figure that qualify it, longest first. Classes: about (either side),
# nearly (just below), just_over (just above), and the strict/inclusive bounds.
_QUALIFIERS = (
    (("in", "excess", "of"), "gt"), (("no", "fewer", "than"), "ge"), (("no", "less", "than"), "ge"),
    (("no", "more", "than"), "le"), (("as", "many", "as"), "le"), (("as", "much", "as"), "le"),
    (("as", "high", "as"), "le"), (("a", "maximum", "of"), "le"), (("a", "minimum", "of"), "ge"),
    (("just", "under"), "nearly"), (("just", "shy", "of"), "nearly"), (("just", "over"), "just_over"),
    (("just", "above"), "just_over"), (("slightly", "more", "than"), "just_over"),
    (("more", "than"), "gt"), (("less", "than"), "lt"), (("fewer", "than"), "lt"),
    (("higher", "than"), "gt"), (("greater", "than"), "gt"), (("lower", "than"), "lt"),
    (("smaller", "than"), "lt"),
    (("at", "least"), "ge"), (("at", "most"), "le"), (("up", "to"), "le"), (("upwards", "of"), "gt"),
    (("close", "to"), "nearly"), (("an", "estimated"), "about"), (("estimated", "at"), "about"),
    (("about",), "about"), (("around",), "about"), (("roughly",), "about"),
    (("approximately",), "about"), (("approx",), "about"), (("some",), "about"),
    (("circa",), "about"), (("estimated",), "about"), (("nearly",), "nearly"),
    (("almost",), "nearly"), (("over",), "gt"), (("above",), "gt"), (("exceeding",), "gt"),
    (("under",), "lt"), (("below",), "lt"),
)
_QUALIFIER_WORDS = frozenset(w for phrase, _ in _QUALIFIERS for w in phrase)
_BOUND_OF = {"gt": "gt", "ge": "ge", "lt": "lt", "le": "le", "just_over": "gt"}
_APPROX = {"about", "nearly", "just_over"}
# "more than 27 million" and "just over 27 million" state the same thing.
_QUALIFIER_FAMILY = {"just_over": "gt"}


@dataclass(frozen=True)
class Quantity:
    """One amount in a text, scale applied ("$1.8 billion" -> value 1.8e9, unit "usd").

    unit: normalised ("percent", "usd", "people", "km", "year", ...); "fraction" for a bare
        "half" or "three-quarters" (compared as a percentage); "/10" for a rating "7.8/10".
    kind: cardinal, ordinal, fraction, range (value..high), pair (a score or record "9-5":
        value, high), multiplier ("doubled" -> 2), vague ("dozens": value..high).
    qualifier: "" or about, nearly, just_over, gt, ge, lt, le (the words before the figure).
    sig: significant digits as written, which tells a rounded figure from a precise one.
    noun: stem of the word after the figure, which pairs "46 KOs" with "44 KOs".
    context: stems of the content words around the figure ("grossed ... worldwide"), which
        pairs the mentions of one list item when a sentence holds several figures.
    """

    value: float
    unit: str | None
    approx: bool
    bound: str | None
    span: Span
    text: str
    kind: str = "cardinal"
    high: float | None = None
    qualifier: str = ""
    sig: int = 0
    noun: str | None = None
    context: frozenset = frozenset()


def _context(toks, first: int, last: int) -> frozenset:
    """Stems of up to two content words before a figure and three after it."""
    before = [t for t in toks[max(0, first - 4):first] if t.is_word and t.norm not in STOPWORDS
              and t.norm not in _QUALIFIER_WORDS][-2:]
    after = [t for t in toks[last:last + 6] if t.is_word and t.norm not in STOPWORDS][:3]
    return frozenset(stem(t.norm) for t in before + after)


def _sig_digits(raw: str) -> int:
    digits = raw.replace(",", "")
    if "." in digits:
        return len(digits.replace(".", "").lstrip("0")) or 1
    return len(digits.lstrip("0").rstrip("0")) or 1


def _plain_value(tok: Token) -> float | None:
    """Value of a token written in plain digits ("1,250", "7.9"), else None ("1.2.3", "½")."""
    digits = tok.norm.replace(",", "")
    return float(digits) if digits.replace(".", "", 1).isdigit() else None


def _read_words(toks, i) -> tuple[float, int, str] | None:
    """A number written in words at token i: (value, next index, kind)."""
    w = toks[i].norm
    if w in ("a", "an", "one") and i + 1 < len(toks) and toks[i + 1].norm in ("dozen", "half", "third",
                                                                               "quarter", "hundred",
                                                                               "thousand"):
        nxt = toks[i + 1].norm
        if nxt == "dozen":
            return 12.0, i + 2, "cardinal"
        if nxt in _FRACTIONS:
            return _FRACTIONS[nxt], i + 2, "fraction"
        return _SCALES[nxt], i + 2, "cardinal"
    if w == "dozen":
        return 12.0, i + 1, "cardinal"
    if w == "half":
        return 0.5, i + 1, "fraction"
    if w in _ORDINALS:
        return float(_ORDINALS[w]), i + 1, "ordinal"
    if w in _TENS:
        value, j = _TENS[w], i + 1
        if j + 1 < len(toks) and toks[j].norm == "-" and toks[j + 1].norm in _ONES:
            value, j = value + _ONES[toks[j + 1].norm], j + 2
        return float(value), j, "cardinal"
    if w in _ONES:
        value, j = float(_ONES[w]), i + 1
        # "three-quarters", "two thirds": a numerator before a fraction word
        k = j + 1 if j < len(toks) and toks[j].norm == "-" else j
        if k < len(toks) and toks[k].norm in ("quarters", "thirds", "halves", "quarter", "third"):
            return value * _FRACTIONS[toks[k].norm], k + 1, "fraction"
        return value, j, "cardinal"
    return None


def _read_core(toks, i):
    """(value, next index, kind, sig) for a figure starting at token i, else None."""
    t = toks[i]
    glyph = _glyph_fraction(t)
    if glyph:
        glued_on = i > 0 and glued(toks[i - 1], t) and toks[i - 1].norm not in _OPENERS
        return None if glued_on else (glyph, i + 1, "fraction", 1)
    if t.is_number:
        if i > 0 and toks[i - 1].is_word and glued(toks[i - 1], t) and toks[i - 1].norm != "us":
            return None  # part of an identifier: "x86", "B52"
        if i > 1 and toks[i - 1].norm == "-" and toks[i - 2].is_word and glued(toks[i - 2], toks[i - 1]) \
                and glued(toks[i - 1], t) and toks[i - 2].norm not in _TENS:
            return None  # "COVID-19", "F-16"
        value = _plain_value(t)
        if value is None:
            return None  # "1.2.3", a version or section number
        slashed = _slashed_fraction(toks, i)
        if slashed and _measures_something(toks, i + 3):
            return slashed, i + 3, "fraction", 1  # "1/2 mile", "3/4 of members"; "rated 3/4" stays a rating
        j, kind = i + 1, "cardinal"
        if j < len(toks) and glued(t, toks[j]) and toks[j].norm in ("st", "nd", "rd", "th"):
            j, kind = j + 1, "ordinal"
        elif j < len(toks) and glued(t, toks[j]) and toks[j].norm == "s":
            return None  # a decade: "the 1980s"
        return value, j, kind, _sig_digits(t.norm)
    words = _read_words(toks, i)
    if words is None:
        return None
    value, j, kind = words
    return value, j, kind, 1 if kind == "fraction" else _sig_digits(f"{value:g}")


def _scale_at(toks, j, unit) -> tuple[float, int]:
    """Multiplier of a scale word at token j ("million") and the index after it, or (0, j)."""
    if hyphen_joins(toks, j) and toks[j + 1].norm in _SCALES:
        j += 1  # "$3-million bail", "10 to 12-million": the hyphen joins a figure to its scale
    if j < len(toks) and toks[j].norm in _SCALES:
        return _SCALES[toks[j].norm], j + 1
    if unit and j < len(toks) and glued(toks[j - 1], toks[j]) and toks[j].norm in _GLUED_SCALES:
        return _GLUED_SCALES[toks[j].norm], j + 1
    return 0.0, j


def _and_a_half(toks, j) -> tuple[float, int]:
    """'two and a half' / 'two-and-a-half': extra 0.5 and the index after it."""
    seq = [t.norm for t in toks[j: j + 7] if t.norm != "-"]
    if seq[:3] == ["and", "a", "half"]:
        k, seen = j, 0
        while seen < 3:
            seen += toks[k].norm != "-"
            k += 1
        return 0.5, k
    return 0.0, j


def _glyph_fraction(tok: Token) -> float:
    """Value of a single fraction character ("½" -> 0.5, "⅔"), or 0 for any other token."""
    if len(tok.text) != 1 or unicodedata.category(tok.text) != "No":
        return 0.0  # "No" also holds "²" and "①", whose values are not below 1
    value = unicodedata.numeric(tok.text, 0.0)
    return value if 0 < value < 1 else 0.0


def _slashed_fraction(toks, k) -> float:
    """Value of a proper fraction "1/2" written at token k, or 0 when there is none."""
    if k + 2 >= len(toks) or toks[k + 1].norm not in _FRACTION_SLASHES \
            or not (glued(toks[k], toks[k + 1]) and glued(toks[k + 1], toks[k + 2])):
        return 0.0
    if k + 3 < len(toks) and toks[k + 3].norm in _FRACTION_SLASHES and glued(toks[k + 2], toks[k + 3]):
        return 0.0  # "1/2/2020" is a date
    top, bottom = toks[k].norm, toks[k + 2].norm
    if not (top.isdigit() and bottom.isdigit()):
        return 0.0
    numerator, denominator = int(top), int(bottom)
    proper = 0 < numerator < denominator and denominator in _MIXED_DENOMINATORS
    return numerator / denominator if proper else 0.0


def _measures_something(toks, j) -> bool:
    """Token j (after a joining hyphen) is "of", a unit or a scale word: what a fraction is of."""
    k = j + 1 if hyphen_joins(toks, j) else j
    if k >= len(toks):
        return False
    if toks[k].norm == "per":  # "1/4 per cent"; not "3/4 per game", a ratio of attempts
        return k + 1 < len(toks) and toks[k + 1].norm == "cent"
    return toks[k].norm == "of" or toks[k].norm in _UNITS or toks[k].norm in _SCALES


def _mixed_fraction(toks, j) -> tuple[float, int]:
    """The fraction of a mixed number whose whole part, written in digits, ends at token j
    ("5 1/2", "2-1/2", "2 ½", "1¼"): its value and the index after it, or (0, j)."""
    if not (0 < j < len(toks) and toks[j - 1].norm.isdigit()):
        return 0.0, j
    k = j + 1 if hyphen_joins(toks, j) else j
    glyph = _glyph_fraction(toks[k])
    if glyph:
        return glyph, k + 1
    slashed = _slashed_fraction(toks, k)
    return (slashed, k + 3) if slashed else (0.0, j)


def _fractional_part(toks, j) -> tuple[float, int]:
    """A fraction continuing the whole number that ends at token j ("and a half", "1/2", "½"):
    its value and the index after it, or (0, j)."""
    half, k = _and_a_half(toks, j)
    return (half, k) if half else _mixed_fraction(toks, j)


def _qualifier_before(toks, i) -> tuple[str, int]:
    """Qualifier class of the words ending just before token i, and where they start."""
    words = [t.norm for t in toks[max(0, i - 3): i]]
    for phrase, cls in _QUALIFIERS:
        if len(phrase) <= len(words) and tuple(words[-len(phrase):]) == phrase:
            return cls, i - len(phrase)
    return "", i


def _unit_after(toks, j) -> tuple[str | None, int, str | None]:
    """(unit, next index, noun stem) for the words after a figure ending at j."""
    k = j + 1 if j < len(toks) and toks[j].norm == "-" else j
    if k + 1 < len(toks) and toks[k].norm == "of" and toks[k + 1].norm in _UNITS:
        k += 1  # "dozens of people", "thousands of tons"
    if k < len(toks) and toks[k].norm == "per" and k + 1 < len(toks) and toks[k + 1].norm == "cent":
        return "percent", k + 2, None
    if k < len(toks) and toks[k].norm in _UNITS:
        unit = _UNITS[toks[k].norm]
        nxt = toks[k + 1] if unit == "percent" and k + 1 < len(toks) else None
        noun = stem(nxt.norm) if nxt is not None and nxt.is_word and nxt.norm not in STOPWORDS else None
        return unit, k + 1, noun
    noun = None
    for t in toks[k: k + 3]:
        if t.is_word and t.norm not in STOPWORDS:
            noun = stem(t.norm)
            break
    return None, j, noun


def _vague(toks, i):
    """A vague amount at token i ("dozens of", "hundreds of millions of"): interval and end."""
    w = toks[i].norm
    if w == "a" and i + 1 < len(toks) and toks[i + 1].norm in ("few", "couple"):
        i, w = i + 1, toks[i + 1].norm
    elif w in ("few", "couple"):
        return None  # bare "few" is a quantifier of degree, not an amount
    if w not in _VAGUE or w.endswith("s") and not (i + 1 < len(toks) and toks[i + 1].norm == "of"):
        return None  # "dozens of", "scores of"; not "test scores"
    lo, hi = _VAGUE[w]
    j = i + 1
    if j + 1 < len(toks) and toks[j].norm == "of" and toks[j + 1].norm in ("millions", "billions",
                                                                           "thousands"):
        scale = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}[toks[j + 1].norm]
        lo, hi, j = lo * scale, hi * scale, j + 2
    return lo, hi, j


def _prefix(toks, start: int) -> tuple[str | None, int, str, bool]:
    """What stands before the figure at `start`: (currency unit, first token of the mention,
    qualifier class, negative sign)."""
    unit, first = None, start
    if start > 0 and toks[start - 1].norm in _CURRENCY_SIGNS:  # "$5"
        unit, first = _CURRENCY_SIGNS[toks[start - 1].norm], start - 1
    elif start > 1 and toks[start - 1].norm == "us" and toks[start - 2].norm in _CURRENCY_SIGNS:  # "$US5"
        unit, first = "usd", start - 2
    qualifier, q_start = _qualifier_before(toks, first)
    negative = start > 0 and (toks[start - 1].norm == "minus" or toks[start - 1].norm == "-" and glued(
        toks[start - 1], toks[start]) and not (start > 1 and glued(toks[start - 2], toks[start - 1])))
    return unit, min(first, q_start, start - 1 if negative else start), qualifier, negative


def _second_figure(toks, j: int, first: int):
    """A range ("10 to 12", "6- to 9-month-old", "between 10 and 12"), score ("9-5") or rating
    ("7.8/10") continuing a figure that ends at j: (kind, second value, next index), or None.
    "from 10 to 12" states a change, not a range."""
    k = j + 1 if j < len(toks) and toks[j].norm == "-" and glued(toks[j - 1], toks[j]) else j
    lead = toks[first - 1].norm if first > 0 else ""
    if (k + 1 < len(toks) and toks[k + 1].is_number and lead != "from"
            and (toks[k].norm == "to" or (toks[k].norm == "and" and lead == "between"))):
        end = _read_core(toks, k + 1)
        if end:
            part, after = _fractional_part(toks, end[1])  # "2 to 2 1/2 weeks"
            return "range", end[0] + part, after
    if (j + 1 < len(toks) and toks[j].norm in ("-", "/") and glued(toks[j - 1], toks[j])
            and glued(toks[j], toks[j + 1]) and _plain_value(toks[j + 1]) is not None):
        return ("rating" if toks[j].norm == "/" else "pair"), _plain_value(toks[j + 1]), j + 2
    return None


def _is_range(toks, j: int, low: float, high: float, unit: str | None, high_scale: float) -> bool:
    """A hyphenated pair "10-12" ending at j is a range when a currency, scale or unit goes
    with it ("$10-12", "10-12 million", "10-12 percent", "10-12 people"); bare, it is a score
    or record ("won 10-12", "a 10-12 record"), and so is a split that runs down ("55-45 percent")."""
    if unit or high_scale:
        return True
    return low < high and _unit_after(toks, j)[0] is not None


def _range_ends(low: float, high: float, scale: float, high_scale: float) -> tuple[float, float]:
    """Both ends of a range with its scale words applied: a scale after the second figure
    covers both ("10 to 12 million"), one after the first only carries on ("10 million to 12")."""
    if high_scale:
        return (low if scale else low * high_scale), high * high_scale
    return low, high * (scale or 1)


def _after_rank_word(toks, k: int) -> bool:
    """The figure at token k is a position in a ranking: "number two", "No. 1" (not "no one")."""
    if k >= 1 and toks[k - 1].norm == "number":
        return True
    return k >= 2 and toks[k - 1].norm == "." and toks[k - 2].text == "No" and glued(toks[k - 2], toks[k - 1])


def _figure(toks, core, first: int, unit: str | None, negative: bool):
    """The figure `core` read by `_read_core` with what continues it: a fraction, a scale, a
    second figure. Returns (value, high, kind, unit, next index)."""
    value, j, kind, _ = core
    part, j = _fractional_part(toks, j)
    value += part
    scale, j = _scale_at(toks, j, unit)
    if scale:
        value *= scale
        kind = "cardinal" if kind == "fraction" else kind
    value = -value if negative else value
    second = _second_figure(toks, j, first) if kind in ("cardinal", "fraction") else None
    if second is None:
        return value, None, kind, unit, j
    shape, high, j = second
    if shape == "rating":  # a value on its scale; "/100" is a percentage
        return value, None, kind, "percent" if high == 100 else f"/{high:g}", j
    high_scale, j = _scale_at(toks, j, unit)
    if shape == "range" or _is_range(toks, j, value, high, unit, high_scale):
        value, high = _range_ends(value, high, scale, high_scale)
        return value, high, "range", unit, j
    return value, high, "pair", unit, j


def extract_quantities(text: str) -> list[Quantity]:
    """Amounts in `text`, in order. Years, dates and clock times are left to `compare.dates`.

    Example: "about $1.8 billion" -> Quantity(value=1.8e9, unit="usd", approx=True, ...).
    """
    toks = tokenize(text)
    date_starts = [d.span for d in extract_dates(text)]
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        start = i
        if toks[i].norm in _MULTIPLIERS:
            out.append(Quantity(float(_MULTIPLIERS[toks[i].norm]), "times", False, None,
                                (toks[i].start, toks[i].end), toks[i].text, kind="multiplier", sig=1))
            i += 1
            continue
        vague = _vague(toks, i)
        core = None if vague else _read_core(toks, i)
        if vague is None and core is None or any(s <= toks[i].start < e for s, e in date_starts):
            i += 1
            continue
        unit, first, qualifier, negative = _prefix(toks, start)
        if vague:
            value, high, j = vague
            kind, sig, qualifier = "vague", 1, qualifier or "about"
        else:
            value, high, kind, unit, j = _figure(toks, core, first, unit, negative)
            sig = core[3]
        plus = j < len(toks) and glued(toks[j - 1], toks[j]) and (toks[j].norm == "+" or (
            toks[j].norm == "-" and j + 1 < len(toks) and toks[j + 1].norm == "plus"))
        if plus and not qualifier:  # "three-plus seasons", "40+ people"
            qualifier, j = "gt", j + (1 if toks[j].norm == "+" else 2)
        after, end, noun = _unit_after(toks, j)
        if unit is None or after == "usd":
            unit = after or unit  # "25 dollars"; a currency sign already set the unit otherwise
        else:
            end = j
        if kind == "fraction" and unit is None:
            unit = "fraction"
        if kind == "cardinal" and unit is None and _after_rank_word(toks, first):
            kind = "ordinal"  # "number two on the chart", "No. 1 seed": a position, not a count
        span = (toks[first].start, toks[end - 1].end)
        out.append(Quantity(value, unit, qualifier in _APPROX, _BOUND_OF.get(qualifier),
                            span, text[span[0]:span[1]], kind, high, qualifier, sig, noun,
                            _context(toks, first, end)))
        i = max(j, end)
    return out


def _as_percent(q: Quantity) -> tuple[float, float | None, str | None]:
    if q.unit == "fraction":
        return q.value * 100, (q.high * 100 if q.high is not None else None), "percent"
    return q.value, q.high, q.unit


def _interval(q: Quantity) -> tuple[float, float]:
    v, h, _ = _as_percent(q)
    lo, hi = (v, h) if h is not None and q.kind in ("range", "vague") else (v, v)
    if q.kind == "vague":
        return lo, hi
    tol = 0.1
    return {
        "about": (lo - abs(lo) * tol, hi + abs(hi) * tol),
        "nearly": (lo - abs(lo) * tol, hi),
        "just_over": (lo, hi + abs(hi) * tol),
        "gt": (lo + abs(lo) * 1e-9 + 1e-12, math.inf),
        "ge": (lo, math.inf),
        "lt": (-math.inf, hi - abs(hi) * 1e-9 - 1e-12),
        "le": (-math.inf, hi),
    }.get(q.qualifier, (lo, hi))


def _place(q: Quantity) -> float:
    """Place value of the last significant digit as written (49,000 -> 1,000; 4.4 -> 0.1)."""
    v = abs(_as_percent(q)[0])
    return 10 ** (math.floor(math.log10(v)) - q.sig + 1) if v else 1.0


def _rounds_to(precise: Quantity, rounded: Quantity) -> bool:
    """`rounded` is `precise` written to fewer significant digits (48,713 -> 49,000; 4.4 -> 4),
    and no more than 10% away: 35 -> 40 is a different figure, not a rounding."""
    x, y = _as_percent(precise)[0], _as_percent(rounded)[0]
    if rounded.sig >= precise.sig or not x or abs(x - y) > 0.1 * max(abs(x), abs(y)):
        return False
    place = _place(rounded)
    if place >= 1 and place < 100 and rounded.value == _as_percent(rounded)[0] and rounded.value >= 10:
        return False  # "60" may be exact: only "600", "49,000" or fewer decimals look rounded
    return math.isclose(round(x / place) * place, y, rel_tol=1e-9) or math.isclose(
        math.floor(x / place + 0.5) * place, y, rel_tol=1e-9)


def units_compatible(qa: Quantity, qb: Quantity) -> bool:
    """Same unit, or a unit on one side only ("61 killed" / "61 people killed")."""
    ua, ub = _as_percent(qa)[2], _as_percent(qb)[2]
    return ua is None or ub is None or ua == ub


def compare_quantities(qa: Quantity, qb: Quantity) -> str:
    """"same", "rounded" (compatible approximation or bound) or "different".

    Two exact figures are a rounding only when within 5% and the rounded one has fewer
    significant digits (5.1 -> 5, 48,713 -> 49,000); 46 -> 44 is a different figure.
    """
    if not units_compatible(qa, qb):
        return "different"
    (va, ha, _), (vb, hb, _) = _as_percent(qa), _as_percent(qb)
    if "pair" in (qa.kind, qb.kind) or "multiplier" in (qa.kind, qb.kind):
        return "same" if (qa.kind, va, ha) == (qb.kind, vb, hb) else "different"
    if va == vb and ha == hb and _QUALIFIER_FAMILY.get(qa.qualifier, qa.qualifier) == _QUALIFIER_FAMILY.get(
            qb.qualifier, qb.qualifier):
        return "same"
    exact = lambda q: not q.qualifier and q.kind not in ("range", "vague")  # noqa: E731
    if exact(qa) and exact(qb):
        return "rounded" if _rounds_to(qa, qb) or _rounds_to(qb, qa) else "different"
    if qa.qualifier == qb.qualifier == "about" and "vague" not in (qa.kind, qb.kind) and va != vb:
        return "rounded" if abs(va - vb) / max(abs(va), abs(vb)) <= 0.06 else "different"
    (lo_a, hi_a), (lo_b, hi_b) = _interval(qa), _interval(qb)
    return "rounded" if lo_a <= hi_b and lo_b <= hi_a else "different"


def _evidence(qa: Quantity, qb: Quantity) -> int:
    """How strongly context says two mentions measure the same thing (0 = no evidence)."""
    score = 0
    if qa.unit and qa.unit == qb.unit and qa.unit != "fraction":
        score += 2
    if qa.noun and qa.noun == qb.noun:
        score += 2
    if qa.kind == qb.kind and qa.kind in ("pair", "multiplier", "ordinal", "vague"):
        score += 1 if qa.kind in ("ordinal", "vague") else 3
    return score + min(_shared_words(_words(qa), _words(qb)), 3)


def _words(q: Quantity) -> frozenset:
    """The words around a figure, and the noun it counts."""
    return q.context | ({q.noun} - {None})


def _shared_words(a: frozenset, b: frozenset) -> int:
    """Context stems in common, counting two forms of one word as one ("visito" from
    "visitors" and "visit" from "visited": a stem of 5+ letters, the other stem that stem plus
    an inflection left by the light stemmer). Each word of `b` matches at most one of `a`."""
    exact = a & b
    left = set(b - exact)
    loose = 0
    for x in sorted(a - exact):
        y = next((y for y in sorted(left) if _word_forms(x, y)), None)
        if y is not None:
            left.discard(y)
            loose += 1
    return len(exact) + loose


_INFLECTIONS = ("o", "or", "e", "er", "ed", "es", "s", "ing", "ion")


def _word_forms(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return len(short) >= 5 and long.startswith(short) and long[len(short):] in _INFLECTIONS


def pair_quantities(qa: list[Quantity], qb: list[Quantity], a_len: int = 0,
                    b_len: int = 0) -> list[tuple[int, int, str]]:
    """Pairs (i, j, verdict) of A's and B's quantities that measure the same thing.

    Equal amounts pair first, so a figure moved elsewhere in B still pairs with itself. What is
    left pairs only on contextual evidence (same unit, same counted noun, shared words around
    it, same kind of figure), nearest relative position first; the one figure left on each
    side pairs on weaker evidence (one shared word); anything else stays unpaired.

    Args:
        a_len, b_len: lengths of the two texts, to compare relative positions.
    """
    pos = lambda q, n: q.span[0] / n if n else 0.0  # noqa: E731
    pairs: list[tuple[int, int, str]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    figure = lambda q: q.kind != "cardinal" or q.sig > 1 or q.value >= 10 or q.unit  # noqa: E731
    small = lambda q: not figure(q) or q.kind == "ordinal"  # noqa: E731
    for rank in (0, 1, 2):
        cands = []
        left_a = [i for i, x in enumerate(qa) if i not in used_a and figure(x)]
        left_b = [j for j, y in enumerate(qb) if j not in used_b and figure(y)]
        if rank == 2 and (len(left_a), len(left_b)) != (1, 1):
            break
        for i, x in enumerate(qa):
            for j, y in enumerate(qb):
                if i in used_a or j in used_b or not units_compatible(x, y):
                    continue
                if rank == 2 and (i, j) != (left_a[0], left_b[0]):
                    continue
                verdict = compare_quantities(x, y)
                if rank == 0 and verdict != "same" and not (_as_percent(x)[:2] == _as_percent(y)[:2]):
                    continue
                if "ordinal" in (x.kind, y.kind) and x.unit != y.unit:
                    continue  # "the first week" is not "number one on the chart"
                if rank >= 1 and (x.kind == "ordinal") != (y.kind == "ordinal"):
                    continue  # "second" pairs with "first", not with "two"
                if rank == 0 and (small(x) or small(y)) and not _shared_words(_words(x), _words(y)):
                    continue  # equal small counts and ranks coincide: "fourth overall" / "fourth album"
                evidence = _evidence(x, y)
                close = abs(x.value - y.value) <= 0.1 * max(abs(x.value), abs(y.value))
                if verdict == "rounded" and x.kind == y.kind == "cardinal" and close:
                    evidence += 2  # a compatible rounding is itself evidence of the same figure
                if rank == 1 and evidence < 2 or rank == 2 and evidence < 1:
                    continue
                cands.append((-evidence, abs(pos(x, a_len) - pos(y, b_len)), verdict == "different", i, j,
                              verdict))
        for _, _, _, i, j, verdict in sorted(cands):
            if i not in used_a and j not in used_b:
                pairs.append((i, j, verdict))
                used_a.add(i)
                used_b.add(j)
    return sorted(pairs)
