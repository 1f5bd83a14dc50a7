"""An attribution that the other article gives in a neighbouring sentence is not a change."""
from __future__ import annotations

import pytest

from compare.context import explained_by_context
from compare.engine import compare_articles
from compare.records import Change
from compare.vocab import ChangeKind as K
from compare.vocab import Relation
from index.article import article_from_sentences

SOURCE = [
    "The harbour board approved the dredging contract on Tuesday.",
    'Board chair Imelda Rusk said: "The channel has silted up faster than anyone expected.',
    'Without dredging, the larger ferries will be unable to dock by next winter."',
    "The work is expected to take four months.",
]
REWRITE = [
    "The harbour board approved the dredging contract on Tuesday.",
    'Without dredging, the larger ferries will be unable to dock by next winter, Rusk said.',
    "The work is expected to take four months.",
]


def _added(rewrite_text: str, attribution: str) -> Change:
    start = rewrite_text.index(attribution)
    return Change(K.ATTRIBUTION, None, (start, start + len(attribution)), "", attribution)


def test_a_speaker_named_next_to_the_source_sentence_explains_the_attribution():
    assert explained_by_context(_added(REWRITE[1], "Rusk said"), SOURCE, REWRITE, source=(2,), rewrite=(1,))


@pytest.mark.parametrize("source, rewritten", [
    # Rusk is named nearby, but not as the speaker of a running quotation
    (["Mayor Ines Rusk voted against the rise.", "Property taxes will rise by 4 percent next year."],
     ["Property taxes will rise by 4 percent next year, Rusk said."]),
    # another speaker with the same first name
    (['Senator John Kerry said: "The fund is empty.', 'Nobody wants to admit it."'],
     ["Nobody wants to admit it, John Ortiz said."]),
    # a named speaker too far away (three sentences before)
    (['Board chair Imelda Rusk said: "The channel has silted up.', "The board met for two hours.",
      "Members asked about costs.", 'Without dredging, ferries cannot dock."'],
     ["Without dredging, ferries cannot dock, Rusk said."]),
])
def test_a_new_speaker_is_still_a_change(source, rewritten):
    linked = len(source) - 1
    attribution = rewritten[0][rewritten[0].rindex(",") + 2:-1]
    assert not explained_by_context(_added(rewritten[0], attribution), source, rewritten,
                                    source=(linked,), rewrite=(0,))


def test_a_dropped_attribution_outside_a_quotation_is_still_a_change():
    # the rewrite quotes Vos in the sentence before, but this sentence was her reported claim
    rewrite = ['"Costs keep rising.', 'Every year we wait, repairs cost more," said Helena Vos.',
               "A federal rule requires the city to replace the pipes by 2037."]
    source_text = "Vos said a federal rule requires the city to replace the pipes by 2037."
    dropped = Change(K.ATTRIBUTION, (0, 8), None, "Vos said", "")
    assert not explained_by_context(dropped, [source_text], rewrite, source=(0,), rewrite=(2,))


def test_an_unnamed_source_or_a_changed_one_is_not_explained():
    text = "Without dredging, ferries cannot dock, officials said."
    assert not explained_by_context(_added(text, "officials said"), SOURCE, [text], source=(2,), rewrite=(0,))
    changed = Change(K.ATTRIBUTION, (0, 9), (0, 11), "Rusk said", "Tomlin said")
    assert not explained_by_context(changed, SOURCE, REWRITE, source=(2,), rewrite=(1,))


def test_compare_repeats_a_quotation_whose_attribution_moved_into_it(embedder):
    a = article_from_sentences("src", SOURCE)
    b = article_from_sentences("rw", REWRITE)
    links = {link.rewrite: link for link in compare_articles(a, b, embedder.embed).links}
    moved = links[(1,)]
    assert moved.source == (2,)
    assert moved.relation is Relation.REPEAT, moved.changes
    assert K.ATTRIBUTION not in {c.kind for c in moved.changes}
