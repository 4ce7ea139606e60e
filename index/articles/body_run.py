"""Where the article is in plain text: the run of units with the most sentence text.

Each unit weighs its words if it reads as a sentence paragraph and costs a little
otherwise (menus, link lists, labels); markers of what follows an article (comments,
related stories) cost a lot. :func:`main_run` is the maximum subarray of those weights.
"""

from __future__ import annotations

import re

from warreader.index.articles import patterns as P
from warreader.index.articles.segment import Unit

GAP = 3  # words of article a non-article unit costs (see main_run)
END = 40  # what crossing an end marker (comments, related stories, copyright) costs
RUN = 3  # this many short lines in a row inside the article are a link list, not article
CLOSE = 16  # words: a paragraph this long is article even without a closing full stop
HEAD = 20  # units before the article searched for its headline


def weight(unit: Unit, kind: str | None) -> int:
    """A paragraph's words; 0 for a short sentence (it may be a headline); else -GAP.

    An end marker (comments, related stories, copyright) costs :data:`END`.
    """
    if P.END_MARKER.match(unit.text):
        return -END
    if kind is None and P.ends_sentence(unit.text):
        words = P.word_count(unit.text)
        if unit.listitem:
            return 0 if words >= 8 else -GAP
        if words >= 8:
            return words
        if words >= 4:
            return 0
    return -GAP


def main_run(units: list[Unit], kinds: list[str | None]) -> tuple[int, int] | None:
    """``(start, end)`` of the article: the run of units with the most sentence text.

    Each sentence-like unit weighs its length in words, every other unit (menus, link
    lists, short labels, teaser headlines) costs :data:`GAP`; the run with the largest
    sum (the maximum subarray) is the article, so menus and link lists before and after
    it drop out while a subhead or a short list inside it stays. None without text.
    """
    best, span, run, start = 0, None, 0, 0
    for i, unit in enumerate(units):
        if run <= 0:
            run, start = 0, i
        run += weight(unit, kinds[i])
        if run > best:
            best, span = run, (start, i + 1)
    return span


_QUOTE_MARK = re.compile("[\"“”«»„]")


def closing(units: list[Unit], kinds: list[str | None], i: int) -> bool:
    """Unit ``i``, just after the article's run, still belongs to it: a long paragraph
    whose closing full stop is missing, or a list item of 8+ words."""
    unit = units[i]
    if kinds[i] is not None or P.END_MARKER.match(unit.text):
        return False
    words = P.word_count(unit.text)
    if words >= 4 and P.ends_sentence(unit.text) and _QUOTE_MARK.search(unit.text):
        return True  # a short closing quotation ("“It is over,” Mary Jones told reporters.")
    return words >= (8 if unit.listitem else CLOSE)


def in_short_run(units: list[Unit], kinds: list[str | None], i: int) -> bool:
    """True when unit ``i`` is one of :data:`RUN` or more short lines in a row (a link
    list, tags, teaser headlines) and is neither a list item nor a list's lead-in."""

    def short(j: int) -> bool:
        return weight(units[j], kinds[j]) < 0 and P.word_count(units[j].text) < CLOSE

    if not short(i):
        return False
    lo, hi = i, i + 1
    while lo > 0 and short(lo - 1):
        lo -= 1
    while hi < len(units) and short(hi):
        hi += 1
    if hi - lo < RUN or (i + 1 < len(units) and units[i + 1].listitem):
        return False
    return not units[i].listitem  # a list inside the article (key points) stays
