"""Scraped text and HTML pages to article body text: page furniture out, body sentences kept.

Every rule drops whole lines only, and only lines that look like page furniture (a repeated
headline, "ADVERTISEMENT", an image caption, share buttons, a teaser block for other stories),
so a normal body sentence, which ends in sentence punctuation and reads like prose, survives.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from html.parser import HTMLParser

from index.errors import InputError
from index.records import RawDocument

# Spaces a page may use for layout; all become a plain space.
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters scrapers leave behind (zero-width space, BOM, word joiner, soft hyphen,
# control characters).
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|\u2026)[\"'\u201d\u2019)\]]*$")
_LONGEST_FURNITURE = 300  # characters; no furniture rule touches a longer line
_HEADER_LINES = 8  # a page header (headline copies, labels, standfirst) is no longer than this

_FURNITURE = [re.compile(p, re.IGNORECASE) for p in (
    # ad slots, with decorations such as "- Advertisement -"
    r"[\W_]*(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:post|content)|"
    r"promoted(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|"
    r"scroll (?:down )?to continue(?: reading| with content)?)[\W_]*",
    # image captions and credits
    r"(?:image|photo|photograph|picture|caption|credit|image credit|photo credit|image source)"
    r"\s*(?:\([^)]*\))?\s*:.*",
    # teasers for other articles
    r"(?:read more|read also|also read|see also|related|related (?:articles?|stories|coverage|content)|"
    r"more on this(?: story)?|recommended|must read|don'?t miss|watch|listen)\s*:.*",
    r"(?:read more|continue reading|load more|show more|view comments|comments|leave a comment|"
    r"skip to (?:main )?content|back to top|accept(?: all)?(?: cookies)?|reject all|manage settings|"
    r"cookie settings|subscribe(?: now)?|sign up|newsletter)[\W_]*",
    r"(?:sign up|subscribe|get|receive|join|enter your email)\b.{0,200}\b(?:newsletters?|inbox|e-?mail|"
    r"updates|alerts)\b.*",
    r"click here\b.*",
    r"(?:\u00a9|\(c\)|copyright\s*(?:\u00a9|\(c\)|\d{4})).*",
    r".{0,200}\ball rights reserved\.?",
    r"follow (?:us|@\w+|[\w .'-]{1,40}) on (?:twitter|x|facebook|instagram|tiktok|linkedin|threads|"
    r"bluesky|youtube|social media)\b.*",
    r"<?(?:https?://|www\.)\S+>?",
    # cookie notices (anchored at the start: a body sentence may well mention cookies)
    r"(?:we use cookies|we and our partners use cookies|this (?:web)?site uses cookies|cookies help us|"
    r"by (?:continuing|using) (?:to )?(?:browse|use|this (?:web)?site)|accept (?:all )?cookies|"
    r"(?:our )?cookie (?:policy|settings|preferences|notice)\b).*",
)]
_SOCIAL = frozenset("share this article story post page on via facebook twitter x email e-mail print "
                    "whatsapp linkedin reddit pinterest telegram messenger flipboard copy link tweet "
                    "save comment comments".split())
_SOCIAL_NEEDED = frozenset("share facebook twitter email e-mail print whatsapp linkedin reddit pinterest "
                           "telegram tweet".split())
# Headers of a block of links to other stories at the end of a page.
_TEASER_HEADER = re.compile(
    r"(?:view all|see all|show all|more stories|more news|most (?:read|popular|viewed|shared)|"
    r"trending(?: now| stories)?|recommended(?: for you| stories)?|you (?:may|might) also like|"
    r"more from [\w .'&-]{1,40}|related (?:stories|articles|coverage)|(?:top|latest) (?:stories|news)|"
    r"editor'?s picks|popular(?: now)?|opinion|in other news)[\W_]*", re.IGNORECASE)


def clean_text(text: str, title: str | None = None) -> str:
    """Normalise scraped plain text and remove page furniture lines.

    Args:
        text: the text as scraped or extracted.
        title: the article's title, if known; copies of it at the top are removed.

    Returns:
        NFC text with plain spaces, "\\n" line ends, single spaces, at most one blank line between
        paragraphs, and without boilerplate lines. Body sentences are never removed.
    """
    lines = _normalise(text).split("\n")
    lines = _drop_headline_copies(lines, title)
    lines = [line for line in lines if not _is_furniture(line)]
    lines = _drop_teaser_tail(lines)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _normalise(text: str) -> str:
    """NFC, plain spaces and newlines, single spaces, no spaces at line ends."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text)))
    return "\n".join(line.strip() for line in text.split("\n"))


def _is_furniture(line: str) -> bool:
    """A whole line that is page furniture rather than article text."""
    if not line or len(line) > _LONGEST_FURNITURE:
        return False
    if any(rule.fullmatch(line) for rule in _FURNITURE):
        return True
    words = re.findall(r"[\w-]+", line.lower())
    return bool(words) and len(words) <= 8 and set(words) <= _SOCIAL and bool(set(words) & _SOCIAL_NEEDED)


def _comparable(line: str) -> str:
    """Case, quotes and punctuation removed, for comparing headline variants."""
    return " ".join(re.sub(r"[^\w\s]", " ", line.casefold()).split())


def _same_headline(a: str, b: str) -> bool:
    """Two headline lines that differ only in small edits (or one extends the other)."""
    a, b = _comparable(a), _comparable(b)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 20 and (a.startswith(b) or b.startswith(a))):
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _drop_headline_copies(lines: list[str], title: str | None) -> list[str]:
    """Remove the headline repeated at the top of a scraped page.

    The top run of short lines without final punctuation (plus any line equal to the title) is
    the page header. If the title, or one line repeated in that run, shows it holds the
    headline, everything up to its last copy goes: a variant headline or section label before
    the copies goes with them, a standfirst after them stays.
    """
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        is_title = bool(title) and _same_headline(line, title)
        if len(line) > 250 or (_SENTENCE_END.search(line) and not is_title) or len(run) == _HEADER_LINES:
            break
        run.append(i)
    last_copy = -1
    for i in run:
        if (title and _same_headline(lines[i], title)) or any(
                _same_headline(lines[i], lines[j]) for j in run if j != i):
            last_copy = i
    return lines[last_copy + 1:] if last_copy >= 0 else lines


def _is_teaser(line: str) -> bool:
    """A teaser headline (no final punctuation) or a truncated snippet ending in an ellipsis."""
    return len(line) <= _LONGEST_FURNITURE and (
        bool(_ELLIPSIS_END.search(line)) or not _SENTENCE_END.search(line))


def _drop_teaser_tail(lines: list[str]) -> list[str]:
    """Remove a trailing block of links to other stories ("Opinion / View All", headlines, snippets).

    The block must start with a header line such as "View All" or "Trending" and hold nothing
    but teaser lines after it; without a header, a trailing run of teasers goes only if it holds
    at least two truncated snippets. A short label line just before the header goes with it.
    """
    content = [i for i, line in enumerate(lines) if line]
    cut = None
    for pos, i in enumerate(content):
        if _TEASER_HEADER.fullmatch(lines[i]) and all(_is_teaser(lines[j]) for j in content[pos + 1:]):
            cut = pos
            break
    if cut is None:
        pos = len(content)
        while pos > 0 and _is_teaser(lines[content[pos - 1]]):
            pos -= 1
        tail = [lines[j] for j in content[pos:]]
        if sum(bool(_ELLIPSIS_END.search(t)) for t in tail) < 2:
            return lines
        cut = pos
    elif cut > 0:
        label = lines[content[cut - 1]]
        if len(label.split()) <= 4 and not _SENTENCE_END.search(label):
            cut -= 1
    return lines[:content[cut]] if cut < len(content) else lines


# --- HTML -----------------------------------------------------------------------------------

# Elements whose text is never article body in the stdlib fallback.
_CHROME_TAGS = frozenset("script style noscript template svg nav header footer aside figure form "
                         "button select iframe h1 h2 h3 h4 h5 h6 title".split())
_BLOCK_TAGS = frozenset("p div li ul ol section article main blockquote br tr td th dd dt pre "
                        "table hr".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _PageParser(HTMLParser):
    """Collects <meta> values, the canonical link, <title>, and the text of <article> or <body>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title = ""
        self.article: list[str] = []
        self.body: list[str] = []
        self._open: list[str] = []  # stack of open elements that matter here
        self._chrome = 0
        self._in_article = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href", "").strip() or None
        elif tag == "title":
            self._in_title = True
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self._text("\n\n")
            return
        self._open.append(tag)
        if tag in _CHROME_TAGS:
            self._chrome += 1
        if tag == "article":
            self._in_article += 1
        if tag in _BLOCK_TAGS:
            self._text("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag not in self._open:
            return  # a stray end tag: browsers ignore it, so do we
        while self._open:  # close any unclosed elements inside this one
            top = self._open.pop()
            if top in _CHROME_TAGS:
                self._chrome -= 1
            if top == "article":
                self._in_article -= 1
            if top == tag:
                break
        if tag in _BLOCK_TAGS:
            self._text("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self._chrome:
            self._text(data)

    def _text(self, data: str) -> None:
        self.body.append(data)
        if self._in_article:
            self.article.append(data)


def extract_html(html: str, source_path: str) -> RawDocument:
    """The article in an HTML page: main text (trafilatura) and metadata, cleaned.

    Args:
        html: the page's markup, already decoded.
        source_path: names the input in errors.

    Returns:
        A RawDocument whose text is the main text, paragraphs separated by blank lines, passed
        through clean_text; headings, comments, tables, captions and page chrome are left out.
        Metadata: og:title/title, og:site_name/sitename (outlet), article:published_time/date
        (published, ISO 8601), canonical/og:url (url), <meta name="claimdiff:id"> (id).

    Raises:
        InputError: no article text could be found.
    """
    from index.read import normalise_date  # index.read imports this module

    page = _PageParser()
    try:
        page.feed(html)
        page.close()
    except (AssertionError, ValueError):  # the stdlib parser gives up on some broken markup
        pass
    meta = page.meta
    found = _trafilatura(html)
    article = _paragraphs(page.article)
    paragraphs = found["paragraphs"]
    # On a short page trafilatura falls back to the whole <body>, menus included: text that the
    # page's own <article> does not hold. The <article> is then the better answer.
    if not paragraphs or (article and _length(paragraphs) > 1.05 * _length(article) + 2):
        paragraphs = article or _paragraphs(page.body)
    title = meta.get("og:title") or found.get("title") or " ".join(page.title.split()) or None
    text = clean_text("\n\n".join(paragraphs), title=title)
    if not re.search(r"\w", text):
        raise InputError(source_path, "no article text found in the HTML; check that the file is the "
                                      "full page, or save the article text as a .txt file")
    published = normalise_date(meta.get("article:published_time") or meta.get("datepublished")
                               or found.get("date") or "")
    return RawDocument(
        text=text, source_path=source_path, id=meta.get("claimdiff:id") or None,
        outlet=meta.get("og:site_name") or found.get("sitename") or None,
        url=page.canonical or meta.get("og:url") or found.get("url") or None,
        title=title, published=published, is_html=True)


def _length(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _paragraphs(chunks: list[str]) -> list[str]:
    """Paragraphs from the fallback parser's text chunks (blocks were marked by blank lines)."""
    return [" ".join(p.split()) for p in "".join(chunks).split("\n\n") if p.strip()]


def _trafilatura(html: str) -> dict:
    """Main-text paragraphs and metadata from trafilatura; no paragraphs when it finds none."""
    import xml.etree.ElementTree as ET

    import trafilatura

    try:
        xml = trafilatura.extract(html, output_format="xml", with_metadata=True, include_comments=False,
                                  include_tables=False, include_images=False, include_links=False,
                                  include_formatting=False)
        doc = ET.fromstring(xml) if xml else None
    except Exception:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup;
        doc = None     # the stdlib fallback still gets its chance
    if doc is None:
        return {"paragraphs": []}
    main = doc.find("main")
    found = {k: doc.get(k) for k in ("title", "sitename", "date", "url")}
    found["paragraphs"] = [p for p in (_xml_paragraphs(main) if main is not None else []) if p]
    return found


def _xml_paragraphs(element) -> list[str]:
    """Text of each paragraph-like element in trafilatura's XML; headings are not body text."""
    out: list[str] = []
    for child in element:
        if child.tag in ("head", "table", "graphic", "comments"):
            continue
        if child.tag in ("list", "div", "main") or (child.tag == "quote" and child.find("p") is not None):
            out.extend(_xml_paragraphs(child))
        else:
            out.append(_xml_text(child).strip())
    return out


def _xml_text(element) -> str:
    """An element's text with <lb/> as a line break."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _xml_text(child))
        parts.append(child.tail or "")
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n"))
