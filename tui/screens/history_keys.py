"""Back and forward through the places visited: ctrl+o / alt+left, alt+right.

A mixin of :class:`tui.screens.main.MainScreen`. Reading calls :meth:`note_place`
whenever the article or its current quote changes (a list move that opens an article,
a quote or speaker step, a search result, a palette jump); :mod:`tui.history` keeps
the places and decides what is worth keeping.
"""

from __future__ import annotations

from warreader.tui.history import History, Place


class HistoryMixin:
    """The visited places and the keys that walk them."""

    _history: History | None = None

    @property
    def history(self) -> History:
        """The places visited since the app started."""
        if self._history is None:
            self._history = History()
        return self._history

    def note_place(self) -> None:
        """Record where the reader is now (called by reading when it changes)."""
        if self.article is None or self.pending_id is not None:
            return  # another article is on its way: its arrival is the place
        current = self.body.current
        start = self.quotes[current].start if current is not None else None
        self.history.record(Place(self.article.id, start))

    def action_history_back(self) -> None:
        """Back to the previous place visited (`ctrl+o`, `alt+left`)."""
        self._walk(self.history.back(), "Oldest place: nothing further back.")

    def action_history_forward(self) -> None:
        """Forward again to the next place visited (`alt+right`)."""
        self._walk(self.history.forward(), "Newest place: nothing further forward.")

    def _walk(self, place: Place | None, at_end: str) -> None:
        if place is None:
            self.app.bell()
            self.notify(at_end, timeout=3)
        else:
            self.return_to(place.article_id, place.quote_start, 0.0)
        # the keys typed on wait for the article walked to, if it is loading
        self.leaving_done(place is not None)  # (tui.screens.key_hold)
