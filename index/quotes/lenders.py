"""The events a quotation without its own may borrow from the paragraph's others."""

from __future__ import annotations

from bisect import bisect_right

from warreader.index.quotes.events import Event
from warreader.index.quotes.reading import Para


class Lenders:
    """Events a quotation without its own may borrow, found in O(log n) per quotation.

    ``before(qi)``: the latest event ending before token ``qi`` that is a strong cue or
    was used by another quotation ("A," he said. "B."). ``after(k)``: the event of a
    later quotation attributed right after itself ("A. "B," he explained."), unless
    another speech event stands between them.
    """

    def __init__(self, para: Para, chosen: list[tuple[Event | None, bool]]) -> None:
        used = {id(e) for e, _ in chosen if e is not None}
        # A sentence whose quotation took one event lends only that one: "“A,” Hale
        # reminded Okoro, after Okoro reminded Hale that ... “B.”" is Hale's B.
        quoting = {para.sentence_of[e.cue_index] for e, _ in chosen if e is not None}
        eligible = sorted(
            (
                e
                for e in para.events
                if id(e) in used
                or not e.weak and para.sentence_of[e.cue_index] not in quoting
            ),
            key=lambda e: e.last,
        )
        self._lasts = [e.last for e in eligible]
        self._eligible = eligible
        self._outer: dict[int, Event] = {}  # "According to X, Y admitted ...": X lends
        for e in (e for e in eligible if e.cue.startswith("according")):
            self._outer.setdefault(para.sentence_of[e.cue_index], e)
        self._sentence_of = para.sentence_of
        self._next: list[Event | None] = [None] * len(chosen)
        following: Event | None = None
        starts = sorted(e.first for e in para.events)
        for k in range(len(chosen) - 1, -1, -1):
            qi = para.q_index.get(k, -2)
            self._next[k] = following
            event, near = chosen[k]
            if event is not None and near and event.first > qi:
                following = event
            previous = para.q_index.get(k - 1, -2) if k else -2
            if bisect_right(starts, qi) - bisect_right(starts, previous):
                following = None  # another speech event between the two ends the lending

    def before(self, qi: int) -> Event | None:
        """The latest lendable event ending before token ``qi``."""
        i = bisect_right(self._lasts, qi - 1)
        lent = self._eligible[i - 1] if i else None
        outer = self._outer.get(self._sentence_of[lent.cue_index]) if lent and self._outer else None
        if outer is not None and outer.last < lent.first and (
            self._sentence_of[qi] != self._sentence_of[lent.cue_index]
        ):
            return outer  # the sentence's outer source, not a speaker its report frames
        return lent

    def after(self, k: int) -> Event | None:
        """The event of the next quotation attributed right after itself."""
        return self._next[k]
