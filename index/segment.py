"""Rule-based sentence segmentation of news text, with exact character spans.

No model and no downloaded data: a regex finds every place where a sentence could end
(`.`, `?`, `!` or an ellipsis, closing quotes and brackets included, then whitespace), and a few
rules about the word before and the word after decide. Python only looks at those candidate
places, never at every character, so 100k sentences take well under a second.

Paragraphs are blocks separated by blank lines. Inside a block a single newline is a space,
except that a sentence end followed by a newline also ends the paragraph: scraped text often
puts one paragraph on each line with no blank line between, while a hard-wrapped paragraph
(lines that do not end a sentence) is joined.
"""
from __future__ import annotations

import re

from index.records import Sentence

# Where a sentence may end: the punctuation, closing quotes/brackets, then whitespace.
_CANDIDATE = re.compile(r"[.!?\u2026]+([\"'\u201d\u2019\u00bb)\]]*)(?=\s)")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+")
_LAST_TOKEN = re.compile(r"\S*\Z")
_OPENERS = "\"'\u201c\u2018\u00ab([{\u00bf\u00a1*_"
_TRAILERS = ",;:.!?\"'\u201d\u2019)]"

# Titles before a name: never the end of a sentence.
_TITLES = frozenset(
    "Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Rev Fr Hon Pres "
    "Supt Det Insp Atty Amb Messrs Mmes Mt Ft Sens Reps Govs Gens Drs".split())
# Lower-case abbreviations that are followed by more of the same sentence.
_ALWAYS_INSIDE = frozenset("e.g i.e vs v cf viz ca approx".split())
# Abbreviations that announce a number: "No. 5", "Fig. 3", "p. 12".
_BEFORE_NUMBER = frozenset(
    "No Nos no nos Fig Figs fig Vol Vols vol p pp Art Sec Ch Para Ex Nr Apt Ste Rte".split())
# Abbreviations that can also end a sentence ("bought by Acme Corp. The deal ..."): they end one
# only when the next word is a common sentence opener (see _STARTERS).
_AMBIGUOUS = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Inc Corp Ltd Co Cos Bros LLC Plc PLC Jr Sr St Ave Blvd Rd Dept Univ Assn Est est etc al "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split())
# Letter-dot abbreviations: U.S., U.K., a.m., p.m., Ph.D.
_DOTTED = re.compile(r"[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+")
# Words that open sentences far more often than they follow "U.S." or an initial inside one.
_STARTERS = frozenset(
    "A An The This That These Those There Their They Then He She It Its I We You Our His Her My "
    "Your But And Or So Yet For Nor In On At By To From With Without After Before During Since "
    "Until When While Where Why What Who How Which If Although Though As Because Some Many Most "
    "Much More Few All Any Each Every Both Other Others Another No Not None Only Also Still "
    "However Meanwhile Instead Now Today Yesterday Tomorrow Last Next First Such One Under Over "
    "Despite According Officials".split())


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with exact spans.

    Args:
        text: cleaned article text; paragraphs separated by blank lines.

    Returns:
        Sentences in order; for each one `text[s.start:s.end] == s.text`, and `s.text` has no
        leading or trailing whitespace. `paragraph` counts from 0. Every non-space character of
        `text` is in exactly one sentence.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _CANDIDATE.finditer(text, block_start, block_end):
            end = match.end()
            gap = _SPACE.match(text, end, block_end)
            nxt = gap.end() if gap else end
            if nxt >= block_end or not _ends_sentence(text, match, nxt, block_start, block_end):
                continue
            sentences.append(Sentence(len(sentences), text[start:end], start, end, paragraph))
            if "\n" in text[end:nxt]:
                paragraph += 1
            start = nxt
        sentences.append(Sentence(len(sentences), text[start:block_end], start, block_end, paragraph))
        paragraph += 1
    return sentences


def _blocks(text: str):
    """(start, end) of each blank-line separated block, trimmed of surrounding whitespace."""
    pos = 0
    for sep in _BLANK_LINE.finditer(text):
        yield from _trimmed(text, pos, sep.start())
        pos = sep.end()
    yield from _trimmed(text, pos, len(text))


def _trimmed(text: str, start: int, end: int):
    """The span with whitespace stripped, or nothing if it is blank."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield start + lead, start + lead + len(stripped)


def _ends_sentence(text: str, match: re.Match, nxt: int, block_start: int, block_end: int) -> bool:
    """Whether the candidate `match`, followed by the token at `nxt`, ends a sentence."""
    token = _TOKEN.match(text, nxt, block_end).group()
    body = token.lstrip(_OPENERS)
    opened = len(body) < len(token)
    # A lower-case continuation ("," she said; p.m. after) means the sentence goes on.
    if body and body[0].islower():
        return False
    punct = match.group()[: len(match.group()) - len(match.group(1))]
    if "?" in punct or "!" in punct or "\u2026" in punct or ".." in punct or match.group(1):
        return True
    word = _LAST_TOKEN.search(text, max(block_start, match.start() - 40), match.start()).group()
    word = word.lstrip(_OPENERS)
    if word in _TITLES or word.lower() in _ALWAYS_INSIDE:
        return False
    if word in _BEFORE_NUMBER and body[:1].isdigit():
        return False
    if word in _AMBIGUOUS or _DOTTED.fullmatch(word) or (len(word) == 1 and word.isupper()):
        return opened or body.rstrip(_TRAILERS) in _STARTERS
    return True
