"""The palette's matching of a typed query against the corpus's articles and speakers,
cheap enough for every keystroke.

Textual's ``FuzzySearch.match`` tries every way the query's letters can fall in a
title: "go to article: m" against 401 BBC titles cost 37 ms, and the palette matched
~900 articles and speakers per key, each title rebuilt and matched anew (revU3 #3,
mendU3's left item: 8-27 ms a key). :class:`PlaceTitles` builds the titles and their
lowered forms once per corpus state; :func:`place_score` drops a title at once when
the query's letters are not in it in order, scores a title holding the query whole as
Textual does (its own quick path), and otherwise scores only the greedy placings (from
each place the first letter occurs, each next letter right after the last one if it
can be, else at its next occurrence) with Textual's own scoring, instead of every
placing. The score is stored in the matcher's cache, so the highlight shows the same
letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from textual.fuzzy import FuzzySearch

Place = tuple[str, str, Callable[[], object], str]
"""(title, its lowered form, what choosing it runs, the help line under it)."""


class PlaceTitles:
    """The palette's articles and speakers for one state of the corpus, built once:
    :meth:`current` rebuilds them only when the listing, its labels or the speakers
    are other objects than last time."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()
        self._places: list[Place] = []

    def current(self, key: tuple[object, ...],
                build: Callable[[], list[tuple[str, Callable[[], object], str]]]) -> list[Place]:
        """The places for the state ``key`` (objects compared by identity), from
        ``build`` (title, callback, help) if the state changed."""
        same = len(key) == len(self._key) and all(
            a is b for a, b in zip(key, self._key, strict=True))
        if not same:
            self._places = [(title, title.lower(), callback, help_text)
                            for title, callback, help_text in build()]
            self._key = key
        return self._places


def place_score(fuzzy: FuzzySearch, query: str, lowered_query: str, title: str,
                lowered: str) -> float:
    """How well ``query`` (``lowered_query`` its lowered form) matches ``title``
    (``lowered``): 0 if its letters are not all in it in order; Textual's score otherwise
    (greedy placings only when the query is not in the title whole)."""
    if lowered_query in lowered:
        return fuzzy.match(query, title)[0]
    best: tuple[float, Sequence[int]] = (0.0, ())
    start = lowered.find(lowered_query[0])
    while start != -1:
        offsets = _greedy(lowered_query, lowered, start)
        if offsets is None:
            break  # a later start has fewer letters after it: none fits either
        score = fuzzy.score(lowered, offsets)
        if score > best[0]:
            best = (score, offsets)
        start = lowered.find(lowered_query[0], start + 1)
    fuzzy.cache[(query, title)] = best
    return best[0]


def _greedy(query: str, text: str, start: int) -> list[int] | None:
    """The offsets of ``query``'s letters in ``text`` from ``start``: each letter right
    after the one before when it is there, else at its next occurrence; None if one is
    missing."""
    offsets = [start]
    last = start
    for letter in query[1:]:
        if text.startswith(letter, last + 1):
            last += 1
        else:
            last = text.find(letter, last + 1)
            if last == -1:
                return None
        offsets.append(last)
    return offsets


WORDS, WHOLE, SCATTERED = 2, 1, 0
"""How a title holds a query, best first: each of its words begins a word of the title
("parsons" in "Richard Parsons", "go art" in "Go to article: ..."); the query whole
inside a word; its letters scattered ("parsons" in "IAAF awaits Greek pair's
response", ux29 #9)."""


class QueryWords:
    """A typed query's words, to tell how a title holds them (:meth:`tier`)."""

    def __init__(self, lowered_query: str) -> None:
        self.whole = lowered_query
        self.words = lowered_query.split()
        self._starts = [re.compile(rf"(?<!\w){re.escape(w)}") for w in self.words]

    def tier(self, lowered: str) -> int:
        """:data:`WORDS`, :data:`WHOLE` or :data:`SCATTERED` for the title ``lowered``
        (which holds the query's letters in order)."""
        if self.words and all(w in lowered for w in self.words) and all(
                start.search(lowered) for start in self._starts):
            return WORDS
        return WHOLE if self.whole in lowered else SCATTERED
