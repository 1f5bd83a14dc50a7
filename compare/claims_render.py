"""Claims and traces for people (rich) and for pipes (JSON-ready dicts).

Each report is shown as a word diff against the claim's origin, with its relation badge and
the kinds of its changes, as `compare` shows a link.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from compare.claims import Claim, ClaimMap, Report, Trace, TraceStep
from compare.serialize import change_to_dict
from index.published import format_published

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console
    from rich.text import Text


# ---------------------------------------------------------------- JSON

def report_to_dict(r: Report) -> dict:
    d = {"article": r.article_id, "outlet": r.outlet, "published": r.published,
         "sentence_index": r.sentence_index, "text": r.text, "similarity": r.similarity}
    if r.relation is not None:
        d.update(relation=str(r.relation), confidence=r.confidence, changes=[change_to_dict(c) for c in r.changes])
    return d


def claim_to_dict(c: Claim) -> dict:
    return {"id": c.id, "outlets": c.outlets, "reports": len(c.reports) + 1, "counts": c.counts,
            "contested": c.contested, "origin": report_to_dict(c.origin),
            "others": [report_to_dict(r) for r in c.reports]}


def claims_to_dict(claim_map: ClaimMap, shown: Sequence[Claim], filters: dict, reason: str | None = None) -> dict:
    """The JSON document of `claimdiff claims`; `reason` says why nothing is shown, when so."""
    return {"schema": "claimdiff.claims/1", "articles": claim_map.articles, "sentences": claim_map.sentences,
            "edges": claim_map.edges, "claims_found": len(claim_map.claims), "filters": filters,
            "shown": len(shown), "reason": reason, "claims": [claim_to_dict(c) for c in shown]}


def trace_to_dict(t: Trace) -> dict:
    """The JSON document of `claimdiff trace`."""
    def step(s: TraceStep) -> dict:
        return {"sentence_index": s.sentence_index, "text": s.text,
                "source": report_to_dict(s.source) if s.source else None,
                "nearest": report_to_dict(s.nearest) if s.nearest else None,
                "earlier": [report_to_dict(r) for r in s.earlier], "later": s.later}
    carried = sum(1 for s in t.steps if s.source is not None)
    return {"schema": "claimdiff.trace/1", "article": t.article_id, "outlet": t.outlet, "published": t.published,
            "sentences": len(t.steps), "carried": carried, "sources": t.sources,
            "steps": [step(s) for s in t.steps]}


# ---------------------------------------------------------------- rich

def _kinds(report: Report) -> str:
    return ", ".join(dict.fromkeys(str(c.kind) for c in report.changes))


def _relation_cell(report: Report) -> "Text":
    from rich.text import Text

    from compare.render import badge

    cell = Text()
    cell.append_text(badge(str(report.relation)))
    if report.confidence is not None:
        cell.append(f" {report.confidence:.2f}", "dim")
    kinds = _kinds(report)
    if kinds:
        cell.append(f"\n{kinds}", "dim")
    return cell


def render_claims(shown: Sequence[Claim], claim_map: ClaimMap, console: "Console") -> None:
    """A header line, then one table per claim: the origin, then each report as a word diff."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from compare.render import badge, render_inline_diff

    markers = console.color_system is None
    console.print(f"{len(claim_map.claims)} claim(s) reported by two or more articles among "
                  f"{claim_map.articles} article(s), {claim_map.sentences} sentence(s); showing {len(shown)}")
    for n, claim in enumerate(shown, 1):
        head = Text(f"{n}. ", "bold")
        head.append(claim.id, "bold")
        head.append(f"  {claim.outlets} outlet(s)", "dim")
        for name, count in claim.counts.items():
            if count:
                head.append("  ")
                head.append_text(badge(name))
                head.append(f" {count}")
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True, title=head,
                      title_justify="left")
        table.add_column("outlet", overflow="fold", max_width=18)
        table.add_column("published (UTC)", overflow="fold", width=11)
        table.add_column("relation", overflow="fold", max_width=22)
        table.add_column("sentence: [-origin-] {+this version+}" if markers else
                         "sentence (word diff against the origin)", overflow="fold", ratio=1)
        o = claim.origin
        table.add_row(Text(o.outlet or o.article_id, "bold"), format_published(o.published), badge("origin"), Text(o.text))
        for r in claim.reports:
            table.add_row(r.outlet or r.article_id, format_published(r.published), _relation_cell(r),
                          render_inline_diff(o.text, r.text, markers=markers))
        console.print(table)


def render_trace(t: Trace, console: "Console") -> None:
    """A line on where the article's claims come from, then a row per sentence: its word diff
    against the earliest report of its claim, that report, and the relation to it (and to the
    latest earlier version when that is another article)."""
    from rich.table import Table
    from rich.text import Text

    from compare.render import render_inline_diff

    markers = console.color_system is None
    carried = sum(1 for s in t.steps if s.source is not None)
    line = Text(f"{t.article_id}", "bold")
    line.append(f" ({' · '.join(x for x in (t.outlet, format_published(t.published)) if x)})", "dim")
    line.append(f": {carried} of {len(t.steps)} sentence(s) carry a claim reported earlier")
    if t.sources:
        line.append("; earliest sources: " + ", ".join(f"{a} ({n})" for a, n in t.sources.items()))
    console.print(line)
    table = Table(expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("sentence, as a word diff against its earliest report", overflow="fold", ratio=3)
    table.add_column("earliest report", overflow="fold", ratio=2)
    table.add_column("relation", overflow="fold", max_width=22)
    for s in t.steps:
        if s.source is None:
            status = "first reported here" if s.later else "only here"
            table.add_row(str(s.sentence_index + 1), Text(s.text), Text(status, "dim"),
                          Text(f"{s.later} later" if s.later else "", "dim"))
            continue
        src = _report_cell(s.source)
        relation = _relation_cell(s.source)
        if s.nearest is not None and s.nearest.article_id != s.source.article_id:
            n = s.nearest
            src.append(f"\nlatest of {len(s.earlier)} earlier: {n.outlet or n.article_id} "
                       f"#{n.sentence_index + 1} · {format_published(n.published)}", "dim")
            relation.append(f"\nvs latest: {n.relation}", "dim")
        table.add_row(str(s.sentence_index + 1), render_inline_diff(s.source.text, s.text, markers=markers),
                      src, relation)
    console.print(table)


def _report_cell(r: Report) -> "Text":
    from rich.text import Text

    cell = Text(r.outlet or r.article_id, "bold")
    cell.append(f"\n{r.article_id} #{r.sentence_index + 1} · {format_published(r.published)}", "dim")
    return cell
