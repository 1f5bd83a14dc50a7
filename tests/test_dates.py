"""Dates and times of day: parsing into comparable parts, comparing and pairing them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.dates import compare_dates, extract_dates, pair_dates


def one(text: str, **kw):
    found = extract_dates(text, **kw)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


@pytest.mark.parametrize("text, fields", [
    ("The vote is set for Jan. 5.", {"month": 1, "day": 5}),
    ("The vote is set for January 5, 2027.", {"year": 2027, "month": 1, "day": 5}),
    ("The vote is set for 5 January.", {"month": 1, "day": 5}),
    ("The vote is set for 2027-01-05.", {"year": 2027, "month": 1, "day": 5}),
    ("The vote is set for Sept. 14.", {"month": 9, "day": 14}),
    ("The vote is set for the 14th of September.", {"month": 9, "day": 14}),
    ("The vote was held on Monday.", {"weekday": 0}),
    ("The bridge opened in 1958.", {"year": 1958}),
    ("The bridge opened in July 1958.", {"year": 1958, "month": 7}),
    ("The bridge opened in May.", {"month": 5}),
    ("Polls close at 8:30 p.m.", {"time": 20 * 60 + 30}),
    ("Polls close at 8pm.", {"time": 20 * 60}),
    ("Polls close at noon.", {"time": 12 * 60}),
    ("Polls close at midnight.", {"time": 0}),
])
def test_extract(text, fields):
    d = one(text)
    assert d.fields() == fields
    assert text[d.span[0]:d.span[1]] == d.text


def test_ref_year_fills_a_full_date_only():
    assert one("It starts Oct. 1.", ref_year=2026).year == 2026
    assert one("It starts in October.", ref_year=2026).year is None


@pytest.mark.parametrize("text", [
    "Results are due last week.",
    "The team may win tomorrow.",
    "They will march to the square.",
    "Candidates looked ahead to Super Tuesday.",
    "About 1950 people attended.",
    "Crime fell in the 1990s.",
])
def test_vague_or_ambiguous_mentions_are_skipped(text):
    assert extract_dates(text) == []


def test_qualifiers():
    assert one("It ended before 2019.").qualifier == "lt"
    assert one("It ended after 2019.").qualifier == "gt"
    assert one("Reply by June 3.").qualifier == "le"
    assert one("It ended around 4 p.m.").qualifier == "about"


@pytest.mark.parametrize("a, b, verdict", [
    ("on Tuesday", "on Wednesday", "different"),
    ("on Oct. 1", "on October 17", "different"),
    ("in 1943", "in 1944", "different"),
    ("in March 2010", "in April 2010", "different"),
    ("at 2:30 p.m.", "at 4:30 p.m.", "different"),
    ("on Oct. 1", "on October 1", "same"),
    ("in July 1943", "in 1943", "same"),
    ("on Tuesday", "in 1943", "unknown"),
    ("at around 3 p.m.", "at 3:20 p.m.", "same"),
    ("at 3 p.m.", "at 3:40 p.m.", "same"),
    ("in June 2016", "before 2017", "same"),
    ("in June 2016", "after 2017", "different"),
])
def test_compare(a, b, verdict):
    assert compare_dates(one(a), one(b)) == verdict


def test_pairing_prefers_the_matching_mention():
    da = extract_dates("The fair opened Friday and closed on Oct. 9.")
    db = extract_dates("The fair closed Oct. 9 after opening on Saturday.")
    pairs = {(da[i].text, db[j].text, v) for i, j, v in pair_dates(da, db)}
    assert pairs == {("Friday", "Saturday", "different"), ("Oct. 9", "Oct. 9", "same")}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.:-'") + [" May ", " Jan. ", " Monday ", " a.m.",
                                                               " pm", " in ", " before "]),
                max_size=30).map("".join))
def test_spans_always_cover_their_text(text):
    for d in extract_dates(text):
        assert text[d.span[0]:d.span[1]] == d.text


def test_between_cues_an_ambiguous_month_only_before_another_month():
    assert [d.fields() for d in extract_dates("Sales fell between May and July.")] == [{"month": 5}, {"month": 7}]
    assert extract_dates("Talks between May and Juncker stalled.") == []


def _pairs(a: str, b: str) -> list[tuple[str, str, str]]:
    da, db = extract_dates(a), extract_dates(b)
    return [(da[i].text, db[j].text, verdict) for i, j, verdict in pair_dates(da, db)]


def test_dates_spread_over_other_mentions_are_not_changed():
    assert _pairs("In 2019, the index fell 900 points in October.",
                  "The index fell 900 points from May to October 2019.") == [("2019", "October 2019", "same")]


def test_a_date_stated_elsewhere_does_not_block_the_real_change():
    assert _pairs("Prices rose in 2019 and fell in October 2020.", "Prices rose in October 2019 and fell in 2021.") \
        == [("2019", "October 2019", "same"), ("October 2020", "2021", "different")]


def test_a_year_stated_apart_does_not_hide_a_changed_day():
    a = extract_dates("The vote was on May 3 in 2019.")
    b = extract_dates("The vote was on May 4, 2019.")
    assert "different" in [verdict for _, _, verdict in pair_dates(a, b)]


def test_a_bound_does_not_hide_a_changed_date_inside_it():
    a = extract_dates("It is the third flood since Jan. 1, after storms on Jan. 9 and Feb. 3.")
    b = extract_dates("It is the third flood since Jan. 1, after storms on Jan. 9 and Feb. 13.")
    assert "different" in [verdict for _, _, verdict in pair_dates(a, b)]


def test_upper_case_clock_suffix():
    assert [d.fields() for d in extract_dates("The shop opens at 9 A.M. daily.")] == [{"time": 540}]
