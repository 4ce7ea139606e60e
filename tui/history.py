"""The places a reader visited, for back (ctrl+o, alt+left) and forward (alt+right).

A place is an article and the start of its current quote (None: the article without a
quote). No Textual here: :mod:`tui.screens.history_keys` records and walks it.

Rules, as a browser's history with vim's tidiness:
- a place equal to the current one is not recorded again;
- landing on a quote of the article just opened (no quote yet) refines that place
  instead of adding one, and an article left without a quote after one of its quotes
  adds nothing (the quote is the better place to come back to);
- a new place after going back drops the places ahead (as a browser does);
- an older visit to the same place is removed, so each place appears once;
- at most :data:`CAP` places are kept, the oldest dropped first;
- the moves that back/forward cause are not recorded.
"""

from __future__ import annotations

from typing import NamedTuple

CAP = 100


class Place(NamedTuple):
    """An article (by id) and the raw-file start of the quote shown (None: no quote)."""

    article_id: str
    quote_start: int | None


class History:
    """The visited places, oldest first, and where the reader is among them."""

    def __init__(self, cap: int = CAP) -> None:
        self.places: list[Place] = []
        self.index = -1  # the current place; -1 while empty
        self.cap = cap
        self._going: Place | None = None  # back/forward is on its way to this place

    @property
    def current(self) -> Place | None:
        """The place the reader is at (None before any)."""
        return self.places[self.index] if self.places else None

    def record(self, place: Place) -> bool:
        """Note that the reader is now at ``place``; True when the history changed."""
        if self._going is not None:
            arrived = self._going.article_id == place.article_id
            self._going = None
            if arrived:  # where back/forward went (or as near as the article allows)
                return False
        current = self.current
        if current == place:
            return False
        if current is not None and current.article_id == place.article_id:
            if place.quote_start is None:
                return False
            if current.quote_start is None:
                self.places[self.index] = place
                self._keep_once(self.index)
                return True
        del self.places[self.index + 1:]
        self.places.append(place)
        self.index = len(self.places) - 1
        self._keep_once(self.index)
        if len(self.places) > self.cap:
            drop = len(self.places) - self.cap
            del self.places[:drop]
            self.index -= drop
        return True

    def _keep_once(self, keep: int) -> None:
        """Remove every other visit to the place at ``keep`` (``index`` follows)."""
        place = self.places[keep]
        for i in range(len(self.places) - 1, -1, -1):
            if i != keep and self.places[i] == place:
                del self.places[i]
                if i < self.index:
                    self.index -= 1
                if i < keep:
                    keep -= 1

    def back(self) -> Place | None:
        """The place before the current one (None: at the oldest), now current."""
        return self._go(-1)

    def forward(self) -> Place | None:
        """The place after the current one (None: at the newest), now current."""
        return self._go(1)

    def _go(self, step: int) -> Place | None:
        target = self.index + step
        if not 0 <= target < len(self.places):
            return None
        self.index = target
        self._going = self.places[target]
        return self._going

    def position(self) -> tuple[int, int]:
        """(1-based number of the current place, how many there are)."""
        return self.index + 1, len(self.places)
