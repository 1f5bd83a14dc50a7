"""The fixed vocabulary of RELATIONS.md: relations, change kinds and their families."""
from __future__ import annotations

from enum import Enum

from index.errors import ConfigError


class Relation(str, Enum):
    """How sentence B of one report relates to sentence A of another."""

    REPEAT = "repeat"
    ALTER = "alter"
    CONTRADICT = "contradict"
    UNRELATED = "unrelated"

    def __str__(self) -> str:
        return self.value


class Unmatched(str, Enum):
    """Sentences of a comparison with no counterpart on the other side."""

    OMITTED = "omitted"  # only in the source / first report
    ADDED = "added"  # only in the rewrite / second report

    def __str__(self) -> str:
        return self.value


class ChangeKind(str, Enum):
    """Typed evidence for a relation; each kind belongs to one relation family."""

    VERBATIM = "verbatim"
    NEAR_VERBATIM = "near_verbatim"
    PARAPHRASE = "paraphrase"
    HEDGE = "hedge"
    ATTRIBUTION = "attribution"
    DETAIL_ADDED = "detail_added"
    DETAIL_DROPPED = "detail_dropped"
    QUOTE = "quote"
    STRENGTH = "strength"
    NUMBER_ROUNDED = "number_rounded"
    NEGATION = "negation"
    NUMBER = "number"
    ENTITY = "entity"
    DATE = "date"
    ANTONYM = "antonym"
    CAUSE = "cause"

    def __str__(self) -> str:
        return self.value

    @property
    def family(self) -> Relation:
        """The relation this kind implies on its own (the precedence rule's input)."""
        return _FAMILY[self]


_FAMILY = {
    **{k: Relation.REPEAT for k in (ChangeKind.VERBATIM, ChangeKind.NEAR_VERBATIM, ChangeKind.PARAPHRASE)},
    **{k: Relation.ALTER for k in (
        ChangeKind.HEDGE, ChangeKind.ATTRIBUTION, ChangeKind.DETAIL_ADDED, ChangeKind.DETAIL_DROPPED,
        ChangeKind.QUOTE, ChangeKind.STRENGTH, ChangeKind.NUMBER_ROUNDED)},
    **{k: Relation.CONTRADICT for k in (
        ChangeKind.NEGATION, ChangeKind.NUMBER, ChangeKind.ENTITY, ChangeKind.DATE,
        ChangeKind.ANTONYM, ChangeKind.CAUSE)},
}


def relation_from_changes(kinds) -> Relation:
    """RELATIONS.md precedence: any contradicting kind -> contradict, else any altering -> alter, else repeat."""
    families = {ChangeKind(k).family for k in kinds}
    if Relation.CONTRADICT in families:
        return Relation.CONTRADICT
    if Relation.ALTER in families:
        return Relation.ALTER
    return Relation.REPEAT


def parse_relations(text: str) -> tuple[Relation, ...]:
    """Parse a comma-separated list such as "contradict,alter"; unknown names list the allowed ones."""
    allowed = [r.value for r in Relation] + [u.value for u in Unmatched]
    out = []
    for name in filter(None, (p.strip() for p in text.split(","))):
        if name in (r.value for r in Relation):
            out.append(Relation(name))
        elif name in (u.value for u in Unmatched):
            out.append(Unmatched(name))
        else:
            raise ConfigError(f"unknown relation {name!r}; allowed: {', '.join(allowed)}")
    return tuple(out)
