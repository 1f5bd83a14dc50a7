"""Quantities: parsing notations into value/unit/qualifier, comparing and pairing them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.changes import detect_changes
from compare.numbers import compare_quantities, extract_quantities, pair_quantities


def one(text: str):
    found = extract_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize("text, value, unit", [
    ("Exports fell 15 percent.", 15, "percent"),
    ("Exports fell 15%.", 15, "percent"),
    ("Exports fell 15 per cent.", 15, "percent"),
    ("The fund holds $1.8 billion.", 1.8e9, "usd"),
    ("The fund holds €40 million.", 40e6, "eur"),
    ("Some 2.5 million voters stayed home.", 2.5e6, None),
    ("The refit took two-and-a-half years.", 2.5, "year"),
    ("The refit took 2.5 years.", 2.5, "year"),
    ("The club sold 1,250 tickets.", 1250, None),
    ("They counted twenty-five boats.", 25, None),
    ("They counted a dozen boats.", 12, None),
    ("The hike is 12 km long.", 12, "km"),
    ("A 300-meter climb remained.", 300, "m"),
    ("Seventeen people were rescued.", 17, "people"),
    ("The water was at -4 degrees.", -4, None),
    ("The prize is worth a quarter million dollars.", 250_000, "usd"),
])
def test_extract_value_and_unit(text, value, unit):
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("text, kind, value", [
    ("She finished first in the heat.", "ordinal", 1),
    ("She finished 3rd in the heat.", "ordinal", 3),
    ("It was the 120th anniversary.", "ordinal", 120),
    ("Half the crew left.", "fraction", 0.5),
    ("A third of the crew left.", "fraction", 1 / 3),
    ("Three-quarters of the crew left.", "fraction", 0.75),
    ("The price has doubled.", "multiplier", 2),
    ("The team is 7-2 this season.", "pair", 7),
])
def test_extract_kinds(text, kind, value):
    q = one(text)
    assert (q.kind, q.value) == (kind, pytest.approx(value))


@pytest.mark.parametrize("text, qualifier, approx, bound", [
    ("about 40 boats", "about", True, None),
    ("roughly 40 boats", "about", True, None),
    ("around 40 boats", "about", True, None),
    ("some 40 boats", "about", True, None),
    ("nearly 40 boats", "nearly", True, None),
    ("almost 40 boats", "nearly", True, None),
    ("more than 40 boats", "gt", False, "gt"),
    ("over 40 boats", "gt", False, "gt"),
    ("at least 40 boats", "ge", False, "ge"),
    ("under 40 boats", "lt", False, "lt"),
    ("fewer than 40 boats", "lt", False, "lt"),
    ("up to 40 boats", "le", False, "le"),
])
def test_extract_qualifiers(text, qualifier, approx, bound):
    q = one(text)
    assert (q.qualifier, q.approx, q.bound) == (qualifier, approx, bound)
    assert q.text.startswith(text.split()[0])


def test_ranges():
    q = one("Between 10 and 12 boats sank.")
    assert (q.kind, q.value, q.high) == ("range", 10, 12)
    q = one("The storm lasted 10 to 12 hours.")
    assert (q.kind, q.value, q.high, q.unit) == ("range", 10, 12, "hour")


@pytest.mark.parametrize("text", [
    "The mill opened in 1994.",
    "The mill opened on March 3.",
    "The mill opened at 9:30 a.m.",
    "The valve is sold as the X86 model.",
    "Officials tracked COVID-19 cases.",
    "It was built in the 1980s.",
])
def test_years_dates_and_identifiers_are_not_quantities(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("a, b, verdict", [
    ("15 percent", "15%", "same"),
    ("15 per cent", "15 percent", "same"),
    ("2.5 years", "two-and-a-half years", "same"),
    ("about 40 boats", "roughly 40 boats", "same"),
    ("5.1 tons", "about 5 tons", "rounded"),
    ("5.1 tons", "5 tons", "rounded"),
    ("4.4 percent", "4 percent", "rounded"),
    ("48,713 units", "nearly 49,000 units", "rounded"),
    ("nearly two-thirds", "about 65 percent", "rounded"),
    ("more than 31 million", "32 million", "rounded"),
    ("at least six people", "several people", "rounded"),
    ("as many as 30 to 35", "up to 35", "rounded"),
    ("about 60 people", "dozens of people", "rounded"),
    ("more than 31 million", "under 30.5 million", "different"),
    ("more than 900", "about 90", "different"),
    ("46 goals", "44 goals", "different"),
    ("60 goals", "59 goals", "different"),
    ("35 people", "40 people", "different"),
    ("about 30 miles", "about 50 miles", "different"),
    ("$53 million", "$35 million", "different"),
    ("12 percent", "$12", "different"),
    ("tripled", "doubled", "different"),
    ("9-4", "10-4", "different"),
])
def test_compare_quantities(a, b, verdict):
    assert compare_quantities(one(a), one(b)) == verdict


def test_pairing_follows_units_and_nouns_not_order():
    a = "The club paid $4 million for 12 players, and 3 coaches left."
    b = "Three coaches left, and the club paid $4.5 million for 12 players."
    qa, qb = extract_quantities(a), extract_quantities(b)
    pairs = {(qa[i].text, qb[j].text, v) for i, j, v in pair_quantities(qa, qb, len(a), len(b))}
    assert ("$4 million", "$4.5 million", "different") in pairs
    assert ("12", "12", "same") in pairs
    assert ("3", "Three", "same") in pairs


def test_unrelated_figures_stay_unpaired():
    a = "The ferry carried 40 cars."
    b = "The ferry, built 12 years ago, carried 40 cars."
    qa, qb = extract_quantities(a), extract_quantities(b)
    pairs = pair_quantities(qa, qb, len(a), len(b))
    assert [(qa[i].text, qb[j].text) for i, j, _ in pairs] == [("40", "40")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-/½¾$%abcmnpt") + [" about ", " million ", " percent ",
                                                                 " to ", " two", "-and-a-half"]),
                max_size=30).map("".join))
def test_spans_always_cover_their_text(text):
    for q in extract_quantities(text):
        assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("text", ["The single reached number two on the chart.", "The No. 2 seed lost early."])
def test_a_figure_after_number_or_no_is_a_position(text):
    (q,) = extract_quantities(text)
    assert (q.value, q.kind) == (2.0, "ordinal")


def test_no_one_is_not_a_position():
    (q,) = extract_quantities("There was no one in the hall.")
    assert q.kind == "cardinal"


def test_chart_positions_pair_with_each_other_not_with_an_ordinal_of_time():
    a = extract_quantities("The record sold 9,000 copies in its first week and reached number two.")
    b = extract_quantities("The record reached number one.")
    assert [(a[i].text, b[j].text, v) for i, j, v in pair_quantities(a, b)] == [("two", "one", "different")]


def test_two_forms_of_one_counted_word_are_evidence_of_the_same_figure():
    a = extract_quantities("The museum welcomed about 310,000 visitors last year.")
    b = extract_quantities("Fewer than 100,000 people visited it.")
    assert [(a[i].text, v) for i, _, v in pair_quantities(a, b)] == [("about 310,000", "different")]


def test_a_hyphen_joins_a_figure_to_its_scale():
    (q,) = extract_quantities("He was freed on $3-million bail.")
    assert (q.value, q.unit) == (3_000_000.0, "usd")


def test_an_equal_small_rank_elsewhere_does_not_hide_a_changed_one():
    a = extract_quantities("She released her fifth studio album in May, and with 102 chart entries since "
                           "2010 she is ranked fourth overall.")
    b = extract_quantities("She released her fourth studio album.")
    assert [(a[i].text, b[j].text, v) for i, j, v in pair_quantities(a, b)] == [("fifth", "fourth", "different")]


def test_equal_small_figures_pair_the_same_in_either_order():
    a, b = extract_quantities("Ten teams entered the cup."), extract_quantities("She finished tenth in the league.")
    assert pair_quantities(a, b) == [(i, j, v) for j, i, v in pair_quantities(b, a)]


def test_a_word_and_a_longer_word_are_not_two_forms_of_one():
    a = extract_quantities("Police counted 4 protesters.")
    b = extract_quantities("The county has 4 schools.")
    assert pair_quantities(a, b) == []


@pytest.mark.parametrize("text, value, unit", [
    ("The lease runs 5 1/2 months.", 5.5, "month"),
    ("Repairs took 2 1/2 weeks.", 2.5, "week"),
    ("They began a 2 1/2-week audit.", 2.5, "week"),
    ("The pipe is 3-1/4 feet long.", 3.25, "ft"),
    ("The recipe makes 2 ½ servings.", 2.5, None),
    ("The recipe makes 2½ servings.", 2.5, None),
    ("The trail adds 1¼ miles.", 1.25, "mile"),
    ("The loop adds 4 ⅔ miles.", 4 + 2 / 3, "mile"),
    ("The grant grew to $1½ million.", 1.5e6, "usd"),
])
def test_a_mixed_number_is_one_figure(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), unit, "cardinal")
    assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("text, value, unit", [
    ("The path is ½ mile long.", 0.5, "mile"),
    ("Some ¾ of members voted.", 0.75, "fraction"),
    ("Only ¼ of the seats were filled.", 0.25, "fraction"),
    ("About ⅓ of the crop failed.", 1 / 3, "fraction"),
    ("Nearly ⅔ of the crop failed.", 2 / 3, "fraction"),
])
def test_a_fraction_character_is_a_fraction(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), unit, "fraction")


def test_a_fraction_character_inside_garbled_text_is_not_a_figure():
    # "ï¿½" is a replacement character decoded with the wrong codec; its last glyph is "½".
    assert extract_quantities("The club from Guimarï¿½es won.") == []
    assert extract_quantities("The club from Guimarï¿½ won.") == []


@pytest.mark.parametrize("a, b", [
    ("5 1/2 months", "five and a half months"),
    ("5 1/2 months", "5.5 months"),
    ("2 ½ servings", "2.5 servings"),
    ("¾ of members", "three-quarters of members"),
    ("¾ of members", "75 percent of members"),
])
def test_a_mixed_number_equals_its_other_notations(a, b):
    assert compare_quantities(one(a), one(b)) == "same"


def test_a_mixed_number_differs_from_its_whole_part():
    assert compare_quantities(one("5 1/2 months"), one("5 months")) == "different"


@pytest.mark.parametrize("text, value, unit", [
    ("The film scored 3/5 with critics.", 3, "/5"),
    ("The film has a rating of 7.9/10.", 7.9, "/10"),
    ("The film scored 58/100.", 58, "percent"),
    ("The film scored 4 3/5 with critics.", 3, "/5"),  # 5 is no mixed-number denominator
    ("Crews worked after 9/11 for months.", 9, "/11"),
    ("The report is due by 6/30.", 6, "/30"),
    ("It is a 24/7 hotline.", 24, "/7"),
])
def test_ratings_and_dates_written_with_a_slash_keep_their_meaning(text, value, unit):
    q = [q for q in extract_quantities(text) if "/" in q.text][0]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, low, high, unit", [
    ("The fund will raise 10 to 12-million dollars.", 10e6, 12e6, "usd"),
    ("The fund will raise $10-12 million.", 10e6, 12e6, "usd"),
    ("The fund will raise $10-12-million.", 10e6, 12e6, "usd"),
    ("Some 10-12 million people watched.", 10e6, 12e6, "people"),
    ("The fund will raise $10 million to $12 million.", 10e6, None, "usd"),  # two figures
    ("The fund will raise 10 million to 12 million.", 10e6, 12e6, None),
    ("Tickets cost $10-12.", 10, 12, "usd"),
    ("The repair takes 2 to 2 1/2 weeks.", 2, 2.5, "week"),
])
def test_a_scale_or_fraction_after_a_range_applies_to_its_end(text, low, high, unit):
    q = extract_quantities(text)[0]
    assert (q.value, q.high, q.unit) == (low, high, unit)
    assert q.kind == ("range" if high else "cardinal")


def test_a_score_stays_a_score():
    q = one("The side won 10-12 on the road.")
    assert (q.kind, q.value, q.high) == ("pair", 10, 12)


@pytest.mark.parametrize("a, b", [
    ("Ms. Ortiz was six and a half months into the job.", "Ms. Ortiz was 6 1/2 months into the job."),
    ("The flask holds 3 ½ cups.", "The flask holds 3.5 cups."),
    ("The bond raised 10 to 12-million dollars.", "The bond raised $10-12 million."),
])
def test_no_number_change_between_notations_of_one_amount(a, b):
    assert [c.kind.value for c in detect_changes(a, b) if c.kind.value.startswith("number")] == []


def test_a_changed_mixed_number_is_a_number_change():
    changes = detect_changes("The flask holds 3 ½ cups.", "The flask holds 4 cups.")
    assert [(c.kind.value, c.a_text, c.b_text) for c in changes] == [("number", "3 ½", "4")]


@pytest.mark.parametrize("text, value", [("See rule 5-1.2.3 here.", 5), ("See 5/1.2.3 here.", 5),
                                         ("Trim 5-½ inches.", 5.5)])
def test_a_figure_glued_to_a_version_number_or_fraction_character_does_not_crash(text, value):
    assert [q.value for q in extract_quantities(text)] == [value]


@pytest.mark.parametrize("text, low, high, unit", [
    ("Fares went up 4-6 percent.", 4, 6, "percent"),
    ("Fares went up 4-6%.", 4, 6, "percent"),
    ("Fares went up 4-6 per cent.", 4, 6, "percent"),
    ("The levy adds 3-5 dollars a ticket.", 3, 5, "usd"),
    ("Roughly 20-30 people queued outside.", 20, 30, "people"),
    ("The lease lasts 3-5 years.", 3, 5, "year"),
    ("The detour adds 8-9 miles.", 8, 9, "mile"),
    ("It suits 6-8-year-old riders.", 6, 8, "year"),
])
def test_a_hyphenated_pair_before_a_unit_is_a_range(text, low, high, unit):
    q = one(text)
    assert (q.kind, q.value, q.high, q.unit) == ("range", low, high, unit)


@pytest.mark.parametrize("text, low, high", [
    ("The visitors won 10-12 in overtime.", 10, 12),
    ("They closed with a 10-12 record.", 10, 12),
    ("By halftime the score was 3-1.", 3, 1),
    ("The measure passed 55-45 percent.", 55, 45),  # a split, not a range running downwards
])
def test_a_bare_hyphenated_pair_stays_a_score(text, low, high):
    q = one(text)
    assert (q.kind, q.value, q.high) == ("pair", low, high)


@pytest.mark.parametrize("a, b", [
    ("Fares went up 4-6 percent.", "Fares went up 4 to 6 percent."),
    ("Roughly 20-30 people queued outside.", "Roughly 20 to 30 people queued outside."),
    ("The lease lasts 3-5 years.", "The lease lasts between 3 and 5 years."),
])
def test_a_hyphenated_range_and_a_worded_range_are_one_amount(a, b):
    for x, y in ((a, b), (b, a)):
        assert [c.kind.value for c in detect_changes(x, y) if c.kind.value.startswith("number")] == []


def test_a_changed_hyphenated_range_is_a_number_change():
    changes = detect_changes("Fares went up 4-6 percent.", "Fares went up 14 to 16 percent.")
    assert [(c.kind.value, c.a_text, c.b_text) for c in changes] == [("number", "4-6 percent", "14 to 16 percent")]


@pytest.mark.parametrize("text, value, unit", [
    ("Roughly 1/2 of the jurors agreed.", 0.5, "fraction"),
    ("Roughly 1/3 of the jurors agreed.", 1 / 3, "fraction"),
    ("Only 3/4 of the lanes reopened.", 0.75, "fraction"),
    ("The creek is 1/4 mile away.", 0.25, "mile"),
    ("The ramp is 3/8 mile long.", 0.375, "mile"),
    ("They walked a 1/2-mile loop.", 0.5, "mile"),
    ("The bank trimmed rates by 1/4 percent.", 0.25, "percent"),
    ("The bank trimmed rates by 1/4 per cent.", 0.25, "percent"),
    ("The bank trimmed rates by 1/4%.", 0.25, "percent"),
    ("The estate sold for $1/2 million.", 500_000, "usd"),
])
def test_a_slashed_fraction_before_of_or_a_unit_is_a_fraction(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("a, b", [
    ("The creek is ¼ mile away.", "The creek is 1/4 mile away."),
    ("Only 3/4 of the lanes reopened.", "Only ¾ of the lanes reopened."),
    ("Only 3/4 of the lanes reopened.", "Only 75 percent of the lanes reopened."),
    ("Only 3/4 of the lanes reopened.", "Only three-quarters of the lanes reopened."),
])
def test_a_slashed_fraction_equals_its_other_notations(a, b):
    for x, y in ((a, b), (b, a)):
        kinds = {c.kind.value for c in detect_changes(x, y)}
        assert not kinds & {"number", "number_rounded", "detail_added", "detail_dropped"}, (x, y, kinds)


def test_a_changed_slashed_fraction_is_a_number_change():
    changes = detect_changes("Only 3/4 of the lanes reopened.", "Only 1/4 of the lanes reopened.")
    assert [(c.kind.value, c.a_text, c.b_text) for c in changes] == [("number", "3/4", "1/4")]


@pytest.mark.parametrize("text, value, unit", [
    ("Critics rated the show 3/4 overall.", 3, "/4"),  # no "of" or unit after it
    ("The guard shot 3/4 per game.", 3, "/4"),
    ("The show is rated 3/5 stars.", 3, "/5"),
    ("The show earned a 7.9/10 from critics.", 7.9, "/10"),
    ("The show scored 58/100 overall.", 58, "percent"),
    ("Crews marked 9/11 with a vigil.", 9, "/11"),
    ("Bids close 6/30 at noon.", 6, "/30"),
])
def test_a_rating_or_date_with_a_slash_is_not_read_as_a_fraction(text, value, unit):
    q = [q for q in extract_quantities(text) if "/" in q.text][0]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, whole, slashed, unit", [
    ("The town lost 4 9/11 responders.", 4, 9, "/11"),
    ("Staff met all 3 6/30 deadlines.", 3, 6, "/30"),
    ("The city runs 2 24/7 hotlines.", 2, 24, "/7"),
])
def test_a_whole_number_before_a_date_or_rating_is_not_a_mixed_number(text, whole, slashed, unit):
    # 11 and 30 are not mixed-number denominators: the whole number stays a figure of its own.
    first, second = extract_quantities(text)
    assert (first.value, first.text) == (whole, str(whole))
    assert (second.value, second.unit) == (slashed, unit)
