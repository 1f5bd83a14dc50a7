"""RawDocument to Article: overrides, outlet fallback, cleaning, segmentation, id and hash."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from index.clean import clean_text
from index.errors import InputError
from index.read import STDIN, normalise_date
from index.records import Article, RawDocument, Sentence
from index.segment import split_sentences


def to_article(raw: RawDocument, outlet: str | None = None, date: str | None = None,
               title: str | None = None) -> Article:
    """Clean and segment one document.

    Args:
        raw: what a reader found.
        outlet, date, title: overrides from the command line; they win over the file's metadata.

    Returns:
        The Article. Its text is laid out canonically (paragraphs separated by a blank line,
        sentences by one space, runs of whitespace inside a sentence collapsed), so sentence
        texts hold no line breaks; content_hash is the SHA-256 of the text with whitespace
        collapsed; the id is the file's own or the first 12 hex digits of content_hash.

    Raises:
        InputError: the date override is not a date, or no sentence is left after cleaning.
    """
    published = raw.published
    if date:
        published = normalise_date(date)
        if published is None:
            raise InputError(raw.source_path, f"date {date!r} is not a date I can read; "
                                              "give it as 2026-03-04 or 2026-03-04T09:30:00Z")
    title = title or raw.title
    cleaned = clean_text(raw.text, title=title)
    paragraphs: list[list[str]] = []
    for s in split_sentences(cleaned):
        if s.paragraph >= len(paragraphs):
            paragraphs.append([])
        paragraphs[-1].append(" ".join(s.text.split()))
    if not paragraphs:
        raise InputError(raw.source_path, "no sentences found after removing boilerplate; check that the "
                                          "input holds the article's text, not only a page's chrome")
    text, sentences = _layout(paragraphs)
    content_hash = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
    return Article(id=raw.id or content_hash[:12], text=text, content_hash=content_hash, sentences=sentences,
                   outlet=outlet or raw.outlet or fallback_outlet(raw.url, raw.source_path), url=raw.url,
                   title=title, published=published, source_path=raw.source_path)


def article_from_sentences(id: str, sentences: list[str], outlet: str | None = None, title: str | None = None,
                           published: str | None = None) -> Article:
    """An Article whose sentences are given, not found (gold files fix their sentence lists).

    The text is the sentences joined by one space in a single paragraph; spans are exact.

    Raises:
        InputError: the list is empty or holds an empty sentence.
    """
    texts = [s.strip() for s in sentences]
    if not texts:
        raise InputError(id, "has no sentences; give at least one")
    for i, t in enumerate(texts):
        if not t:
            raise InputError(id, f"sentence {i} is empty; remove it or fill it in")
    text, spans = _layout([texts])
    content_hash = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
    return Article(id=id, text=text, content_hash=content_hash, sentences=spans, outlet=outlet, title=title,
                   published=published)


def fallback_outlet(url: str | None, source_path: str | None) -> str | None:
    """The outlet when the input names none: the URL's host without www., else the parent folder."""
    if url:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    if source_path and source_path != STDIN:
        file = re.sub(r"(?::\d+|\[\d+\])$", "", source_path)  # a .jsonl line or a .json list item
        return Path(file).resolve().parent.name or None
    return None


def _layout(paragraphs: list[list[str]]) -> tuple[str, tuple[Sentence, ...]]:
    """Text with paragraphs joined by a blank line and sentences by a space, and exact spans."""
    parts: list[str] = []
    spans: list[Sentence] = []
    pos = 0
    for p, sentences in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            pos += 2
        for k, sentence in enumerate(sentences):
            if k:
                parts.append(" ")
                pos += 1
            parts.append(sentence)
            spans.append(Sentence(len(spans), sentence, pos, pos + len(sentence), p))
            pos += len(sentence)
    return "".join(parts), tuple(spans)
