"""Is a text English? A cheap check, so that the English-only default model is not fed other
languages without a word.

The test counts common English function words ("the", "of", "and", "said"...): they make up a
third or more of the words of English news prose and a few percent of the words of other
languages written in the Latin alphabet (shared short words such as "a" or "in"), and none of a
text in another script. It needs no model and no download; it is a guard, not a language
identifier, and says nothing about which other language a text is in.
"""
from __future__ import annotations

import re

from index.errors import InputError

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH = frozenset("""
the of and to in is was that for on with as by at from it its he she they we his her their said
says has have had are were be been not but or an this which who will would there than also after
about into more up out when what can could one all no if new over just other our some only
""".split())
#: Below this share of common English words, a text of MIN_WORDS or more is taken as not English.
ENGLISH_SHARE = 0.08
MIN_WORDS = 12
#: Models known to read English only; another model is taken to know what it reads.
ENGLISH_ONLY_MODELS = ("all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2")


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are common English function words, number of words)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH for w in words) / len(words), len(words)


def looks_english(text: str) -> bool | None:
    """True or False, or None when the text is too short to tell."""
    share, n = english_share(text)
    if n < MIN_WORDS:
        return None
    return share >= ENGLISH_SHARE


def check_english(texts: dict[str, str], model: str) -> None:
    """InputError naming the first text that is not English, when the model reads English only.

    Args:
        texts: label -> text, e.g. {"A": source text, "B": rewrite text}.
        model: the embedding model's name (another model is trusted with other languages).
    """
    if not any(model == m or model.endswith("/" + m) for m in ENGLISH_ONLY_MODELS):
        return
    for label, text in texts.items():
        if looks_english(text) is False:
            share, n = english_share(text)
            raise InputError(label, f"does not look like English ({share:.0%} of its {n} words are common English "
                                    f"words, English prose has 30% or more) and the model {model} reads English "
                                    "only; translate it, or pass --model with a multilingual "
                                    "sentence-transformers model (e.g. paraphrase-multilingual-MiniLM-L12-v2)")
