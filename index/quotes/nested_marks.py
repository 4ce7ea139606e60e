"""A quotation nested in a straight-quoted passage with the same straight marks.

Straight double marks cannot say whether a mark opening inside an open passage starts a
new quotation (the passage's closing mark forgotten, or a speech reopened sentence by
sentence: ``"... walk off. "He also agreed ..."``) or a quotation nested in it
(``tweeted, "Witnesses say the driver yelled "Stop!" as he jumped."``). The guideline
keeps a nested quotation inside the outer record; :class:`OpenPassage` tells the
nested shape by its surroundings, so :mod:`index.quotes.marks` can skip its marks.
"""

from __future__ import annotations

import re

from warreader.index.quotes import lexicon
from warreader.index.quotes.cue_lex import CUE_VERBS

_NESTED_WORDS = 12  # a quotation nested in another is short
_NESTED_PAIRS = 4  # nested pairs in a row ('kept saying "no" and "never" all night')
# After the nested pair's closing mark, the outer sentence goes on in lower case
# ('"Stop!" as he jumped', '"fake" an injury', '"no," and left').
_GOES_ON = re.compile(r"[,;]?[ \t]+[a-z]")
_SENTENCE_END = ".!?"
# A sentence's end inside the open passage: '... gone, the mayor said. Residents ...'.
_SENTENCE_BREAK = re.compile(r'[.!?]["”’)]*\s+["“]?[A-Z]')
_TOKEN = re.compile(r",|[^\s,]+")  # the words and commas of ``str.split`` by commas, then words
_ENDS_SENTENCE = frozenset(".!?\"”’)")  # what a sentence break opens on, before its spaces


class OpenPassage:
    """A straight-quoted passage of ``text`` opening at ``start`` and not yet closed, read
    once from its start as :func:`nested_pair_end` asks about marks further and further on
    (each character is read a bounded number of times, whatever the number of marks)."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start = text, start
        self._read = start  # read up to here for an attribution and a sentence's end
        self._words = -1  # words read after the last comma (-1: no comma yet)
        self._before = ""  # the word read last
        self._attributed = False
        self._sentence_end = False

    def nested_pair_end(self, i: int) -> int | None:
        """The index of the last closing mark of straight-quoted pairs opening at ``i``
        inside this passage, when they are nested in it; else None.
        Nested means: a lower-case word and a space stand right before the mark, maybe
        with a comma or colon (no sentence ends there: '... was going to "fake" an
        injury', 'and says, "…," you know'); the pair closes within a few words and the
        outer sentence goes on after it in lower case; and the next straight mark after it
        ends the outer passage (a closing mark, or an opening one right after a sentence's
        end: the passage reopened, ``... walk off. "He also ...``), or opens another such
        nested pair ('"no" and "never" all night,"'). A mark after a sentence's end, or a
        pair that a new quotation follows, is a new quotation; so is one after an
        attribution inside the passage (its closing mark forgotten: '"The port is
        finished, said Kell, who called it "a mess"'). When a sentence ends inside the
        passage before the pair, only a real closing mark after the pair makes it nested,
        not a reopening: '"The bridge is gone, the mayor said. Residents called it "a
        crime" and left. "We want ...' is a passage whose closing mark was forgotten."""
        text = self.text
        if _inner_close(text, i) is None:
            return None
        self._read_to(i)  # text[i - 1] is a space: no word runs over ``i``
        if self._attributed:
            return None
        for _ in range(_NESTED_PAIRS):
            close = _inner_close(text, i)
            if close is None:
                return None
            after = text.find('"', close + 1)
            if after < 0:
                return None
            ends_outer = not text[after - 1].isspace() and (
                after + 1 == len(text) or not text[after + 1].isalnum()
            )
            reopens = text[after - 1] == " " and _after_sentence(text, after)
            if ends_outer:
                return close
            if reopens:
                return None if self._sentence_end else close
            i = after  # another nested pair, or a new quotation
        return None

    def _read_to(self, i: int) -> None:
        """Read the passage on to ``i`` for an attribution (a comma, then a reporting
        verb first or after a name or pronoun, within a few words: ", said Kell,", ",
        Kell added", ", she said"; not a clause's own verb: "When I got there, the driver
        yelled "Stop!" at me") and for a sentence's end."""
        text, start = self.text, self._read
        if not self._sentence_end:  # a break read in part last time: from its start
            back, first = start, self.start + 1
            while back > first and (text[back - 1].isspace() or text[back - 1] in _ENDS_SENTENCE):
                back -= 1
            self._sentence_end = _SENTENCE_BREAK.search(text, max(back, first), i) is not None
        for token in _TOKEN.finditer(text, start, i):
            if self._attributed:
                break
            word = token.group()
            if word == ",":
                self._words, self._before = 0, ""
                continue
            if 0 <= self._words < _AFTER_COMMA:
                before = self._before
                if word.strip(".;:!?").lower() in CUE_VERBS and (
                    not self._words or before[:1].isupper() or before.lower() in _PRONOUNS
                ):
                    self._attributed = True
                self._words += 1
            self._before = word
        self._read = i


def nested_pair_end(text: str, i: int, outer_start: int) -> int | None:
    """:meth:`OpenPassage.nested_pair_end` of the passage opening at ``outer_start``."""
    return OpenPassage(text, outer_start).nested_pair_end(i)


def _after_sentence(text: str, i: int) -> bool:
    """Does a sentence's end stand before ``i``, past white space? (Read backwards over
    the spaces only: each mark is read in constant time, whatever the paragraph.)"""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in _SENTENCE_END


def _inner_close(text: str, i: int) -> int | None:
    """The closing mark of a pair opening at ``i`` after a lower-case word (maybe with a
    comma or colon) and closing within a few words, the sentence going on after it in
    lower case; None otherwise."""
    word = i - 3 if i > 2 and text[i - 2] in ",:" else i - 2  # 'walks in and says, "…'
    if word < 0 or text[i - 1] != " " or not text[word].isalpha() or not text[word].islower():
        return None
    close = text.find('"', i + 1)
    if close < 0 or close == i + 1 or text[i + 1].isspace() or text[close - 1].isspace():
        return None
    if len(text[i + 1 : close].split()) > _NESTED_WORDS:
        return None
    return close if _GOES_ON.match(text, close + 1) else None


_AFTER_COMMA = 4  # words after a comma where an attribution's verb stands
_PRONOUNS = lexicon.words("he she they it we i")
