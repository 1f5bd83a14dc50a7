"""Dates and times of day mentioned in a sentence, normalised to comparable parts.

Only mentions that pin a field down are extracted: a weekday, a month, a day of a month, a
year, a clock time. Relative phrases ("last week", "yesterday", "tonight") are skipped: two
reports written on different days phrase them differently without disagreeing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

Span = tuple[int, int]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
# Month names are matched capitalised only: "may", "march" and "dec" are ordinary words.
_MONTH = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|"
          r"Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[AP]\.\s?M\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"

_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"),
    re.compile(r"\b(?P<mon>January|February|March|April|May|June|July|August|September|October|"
               r"November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?!\w)"),
    re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    re.compile(rf"\b(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?:\s?{_AMPM})?"),
    re.compile(rf"\b(?P<hh>1[0-2]|0?[1-9])\s?{_AMPM}"),
    re.compile(r"\b(?P<noon>noon|midday|midnight)\b", re.IGNORECASE),
    re.compile(rf"(?<![\w$€£.,'’-]){_YEAR}(?![\w%]|[.,]\d|-\d\d\d)"),
    re.compile(r"(?<![\w'’])['’](?P<yy>\d\d)\b(?!-)"),
)
# A bare "May" or "March" is a month only next to a cue ("in May", "early March").
_AMBIGUOUS_MONTHS = {"may", "march", "mar"}
_MONTH_AFTER_AND = re.compile(r"\s+and\s+" + _MONTH + r"(?!\w)")
_MONTH_CUES = {"in", "of", "since", "until", "by", "early", "late", "mid", "last", "next",
               "this", "during", "from", "through", "before", "after", "between"}
_WEEKDAY_CUES = {"on", "by", "last", "next", "this", "late", "early", "until", "since", "from",
                 "before", "after", "every", "each", "of", "that", "and", "or", "until", "by"}
# Count nouns after a four-digit number make it a quantity ("2000 troops"), not a year.
_COUNT_NOUNS = {"people", "troops", "residents", "students", "workers", "jobs", "homes", "houses",
                "units", "cars", "votes", "cases", "deaths", "members", "feet", "meters",
                "metres", "miles", "km", "pounds", "tons", "barrels", "gallons", "points",
                "acres", "seats", "dollars", "euros", "times", "employees", "soldiers"}
_BEFORE_QUANTITY = {"about", "around", "roughly", "approximately", "nearly", "almost", "than",
                    "least", "over", "under", "some", "to"}


@dataclass(frozen=True)
class DateMention:
    """A date or time of day in a text. Parts absent from the mention are None.

    time is minutes after midnight; weekday is 0 (Monday) to 6 (Sunday). qualifier is the word
    before the mention that widens it: "about" (around 3 p.m.), or a bound "lt" (before), "le"
    (by, until), "gt" (after), "ge" (since); "" when the mention is exact.
    """

    span: Span
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    time: int | None = None
    qualifier: str = ""

    def fields(self) -> dict:
        """The parts this mention pins down."""
        parts = {"year": self.year, "month": self.month, "day": self.day, "weekday": self.weekday,
                 "time": self.time}
        return {k: v for k, v in parts.items() if v is not None}


def _from_match(m: re.Match, text: str, ref_year: int | None) -> DateMention | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    span = (m.start(), m.end())
    if "noon" in g:
        return DateMention(span, m.group(), time=0 if g["noon"].lower() == "midnight" else 720)
    if "hh" in g:
        hh, mm = int(g["hh"]), int(g.get("mm", 0))
        ampm = g.get("ampm", "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        if hh > 23:
            return None
        return DateMention(span, m.group(), time=hh * 60 + mm)
    if "wd" in g:
        before = text[: m.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0].lower() not in _WEEKDAY_CUES:
            return None  # part of a name: "Super Tuesday", "Black Friday"
        return DateMention(span, m.group(), weekday=_WEEKDAYS[g["wd"].lower()])
    if "yy" in g:
        yy = int(g["yy"])
        return DateMention(span, m.group(), year=(2000 if yy < 30 else 1900) + yy)
    year = int(g["year"]) if "year" in g else None
    if "mon" in g:
        month = _MONTHS[g["mon"].rstrip(".").lower()]
    else:
        month = int(g["month"]) if "month" in g else None
    day = int(g["day"]) if "day" in g else None
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    if month is None and day is None:  # a bare year
        before = text[: m.start()].split()[-1:] or [""]
        after = text[m.end():].split()[:1] or [""]
        word_after = re.sub(r"\W", "", after[0]).lower()
        if before[0].lower() in _BEFORE_QUANTITY or word_after in _COUNT_NOUNS:
            return None
    elif day is None and "mon" in g and g["mon"].lower() in _AMBIGUOUS_MONTHS and year is None:
        before = re.sub(r"\W", "", (text[: m.start()].split()[-1:] or [""])[0]).lower()
        if before not in _MONTH_CUES or before == "between" and not _MONTH_AFTER_AND.match(text, m.end()):
            return None  # "talks between May and Juncker" name a person
    if year is None and ref_year is not None and month is not None and day is not None:
        year = ref_year
    return DateMention(span, m.group(), year=year, month=month, day=day)


_QUALIFIERS = (
    (("no", "later", "than"), "le"), (("prior", "to"), "lt"), (("earlier", "than"), "lt"),
    (("later", "than"), "gt"), (("before",), "lt"), (("by",), "le"), (("until",), "le"),
    (("till",), "le"), (("after",), "gt"), (("since",), "ge"), (("about",), "about"),
    (("around",), "about"), (("approximately",), "about"), (("roughly",), "about"),
    (("shortly", "before"), "about"), (("shortly", "after"), "about"), (("just", "after"), "about"),
    (("just", "before"), "about"),
)


def _qualifier(text: str, start: int) -> str:
    words = [w.strip(",.;:()").lower() for w in text[:start].split()[-4:]]
    if words and words[-1] in ("at", "on", "in"):
        words = words[:-1]
    for phrase, cls in _QUALIFIERS:
        if tuple(words[-len(phrase):]) == phrase:
            return cls
    return ""


def extract_dates(text: str, ref_year: int | None = None) -> list[DateMention]:
    """Dates and times of day in `text`, in order, longest mention first where they overlap.

    Args:
        ref_year: year assumed for a full month-and-day mention that names none; None leaves
            the year unknown.
    """
    found: list[DateMention] = []
    taken: list[Span] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _from_match(m, text, ref_year)
            if mention is None:
                continue
            found.append(replace(mention, qualifier=_qualifier(text, m.start())))
            taken.append(mention.span)
    return sorted(found, key=lambda d: d.span)


def _hour_only(d: DateMention) -> bool:
    return d.time is not None and d.time % 60 == 0 and ":" not in d.text


def _times_close(da: DateMention, db: DateMention) -> bool:
    """"around 3 p.m." and "3:20 p.m.", or "3 p.m." and "3:40 p.m.": a rounded clock time."""
    gap = abs(da.time - db.time)
    if "about" in (da.qualifier, db.qualifier) and gap <= 30:
        return True
    for x, y in ((da, db), (db, da)):
        if _hour_only(x) and 0 <= y.time - x.time < 60:
            return True
    return False


_BOUND_OK = {"lt": lambda x, y: x < y, "le": lambda x, y: x <= y, "gt": lambda x, y: x > y,
             "ge": lambda x, y: x >= y}


def _compare_bounded(da: DateMention, db: DateMention) -> str:
    """One mention is a bound ("before 2017"): is the other date inside it?"""
    fa, fb = da.fields(), db.fields()
    order = [k for k in ("year", "month", "day", "time") if k in fa and k in fb]
    if not order:
        return "unknown"
    x, y = tuple(fa[k] for k in order), tuple(fb[k] for k in order)
    bounded_b = db.qualifier in _BOUND_OK and da.qualifier not in _BOUND_OK
    bounded_a = da.qualifier in _BOUND_OK and db.qualifier not in _BOUND_OK
    if bounded_b:
        return "same" if _BOUND_OK[db.qualifier](x, y) else "different"
    if bounded_a:
        return "same" if _BOUND_OK[da.qualifier](y, x) else "different"
    return "unknown"


def compare_dates(da: DateMention, db: DateMention) -> str:
    """"different" when a part both mentions pin down differs, "same" when at least one shared
    part agrees and none differs, otherwise "unknown" (e.g. a weekday against a month).

    A bound ("before 2017", "since May") is compared as an interval, and a clock time said to
    be approximate ("around 3 p.m.") or given to the hour tolerates a rounding.
    """
    fa, fb = da.fields(), db.fields()
    shared = fa.keys() & fb.keys()
    if not shared:
        return "unknown"
    if (da.qualifier in _BOUND_OK or db.qualifier in _BOUND_OK) and da.qualifier != db.qualifier:
        return _compare_bounded(da, db)
    for k in shared:
        if fa[k] != fb[k] and not (k == "time" and _times_close(da, db)):
            return "different"
    return "same"


def _stated_elsewhere(x: DateMention, y: DateMention, da: list[DateMention], db: list[DateMention]) -> bool:
    """Every part in which x and y differ is stated, with x's value, by another mention on y's
    side or, with y's value, by another mention on x's side: the two texts spread the same dates
    over different mentions ("In 2019 ... in October" / "from May to October 2019")."""
    fx, fy = x.fields(), y.fields()
    differing = [k for k in fx.keys() & fy.keys() if fx[k] != fy[k]]
    return bool(differing) and all(
        any(o is not y and o.fields().get(k) == fx[k] for o in db)
        or any(o is not x and o.fields().get(k) == fy[k] for o in da) for k in differing)


def pair_dates(da: list[DateMention], db: list[DateMention]) -> list[tuple[int, int, str]]:
    """Pairs (i, j, verdict) of A's and B's mentions that speak of the same thing.

    Mentions that agree are paired first, so a date repeated elsewhere in B is not reported as
    changed; what is left is paired by the parts both pin down (weekday with weekday, clock time
    with clock time), nearest in relative position first. Two mentions whose differing parts
    are stated elsewhere are not paired as changed (`_stated_elsewhere`).
    """
    pairs: list[tuple[int, int, str]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for i, x in enumerate(da):
        for j, y in enumerate(db):
            if j not in used_b and x.fields() == y.fields():
                pairs.append((i, j, "same"))
                used_a.add(i)
                used_b.add(j)
                break
    candidates = []
    for i, x in enumerate(da):
        for j, y in enumerate(db):
            if i in used_a or j in used_b:
                continue
            verdict = compare_dates(x, y)
            if verdict == "unknown" or (verdict != "same" and _stated_elsewhere(x, y, da, db)):
                continue
            overlap = len(x.fields().keys() & y.fields().keys())
            candidates.append((-overlap, verdict != "same", i, j, verdict))
    for _, _, i, j, verdict in sorted(candidates):
        if i not in used_a and j not in used_b:
            pairs.append((i, j, verdict))
            used_a.add(i)
            used_b.add(j)
    return sorted(pairs)
