"""Lists next to a plain-text article: the one it introduces, and lists of names.

An article that ends on a lead-in ("The tour dates:") or is followed by a short
heading over dated lines keeps that list (:func:`introduced_list`); bulleted names in
a row (a masthead, a staff list) are chrome (:func:`mark_name_lists`).
"""

from __future__ import annotations

import re

from warreader.index.articles import patterns as P
from warreader.index.articles.body_run import weight
from warreader.index.articles.segment import Unit

LISTED = 3  # items a closing lead-in ("Tour dates:") must introduce to keep them
ITEM = 20  # words: a listed item is at most this long
_BULLET = re.compile(r"^\W+\s*")
NAMES = 3  # bulleted names in a row that make a staff or author list


def mark_name_lists(units: list[Unit], kinds: list[str | None]) -> None:
    """:data:`NAMES` or more list items in a row that are each a person's name alone
    (a masthead, a staff or author list) are chrome."""

    def name(i: int) -> bool:
        return units[i].listitem and bool(P.NAME_LINE.match(_BULLET.sub("", units[i].text)))

    i = 0
    while i < len(units):
        j = i
        while j < len(units) and name(j):
            j += 1
        if j - i >= NAMES:
            kinds[i:j] = ["chrome"] * (j - i)
        i = max(j, i + 1)


_DATED = re.compile(
    r"^(?:\d{1,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)", re.I
)


def _list_heading(unit: Unit, kind: str | None) -> bool:
    """A short line with no sentence ending right after the article: maybe the heading
    of a list of dates (a tour, fixtures, results) that belongs to it."""
    return kind is None and not unit.listitem and 2 <= P.word_count(unit.text) <= 8 and (
        not P.ends_sentence(unit.text)
    )


def introduced_list(units: list[Unit], kinds: list[str | None], end: int) -> int:
    """Where the article ends when its last paragraph introduces a list ("The tour
    dates:", "... the offers of the week:"): after :data:`LISTED` or more items that
    follow it (list items or short lines of up to :data:`ITEM` words; links and
    pictures between them are dropped as chrome), up to the first other line. A short
    heading after the article ("Tour Dates") introduces a list whose items all start
    with a date or a number."""
    lead = units[end - 1]
    first = end
    if end < len(units) and _list_heading(units[end], kinds[end]):
        first = end + 1  # "Tour Dates": the items must start with a date
    elif not lead.text.endswith(":") or lead.listitem or P.word_count(lead.text) < 3:
        return end
    dated = first > end
    stop, items = first, 0
    while stop < len(units):
        unit, kind = units[stop], kinds[stop]
        if P.END_MARKER.match(unit.text) or kind in ("heading", "caption", "byline"):
            break
        if kind is None or kind == "date":
            if P.word_count(unit.text) > ITEM or weight(unit, kind) > 0 and not unit.listitem:
                break
            if dated and not _DATED.match(unit.text):
                break
            items += 1
        stop += 1
    while stop > first and kinds[stop - 1] not in (None, "date"):
        stop -= 1
    return stop if items >= LISTED else end
