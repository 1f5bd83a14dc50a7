"""Readers for every input format and every bad input, dates, and RawDocument -> Article."""
from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from index.article import article_from_sentences, fallback_outlet, to_article
from index.errors import InputError
from index.read import normalise_date, read_inputs
from index.records import RawDocument

REPO = Path(__file__).resolve().parents[1]
BODY = ("The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029. "
        "The decision affects about 41,000 households.\n\n"
        '"We have run out of room," said Commissioner Ruth O\'Daly.')
LIMIT = 1_000_000


def read(paths, max_bytes=LIMIT, stdin=None):
    return list(read_inputs([str(p) for p in paths], max_bytes, stdin=stdin))


def one(path, **kw):
    items = read([path], **kw)
    assert len(items) == 1, items
    return items[0]


def error(path, **kw) -> str:
    item = one(path, **kw)
    assert isinstance(item, InputError), item
    assert "\n" not in str(item)
    return str(item)


# --- formats --------------------------------------------------------------------------------

def test_txt_with_front_matter(tmp_path):
    f = tmp_path / "landfill.txt"
    f.write_text("---\nid: marlow-1\noutlet: Marlow Ledger\ntitle: \"Landfill to close\"\n"
                 "date: 2026-02-05T18:20:00Z\nurl: https://marlowledger.example/landfill\n---\n" + BODY, "utf-8")
    doc = one(f)
    assert doc == RawDocument(text=BODY, source_path=str(f), id="marlow-1", outlet="Marlow Ledger",
                              url="https://marlowledger.example/landfill", title="Landfill to close",
                              published="2026-02-05T18:20:00Z")


def test_txt_without_front_matter(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text(BODY, "utf-8")
    assert one(f) == RawDocument(text=BODY, source_path=str(f))


def test_text_that_opens_with_a_rule_is_not_front_matter(tmp_path):
    f = tmp_path / "rule.txt"
    f.write_text("---\nThe board met. It voted.\n---\nMore text.", "utf-8")
    assert one(f).text.startswith("---\nThe board met.")


def test_markdown_syntax_is_stripped(tmp_path):
    f = tmp_path / "story.md"
    f.write_text("---\npublished: March 4, 2026\n---\n# Landfill to close\n\n"
                 "The **board** voted *on Thursday* to [close the landfill](https://x.example).\n\n"
                 "![trucks](trucks.jpg)\n\n> \"We have run out of room,\" she said.\n\n- Costs rose 12.4%.\n",
                 "utf-8")
    doc = one(f)
    assert doc.published == "2026-03-04"
    assert [p.strip() for p in doc.text.split("\n\n") if p.strip()] == [
        "The board voted on Thursday to close the landfill.", '"We have run out of room," she said.',
        "Costs rose 12.4%."]


def test_html_file(tmp_path):
    f = tmp_path / "page.htm"
    paragraph = ("The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029, two years "
                 "earlier than planned, after a debate that ran late into the evening.")
    f.write_text(f'<html><head><meta property="og:site_name" content="Marlow Ledger">'
                 f'<link rel="canonical" href="https://marlowledger.example/landfill"></head>'
                 f"<body><article><h1>Landfill</h1><p>{paragraph}</p></article></body></html>", "utf-8")
    doc = one(f)
    assert (doc.text, doc.outlet, doc.url, doc.is_html) == (
        paragraph, "Marlow Ledger", "https://marlowledger.example/landfill", True)


def test_json_object_with_alternative_keys(tmp_path):
    f = tmp_path / "story.json"
    f.write_text(json.dumps({"id": 42, "source": {"id": "ml", "name": "Marlow Ledger"}, "headline": "Landfill",
                             "date": "Thu, 05 Feb 2026 18:20:00 +0000", "body": BODY}), "utf-8")
    assert one(f) == RawDocument(text=BODY, source_path=str(f), id="42", outlet="Marlow Ledger", title="Landfill",
                                 published="2026-02-05T18:20:00Z")


def test_json_record_with_html(tmp_path):
    f = tmp_path / "story.json"
    html = "<html><body><article><p>The landfill will close in 2029.</p></article></body></html>"
    f.write_text(json.dumps({"outlet": "Marlow Ledger", "html": html}), "utf-8")
    doc = one(f)
    assert (doc.text, doc.outlet, doc.is_html) == ("The landfill will close in 2029.", "Marlow Ledger", True)


def test_jsonl_bad_line_does_not_stop_the_rest(tmp_path):
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join([json.dumps({"id": "a", "text": "First story. It is short."}),
                            '{"id": "b", "text": "unterminated',
                            "",
                            json.dumps({"id": "c", "title": "no body"}),
                            json.dumps(["not", "an", "object"]),
                            json.dumps({"id": "e", "text": "Fifth story."})]) + "\n", "utf-8")
    items = read([f])
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "InputError", "InputError",
                                                 "RawDocument"]
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["a", "e"]
    assert items[0].source_path == f"{f}:1"
    assert items[1].source == f"{f}:2" and "not valid JSON" in items[1].problem and "column" in items[1].problem
    assert items[2].source == f"{f}:4" and '"text"' in items[2].problem
    assert items[3].source == f"{f}:5" and "not an article object" in items[3].problem


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/two.txt", "a/deep/one.md", "a/zz.json", "top.txt", ".hidden/x.txt", ".secret.txt"):
        text = json.dumps({"text": f"{rel} body."}) if rel.endswith(".json") else f"{rel} body."
        (tmp_path / rel).write_text(text, "utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # unsupported inside a folder: skipped silently
    (tmp_path / "README.md").write_text("How this folder is laid out.", "utf-8")
    (tmp_path / "gold.jsonl").write_text('{"id": "pair", "links": []}\n', "utf-8")
    items = read([tmp_path])
    assert all(isinstance(i, RawDocument) for i in items), items
    assert [Path(i.source_path).relative_to(tmp_path).as_posix() for i in items] == [
        "a/deep/one.md", "a/zz.json", "b/two.txt", "top.txt"]


def test_stdin_text_with_front_matter():
    doc = one("-", stdin=io.StringIO("---\noutlet: Marlow Ledger\n---\n" + BODY))
    assert (doc.text, doc.outlet, doc.source_path) == (BODY, "Marlow Ledger", "<stdin>")


def test_stdin_html_is_detected_by_content():
    html = "<!DOCTYPE html><html><body><article><p>The landfill will close in 2029.</p></article></body></html>"
    doc = one("-", stdin=io.StringIO(html))
    assert doc.is_html and doc.text == "The landfill will close in 2029."


def test_stdin_bytes_are_decoded():
    doc = one("-", stdin=io.BytesIO("The caf\u00e9 closed.".encode("cp1252")))
    assert doc.text == "The caf\u00e9 closed."


# --- encodings ------------------------------------------------------------------------------

def test_cp1252_is_detected(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes(b"caf\xe9 \x93quoted\x94")
    assert one(f).text == "caf\u00e9 \u201cquoted\u201d"


def test_latin1_is_detected(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("Die Stra\u00dfe in Z\u00fcrich wurde gesperrt, sagte die Polizei.".encode("latin-1"))
    assert one(f).text == "Die Stra\u00dfe in Z\u00fcrich wurde gesperrt, sagte die Polizei."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_bom_encodings(tmp_path, encoding):
    f = tmp_path / "bom.txt"
    f.write_bytes("The caf\u00e9 \u201creopened\u201d.".encode(encoding))
    assert one(f).text == "The caf\u00e9 \u201creopened\u201d."


# --- bad inputs -----------------------------------------------------------------------------

def test_missing_path(tmp_path):
    assert "no such file or folder" in error(tmp_path / "nope.txt")


def test_unsupported_extension_named_explicitly(tmp_path):
    f = tmp_path / "story.docx"
    f.write_bytes(b"PK\x03\x04")
    message = error(f)
    assert "'.docx'" in message and ".txt, .md, .html, .htm, .json, .jsonl" in message


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert "is empty" in error(f)
    f.write_text(" \n\n\t", "utf-8")
    assert "is empty" in error(f)


def test_empty_stdin():
    assert "is empty" in error("-", stdin=io.StringIO(""))


def test_binary_file(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert "binary" in error(f)


def test_control_characters_mean_binary(tmp_path):
    f = tmp_path / "dump.txt"
    f.write_bytes(bytes(range(1, 32)) * 10 + b"some text")
    assert "binary" in error(f)


def test_undetectable_encoding(tmp_path):
    f = tmp_path / "mystery.txt"
    f.write_bytes(bytes(range(128, 256)))
    message = error(f)
    assert "is not UTF-8 and its encoding could not be detected" in message and "iconv -t utf-8" in message


def test_file_over_the_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("The board met. " * 100, "utf-8")
    message = error(f, max_bytes=100)
    assert "1,500 bytes" in message and "100-byte limit" in message and "max_file_bytes" in message


def test_stdin_over_the_limit():
    assert "100-byte limit" in error("-", max_bytes=100, stdin=io.StringIO("x" * 500))


def test_malformed_json_names_line_and_column(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{\n  "text": "The board met."\n  "id": "x"\n}', "utf-8")
    message = error(f)
    assert "not valid JSON" in message and "line 3, column 3" in message


def test_json_without_text(tmp_path):
    f = tmp_path / "notext.json"
    f.write_text(json.dumps({"id": "x", "title": "Landfill"}), "utf-8")
    assert 'has no "text" field' in error(f)


def test_json_with_empty_text(tmp_path):
    f = tmp_path / "blank.json"
    f.write_text(json.dumps({"text": "  "}), "utf-8")
    assert "empty" in error(f)


def test_malformed_html_file(tmp_path):
    f = tmp_path / "broken.html"
    f.write_text("<html><body><p>The board met on Thursday. <b>It voted 4-1.<div></span>", "utf-8")
    item = one(f)
    assert isinstance(item, RawDocument) and "The board met on Thursday." in item.text


def test_html_without_article_text(tmp_path):
    f = tmp_path / "chrome.html"
    f.write_text("<html><body><nav>Home</nav><script>x()</script></body></html>", "utf-8")
    assert "no article text found in the HTML" in error(f)


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(BODY, "utf-8")
    items = read([tmp_path / "missing.txt", good, tmp_path / "x.pdf"])
    assert [type(i).__name__ for i in items] == ["InputError", "RawDocument", "InputError"]


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("2026-03-04", "2026-03-04"),
    ("2026-03-04T09:30:00Z", "2026-03-04T09:30:00Z"),
    ("2026-03-04T09:30:00+00:00", "2026-03-04T09:30:00Z"),
    ("2026-03-04T09:30:00-05:00", "2026-03-04T09:30:00-05:00"),
    ("2026-03-04 09:30", "2026-03-04T09:30:00"),
    ("2026/3/4", "2026-03-04"),
    ("March 4, 2026", "2026-03-04"),
    ("Mar. 4 2026", "2026-03-04"),
    ("Wednesday, March 4, 2026", "2026-03-04"),
    ("4 March 2026", "2026-03-04"),
    ("4th Sept 2026", "2026-09-04"),
    ("Wed, 04 Mar 2026 09:30:00 +0000", "2026-03-04T09:30:00Z"),
    ("Wed, 04 Mar 2026 09:30:00 +0100", "2026-03-04T09:30:00+01:00"),
])
def test_normalise_date(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text", ["", "   ", "yesterday", "2026-02-30", "February 30, 2026", "Smarch 4, 2026",
                                  "13/13/2026"])
def test_normalise_date_rejects(text):
    assert normalise_date(text) is None


# --- RawDocument -> Article -----------------------------------------------------------------

SCRAPED = """\
Landfill to shut two years early after long night

Landfill to close by 2029

Landfill to close by 2029

The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029. The decision
affects about 41,000 households.

ADVERTISEMENT

"We have run out of room," said Commissioner Ruth O'Daly.
"""


def test_to_article_cleans_and_segments():
    raw = RawDocument(text=SCRAPED, source_path="news/marlow/landfill.txt", title="Landfill to close by 2029",
                      url="https://www.marlowledger.example/landfill", published="2026-02-05")
    article = to_article(raw)
    assert [s.text for s in article.sentences] == [
        "The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029.",
        "The decision affects about 41,000 households.",
        '"We have run out of room," said Commissioner Ruth O\'Daly.']
    assert [s.paragraph for s in article.sentences] == [0, 0, 1]
    assert all(article.text[s.start:s.end] == s.text for s in article.sentences)
    assert article.content_hash == hashlib.sha256(" ".join(article.text.split()).encode()).hexdigest()
    assert article.id == article.content_hash[:12]
    assert (article.outlet, article.title, article.published) == (
        "marlowledger.example", "Landfill to close by 2029", "2026-02-05")


def test_to_article_overrides_win():
    raw = RawDocument(text=BODY, source_path="x.txt", id="keep", outlet="Old", title="Old", published="2020-01-01")
    article = to_article(raw, outlet="Marlow Ledger", date="5 February 2026", title="New")
    assert (article.id, article.outlet, article.title, article.published) == (
        "keep", "Marlow Ledger", "New", "2026-02-05")


def test_to_article_rejects_a_bad_date_override():
    with pytest.raises(InputError, match="not a date"):
        to_article(RawDocument(text=BODY, source_path="x.txt"), date="next Tuesday")


def test_to_article_with_nothing_left():
    with pytest.raises(InputError, match="no sentences found after removing boilerplate"):
        to_article(RawDocument(text="ADVERTISEMENT\n\nShare this article\n", source_path="ads.txt"))


def test_same_text_same_hash_whatever_the_layout():
    a = to_article(RawDocument(text="The board met.  It voted.\n\n\nThe end.", source_path="a.txt"))
    b = to_article(RawDocument(text="The board met. It voted.\n\nThe end.\n", source_path="b.txt"))
    assert a.content_hash == b.content_hash and a.id == b.id and a.text == b.text


def test_fallback_outlet():
    assert fallback_outlet("https://www.Harbor.example/x", "a/b.txt") == "harbor.example"
    assert fallback_outlet(None, "news/harbor_herald/story.txt") == "harbor_herald"
    assert fallback_outlet(None, "news/harbor_herald/many.jsonl:3") == "harbor_herald"
    assert fallback_outlet(None, "<stdin>") is None


def test_article_from_sentences_spans_are_exact():
    given = ["The board met.", '"It voted," she said.', "  The end.  "]
    article = article_from_sentences("gold:1", given, outlet="Marlow Ledger", title="T", published="2026-02-05")
    assert article.text == 'The board met. "It voted," she said. The end.'
    assert [s.text for s in article.sentences] == ["The board met.", '"It voted," she said.', "The end."]
    assert all(article.text[s.start:s.end] == s.text and s.paragraph == 0 for s in article.sentences)
    assert (article.id, article.outlet, article.published) == ("gold:1", "Marlow Ledger", "2026-02-05")


def test_article_from_sentences_rejects_empty_input():
    with pytest.raises(InputError):
        article_from_sentences("gold:2", [])
    with pytest.raises(InputError, match="sentence 1 is empty"):
        article_from_sentences("gold:3", ["One.", " "])


def test_corpora_match_their_gold_sentences():
    """Every article named in corpora/*/gold.jsonl segments exactly into its gold sentence list."""
    golds = sorted((REPO / "corpora").glob("*/gold.jsonl"))
    if not golds:
        pytest.skip("no corpora/*/gold.jsonl")
    expected = {}
    for gold in golds:
        for line in gold.read_text("utf-8").splitlines():
            row = json.loads(line)
            for side in (row["source"], row["rewrite"]):
                expected[side["article_id"]] = (side, REPO / "corpora" / side["file"])
    articles = {}
    for item in read_inputs(sorted({str(f) for _, f in expected.values()}), LIMIT):
        assert not isinstance(item, InputError), item
        article = to_article(item)
        articles[article.id] = article
    for article_id, (side, _) in expected.items():
        article = articles[article_id]
        assert [s.text for s in article.sentences] == [" ".join(s.split()) for s in side["sentences"]], article_id
        assert (article.outlet, article.title) == (side["outlet"], side["title"]), article_id
