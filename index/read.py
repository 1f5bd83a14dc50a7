"""Input files to RawDocuments: formats, encodings, front matter, JSON records, dates.

A bad input never stops a batch: `read_inputs` yields an InputError for it, naming the file
(and line) and the fix, and goes on with the next one.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Iterator

from index.clean import extract_html
from index.errors import InputError
from index.records import RawDocument

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
STDIN = "<stdin>"
_SUPPORTED_TEXT = ", ".join(SUPPORTED)
# Folder entries that are never articles: documentation, and the gold annotation files that sit
# beside the articles in corpora/<set>/.
_NOT_ARTICLES = re.compile(r"(?:readme|license|changelog)(?:\..*)?|gold\.jsonl", re.IGNORECASE)
_SNIFF = 8192  # bytes looked at to tell text from binary
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13} | {127}))
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|div|p|meta|"
                         r"title)\b", re.IGNORECASE | re.DOTALL)
_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
# Metadata keys and the names other tools give them (first one present wins).
_KEYS = {
    "id": ("id",),
    "outlet": ("outlet", "source", "site", "sitename"),
    "url": ("url",),
    "title": ("title", "headline"),
    "published": ("published", "date"),
    "text": ("text", "body", "content"),
}


def read_inputs(paths: list[str], max_bytes: int, stdin=None) -> Iterator[RawDocument | InputError]:
    """Read files, folders and stdin as articles.

    Args:
        paths: files (.txt .md .html .htm .json .jsonl), folders (read recursively in sorted
            order, skipping hidden entries and other file types) and "-" for stdin.
        max_bytes: larger inputs are refused (IndexConfig.max_file_bytes).
        stdin: the stream "-" reads (default sys.stdin); text or bytes.

    Yields:
        One RawDocument per article (a .jsonl file gives one per line) and one InputError per
        input, or per .jsonl line, that cannot be read.
    """
    for path in paths:
        if path == "-":
            yield from _guarded(STDIN, lambda: _read_stdin(stdin, max_bytes))
            continue
        p = Path(path)
        if p.is_dir():
            for file in _walk(p):
                yield from _guarded(str(file), lambda file=file: _read_file(file, max_bytes))
        elif not p.exists():
            yield InputError(path, "no such file or folder; check the path")
        elif p.suffix.lower() not in SUPPORTED:
            yield InputError(path, f"unsupported file type {p.suffix or '(no extension)'!r}; "
                                   f"supported: {_SUPPORTED_TEXT} (or - for stdin)")
        else:
            yield from _guarded(path, lambda: _read_file(p, max_bytes))


def _guarded(source: str, read) -> Iterator[RawDocument | InputError]:
    """Run one input's reader, turning its InputError (or an OS error) into an item."""
    try:
        yield from read()
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc}); check its permissions")


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, recursively, sorted by path; hidden entries are skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files
                     if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED
                     and not _NOT_ARTICLES.fullmatch(name))
    yield from sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_file(path: Path, max_bytes: int) -> Iterator[RawDocument | InputError]:
    source = str(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(source, f"is {size:,} bytes, over the {max_bytes:,}-byte limit (max_file_bytes); "
                                 "split it into smaller files or raise max_file_bytes")
    text = _decode(path.read_bytes(), source)
    kind = path.suffix.lower()
    if kind in (".json", ".jsonl"):
        yield from _read_json(text, source, lines=kind == ".jsonl")
    elif kind in (".html", ".htm"):
        yield extract_html(text, source)
    else:
        yield _text_document(text, source, markdown=kind == ".md")


def _read_stdin(stdin, max_bytes: int) -> Iterator[RawDocument]:
    stream = sys.stdin if stdin is None else stdin
    stream = getattr(stream, "buffer", stream)  # the real stdin: read bytes, detect the encoding
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(STDIN, f"is over the {max_bytes:,}-byte limit (max_file_bytes); "
                                "split the input or raise max_file_bytes")
    text = _decode(data, STDIN) if isinstance(data, bytes) else data
    if not text.strip():
        raise InputError(STDIN, "is empty; pipe an article in, e.g. cat story.txt | claimdiff index add -")
    if _HTML_START.match(text):
        yield extract_html(text, STDIN)
    else:
        yield _text_document(text, STDIN, markdown=False)


def _decode(data: bytes, source: str) -> str:
    """Bytes of a text file as str: UTF-8, a BOM's encoding, or a detected one.

    Raises:
        InputError: the file is empty, binary, or in an encoding that cannot be detected.
    """
    if not data.strip():
        raise InputError(source, "is empty; remove it from the input or add the article text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _nonempty(data.decode(encoding), source)
            except UnicodeDecodeError:
                break
    head = data[:_SNIFF]
    controls = len(head) - len(head.translate(None, _CONTROL))
    if b"\x00" in head or controls > len(head) / 20:
        raise InputError(source, "is a binary file, not text; give the article as .txt, .md, .html or .json")
    try:
        return _nonempty(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    if encoding is None:
        raise InputError(source, "is not UTF-8 and its encoding could not be detected; "
                                 "convert it with iconv -t utf-8")
    return _nonempty(data.decode(encoding, errors="replace"), source)


def _nonempty(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "is empty; remove it from the input or add the article text")
    return text


def _detect_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, preferring cp1252 among equally good single-byte guesses.

    On short Western text every single-byte code page decodes without "chaos", and the first
    guess is arbitrary (cp1125 for "caf\\xe9"); cp1252 is by far the likeliest among those.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if (match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.05
                and "cp1252" in match.could_be_from_charset):
            return "cp1252"
    return best.encoding


def _text_document(text: str, source: str, markdown: bool) -> RawDocument:
    meta, body = _front_matter(text)
    if markdown:
        body = _strip_markdown(body)
    if not body.strip():
        raise InputError(source, "holds no article text after its front matter; add the text below the "
                                 "closing ---")
    return _document(meta, body, source)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """`---` / `key: value` lines / `---` at the very start: (metadata, the rest)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).split("\n"):
        if not line.strip() or line[0] in " \t-#":
            continue  # blank, a YAML list item or nested value, or a comment: not a field we read
        field = _FRONT_LINE.fullmatch(line.strip())
        if not field:
            return {}, text  # not front matter after all, e.g. a text that opens with a rule
        meta[field.group(1).lower()] = field.group(2).strip().strip("\"'")
    return meta, text[match.end():]


_MD_RULES = [
    (re.compile(r"^#{1,6}[ \t].*$", re.MULTILINE), ""),               # headings are not body text
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),    # horizontal rules
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),                        # comments
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                         # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                     # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),             # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),                 # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE), ""),  # list markers
]


def _strip_markdown(text: str) -> str:
    """Markdown syntax out, prose kept."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


def _read_json(text: str, source: str, lines: bool) -> Iterator[RawDocument | InputError]:
    if not lines:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(source, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
                                     "fix the syntax, or use .jsonl for one article per line") from None
        records = value if isinstance(value, list) else [value]
        for n, record in enumerate(records, 1):
            where = source if len(records) == 1 else f"{source}[{n - 1}]"
            yield from _guarded(where, lambda record=record, where=where: iter([_record(record, where)]))
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno}); each line of a "
                                    ".jsonl file must be one complete JSON object")
            continue
        yield from _guarded(where, lambda record=record, where=where: iter([_record(record, where)]))


def _record(record, source: str) -> RawDocument:
    """One JSON article object as a RawDocument; its HTML, if that is what it holds, extracted."""
    if not isinstance(record, dict):
        raise InputError(source, f"holds a JSON {type(record).__name__}, not an article object; "
                                 'give an object with a "text" field')
    meta = {key: _first(record, names) for key, names in _KEYS.items()}
    html = record.get("html")
    if meta["text"] is None and isinstance(html, str) and html.strip():
        extracted = extract_html(html, source)
        return RawDocument(
            text=extracted.text, source_path=source, id=meta["id"] or extracted.id,
            outlet=meta["outlet"] or extracted.outlet, url=meta["url"] or extracted.url,
            title=meta["title"] or extracted.title,
            published=normalise_date(meta["published"] or "") or extracted.published, is_html=True)
    if meta["text"] is None:
        raise InputError(source, 'has no "text" field; put the article body in "text" (or "body" or '
                                 '"content"), or its HTML in "html"')
    if not meta["text"].strip():
        raise InputError(source, 'has an empty "text" field; add the article body')
    return _document(meta, meta.pop("text"), source)


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of `names` present with a usable value, as a string."""
    for name in names:
        value = record.get(name)
        if isinstance(value, dict):  # e.g. {"source": {"id": ..., "name": "Harbor Herald"}}
            value = value.get("name")
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _document(meta: dict, text: str, source: str) -> RawDocument:
    """A RawDocument from front-matter or JSON metadata, with the date normalised."""
    def pick(key):
        for name in _KEYS[key]:
            if meta.get(name):
                return meta[name]
        return None

    return RawDocument(text=text, source_path=source, id=pick("id"), outlet=pick("outlet"),
                       url=pick("url"), title=pick("title"), published=normalise_date(pick("published") or ""))


_MONTHS = {name: n for n, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"), 1)
    for name in names.split()}
_MONTH_DAY_YEAR = re.compile(r"(?:\w+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")


def normalise_date(text: str) -> str | None:
    """A date in a common format as ISO 8601, or None if it is not one.

    Accepts 2026-03-04, 2026-03-04T09:30:00Z (any ISO 8601 date-time), 2026/03/04,
    "March 4, 2026", "Mar. 4 2026", "4 March 2026" and RFC 2822 ("Wed, 04 Mar 2026 09:30:00 +0000").
    Dates stay dates; date-times keep their offset, UTC written as Z.
    """
    text = " ".join((text or "").split())
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        return _iso(datetime.fromisoformat(text))
    except ValueError:
        pass
    for pattern, order in ((_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy"), (_SLASHED, "ymd")):
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, match.groups()))
            month = _MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
            try:
                return date(int(parts["y"]), month, int(parts["d"])).isoformat() if month else None
            except ValueError:
                return None
    try:
        return _iso(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _iso(moment: datetime) -> str:
    text = moment.isoformat()
    return text[:-6] + "Z" if moment.utcoffset() == timedelta(0) else text
