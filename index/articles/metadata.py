"""Reading metadata out of single lines: dates, bylines, derived titles.

Dates are parsed with :mod:`dateutil` (never per-format regexes). A line counts as a
date only if it is short, parses without fuzzy matching, and states a year, a month
and a day itself (parsing it against two different defaults gives the same result).
Numeric dates are read month-first (US style: 01/05/2023 is 5 January 2023).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from dateutil import parser as dateparser
from warreader.index.articles.patterns import DATE_LABEL, NUMBERISH, word_count

_DEFAULTS = (datetime(1901, 1, 1), datetime(1902, 2, 2))
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b")
TITLE_MAX = 80


@lru_cache(maxsize=4096)
def parse_date_line(text: str) -> str | None:
    """ISO date (``YYYY-MM-DD``) if the whole line is a date, else None.

    Remembered per line (a pure function of it): an article's date line is looked at
    two or three times while it is read, and a corpus holds many articles of one day;
    on the BBC files dateutil parsed 692 distinct lines 7,289 times, 4% of a build.
    """
    if len(text) > 60 or word_count(text) > 8 or not _HAS_YEAR.search(text):
        return None
    text = DATE_LABEL.sub("", text, count=1).strip(" .|–—-")
    if not text or (NUMBERISH.match(text) and not re.search(r"\d[/.-]\d", text)):
        return None
    results = []
    for default in _DEFAULTS:
        try:
            results.append(dateparser.parse(text, default=default, fuzzy=False, ignoretz=True))
        except (ValueError, OverflowError):
            return None
    first, second = results
    if first != second or not 1900 <= first.year <= 2100:
        return None
    return first.date().isoformat()


_STAMP_PARTS = re.compile(
    r"\s*(?:\||·|•|\s[-–—]\s|(?=\b(?:last\s+)?(?:updated|published|posted|modified)\b))\s*", re.I
)


def stamp_date(text: str, words: int | None = None) -> str | None:
    """ISO date of a page's time stamp line, else None: a line of up to 20 words, not a
    sentence, made of parts split at ``|``, ``·`` or before "Updated"/"Published" of
    which the first date-like one is a date ("Published: Nov. 19, 2019, 6:18 p.m.
    Updated: ...", "By Staff | November 18, 2019 at 2:26 PM"). ``words``: the text's
    :func:`word_count`, when known."""
    if (word_count(text) if words is None else words) > 20:
        return None
    if text.rstrip().endswith(("!", "?")) or not _HAS_YEAR.search(text):
        return None
    for part in _STAMP_PARTS.split(text):
        if _HAS_YEAR.search(part):
            return parse_date_line(re.sub(r"\s+(?:at\s+)?@?\d{1,2}:\d\d.*$", "", part.strip(" ,")))
    return None


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!Mrs)[.!?](?=\s+\S)")


def derive_title(text: str, limit: int = TITLE_MAX) -> str:
    """A short title from a lead paragraph: its first sentence, cut at a word boundary.

    The result is at most ``limit`` characters; a cut title ends with "…".
    """
    text = " ".join(text.split())
    match = _SENTENCE_END.search(text)
    if match and match.start() >= 20:
        text = text[: match.start()]
    text = text.rstrip(" .")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def clean_name(name: str) -> str:
    """A person's name with spaces tidied and trailing punctuation removed."""
    return " ".join(name.split()).strip(" ,.;:")
