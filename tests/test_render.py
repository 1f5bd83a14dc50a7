"""The three output forms of a comparison: JSON data, rich console rendering, HTML report."""
from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from rich.cells import cell_len
from rich.console import Console

from compare.html_report import comparison_html
from compare.records import Change, Comparison, Link, Summary
from compare.render import layout_rows, render_comparison, render_diff_words, word_diff
from compare.serialize import SCHEMA, comparison_to_dict, filter_comparison
from compare.vocab import ChangeKind as K
from compare.vocab import Relation as R
from index.errors import ConfigError
from index.records import Article, Sentence

SOURCE = [
    "The Harbor City council voted 5-2 on Tuesday to raise water rates by about 15 percent.",  # A0
    "Officials said the increase may take effect in July.",  # A1
    "The rise will fund repairs to the Eastside reservoir.",  # A2
    "The reservoir dates from 1931.",  # A3
    "Mayor Lena Ortiz said the vote was difficult, according to the Gazette.",  # A4
    "Residents can comment at a hearing on May 2.",  # A5
    "Council member Raj Patel voted against the plan, saying it would hurt renters on fixed incomes.",  # A6
    "A similar increase was approved in 2019.",  # A7 omitted
]
REWRITE = [
    "The Harbor City council voted on Tuesday to raise water rates by about 50 percent.",  # B0 contradict
    "Officials said the increase will take effect in July.",  # B1 alter (hedge)
    "The rise will fund repairs to the Eastside reservoir, which dates from 1931.",  # B2 merge A2+A3
    "Mayor Lena Ortiz said the vote was difficult.",  # B3 alter (attribution)
    "Water bills in neighbouring Port Alder are already the highest in the state.",  # B4 added
    "Council member Raj Patel voted against the plan.",  # B5 split of A6
    "He said it would hurt renters on fixed incomes.",  # B6
    "Residents can comment at a hearing on May 2.",  # B7 verbatim of A5
]


def article(id_, sentences, **meta) -> Article:
    out, at = [], 0
    for i, text in enumerate(sentences):
        out.append(Sentence(i, text, at, at + len(text), i // 3))
        at += len(text) + 1
    return Article(id_, " ".join(sentences), f"hash-{id_}", tuple(out), **meta)


def change(kind, a_whole, a_part, b_whole, b_part, note="") -> Change:
    def span(whole, part):
        if not part:
            return None
        at = whole.index(part)
        return (at, at + len(part))

    return Change(kind, span(a_whole, a_part), span(b_whole, b_part), a_part or "", b_part or "", note)


def link(src, rw, relation, conf, sim, changes_spec, a_sents=SOURCE, b_sents=REWRITE) -> Link:
    a_text = " ".join(a_sents[j] for j in src)
    b_text = " ".join(b_sents[i] for i in rw)
    changes = tuple(change(k, a_text, ap, b_text, bp) for k, ap, bp in changes_spec)
    return Link(tuple(src), tuple(rw), relation, conf, sim, changes, a_text, b_text)


def make_comparison(source=SOURCE, rewrite=REWRITE, **a_meta) -> Comparison:
    links = (  # deliberately not in output order
        link([5], [7], R.REPEAT, 0.95, 1.0, [(K.VERBATIM, None, None)], source, rewrite),
        link([1], [1], R.ALTER, 0.74, 0.91, [(K.HEDGE, "may", None)], source, rewrite),
        link([2, 3], [2], R.REPEAT, 0.81234567, 0.88, [(K.NEAR_VERBATIM, None, None)], source, rewrite),
        link([0], [0], R.CONTRADICT, 0.82, 0.93,
             [(K.NUMBER, "about 15 percent", "about 50 percent"), (K.DETAIL_DROPPED, "5-2", None)], source, rewrite),
        link([6], [5, 6], R.REPEAT, 0.77, 0.84, [(K.PARAPHRASE, None, None)], source, rewrite),
        link([4], [3], R.ALTER, 0.62, 0.9, [(K.ATTRIBUTION, ", according to the Gazette", None)], source, rewrite),
    )
    meta = dict(outlet="Harbor Gazette", title="Council approves water rate rise", published="2024-03-05",
                url="https://gazette.example/water")
    meta.update(a_meta)
    a = article("water-source", source, **meta)
    b = article("water-herald", rewrite, outlet="Bay Herald", title="Water bills to jump by half",
                published="2024-03-06", url="https://herald.example/w")
    summary = Summary({"repeat": 3, "alter": 2, "contradict": 1, "unrelated": 0, "omitted": 1, "added": 1},
                      3 / 8, 7 / 8, 1 / 8)
    return Comparison(a, b, links, (7,), (4,), summary, "all-MiniLM-L6-v2")


@pytest.fixture
def comp() -> Comparison:
    return make_comparison()


def render(c, width, by="rewrite") -> str:
    buf = StringIO()
    render_comparison(c, Console(file=buf, width=width, color_system=None), by=by)
    return buf.getvalue()


# ---------------------------------------------------------------- serialize

def test_dict_has_every_documented_key(comp):
    d = comparison_to_dict(comp)
    assert list(d) == ["schema", "model", "source", "rewrite", "summary", "links", "omitted", "added"]
    assert d["schema"] == SCHEMA and d["model"] == "all-MiniLM-L6-v2"
    assert set(d["source"]) == {"id", "outlet", "title", "published", "url", "sentences"}
    assert d["source"]["sentences"][3] == {"index": 3, "text": SOURCE[3], "start": comp.source.sentences[3].start,
                                           "end": comp.source.sentences[3].end, "paragraph": 1}
    assert d["summary"] == {"counts": {"repeat": 3, "alter": 2, "contradict": 1, "omitted": 1, "added": 1},
                            "reuse_verbatim": 0.375, "reuse_any": 0.875, "new_share": 0.125}
    assert d["omitted"] == [7] and d["added"] == [4]
    json.dumps(d)  # plain data only


def test_links_contradictions_first_then_alter_then_repeat_in_rewrite_order(comp):
    links = comparison_to_dict(comp)["links"]
    assert [(x["relation"], x["rewrite"]) for x in links] == [
        ("contradict", [0]), ("alter", [1]), ("alter", [3]), ("repeat", [2]), ("repeat", [5, 6]), ("repeat", [7])]
    first = links[0]
    assert set(first) == {"source", "rewrite", "shape", "relation", "confidence", "similarity", "changes"}
    assert first["changes"][0] == {"kind": "number", "family": "contradict",
                                   "a": {"start": SOURCE[0].index("about 15"), "end": SOURCE[0].index("about 15") + 16,
                                         "text": "about 15 percent"},
                                   "b": {"start": REWRITE[0].index("about 50"), "end": REWRITE[0].index("about 50") + 16,
                                         "text": "about 50 percent"},
                                   "note": ""}
    assert first["changes"][1]["b"] is None
    shapes = {tuple(x["rewrite"]): x["shape"] for x in links}
    assert shapes[(2,)] == "merge" and shapes[(5, 6)] == "split" and shapes[(0,)] == "one-to-one"
    assert [x for x in links if x["rewrite"] == [2]][0]["confidence"] == 0.8123
    verbatim = links[-1]["changes"][0]
    assert verbatim == {"kind": "verbatim", "family": "repeat", "a": None, "b": None, "note": ""}


def test_filter_only_and_min_confidence(comp):
    shown = filter_comparison(comp, {"contradict", "alter"}, 0.0)
    assert sorted(_rel(x) for x in shown.links) == ["alter", "alter", "contradict"]
    assert shown.omitted == () and shown.added == ()
    assert shown.summary == comp.summary
    shown = filter_comparison(comp, {"contradict", "alter"}, 0.7)
    assert sorted(_rel(x) for x in shown.links) == ["alter", "contradict"]
    shown = filter_comparison(comp, {"omitted", R.REPEAT}, 0.0)
    assert {_rel(x) for x in shown.links} == {"repeat"} and shown.omitted == (7,) and shown.added == ()
    assert filter_comparison(comp, None, 0.0) == comp
    assert len(filter_comparison(comp, None, 0.8).links) == 3
    assert filter_comparison(comp, None, 0.8).added == (4,)


def test_filter_rejects_bad_values(comp):
    with pytest.raises(ConfigError, match="allowed: repeat, alter, contradict"):
        filter_comparison(comp, {"contradicts"}, 0.0)
    with pytest.raises(ConfigError, match="between 0 and 1"):
        filter_comparison(comp, None, 1.5)


def _rel(link) -> str:
    return link.relation.value


# ---------------------------------------------------------------- layout and word diff

def test_rows_in_rewrite_order_place_omitted_after_its_predecessor(comp):
    rows = layout_rows(comp, "rewrite")
    described = [(r.kind, r.link.rewrite if r.link else r.index) for r in rows]
    assert described == [("link", (0,)), ("link", (1,)), ("link", (2,)), ("link", (3,)), ("added", 4),
                         ("link", (5, 6)), ("omitted", 7), ("link", (7,))]


def test_rows_in_source_order(comp):
    rows = layout_rows(comp, "source")
    described = [(r.kind, r.link.source if r.link else r.index) for r in rows]
    # the added B4 follows the row holding B3 (A4); A5 before A6 although the rewrite swapped them
    assert described == [("link", (0,)), ("link", (1,)), ("link", (2, 3)), ("link", (4,)), ("added", 4),
                         ("link", (5,)), ("link", (6,)), ("omitted", 7)]


def test_unknown_order_is_refused(comp):
    with pytest.raises(ConfigError, match="allowed: rewrite, source"):
        layout_rows(comp, "time")


def test_word_diff_marks_only_changed_words():
    a, b = SOURCE[0], REWRITE[0]
    deleted, inserted = word_diff(a, b)
    assert [a[s:e] for s, e in deleted] == ["5-2", "15"]
    assert [b[s:e] for s, e in inserted] == ["50"]
    ta, tb = render_diff_words(a, b)
    assert ta.plain == a and tb.plain == b
    assert any("strike" in str(sp.style) and ta.plain[sp.start:sp.end] == "15" for sp in ta.spans)
    assert any("underline" in str(sp.style) and tb.plain[sp.start:sp.end] == "50" for sp in tb.spans)
    ma, mb = render_diff_words("rates rose sharply.", "rates rose.", markers=True)
    assert ma.plain == "rates rose [-sharply-]." and mb.plain == "rates rose."


# ---------------------------------------------------------------- console rendering

def _flat(text: str) -> str:
    """Table text without borders, folded lines joined: for 'is this word shown' checks."""
    return " ".join(re.sub(r"[│┃┌┐└┘├┤┬┴┼─━]", " ", text).split())


@pytest.mark.parametrize("width", [100, 80])
def test_render_fits_width_and_loses_no_text(comp, width):
    out = render(comp, width)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    flat = _flat(out)
    for sentence in SOURCE + REWRITE:
        for word in re.findall(r"[A-Za-z0-9]+", sentence):
            assert word in flat, word
    for badge in ("repeat 3", "alter 2", "contradict 1", "omitted 1", "added 1"):
        assert badge in flat
    assert "reuses 38% of the source verbatim or near-verbatim, 88% in any form; 12% of the rewrite is new" in flat
    for kind in ("number", "detail_dropped", "hedge", "attribution", "near_verbatim", "paraphrase", "verbatim"):
        assert kind in flat
    assert "merge" in flat and "split" in flat


def test_render_sections_and_contradiction_details(comp):
    out = render(comp, 100)
    lines = out.splitlines()
    assert lines[0].startswith("A Council approves water rate rise (source) · Harbor Gazette · 2024-03-05")
    assert lines[1].startswith("B Water bills to jump by half (rewrite) · Bay Herald")
    assert out.index("Contradictions (1)") < out.index("Side by side, in rewrite order")
    contra = out[out.index("Contradictions (1)"):out.index("Side by side")]
    assert "B0 <- A0" in contra and "0.82" in contra
    assert 'number: "about 15 percent" -> "about 50 percent"' in contra
    assert 'detail_dropped: "5-2" -> (dropped)' in contra
    # no colours: word-diff markers and kind tags carry the highlighting
    assert "[-15-]" in out and "{+50+}" in out and "[number]" in out and "[-5-2-][detail_dropped]" in out
    assert "[hedge]" in out


def test_render_places_rows_in_order(comp):
    flat = _flat(render(comp, 100))
    table = flat[flat.index("Side by side"):]
    order = [table.index(s) for s in ("B0 ", "B1 ", "B2 ", "B3 ", "B4 ", "B5 ", "A7 ", "B7 ")]
    assert order == sorted(order)
    flat = _flat(render(comp, 100, by="source"))
    table = flat[flat.index("Side by side, in source order"):]
    order = [table.index(s) for s in ("A0 ", "A1 ", "A2 ", "A4 ", "B4 ", "A5 ", "A6 ", "A7 ")]
    assert order == sorted(order)


def test_merge_and_split_show_both_sentences_in_one_cell(comp):
    out = render(comp, 100)
    lines = out.splitlines()
    merge_row = next(i for i, line in enumerate(lines) if "A2 The rise" in line)
    assert "B2 The rise" in lines[merge_row]
    cell = "\n".join(lines[merge_row:merge_row + 4])
    assert "A3 [-The reservoir-] dates from 1931." in cell and "0.81 merge" in cell
    assert "B5+B6 &lt;- A6" in comparison_html(comp) and "B2 &lt;- A2+A3" in comparison_html(comp)
    split_row = next(i for i, line in enumerate(lines) if "B5 Council" in line)
    assert "A6 Council" in lines[split_row]
    assert any("B6 {+He said+} it would" in line for line in lines[split_row:split_row + 4])


@pytest.mark.parametrize("width", [60, 40])
def test_narrow_console_does_not_crash(comp, width):
    out = render(comp, width)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert "omitted" in out


def test_render_with_colours_uses_styles_not_markers(comp):
    buf = StringIO()
    render_comparison(comp, Console(file=buf, width=100, force_terminal=True, color_system="truecolor"))
    out = buf.getvalue()
    assert "\x1b[" in out and "[-15-]" not in out and "[number]" in out


def test_markup_in_articles_is_printed_literally():
    source = list(SOURCE)
    source[7] = "A [bold]similar[/bold] increase was approved in 2019."
    out = render(make_comparison(source), 100)
    assert "[bold]similar[/bold]" in _flat(out).replace(" ", "") or "[bold]similar[/bold]" in out


def test_empty_comparison_renders():
    c = make_comparison()
    empty = filter_comparison(c, {"unrelated"}, 0.0)
    out = render(empty, 80)
    assert "Contradictions (0)" in out and "no links to show" in out


# ---------------------------------------------------------------- HTML

XSS = "<script>alert(1)</script>"


def test_html_escapes_article_text_and_metadata():
    source = list(SOURCE)
    source[7] = f"A similar increase {XSS} was approved in 2019."
    source[4] = f"Mayor Lena Ortiz said the vote was difficult {XSS}, according to the Gazette."
    c = make_comparison(source, title=f"Rates {XSS}", outlet=f'"Gazette" {XSS}', url="javascript:alert(1)")
    page = comparison_html(c)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert 'href="javascript:' not in page


def test_html_has_filters_and_one_row_per_item(comp):
    page = comparison_html(comp)
    assert page.startswith("<!DOCTYPE html>")
    for name in ("repeat", "alter", "contradict", "omitted", "added"):
        assert f'<input type="checkbox" class="filter" value="{name}" checked>' in page
    rows = re.findall(r'<tr class="row[^"]*" data-relation="(\w+)"', page)
    assert len(rows) == len(comp.links) + len(comp.omitted) + len(comp.added)
    assert sorted(rows) == sorted(["repeat"] * 3 + ["alter"] * 2 + ["contradict", "omitted", "added"])
    assert "<del" in page and "<ins" in page and "<details" in page
    assert 'title="contradict 0.82' in page
    assert "number: &quot;about 15 percent&quot; -&gt; &quot;about 50 percent&quot;" in page
    assert not re.search(r"<link|<img|<iframe|\ssrc=|@import|url\(", page)  # nothing fetched


def test_json_doc_names_every_key_and_spans_index_the_joined_text(comp):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "compare-json.md").read_text(encoding="utf-8")
    d = comparison_to_dict(comp)

    def keys(obj):
        if isinstance(obj, dict):
            for k, v in obj.items():
                yield k
                yield from keys(v)
        elif isinstance(obj, list):
            for v in obj:
                yield from keys(v)

    for key in set(keys(d)):
        assert f"`{key}`" in doc or f".{key}`" in doc or f"`{key}." in doc, key
    text = {s["index"]: s["text"] for s in d["source"]["sentences"]}
    for link_ in d["links"]:
        a_text = " ".join(text[j] for j in link_["source"])
        for ch in link_["changes"]:
            if ch["a"]:
                assert a_text[ch["a"]["start"]:ch["a"]["end"]] == ch["a"]["text"]


@pytest.mark.parametrize("a,b,shown", [
    ("The council voted 6-3 on Tuesday night.", "Calloway's council voted 6-3 on Tuesday.",
     "[-The-] {+Calloway's+} council voted 6-3 on Tuesday [-night-]."),
    ("City officials said the money will help.", "The money could help.",
     "[-City officials said-] The money [-will-] {+could+} help."),
    ("It costs $55.43 a month.", "It costs $55 a month.", "It costs $[-55.43-] {+55+} a month."),
    ("Same words here.", "Same words here.", "Same words here."),
])
def test_inline_diff_reads_as_b_with_a_deletions_in_place(a, b, shown):
    from compare.render import inline_diff_runs, render_inline_diff

    assert render_inline_diff(a, b, markers=True).plain == shown
    # dropping the deleted runs gives back b's characters in order (gaps added for reading aside)
    assert "".join("".join(t for op, t in inline_diff_runs(a, b) if op != "-").split()) == "".join(b.split())
