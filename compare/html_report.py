"""A comparison as one standalone HTML file: inline CSS and JS, no external resources.

Every piece of article text and metadata goes through html.escape; the only markup and the
only script are ours.
"""
from __future__ import annotations

from html import escape

from compare.records import Comparison, Link
from compare.render import (Piece, Row, describe_change, kind_family, layout_rows, link_label, link_pieces,
                            reuse_line, sentence_text)
from compare.serialize import COUNT_KEYS, link_order_key

_CSS = """
:root { --fg:#1d1d1f; --muted:#6b6b70; --line:#d8d8dc; --bg:#fff; --alt:#f6f6f8;
  --repeat:#1f8a3b; --alter:#b88700; --contradict:#c62828; --omitted:#75757a; --added:#1f5fbf; --unrelated:#8e3ea8; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg);
  margin: 0 auto; padding: 1.2rem 1.5rem 3rem; max-width: 1500px; }
h1 { font-size: 1.3rem; margin: 0 0 .6rem; } h2 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
.articles { border-collapse: collapse; margin-bottom: .6rem; }
.articles th { text-align: left; padding: .15rem .8rem .15rem 0; color: var(--muted); font-weight: 600; white-space: nowrap; }
.articles td { padding: .15rem .8rem .15rem 0; } .articles .title { font-weight: 600; } .articles .date { white-space: nowrap; }
.muted, .lab, .conf { color: var(--muted); } .lab { font-size: .8em; font-variant-numeric: tabular-nums; margin-right: .25em; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .3em; color: #fff; font-size: .82em; font-weight: 600;
  line-height: 1.6; white-space: nowrap; }
.b-repeat { background: var(--repeat); } .b-alter { background: var(--alter); color: #111; }
.b-contradict { background: var(--contradict); } .b-omitted { background: var(--omitted); }
.b-added { background: var(--added); } .b-unrelated { background: var(--unrelated); }
.summary { margin: .4rem 0; } .summary .count { margin-right: 1rem; font-variant-numeric: tabular-nums; }
.controls { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; border: 1px solid var(--line);
  border-radius: .4rem; padding: .5rem .8rem; margin: .8rem 0; position: sticky; top: 0; background: var(--bg); z-index: 2; }
.controls label { cursor: pointer; white-space: nowrap; } .controls .group { display: flex; gap: .8rem; flex-wrap: wrap; }
.contradictions li { margin-bottom: .35rem; } .contradictions a { color: var(--contradict); font-weight: 600; }
table.pairs { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.pairs th { text-align: left; border-bottom: 2px solid var(--line); padding: .35rem .5rem; position: sticky; top: 3.2rem;
  background: var(--bg); z-index: 1; }
table.pairs td { vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
table.pairs col.rel { width: 13rem; }
tr.row:target { outline: 2px solid var(--contradict); }
tr.rel-contradict td.a, tr.rel-contradict td.b { background: #fff4f4; }
tr.rel-omitted td.a { color: var(--muted); } td.empty { background: var(--alt); }
del { color: #a31515; background: #ffe3e3; text-decoration: line-through; }
ins { color: #116329; background: #dcf5e1; text-decoration: underline; }
.chg { font-weight: 700; border-bottom: 2px dotted currentColor; }
sup.tag { font-size: .68em; font-weight: 600; margin-left: .1em; }
sup.t-contradict { color: var(--contradict); } sup.t-alter { color: var(--alter); } sup.t-repeat { color: var(--repeat); }
details summary { cursor: pointer; list-style-position: inside; }
details ul { margin: .35rem 0 0; padding-left: 1.1rem; font-size: .88em; } details div.muted { font-size: .85em; }
.cs-a { color: #a31515; } .cs-b { color: #116329; }
footer { margin-top: 1.5rem; font-size: .85em; }
"""

_JS = """
(function () {
  var body = document.querySelector('table.pairs tbody');
  function applyFilters() {
    var on = {};
    document.querySelectorAll('input.filter').forEach(function (cb) { on[cb.value] = cb.checked; });
    body.querySelectorAll('tr.row').forEach(function (tr) {
      var rel = tr.getAttribute('data-relation');
      tr.hidden = (rel in on) ? !on[rel] : false;
    });
  }
  function applyOrder(by) {
    var rows = Array.prototype.slice.call(body.querySelectorAll('tr.row'));
    var key = by === 'source' ? 'data-source-pos' : 'data-rewrite-pos';
    rows.sort(function (x, y) { return +x.getAttribute(key) - +y.getAttribute(key); });
    rows.forEach(function (r) { body.appendChild(r); });
    document.getElementById('order-name').textContent = by;
  }
  document.querySelectorAll('input.filter').forEach(function (cb) { cb.addEventListener('change', applyFilters); });
  document.querySelectorAll('input[name=order]').forEach(function (r) {
    r.addEventListener('change', function () { if (r.checked) { applyOrder(r.value); } });
  });
  document.getElementById('expand-all').addEventListener('click', function () {
    var open = this.getAttribute('data-open') !== '1';
    body.querySelectorAll('details').forEach(function (d) { d.open = open; });
    this.setAttribute('data-open', open ? '1' : '0');
    this.textContent = open ? 'hide all changes' : 'show all changes';
  });
  applyFilters();
})();
"""


def standalone_page(title: str, css: str, js: str, body: str) -> str:
    """One self-contained HTML document: our CSS and script inline, nothing fetched. `body` is
    markup built with `esc` around every piece of article text; `title` is escaped here."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimdiff">
<title>{esc(title)}</title>
<style>{css}</style>
</head>
<body>
{body}
<script>{js}</script>
</body>
</html>
"""


def esc(text) -> str:
    """Text made inert in HTML (None becomes empty)."""
    return escape("" if text is None else str(text), quote=True)


def _rel(x) -> str:
    return getattr(x, "value", str(x))


def badge_html(name: str) -> str:
    """A relation name on its colour (classes b-repeat, b-alter, ...)."""
    return f'<span class="badge b-{esc(name)}">{esc(name)}</span>'


def _pieces_html(pieces: list[Piece], side: str) -> str:
    """Cell pieces as HTML: <del>/<ins> for word runs, .chg spans and a kind tag for typed changes."""
    out, first = [], True
    for p in pieces:
        if p.kind == "label":
            out.append(("" if first else "<br>") + f'<span class="lab">{esc(p.text)}</span>')
        elif p.kind == "tag":
            out.append(f'<sup class="tag t-{esc(kind_family(p.text))}">{esc(p.text)}</sup>')
        else:
            text = esc(p.text)
            title = f' title="{esc(", ".join(p.changes))}"' if p.changes else ""
            cls = ' class="chg"' if p.changes else ""
            if p.diff:
                tag = "del" if side == "A" else "ins"
                out.append(f"<{tag}{cls}{title}>{text}</{tag}>")
            elif p.changes:
                out.append(f"<span{cls}{title}>{text}</span>")
            else:
                out.append(text)
        first = False
    return "".join(out)


def _change_item(ch) -> str:
    kind = _rel(ch.kind)
    a = f'<span class="cs-a">&quot;{esc(ch.a_text)}&quot;</span>' if ch.a_text else '<span class="muted">(none)</span>'
    b = f'<span class="cs-b">&quot;{esc(ch.b_text)}&quot;</span>' if ch.b_text else (
        '<span class="muted">(dropped)</span>')
    body = f"<b>{esc(kind)}</b>" if not ch.a_text and not ch.b_text else f"<b>{esc(kind)}</b>: {a} &rarr; {b}"
    note = f' <span class="muted">({esc(ch.note)})</span>' if ch.note else ""
    return f"<li>{body}{note}</li>"


def _rel_cell(link: Link) -> str:
    rel = _rel(link.relation)
    shape = "" if link.shape == "one-to-one" else f" · {link.shape}"
    items = "".join(_change_item(ch) for ch in link.changes)
    return (f'<details><summary>{badge_html(rel)} <span class="conf">{link.confidence:.2f}</span></summary>'
            f'<ul>{items}</ul><div class="muted">similarity {link.similarity:.2f}{esc(shape)} · '
            f'{esc(link_label(link))}</div></details>')


def _row_html(c: Comparison, row: Row, row_id: str, rewrite_pos: int, source_pos: int) -> str:
    rel = row.relation
    if row.link is not None:
        a, b = link_pieces(row.link, c)
        left, right = _pieces_html(a, "A"), _pieces_html(b, "B")
        tip = f"{rel} {row.link.confidence:.2f} — " + "; ".join(describe_change(ch) for ch in row.link.changes)
        cells = f'<td class="a">{left}</td><td class="b">{right}</td><td class="rel">{_rel_cell(row.link)}</td>'
    elif row.kind == "omitted":
        text = sentence_text(c, "A", row.index)
        tip = f"omitted: A{row.index} is only in the source"
        cells = (f'<td class="a"><span class="lab">A{row.index}</span>{esc(text)}</td><td class="b empty"></td>'
                 f'<td class="rel">{badge_html("omitted")}</td>')
    else:
        text = sentence_text(c, "B", row.index)
        tip = f"added: B{row.index} is only in the rewrite"
        cells = (f'<td class="a empty"></td><td class="b"><span class="lab">B{row.index}</span>{esc(text)}</td>'
                 f'<td class="rel">{badge_html("added")}</td>')
    return (f'<tr class="row rel-{esc(rel)}" data-relation="{esc(rel)}" id="{row_id}" '
            f'data-rewrite-pos="{rewrite_pos}" data-source-pos="{source_pos}" title="{esc(tip)}">{cells}</tr>')


def _row_key(row: Row) -> tuple:
    if row.link is not None:
        return ("link", row.link.source, row.link.rewrite)
    return (row.kind, row.index)


def _article_row(label: str, article) -> str:
    url = article.url or ""
    # only web links become links: a javascript: URL stays inert text
    link = (f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>'
            if url.lower().startswith(("http://", "https://")) else esc(url))
    return (f'<tr><th>{esc(label)}</th><td class="title">{esc(article.title or article.id)}</td>'
            f'<td>{esc(article.outlet or "")}</td><td class="date">{esc(article.published or "")}</td>'
            f'<td class="muted">{len(article.sentences)} sentences</td><td>{link}</td></tr>')


def comparison_html(c: Comparison) -> str:
    """A standalone HTML report of a comparison (one file: inline CSS and JS, nothing fetched).

    Header with both articles and the summary; checkboxes that show and hide rows per relation
    (repeat, alter, contradict, omitted, added) and a switch between rewrite and source order;
    the contradictions listed with links to their rows; then the side-by-side table with deleted
    words struck, inserted words underlined, changed spans tagged with their kind, and each
    row's changes on hover (title) and on click (<details>). All article text is escaped.
    """
    by_rewrite, by_source = layout_rows(c, "rewrite"), layout_rows(c, "source")
    source_pos = {_row_key(r): n for n, r in enumerate(by_source)}
    rows = "\n".join(_row_html(c, row, f"row-{n}", n, source_pos[_row_key(row)]) for n, row in enumerate(by_rewrite))
    row_id = {_row_key(r): f"row-{n}" for n, r in enumerate(by_rewrite)}

    counts = "".join(f'<span class="count">{badge_html(k)} {int(c.summary.counts.get(k, 0))}</span>' for k in COUNT_KEYS)
    filters = "".join(
        f'<label><input type="checkbox" class="filter" value="{k}" checked> {badge_html(k)} '
        f'<span class="muted">{sum(1 for r in by_rewrite if r.relation == k)}</span></label>' for k in COUNT_KEYS)
    contra = [link for link in sorted(c.links, key=link_order_key) if _rel(link.relation) == "contradict"]
    if contra:
        items = "".join(
            f'<li><a href="#{row_id[_row_key(Row("link", link))]}">{esc(link_label(link))}</a> '
            f'<span class="conf">{link.confidence:.2f}</span><ul>'
            + "".join(_change_item(ch) for ch in link.changes) + "</ul></li>" for link in contra)
        contra_html = f'<ul class="contradictions">{items}</ul>'
    else:
        contra_html = '<p class="muted">None among the links shown.</p>'
    title = f"claimdiff: {c.rewrite.title or c.rewrite.id} vs {c.source.title or c.source.id}"
    model = f'<p class="muted">model: {esc(c.model)}</p>' if c.model else ""
    table_body = rows or '<tr><td colspan="3" class="muted">No links to show.</td></tr>'
    return standalone_page(title, _CSS, _JS, f"""<header>
<h1>How the rewrite reports its source</h1>
<table class="articles">
{_article_row("A · source", c.source)}
{_article_row("B · rewrite", c.rewrite)}
</table>
<div class="summary">{counts}</div>
<p>{esc(reuse_line(c))}</p>
{model}
</header>
<form class="controls" onsubmit="return false">
<div class="group"><strong>Show</strong> {filters}</div>
<div class="group"><strong>Order</strong>
<label><input type="radio" name="order" value="rewrite" checked> rewrite</label>
<label><input type="radio" name="order" value="source"> source</label></div>
<button type="button" id="expand-all">show all changes</button>
</form>
<section>
<h2>Contradictions ({len(contra)})</h2>
{contra_html}
</section>
<section>
<h2>Side by side, in <span id="order-name">rewrite</span> order</h2>
<p class="muted"><del>deleted words</del> in A, <ins>inserted words</ins> in B, <span class="chg">changed span</span><sup class="tag">kind</sup> marks a typed change; click a badge for the changes.</p>
<table class="pairs">
<colgroup><col class="a"><col class="b"><col class="rel"></colgroup>
<thead><tr><th>A · {esc(c.source.outlet or "source")}</th><th>B · {esc(c.rewrite.outlet or "rewrite")}</th><th>relation</th></tr></thead>
<tbody>
{table_body}
</tbody>
</table>
</section>
<footer class="muted">Made by claimdiff. Relations: repeat, alter, contradict; omitted = only in the source, added = only in the rewrite.</footer>""")
