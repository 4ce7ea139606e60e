"""Lists next to a plain-text article: the one it introduces, lists of names, of links.

An article that ends on a lead-in ("The tour dates:") or is followed by a short
heading over dated lines keeps that list (:func:`introduced_list`); bulleted names in
a row (a masthead, a staff list) are chrome (:func:`mark_name_lists`); headlines of
other stories in a row, or under a "Related:" label, are a links list
(:func:`mark_link_lists`).
"""

from __future__ import annotations

import re

from warreader.index.articles import patterns as P
from warreader.index.articles.body_run import weight
from warreader.index.articles.repeats import reports_quotation
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
    return kind is None and not unit.listitem and 2 <= unit.words <= 8 and (
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
        if unit.end_marker or kind in ("heading", "caption", "byline"):
            break
        if kind is None or kind == "date":
            if unit.words > ITEM or weight(unit, kind) > 0 and not unit.listitem:
                break
            if dated and not _DATED.match(unit.text):
                break
            items += 1
        stop += 1
    while stop > first and kinds[stop - 1] not in (None, "date"):
        stop -= 1
    return stop if items >= LISTED else end


LINKS = 3  # headline-like lines in a row that make a links list without a label
_MINOR = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "as", "vs", "via", "into", "onto", "over", "up", "off", "out", "per",
        "than", "is", "are", "was", "be", "de", "la", "le", "von", "van",
    }
)  # small words title case leaves in lower case
_LETTERS = re.compile(r"[^\W\d_]")
_BRACKET = re.compile(r"[(\[<]")
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
_MONTH_DAY = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d", re.I
)


def headline_like(text: str) -> bool:
    """True when a line reads as another story's headline: 5 to 20 words, no list of
    names (3+ commas, or brackets: "A Lee (Leeds AC)", "1 Ann Bell (Wales)"), no date
    or item number first, no quotation of its own, and in title case (every word but
    the small ones capitalised, one exception in six or more)."""
    if len(text) > 250:  # 20 words at most: a paragraph is not read word by word
        return False
    words = text.split()
    if not 5 <= len(words) <= 20 or text.count(",") >= 3 or _BRACKET.search(text):
        return False
    if _MONTH_DAY.match(text) or _NUMBERED.match(text):  # a dated or numbered list's item
        return False
    if reports_quotation(text):
        return False
    big = [w.lstrip("\"'“‘(«[#") for w in words[1:]]
    big = [w for w in big if _LETTERS.match(w) and w.casefold().rstrip(".,:;!?’'") not in _MINOR]
    lower = sum(not w[0].isupper() for w in big)
    return len(big) >= 3 and lower <= (len(big) >= 6)


def mark_link_lists(units: list[Unit], kinds: list[str | None]) -> None:
    """Headline-like lines (:func:`headline_like`) in a row are other stories' links, not
    article: :data:`LINKS` or more of them (not under a lead-in ending in a colon: the
    article's own list), or any number right under a label that opens a list of other
    stories ("Related:", "More on this story", quoted or not), the label with them (a
    list the article goes on after: :func:`body_run.weight`)."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and kinds[j] is None and headline_like(units[j].text):
            j += 1
        lead = units[i - 1].text if i else ""
        labelled = j > i and _opens_links(lead)
        if (j - i >= LINKS and not lead.endswith(":")) or labelled:
            kinds[i - labelled : j] = ["links"] * (j - i + labelled)
        i = max(j, i + 1)


_LINKS_LABEL = re.compile(
    r"""^[-–—•|\s"“]*(?:
      related(?:\ (?:posts|articles|stories|content|news|reading|coverage|topics|links))?
    | see\ also | further\ reading | read\ (?:more|next|also) | up\ next | also\ on\ .{1,30}
    | more\ (?:stories|news|coverage|articles|headlines|on\ this\ story|(?:on|from|about)\ .{1,40})
    | recommended(?:\ for\ you)? | you\ (?:may|might)\ also\ (?:like|enjoy)
    | (?:most|top)\ (?:popular|read|viewed|shared)(?:\ (?:stories|articles|news))?
    | (?:latest|recent|trending|popular|top)\ (?:stories|news|articles|posts|headlines)
    )[\s:.!…"”]*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _opens_links(text: str) -> bool:
    """A label over a list of other stories: "Related:", "Read more", "See also"."""
    return _LINKS_LABEL.match(text) is not None
