"""Boilerplate removal and normalisation on invented scraped pages, HTML extraction, and the seed page."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from index.clean import clean_text, extract_html
from index.errors import InputError
from index.segment import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

BODY = """\
The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029, two years earlier than planned. The decision affects about 41,000 households and 1,200 businesses.

"We have run out of room and out of patience. The neighbours have waited long enough," said Commissioner Ruth O'Daly, who proposed the earlier date. Her motion passed after 3.5 hours of debate.

Dr. L. K. Varga, the county's environmental officer, said methane readings at the site rose 12.4% last year. The U.S. Environmental Protection Agency had flagged the readings in Jan. 2025.

A transfer station will cost $18.6 million, or about $450 per household, according to county estimates. Why now? The state's new rules leave no choice!

Hauling costs could rise... but the county expects grants to cover most of them. "It is not free," Varga said. "It is cheaper than the alternative."

Read the full report at the county's website, officials said. Share prices of the two haulers fell 2% on the news.
"""

PAGE = """\
Marlow County to shut landfill two years early after heated vote

Marlow County to close Eastgate landfill by 2029

Marlow County to close Eastgate landfill by 2029

The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029. The decision affects about 41,000 households.

Image: Title: eastgate landfill trucks
ADVERTISEMENT

"We have run out of room," said Commissioner Ruth O'Daly.

Share this article

The transfer station will cost $18.6 million, county estimates show.

Read more: Neighbouring towns weigh their own recycling plans

Opinion

View All

PETRA QUILL: Our rubbish problem is a planning problem, not a budget one

\u201cEvery council for twenty years has pushed the landfill question to the next council and now the bi...

HARBOUR NOTES: Why the ferry fare debate is really about parking

"Nobody on the island wants to pay more, but nobody wants the last sailing cut either, and so t...

Allotment holders win reprieve as council shelves sale of Mill Lane plots

"We were told in November it was a done deal, and here we are in March still digging," said o...
"""


def sentences(text: str, title: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(clean_text(text, title=title))]


def test_long_body_survives_intact():
    assert clean_text(BODY) == BODY.strip()
    assert clean_text(BODY, title="Marlow County to close Eastgate landfill by 2029") == BODY.strip()


def test_scraped_page_keeps_only_the_body():
    assert sentences(PAGE, title="Marlow County to close Eastgate landfill by 2029") == [
        "The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029.",
        "The decision affects about 41,000 households.",
        '"We have run out of room," said Commissioner Ruth O\'Daly.',
        "The transfer station will cost $18.6 million, county estimates show.",
    ]


def test_repeated_headline_goes_without_a_title():
    kept = sentences(PAGE)
    assert kept[0].startswith("The Marlow County board")


def test_single_headline_matching_the_title_goes():
    text = "Harbour dredging to start in June\n\nDredging will start in June, the port said."
    assert sentences(text, title="Harbour dredging to start in June") == [
        "Dredging will start in June, the port said."]


def test_single_unpunctuated_first_line_stays_without_a_title():
    # One line is not a repeated headline: conservative, keep it.
    text = "Harbour dredging to start in June\n\nDredging will start in June, the port said."
    assert clean_text(text) == text


def test_standfirst_after_the_headline_copies_stays():
    text = ("Ferry fares to rise\n\nFerry fares to rise\n\nCommuters face the second rise in a year\n\n"
            "Fares will rise 8% in April.")
    assert sentences(text) == ["Commuters face the second rise in a year", "Fares will rise 8% in April."]


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT", "Advertisement", "- Advertisement -", "Story continues below advertisement",
    "Image: Title: harbour cranes at dusk", "Photo: A crane at the harbour (Port Wren Times)",
    "Share this article", "Share on Facebook", "Facebook Twitter Email", "Read more: Port Wren's new ferry",
    "Related: Dredging contract delayed again", "Sign up for our newsletter",
    "Get the morning briefing in your inbox. Sign up", "Click here to subscribe",
    "\u00a9 2026 Port Wren Times", "Copyright 2026 Port Wren Times. All rights reserved.",
    "Follow us on Twitter", "https://portwrentimes.example/news/ferry", "www.portwrentimes.example",
    "We use cookies to improve your experience. Accept all", "This site uses cookies. By continuing you agree.",
    "Accept all", "Manage settings",
])
def test_furniture_lines_go(line):
    text = f"The port reopened on Monday.\n\n{line}\n\nShips queued overnight."
    assert sentences(text) == ["The port reopened on Monday.", "Ships queued overnight."]


@pytest.mark.parametrize("line", [
    "Copyright lawyers said the ruling would be appealed.",
    "The regulator said the website uses cookies to track readers without consent.",
    "Share prices fell 3% in early trading.",
    "Related claims were dismissed by the court in 2024.",
    "Advertisement revenue fell by a third, the company said.",
    "Opinion polls show the mayor trailing by 6 points.",
])
def test_body_sentences_that_look_like_furniture_stay(line):
    text = f"The port reopened on Monday.\n\n{line}\n\nShips queued overnight."
    assert clean_text(text) == text


def test_teaser_block_needs_a_header_or_several_snippets():
    # An article that ends in an unpunctuated line is not a teaser block.
    text = "The port reopened on Monday.\n\nShips queued overnight\n\nOfficials had no comment"
    assert clean_text(text) == text


def test_trailing_teasers_without_header_go():
    text = ("The port reopened on Monday.\n\nDock strike looms\n\n\"The union says the offer is too low and the "
            "members will...\n\nNew ferry named\n\n\u201cThe vote was close, but the name honours the ...")
    assert sentences(text) == ["The port reopened on Monday."]


def test_trending_header_block_goes():
    text = "The port reopened on Monday.\n\nTrending\n\nView All\n\nDock strike looms\n\n\"The union says...\""
    assert sentences(text) == ["The port reopened on Monday."]


def test_normalisation():
    raw = "Caf\u0065\u0301 owners\u00a0met\r\nat  noon.\r\n\r\n\r\n\r\nThey  agreed.\u200b  \n\n\n"
    assert clean_text(raw) == "Caf\u00e9 owners met\nat noon.\n\nThey agreed."


def test_clean_is_idempotent():
    once = clean_text(PAGE, title="Marlow County to close Eastgate landfill by 2029")
    assert clean_text(once, title="Marlow County to close Eastgate landfill by 2029") == once


def test_seed_page():
    path = SEEDS / "000_2502d95e1ed462e7.txt"
    if not path.is_file():
        pytest.skip(f"{SEEDS} is not present")
    raw = path.read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    headline = lines[1]
    after_view_all = lines[lines.index("View All") + 1:]
    got = [s.text for s in split_sentences(clean_text(raw))]
    assert got
    assert "ADVERTISEMENT" not in got
    assert not any(s.startswith("Image:") for s in got)
    assert not any(s in line for s in got for line in after_view_all)
    assert got.count(headline) == 0
    assert not any(s == lines[0] for s in got)


# --- HTML -----------------------------------------------------------------------------------

PARAGRAPHS = [
    "The Marlow County board voted 4-1 on Thursday to close the Eastgate landfill by 2029. The decision affects "
    "about 41,000 households and 1,200 businesses, according to the county's own figures.",
    '"We have run out of room and out of patience," said Commissioner Ruth O\'Daly, who proposed the earlier '
    "date after a debate that lasted three and a half hours.",
    "Dr. L. K. Varga, the county's environmental officer, said methane readings at the site rose 12.4% last "
    "year, prompting a review by the U.S. Environmental Protection Agency.",
    "A transfer station will cost $18.6 million, or about $450 per household, according to county estimates "
    "published with the meeting papers on Wednesday.",
]

HTML = """<!DOCTYPE html><html><head><title>Landfill to close early | Marlow Ledger</title>
<meta property="og:site_name" content="Marlow Ledger">
<meta property="og:title" content="Landfill to close two years early">
<meta property="article:published_time" content="2026-02-05T18:20:00Z">
<meta name="claimdiff:id" content="marlow-landfill">
<link rel="canonical" href="https://marlowledger.example/news/landfill">
<script>var ads = [];</script></head>
<body><div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>Landfill to close two years early</h1>
<div class="byline">By Ana Ferreira</div>
<p>{0}</p>
<figure><img src="x.jpg"><figcaption>Image: Trucks queue at the Eastgate gate.</figcaption></figure>
<p>{1}</p>
<aside class="related"><p>Related: <a href="/x">Recycling rates fall again</a></p></aside>
<h2>What happens next</h2>
<p>{2}</p>
<p>{3}</p>
</article></main>
<footer><p>&copy; 2026 Marlow Ledger</p></footer></body></html>
""".format(*PARAGRAPHS)


def test_extract_html_main_text_and_metadata():
    doc = extract_html(HTML, "landfill.html")
    assert doc.text == "\n\n".join(PARAGRAPHS)
    assert (doc.id, doc.outlet, doc.title, doc.published, doc.url) == (
        "marlow-landfill", "Marlow Ledger", "Landfill to close two years early", "2026-02-05T18:20:00Z",
        "https://marlowledger.example/news/landfill")
    assert doc.source_path == "landfill.html" and doc.is_html


def test_extract_html_falls_back_to_the_article_element():
    # Too short for trafilatura's main-text detection: the stdlib parser takes the <article>.
    html = ("<html><body><nav>Home | News</nav><article><h1>Dock news</h1><p>The dock reopened.</p>"
            "<p>Ships queued overnight.</p></article><footer>About us</footer></body></html>")
    assert extract_html(html, "dock.html").text == "The dock reopened.\n\nShips queued overnight."


def test_extract_html_falls_back_to_the_body():
    html = "<html><body><div>The dock reopened on Monday.</div><script>x()</script></body></html>"
    assert extract_html(html, "dock.html").text == "The dock reopened on Monday."


@pytest.mark.parametrize("html", [
    "<html><body><p>The dock reopened on Monday. <b>Ships queued overnight.",  # unclosed tags
    "<p>The dock reopened on Monday.</div></span></p></p><p>Ships queued overnight.",  # stray end tags
    "<<<>>><p>The dock reopened on Monday.<!-- unterminated comment",
])
def test_malformed_html_still_gives_text(html):
    text = extract_html(html, "broken.html").text
    assert "The dock reopened on Monday." in text


def test_garbage_html_gives_text_or_an_input_error():
    try:
        text = extract_html("\x00\x01garbage<><>\x1b[0m", "garbage.html").text
    except InputError as exc:
        assert "no article text found in the HTML" in str(exc)
    else:
        assert "garbage" in text and "\x00" not in text


@pytest.mark.parametrize("html", ["<html><body></body></html>", "<<<>>>", "<script>only()</script>", "",
                                  "<html><body><nav>Home</nav></body></html>"])
def test_html_without_text_is_an_input_error(html):
    with pytest.raises(InputError, match="no article text found in the HTML"):
        extract_html(html, "empty.html")


_MARKUP = st.lists(st.sampled_from(["<", ">", "</", "<p>", "</p>", "<article>", "<div", "<!--", "-->", "<script>",
                                    "<![CDATA[", "&amp", "&#", "\"", "=", " ", "\n", "The dock reopened.", "x"]),
                   max_size=40).map("".join)


@settings(max_examples=60, deadline=None)
@given(_MARKUP)
def test_random_markup_never_crashes(html):
    try:
        doc = extract_html(html, "random.html")
    except InputError as exc:
        assert exc.source == "random.html"
    else:
        assert doc.text.strip()
