"""Sentence segmentation: one test per hard case, with invented sentences, and span properties."""
from __future__ import annotations


import pytest
from hypothesis import given, settings, strategies as st

from index.segment import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def check_spans(text: str) -> None:
    """The invariants every segmentation keeps."""
    sentences = split_sentences(text)
    last_end, last_paragraph = 0, 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= last_end
        assert s.paragraph in (last_paragraph, last_paragraph + 1) if i else s.paragraph == 0
        last_end, last_paragraph = s.end, s.paragraph
    # nothing but whitespace is lost
    assert "".join("".join(s.text.split()) for s in sentences) == "".join(text.split())


@pytest.mark.parametrize("sentence", [
    "Officials in the U.S. Department of Transport approved the grant.",
    "The U.K. Treasury published its forecast on Monday.",
    "Dr. Imogen Hale runs the clinic in Port Wren.",
    "Mr. Pell and Mrs. Pell sold the bakery last spring.",
    "Sen. Ortiz and Rep. Abara asked for a hearing.",
    "Gov. Lindqvist signed the bill, and Gen. Mbeki praised it.",
    "The bakery on St. Anselm Road closed in Jan. 2023 and reopened in Feb. 2024.",
    "Deliveries resumed on Aug. 3, Sept. 9, Oct. 12, Nov. 1 and Dec. 15 of that year.",
    "Fernhill Inc. and Boatwright Corp. signed the deal with Carrow Ltd. last week.",
    "Crews repaired culvert No. 7 before the rain.",
    "The case, Kell vs. Marrow, goes to court again.",
    "Some sensors, e.g. the river gauges, failed, i.e. they stopped reporting.",
    "The pumps ran from 6 a.m. until 9 p.m. every day.",
    "The crates held nails, screws, hinges, etc. and a few tools.",
])
def test_abbreviations_do_not_end_sentences(sentence):
    text = f"{sentence} The next sentence follows."
    assert texts(text) == [sentence, "The next sentence follows."]


def test_abbreviation_at_the_end_of_a_sentence_still_ends_it():
    text = "The office moved to the U.S. The staff stayed. The shop opened at 9 a.m. It closed at noon."
    assert texts(text) == ["The office moved to the U.S.", "The staff stayed.",
                           "The shop opened at 9 a.m.", "It closed at noon."]


def test_company_suffix_before_a_new_sentence():
    assert texts("The mill was sold to Harlow Corp. The price was not disclosed.") == [
        "The mill was sold to Harlow Corp.", "The price was not disclosed."]


def test_decimals_and_figures():
    text = ("Output rose 2.5 times to $1.8 billion, a 3.14% gain. The index closed at 1,024.75 points. "
            "Rainfall was 0.4 inches below the 30.2-inch average.")
    assert texts(text) == ["Output rose 2.5 times to $1.8 billion, a 3.14% gain.",
                           "The index closed at 1,024.75 points.",
                           "Rainfall was 0.4 inches below the 30.2-inch average."]


def test_sentence_ending_in_a_number():
    assert texts("The line will be finished by 2031. Work starts in May.") == [
        "The line will be finished by 2031.", "Work starts in May."]


def test_initials():
    text = "J. R. Tamsin chaired the panel with Harold W. Finch. Dr. A. B. Osei took notes."
    assert texts(text) == ["J. R. Tamsin chaired the panel with Harold W. Finch.",
                           "Dr. A. B. Osei took notes."]


def test_ellipses():
    text = ("The mayor paused... Then she read the list. The plan was delayed \u2026 and then dropped. "
            "Why\u2026 Nobody said.")
    assert texts(text) == ["The mayor paused...", "Then she read the list.",
                           "The plan was delayed \u2026 and then dropped.", "Why\u2026", "Nobody said."]


def test_quotation_running_over_two_sentences():
    text = ('"The bridge is safe. We checked every bolt," the engineer said. "Traffic can resume." '
            "The road reopened at noon.")
    assert texts(text) == ['"The bridge is safe.', 'We checked every bolt," the engineer said.',
                           '"Traffic can resume."', "The road reopened at noon."]


def test_typographic_quotes_stay_with_their_sentence():
    text = ("\u201cWe are done,\u201d he said. \u201cIt is over.\u201d The crowd left. "
            "She called it \u201ca relief.\u201d")
    assert texts(text) == ["\u201cWe are done,\u201d he said.", "\u201cIt is over.\u201d", "The crowd left.",
                           "She called it \u201ca relief.\u201d"]


def test_question_and_exclamation_marks():
    text = 'Will the ferry run? Nobody knows! "Is it cancelled?" she asked. It is not.'
    assert texts(text) == ["Will the ferry run?", "Nobody knows!", '"Is it cancelled?" she asked.', "It is not."]


def test_headline_without_punctuation_is_its_own_sentence():
    text = "Council backs new ferry timetable\n\nThe council voted on Monday. The vote was close."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Council backs new ferry timetable", "The council voted on Monday.",
                                           "The vote was close."]
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_blank_lines_separate_paragraphs():
    text = "First one. First two.\n\n\n  Second one.\n \nThird one."
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [
        ("First one.", 0), ("First two.", 0), ("Second one.", 1), ("Third one.", 2)]


def test_single_newlines_after_sentence_ends_separate_paragraphs():
    text = "The storm hit at dawn.\nPower failed by noon.\nCrews worked overnight."
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [
        ("The storm hit at dawn.", 0), ("Power failed by noon.", 1), ("Crews worked overnight.", 2)]


def test_wrapped_lines_are_joined():
    text = ("The storm hit the valley at dawn and\nknocked out power to the\nnorthern suburbs. "
            "Crews worked overnight.")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The storm hit the valley at dawn and\nknocked out power to the\nnorthern suburbs.",
        "Crews worked overnight."]
    assert {s.paragraph for s in sentences} == {0}


def test_abbreviation_at_a_line_end_does_not_split():
    assert texts("The award went to Dr.\nPriya Anand. She accepted it.") == [
        "The award went to Dr.\nPriya Anand.", "She accepted it."]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t ") == []


def test_spans_on_a_news_paragraph():
    text = ('  Dr. Ana Ruiz said the U.S. plan costs $1.8 billion. "It is late. We know it," she said.\n\n'
            "Why? Nobody knows...\nThe end came at 5 p.m. on Friday.  ")
    check_spans(text)
    assert len(split_sentences(text)) == 6


_ALPHABET = st.sampled_from(list("ab Z.?!\"'\u201c\u201d\n\t 12,") + ["U.S.", "Dr.", "...", "\n\n", " \n "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_property_on_random_text(text):
    check_spans(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_spans_property_on_arbitrary_unicode(text):
    check_spans(text)


def test_many_paragraphs_segment_consistently():
    # Speed is measured by bench scripts, not here: this checks that a long text keeps every sentence.
    paragraph = ('Dr. Ana Ruiz said the U.S. plan costs $1.8 billion, up 3.5% from Jan. 2024. '
                 '"It is late. We know it," she said. Why? Nobody knows... The end came at 5 p.m. on Friday.')
    text = "\n\n".join([paragraph] * 5000)
    sentences = split_sentences(text)
    assert len(sentences) == 30000
    assert sentences[-1].paragraph == 4999
