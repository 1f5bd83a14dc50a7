"""An attribution that the other article gives in a neighbouring sentence is not a change."""
from __future__ import annotations

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


def _added(b_text: str) -> Change:
    return Change(K.ATTRIBUTION, None, (0, len(b_text)), "", b_text)


def test_a_speaker_named_next_to_the_source_sentence_explains_the_attribution():
    assert explained_by_context(_added(", Rusk said"), SOURCE, REWRITE, source=(2,), rewrite=(1,))


def test_a_speaker_the_source_never_names_nearby_is_still_a_change():
    assert not explained_by_context(_added(", Tomlin said"), SOURCE, REWRITE, source=(2,), rewrite=(1,))
    # too far: Rusk is named three sentences before the linked one
    far = SOURCE[:2] + ["The board met for two hours.", "Members asked about costs."] + SOURCE[2:]
    assert not explained_by_context(_added(", Rusk said"), far, REWRITE, source=(4,), rewrite=(1,))


def test_an_unnamed_source_or_a_changed_one_is_not_explained():
    assert not explained_by_context(_added(", officials said"), SOURCE, REWRITE, source=(2,), rewrite=(1,))
    changed = Change(K.ATTRIBUTION, (0, 9), (0, 10), "Rusk said", "Tomlin said")
    assert not explained_by_context(changed, SOURCE, REWRITE, source=(2,), rewrite=(1,))


def test_compare_repeats_a_quotation_whose_attribution_moved_into_it(embedder):
    a = article_from_sentences("src", SOURCE)
    b = article_from_sentences("rw", REWRITE)
    links = {link.rewrite: link for link in compare_articles(a, b, embedder.embed).links}
    moved = links[(1,)]
    assert moved.source == (2,)
    assert moved.relation is Relation.REPEAT, moved.changes
    assert K.ATTRIBUTION not in {c.kind for c in moved.changes}
