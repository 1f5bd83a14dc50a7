"""A Comparison as plain JSON-ready data (schema `claimdiff.comparison/1`, docs/compare-json.md),
and the `--only` / `--min-confidence` filter that every output form shares."""
from __future__ import annotations

from dataclasses import replace

from compare.records import Change, Comparison, Link
from compare.vocab import Relation, Unmatched
from index.errors import ConfigError
from index.records import Article

SCHEMA = "claimdiff.comparison/1"
COUNT_KEYS = ("repeat", "alter", "contradict", "omitted", "added")
# Contradictions first: they are what a reader checks before anything else.
RELATION_ORDER = {Relation.CONTRADICT.value: 0, Relation.ALTER.value: 1, Relation.REPEAT.value: 2,
                  Relation.UNRELATED.value: 3}
FILTER_NAMES = tuple(r.value for r in Relation) + tuple(u.value for u in Unmatched)


def _value(x) -> str:
    """The plain string of an enum member or a string."""
    return getattr(x, "value", x)


def _round(x: float) -> float:
    return round(float(x), 4)


def link_order_key(link: Link) -> tuple:
    """Contradict, then alter, then repeat; inside a group, rewrite order (ties: source order)."""
    return (RELATION_ORDER.get(_value(link.relation), 9), min(link.rewrite, default=-1),
            min(link.source, default=-1))


def _article(a: Article) -> dict:
    return {
        "id": a.id,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "url": a.url,
        "sentences": [{"index": s.index, "text": s.text, "start": s.start, "end": s.end,
                       "paragraph": s.paragraph} for s in a.sentences],
    }


def _side(span, text: str) -> dict | None:
    """One side of a change: null when the side is absent (no span, no text)."""
    if span is None and not text:
        return None
    start, end = (None, None) if span is None else (int(span[0]), int(span[1]))
    return {"start": start, "end": end, "text": text}


def change_to_dict(ch: Change) -> dict:
    """A change as JSON: kind, its relation family, each side as {start, end, text} or null, note."""
    kind = ch.kind
    return {
        "kind": _value(kind),
        "family": _value(kind.family) if hasattr(kind, "family") else None,
        "a": _side(ch.a_span, ch.a_text),
        "b": _side(ch.b_span, ch.b_text),
        "note": ch.note,
    }


def _link(link: Link) -> dict:
    return {
        "source": [int(j) for j in link.source],
        "rewrite": [int(i) for i in link.rewrite],
        "shape": link.shape,
        "relation": _value(link.relation),
        "confidence": _round(link.confidence),
        "similarity": _round(link.similarity),
        "changes": [change_to_dict(ch) for ch in link.changes],
    }


def comparison_to_dict(c: Comparison) -> dict:
    """The stable JSON form of a comparison (schema `claimdiff.comparison/1`).

    Links are listed contradictions first, then alterations, then repeats, each group in rewrite
    order; floats are rounded to 4 places. Every key is documented in docs/compare-json.md.
    """
    s = c.summary
    return {
        "schema": SCHEMA,
        "model": c.model,
        "source": _article(c.source),
        "rewrite": _article(c.rewrite),
        "summary": {
            "counts": {k: int(s.counts.get(k, 0)) for k in COUNT_KEYS},
            "reuse_verbatim": _round(s.reuse_verbatim),
            "reuse_any": _round(s.reuse_any),
            "new_share": _round(s.new_share),
        },
        "links": [_link(link) for link in sorted(c.links, key=link_order_key)],
        "omitted": sorted(int(j) for j in c.omitted),
        "added": sorted(int(i) for i in c.added),
    }


def filter_comparison(c: Comparison, only: set[str] | None = None, min_confidence: float = 0.0) -> Comparison:
    """Keep what `--only` and `--min-confidence` ask for; the summary still describes everything.

    Args:
        only: names from repeat, alter, contradict, unrelated, omitted, added (enum members
            work too); None keeps every relation and both unmatched kinds.
        min_confidence: links with a lower confidence are dropped; omitted and added sentences
            have no confidence and are kept or dropped by `only` alone.

    Raises:
        ConfigError: an unknown name in `only`, or `min_confidence` outside 0..1.
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise ConfigError(f"--min-confidence must be between 0 and 1, got {min_confidence}")
    names = None if only is None else {_value(n) for n in only}
    if names is not None:
        unknown = sorted(names - set(FILTER_NAMES))
        if unknown:
            raise ConfigError(f"unknown relation {unknown[0]!r}; allowed: {', '.join(FILTER_NAMES)}")
    links = tuple(link for link in c.links
                  if (names is None or _value(link.relation) in names) and link.confidence >= min_confidence)
    omitted = c.omitted if names is None or Unmatched.OMITTED.value in names else ()
    added = c.added if names is None or Unmatched.ADDED.value in names else ()
    return replace(c, links=links, omitted=omitted, added=added)
