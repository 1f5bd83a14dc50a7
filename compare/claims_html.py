"""The claim map as one standalone HTML file: a card per claim, the origin on top, each other
outlet's version as a word diff against it. Inline CSS and JS; every text is escaped."""
from __future__ import annotations

from typing import Sequence

from compare.claims import Claim, ClaimMap, Report
from compare.html_report import badge_html, esc, standalone_page
from compare.render import describe_change, word_diff
from index.published import format_published

_CSS = """
:root { --fg:#1d1d1f; --muted:#6b6b70; --line:#d8d8dc; --bg:#fff; --alt:#f6f6f8;
  --repeat:#1f8a3b; --alter:#b88700; --contradict:#c62828; --origin:#3b3b40; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  margin: 0 auto; padding: 1.2rem 1.5rem 3rem; max-width: 1100px; }
h1 { font-size: 1.3rem; margin: 0 0 .4rem; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 .45em; border-radius: .3em; color: #fff; font-size: .82em; font-weight: 600;
  line-height: 1.6; white-space: nowrap; }
.b-repeat { background: var(--repeat); } .b-alter { background: var(--alter); color: #111; }
.b-contradict { background: var(--contradict); } .b-origin { background: var(--origin); }
.controls { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .8rem; margin: .8rem 0;
  position: sticky; top: 0; background: var(--bg); z-index: 2; }
.controls label { margin-right: 1rem; cursor: pointer; }
.card { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0; padding: .6rem .9rem; }
.card.contested { border-left: 4px solid var(--contradict); }
.card h2 { font-size: 1rem; margin: 0 0 .4rem; } .card h2 .count { margin-left: .6rem; font-weight: 400; }
.report { display: grid; grid-template-columns: 12rem 1fr; gap: .2rem 1rem; padding: .35rem 0;
  border-top: 1px solid var(--line); }
.report.origin { background: var(--alt); border-top: none; padding: .35rem .4rem; border-radius: .3rem; }
.who { font-weight: 600; overflow-wrap: anywhere; } .who .muted { font-weight: 400; font-size: .85em; display: block; }
del { color: #a31515; background: #ffe3e3; text-decoration: line-through; }
ins { color: #116329; background: #dcf5e1; text-decoration: underline; }
ul.changes { margin: .2rem 0 0; padding-left: 1.1rem; font-size: .88em; color: var(--muted); }
"""

_JS = """
(function () {
  var only = document.getElementById('contested-only');
  only.addEventListener('change', function () {
    document.querySelectorAll('.card').forEach(function (card) {
      card.hidden = only.checked && !card.classList.contains('contested');
    });
  });
})();
"""


def _marked(text: str, spans, tag: str) -> str:
    """`text` escaped, with each span wrapped in <tag>."""
    out, at = [], 0
    for start, end in spans:
        out.append(esc(text[at:start]))
        out.append(f"<{tag}>{esc(text[start:end])}</{tag}>")
        at = end
    out.append(esc(text[at:]))
    return "".join(out)


def _who(r: Report) -> str:
    when = format_published(r.published)
    return (f'<div class="who">{esc(r.outlet or r.article_id)}'
            f'<span class="muted">{esc(r.article_id)} #{r.sentence_index + 1}</span>'
            f'<span class="muted">{esc(when)}</span></div>')


def _report_html(origin: Report, r: Report) -> str:
    deleted, inserted = word_diff(origin.text, r.text)
    changes = "".join(f"<li>{esc(describe_change(c))}</li>" for c in r.changes)
    conf = f' <span class="muted">{r.confidence:.2f}</span>' if r.confidence is not None else ""
    return (f'<div class="report">{_who(r)}<div>{badge_html(str(r.relation))}{conf} '
            f'<span class="muted">cosine {r.similarity:.2f}</span><br>'
            f'<span class="removed" title="words of the origin this version leaves out">'
            f'{_marked(origin.text, deleted, "del")}</span><br>{_marked(r.text, inserted, "ins")}'
            f'<ul class="changes">{changes}</ul></div></div>')


def _card(n: int, c: Claim) -> str:
    counts = "".join(f'<span class="count">{badge_html(k)} {v}</span>' for k, v in c.counts.items() if v)
    reports = "".join(_report_html(c.origin, r) for r in c.reports)
    return (f'<section class="card{" contested" if c.contested else ""}" id="claim-{n}">'
            f'<h2>{n}. {esc(c.id)}<span class="count muted">{c.outlets} outlets</span>{counts}</h2>'
            f'<div class="report origin">{_who(c.origin)}<div>{badge_html("origin")} {esc(c.origin.text)}</div></div>'
            f"{reports}</section>")


def claims_html(shown: Sequence[Claim], claim_map: ClaimMap, filters: dict, reason: str | None = None) -> str:
    """A standalone HTML report of the claim map (one file: inline CSS and JS, nothing fetched).

    `reason` says why no claim is shown, when none is.
    """
    named = ", ".join(f"{k} {v}" for k, v in filters.items() if v not in (None, False))
    empty = f'<p class="muted">No claims to show: {esc(reason or "none passes the filters")}.</p>'
    cards = "\n".join(_card(n, c) for n, c in enumerate(shown, 1)) or empty
    return standalone_page("claimdiff: claims across outlets", _CSS, _JS, f"""<h1>Claims across outlets</h1>
<p>{len(claim_map.claims)} claims reported by two or more of {claim_map.articles} articles
({claim_map.sentences} sentences); {len(shown)} shown{esc(f" ({named})" if named else "")}.
Each card starts with the earliest report (the origin); every other version shows, struck, the origin's words it
leaves out and, underlined, the words it puts in.</p>
<form class="controls" onsubmit="return false">
<label><input type="checkbox" id="contested-only"> only contested claims (some outlet contradicts the origin)</label>
</form>
{cards}
<footer class="muted">Made by claimdiff. Relations to the origin: repeat, alter, contradict.</footer>""")
