"""A quotation nested in a straight-quoted passage with the same straight marks.

Straight double marks cannot say whether a mark opening inside an open passage starts a
new quotation (the passage's closing mark forgotten, or a speech reopened sentence by
sentence: ``"... walk off. "He also agreed ..."``) or a quotation nested in it
(``tweeted, "Witnesses say the driver yelled "Stop!" as he jumped."``). The guideline
keeps a nested quotation inside the outer record; :func:`nested_pair_end` tells the
nested shape by its surroundings, so :mod:`index.quotes.marks` can skip both its marks.
"""

from __future__ import annotations

import re

from warreader.index.quotes.cue_lex import CUE_VERBS

_NESTED_WORDS = 12  # a quotation nested in another is short
# After the nested pair's closing mark, the outer sentence goes on in lower case
# ('"Stop!" as he jumped', '"fake" an injury', '"no," and left').
_GOES_ON = re.compile(r"[,;]?[ \t]+[a-z]")
_SENTENCE_END = ".!?"


def nested_pair_end(text: str, i: int, outer_start: int | None = None) -> int | None:
    """The index of the closing mark of a straight-quoted pair opening at ``i`` inside
    an open straight-quoted passage, when the pair is nested in it; else None. Nested
    means: a lower-case word and a space stand right before the mark (no sentence ends
    there: '... was going to "fake" an injury'); the pair closes within a few words,
    and the outer sentence goes on after it in lower case; and the next straight mark
    after it ends the outer passage: a closing mark, or an opening one right after a
    sentence's end (the passage reopened: ``... walk off. "He also ...``). A mark after
    a sentence's end, or a pair that another opening mark follows, is a new quotation;
    so is one after an attribution inside the passage from ``outer_start`` (its closing
    mark forgotten: '"The port is finished, said Kell, who called it "a mess"')."""
    if i < 2 or text[i - 1] != " " or not text[i - 2].isalpha() or not text[i - 2].islower():
        return None
    if outer_start is not None and _attributed(text[outer_start:i]):
        return None  # '"The port is finished, said Kell, who called it "a mess" ...'
    close = text.find('"', i + 1)
    if close < 0 or close == i + 1 or text[i + 1].isspace() or text[close - 1].isspace():
        return None
    if len(text[i + 1 : close].split()) > _NESTED_WORDS:
        return None
    if _GOES_ON.match(text, close + 1) is None:
        return None
    after = text.find('"', close + 1)
    if after < 0:
        return None
    ends_outer = not text[after - 1].isspace() and (
        after + 1 == len(text) or not text[after + 1].isalnum()
    )
    reopens = text[after - 1] == " " and text[:after].rstrip()[-1:] in _SENTENCE_END
    return close if ends_outer or reopens else None


_AFTER_COMMA = 4  # words after a comma where an attribution's verb stands


def _attributed(passage: str) -> bool:
    """Does an attribution stand inside ``passage``: a comma, then a reporting verb
    within a few words (", said Kell,", ", Kell added")? Then the passage's closing
    mark was forgotten, and a quotation after it is one of its own."""
    for part in passage.split(",")[1:]:
        words = [w.strip(".;:!?").lower() for w in part.split()[:_AFTER_COMMA]]
        if any(w in CUE_VERBS for w in words):
            return True
    return False
