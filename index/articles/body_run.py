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


PROSE = 40  # words: a block this long of several sentences is prose without its last stop
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]*[A-Z]")


def _prose(unit: Unit) -> bool:
    """True when the unit's text ends like a sentence, or is a long block of several
    sentences whose last one lost its full stop."""
    if P.ends_sentence(unit.text):
        return True
    return unit.words >= PROSE and len(_SENTENCE_END.findall(unit.text)) >= 2


def weight(unit: Unit, kind: str | None) -> int:
    """A paragraph's words; 0 for a short sentence (it may be a headline); else -GAP.

    An end marker (comments, related stories, copyright) costs :data:`END`, but not the
    label of a links list (kind ``links``, :func:`lists.mark_link_lists`): that list
    ends where its links do, and the article may go on after it.

    Weighed once per unit and kind (the run, the teasers and the short runs each ask).
    """
    known = unit.weighed
    if known and known[0] == kind:
        return known[1]
    gain = _weight(unit, kind)
    unit.weighed = (kind, gain)
    return gain


def _weight(unit: Unit, kind: str | None) -> int:
    """:func:`weight`, worked out."""
    if kind != "links" and unit.end_marker:
        return -END
    if kind == "chrome" and unit.words <= 6 and P.INTERSTITIAL.match(unit.text):
        return 0  # an advertisement's slot between paragraphs: the article goes on after it
    if kind is None and _prose(unit):
        words = unit.words
        if unit.listitem:
            return 0 if words >= 8 else -GAP
        if words >= 8:
            return words
        if words >= 4:
            return 0
    return -GAP


def _best_run(units: list[Unit], kinds: list[str | None], end: int) -> tuple[int, int, int]:
    """``(weight, start, end)`` of the heaviest run of units among ``units[:end]``."""
    best, span, run, start = 0, (0, 0), 0, 0
    for i in range(end):
        if run <= 0:
            run, start = 0, i
        gain = weight(units[i], kinds[i])
        run += gain
        if run > best or gain == 0 and best > 0 and span == (start, i):
            # A short sentence right after the heaviest run ends the article with it
            # ("The bank declined to comment."): it weighs nothing, but is article.
            best, span = run, (start, i + 1)
    return best, *span


THREAD = 2  # comment stamps (times, "Reply", votes) that show a thread follows a marker
MIN_BODY = 50  # words of sentence text an article has before its comments begin
NEAR = 10  # units between an article's last paragraph and the end marker after it


def _thread_at(units: list[Unit], m: int) -> bool:
    """A comment thread starts at unit ``m``: a comments heading (not a share bar's
    link) followed within 20 units by :data:`THREAD` comment stamps or more."""
    unit = units[m]
    if unit.listitem or not P.COMMENTS_HEAD.match(unit.text):
        return False
    return sum(bool(P.COMMENT_STAMP.match(u.text)) for u in units[m + 1 : m + 21]) >= THREAD


def _list_at(units: list[Unit], kinds: list[str | None], m: int) -> bool:
    """Unit ``m`` opens what follows an article (related stories, more from the site, a
    footer) and the article does not go on after it: within 15 units no two sentence
    paragraphs in a row, and none right after the marker. (A related box inside an
    article, or a comments button above its last paragraph, has the article going on
    right after it; other stories' teasers alternate headline and summary.)"""
    if units[m].listitem or not units[m].end_marker:
        return False
    text = [weight(units[j], kinds[j]) > 0 for j in range(m + 1, min(m + 16, len(units)))]
    return text[:1] != [True] and not any(a and b for a, b in zip(text, text[1:], strict=False))


def main_run(units: list[Unit], kinds: list[str | None]) -> tuple[int, int] | None:
    """``(start, end)`` of the article: the run of units with the most sentence text.

    Each sentence-like unit weighs its length in words, every other unit (menus, link
    lists, short labels, teaser headlines) costs :data:`GAP`; the run with the largest
    sum (the maximum subarray) is the article, so menus and link lists before and after
    it drop out while a subhead or a short list inside it stays. None without text.

    A comment thread or other stories can hold more text than the article above them;
    so the article ends at the first comment thread (:func:`_thread_at`) or list of
    other stories (:func:`_list_at`) that closes a run of :data:`MIN_BODY` words or
    more within :data:`NEAR` units. Without such a marker, a list of teasers at the
    end of the run goes (:func:`_without_teasers`).
    """
    for m in range(len(units)):
        if _thread_at(units, m) or _list_at(units, kinds, m):
            best, start, end = _best_run(units, kinds, m)
            if best >= MIN_BODY and end >= m - NEAR:
                return _after_lead_teasers(units, kinds, start, end), end
    best, start, end = _best_run(units, kinds, len(units))
    return _without_teasers(units, kinds, start, end) if best > 0 else None


TEASER_RUN = 3  # other stories' teasers in a row that make a list, not article
TEASER_WORDS = 80  # words: a teaser's summary is at most this long
LEAD_TEASER_WORDS = 45  # words: and at most this long in a list above the article


def _without_teasers(
    units: list[Unit], kinds: list[str | None], start: int, end: int
) -> tuple[int, int]:
    """The run ``start:end`` less a list of other stories' teasers at its end (and one
    above the article, :func:`_after_lead_teasers`).

    A teaser is one sentence paragraph (a summary, up to :data:`TEASER_WORDS`) after
    two or more non-sentence lines (its picture, headline, writer, date) and before
    another; an article's paragraphs mostly come two or more in a row, a subhead or a
    caption alone between them. :data:`TEASER_RUN` or more teasers in a row at the end
    of the run are cut off.
    """
    text = [weight(units[i], kinds[i]) > 0 for i in range(len(units))]

    def teaser(i: int) -> bool:
        return (
            i >= 2 and not (text[i - 1] or text[i - 2])
            and not (i + 1 < len(units) and text[i + 1])
            and units[i].words <= TEASER_WORDS
        )

    teasers = 0
    first = end
    for i in range(end - 1, start, -1):
        if text[i]:
            if not teaser(i):
                break
            teasers, first = teasers + 1, i
    if teasers >= TEASER_RUN:
        end = first
        while end > start and not text[end - 1]:
            end -= 1
    return _after_lead_teasers(units, kinds, start, end), end


def _after_lead_teasers(units: list[Unit], kinds: list[str | None], start: int, end: int) -> int:
    """Where the run starts after a list of teasers above the article: :data:`TEASER_RUN`
    or more single short sentence paragraphs (:data:`LEAD_TEASER_WORDS`) between
    non-sentence lines, then the article's three or more paragraphs in a row."""
    text = [weight(units[i], kinds[i]) > 0 for i in range(len(units))]
    lone, i = 0, start
    while i < end:
        if not text[i]:
            i += 1
            continue
        j = i
        while j < end and text[j]:
            j += 1
        if j - i >= 3:
            return i if lone >= TEASER_RUN else start
        short = units[i].words <= LEAD_TEASER_WORDS
        lone = lone + 1 if j - i == 1 and short else 0
        i = j
    return start


_QUOTE_MARK = re.compile("[\"“”«»„]")
_ENDS_QUOTED = re.compile("[\"”»][)\\]]?$")


def credits_quotation(units: list[Unit], i: int) -> bool:
    """Unit ``i`` is a dashed credit line ("― Jones.") right under a quotation."""
    return (
        i > 0
        and P.credit_line(units[i].text, dashed_only=True)
        and _ENDS_QUOTED.search(units[i - 1].text.rstrip()) is not None
    )


def closing(units: list[Unit], kinds: list[str | None], i: int) -> bool:
    """Unit ``i``, just after the article's run, still belongs to it: a long paragraph
    whose closing full stop is missing, or a list item of 8+ words."""
    unit = units[i]
    if kinds[i] is not None or unit.end_marker:
        return False
    words = unit.words
    if words >= 4 and P.ends_sentence(unit.text) and _QUOTE_MARK.search(unit.text):
        return True  # a short closing quotation ("“It is over,” Mary Jones told reporters.")
    if credits_quotation(units, i):
        return True  # "- Jones." under the last quotation
    return words >= (8 if unit.listitem else CLOSE)


def in_short_run(units: list[Unit], kinds: list[str | None], i: int) -> bool:
    """True when unit ``i`` is one of :data:`RUN` or more short lines in a row (a link
    list, tags, teaser headlines) and is neither a list item nor a list's lead-in."""

    def short(j: int) -> bool:
        return weight(units[j], kinds[j]) < 0 and units[j].words < CLOSE

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
