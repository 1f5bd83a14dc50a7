"""Who is cited and what is quoted: acronyms against their expansion, a speaker shortened to a
surname or a pronoun, and quotation marks whose partner lies in a neighbouring sentence.

All sentences are written for these tests (none is taken from an evaluation set).
"""
from __future__ import annotations

import pytest

from compare.attribution import MISATTRIBUTED
from compare.changes import detect_changes
from compare.relate import judge
from compare.vocab import ChangeKind as K
from compare.vocab import Relation


def kinds(a: str, b: str) -> set[K]:
    return {c.kind for c in detect_changes(a, b)}


def both_ways(a: str, b: str) -> list[set[K]]:
    return [kinds(a, b), kinds(b, a)]


# --- acronyms -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    # a word of the expansion also occurs elsewhere in the sentence
    ("Several Democratic donors sought a meeting with DNC chairman Tom Perez over the budget.",
     "Democratic donors sought a meeting with Democratic National Committee chairman Tom Perez over the budget."),
    ("The IAEA said its inspectors had found no trace of the material.",
     "The International Atomic Energy Agency said its inspectors had found no trace of the material."),
    ("The launch was put off until May, the DNC chairman said.",
     "The launch was put off until May, the Democratic National Committee chairman said."),
    # "and", "of", "for" inside the expansion carry no initial
    ("NASA said the probe would be launched next spring.",
     "The National Aeronautics and Space Administration said the probe would be launched next spring."),
    ("The rules were drafted by the CDC, officials said.",
     "The rules were drafted by the Centers for Disease Control, officials said."),
    # a two-letter acronym only where lexicons.NAME_ALIASES pairs it with the name
    ("The EU said the tariffs would take effect in March.",
     "The European Union said the tariffs would take effect in March."),
    ("The UN said the convoy was stopped at the border.",
     "The United Nations said the convoy was stopped at the border."),
])
def test_an_acronym_and_its_expansion_are_one_source(a, b):
    for found in both_ways(a, b):
        assert not found & {K.ENTITY, K.ATTRIBUTION, K.DETAIL_ADDED, K.DETAIL_DROPPED}, (a, b, found)


def test_a_different_organisation_is_still_a_different_source():
    a = "The IAEA said its inspectors had found no trace of the material."
    b = "The World Health Organization said its inspectors had found no trace of the material."
    assert K.ATTRIBUTION in kinds(a, b)


@pytest.mark.parametrize("a, b", [
    # two capitalised words share the letters of a two-letter acronym by chance
    ("The UN said the convoy was stopped at the border.",
     "The Ukrainian Navy said the convoy was stopped at the border."),
    ("The EU said the tariffs would take effect in March.",
     "The Energy Union said the tariffs would take effect in March."),
])
def test_two_words_with_the_initials_of_a_two_letter_acronym_are_another_source(a, b):
    for found in both_ways(a, b):
        assert K.ATTRIBUTION in found, (a, b, found)


# --- a speaker shortened --------------------------------------------------------------

QUOTE = '"The grid failure did not start on our lines,"'


@pytest.mark.parametrize("a, b", [
    (f"{QUOTE} Lakeshore Power chief executive Maria Vole told the Senate panel.", f"{QUOTE} Vole said."),
    ("The grid failure did not start on our lines, Vole told the Senate panel.",
     "The grid failure did not start on our lines, Vole said."),
    # a pronoun speaker lost its antecedent when the sentence was cut from its article
    ("The grid failure did not start on our lines, Vole said.",
     "The grid failure did not start on our lines, she told the Senate panel."),
    ("The grid failure did not start on our lines, he told reporters on Friday.",
     "The grid failure did not start on our lines, Vole said."),
    # whom the speaker told is a venue here, not an outlet
    ("The grid failure did not start on our lines, Vole told the Senate Energy Committee.",
     "The grid failure did not start on our lines, Vole said."),
    ("The grid failure did not start on our lines, Vole told a news conference with Tarrant.",
     "The grid failure did not start on our lines, Vole said."),
    ("The plant will close by the end of 2025, Lakeshore Power said.",
     "The plant will close by the end of 2025, it said."),
    # an inverted speaker after a lower-case word; a generational suffix is not the last name
    ("The repairs will take a year, the board's chairman, retired Adm. Tomas Okafor, said.",
     "The repairs will take a year, said retired Navy Admiral Tomas R. Okafor Jr., the board chairman."),
])
def test_the_same_speaker_shortened_is_not_an_attribution_change(a, b):
    for found in both_ways(a, b):
        assert K.ATTRIBUTION not in found, (a, b, found)


@pytest.mark.parametrize("a, b", [
    ("The line closed for four hours, Radio Orla reported.", "The line closed for four hours, rail officials said."),
    ("The grid failure did not start on our lines, Vole told the Senate panel.",
     "The grid failure did not start on our lines, Tarrant said."),
    ("The grid failure did not start on our lines, the company said.", "The grid failure did not start on our lines."),
    ("The grid failure did not start on our lines, he told CNN.", "The grid failure did not start on our lines."),
    # the outlet told is a second source, not a venue
    ("The grid failure did not start on our lines, Vole told the Lakeshore Courier.",
     "The grid failure did not start on our lines, Vole said."),
    ("The grid failure did not start on our lines, she told Radio Orla.",
     "The grid failure did not start on our lines, Vole said."),
])
def test_another_source_or_a_dropped_one_is_still_an_attribution_change(a, b):
    for found in both_ways(a, b):
        assert K.ATTRIBUTION in found, (a, b, found)


@pytest.mark.parametrize("a, b", [
    # a person addressed by a title is an audience, like "told the Senate panel", not a second source
    ("The plant will close next year, Vole told President Lind.", "The plant will close next year, Vole said."),
    ("The plant will close next year, Vole told Sen. Maria Lind.", "The plant will close next year, Vole said."),
    ("The plant will close next year, Vole told Vice President Lind on Monday.",
     "The plant will close next year, Vole said."),
])
def test_a_person_told_by_title_is_an_audience_not_an_outlet(a, b):
    for found in both_ways(a, b):
        assert K.ATTRIBUTION not in found, (a, b, found)


# --- quotation marks whose partner is in another sentence -----------------------------

@pytest.mark.parametrize("a, b", [
    ("Turnout passed 60 percent for the first time since the war.",
     'Turnout passed 60 percent for the first time since the war."'),
    ("Turnout passed 60 percent for the first time since the war.",
     '"Turnout passed 60 percent for the first time since the war.'),
    # the unclosed opening mark follows the speaker, not at the start of the sentence
    ("The mayor said the town would be rebuilt.", 'The mayor said, "We will rebuild the whole city.'),
    ("The mayor said the town would be rebuilt.", 'The mayor said: "We will rebuild the whole city.'),
    # reworded as well: still no evidence that one side quotes and the other does not
    ("Turnout climbed above 60 percent, the first time since the war.",
     'Turnout passed 60 percent for the first time since the war."'),
])
def test_an_unpaired_quotation_mark_is_not_a_quote_change(a, b):
    for found in both_ways(a, b):
        assert K.QUOTE not in found, (a, b, found)


@pytest.mark.parametrize("a, b", [
    ("The mayor said the plan was too costly.", 'The mayor called the plan "reckless and far too costly."'),
    ('"We expect to finish the dam by June," the engineer said.',
     "The engineer said the crews hoped to complete the work in the summer."),
    ('The mayor said, "We will rebuild the whole city."', "The mayor said the town would be rebuilt."),
])
def test_a_paired_quotation_added_or_dropped_is_still_a_quote_change(a, b):
    for found in both_ways(a, b):
        assert K.QUOTE in found, (a, b, found)


def test_a_quote_change_between_two_quotation_fragments_shows_its_words():
    """Both quotations began in an earlier sentence: the reworded words are still reported, and
    the span reaches the closing mark without wrapping round to the end of the sentence."""
    a = 'But right now the flooding looks contained," Ames told reporters.'
    b = 'Right now the flooding looks to me like it is contained," she said.'
    changes = detect_changes(a, b)
    for change in changes:
        for text, span, whole in ((change.a_text, change.a_span, a), (change.b_text, change.b_span, b)):
            assert (span is None) == (text == ""), change
            assert span is None or whole[span[0]:span[1]] == text, change
    quote = [c for c in changes if c.kind is K.QUOTE]
    assert [(c.a_text, c.b_text) for c in quote] == [
        ('But right now the flooding looks contained,"', 'Right now the flooding looks to me like it is contained,"')]
    assert judge(a, b).relation is Relation.ALTER


# --- the same quotation given to another named speaker -----------------------------------

def test_a_quotation_given_to_another_named_speaker_is_an_entity_change():
    a = '"We will rebuild the harbour before winter," Rusk said.'
    b = '"We will rebuild the harbour before winter," Tomlin said.'
    for found in both_ways(a, b):
        assert K.ENTITY in found and K.ATTRIBUTION not in found, found


@pytest.mark.parametrize("a, b", [
    # a reported fact two sources can both give
    ("The storm will reach the coast on Friday, forecaster Ada Imbert said.",
     "The storm will reach the coast on Friday, forecaster Ben Tull said."),
    # different words quoted
    ('"We will rebuild the harbour," Rusk said.', '"The budget is exhausted," Tomlin said.'),
    # the same speaker, another outlet told
    ('"We will rebuild the harbour before winter," Rusk told Radio Orla.',
     '"We will rebuild the harbour before winter," Rusk told the Lakeshore Courier.'),
    # two scare-quoted words are nobody's statement
    ('Rusk said "the harbour" would be rebuilt.', 'Tomlin said "the harbour" would be rebuilt.'),
    # the shared quotation is Rusk's; the changed source speaks of another claim
    ('"We will rebuild the harbour before winter," Rusk said. Costs will rise sharply, Smith said.',
     '"We will rebuild the harbour before winter," Rusk said. Costs will rise sharply, Jones said.'),
])
def test_another_source_without_the_same_quotation_stays_an_attribution_change(a, b):
    for x, y in ((a, b), (b, a)):
        notes = [c.note for c in detect_changes(x, y)]
        assert MISATTRIBUTED not in notes and "changed" in notes, notes


def test_two_letter_initials_need_two_capitalised_words():
    a, b = "The U.S. said the talks would resume.", "Ukraine said the talks would resume."
    for x, y in ((a, b), (b, a)):
        assert [(c.kind, c.note) for c in detect_changes(x, y)] == [(K.ATTRIBUTION, "changed")]
    assert both_ways("The flaw affects IE users.", "The flaw affects Internet Explorer users.") == [set(), set()]
