"""Folding quote text for comparison: case, accents, quotation marks, punctuation, spaces.

Two quotes are "the same words" when their folded tokens are equal. Folding never
changes what readers see; :func:`word_spans` keeps each token's place in the original
text so that the words a version changed can be highlighted there.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes and quotation marks of every shape fold to nothing inside a word
# ("don’t" = "don't" = "dont"); dashes and other punctuation separate words.
_APOSTROPHES = str.maketrans({c: "" for c in "'’‘`´ʼʹ′"})
_ASCII_APOSTROPHES = re.compile(r"['`]")
_WORD = re.compile(r"[^\W_]+(?:['’‘`´ʼ][^\W_]+)*")
_ASCII_WORD = re.compile(r"[^\W_]+")  # ASCII text once its apostrophes are gone

FOLDING = 2
"""The version of :func:`tokens` (part of :func:`index.provenance.tables.rules`: groups
saved with another are made again). 2: a token holds no space and is never empty."""


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One word folded: lower case, no accents, no apostrophes ("Don’t" -> "dont"), no
    space (NFKD turns U+037A and Arabic presentation forms into a space and a mark)."""
    word = word.translate(_APOSTROPHES)
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text`` (punctuation and spaces between them)."""
    return [m.span() for m in _WORD.finditer(text)]


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of ``text``: what grouping compares. None is empty (a lone "ʼ"
    folds to nothing) nor holds a space: joined by spaces and split again (the words
    saved with a quote), they are the same tokens."""
    if text.isascii():
        return tuple(_ASCII_WORD.findall(_ASCII_APOSTROPHES.sub("", text).lower()))
    return tuple(t for t in (fold_word(m.group()) for m in _WORD.finditer(text)) if t)


def normalise(text: str) -> str:
    """The folded words joined by single spaces ("“We’re READY,” he…" -> "were ready he")."""
    return " ".join(tokens(text))
