"""Keys typed while `enter`'s search (or filter) is on its way wait for its results.

A mixin of :class:`tui.screens.main.MainScreen`. Enter in the search bar moves the focus
to the results at once, but the results come from a worker: "/", "peskov", enter, "]"
typed at once (a fast typist, a paste) stepped in the article shown before the search,
then the first result replaced it, and the "]" was lost. Now the keys that reach the
screen between enter and its results are held; once the results are listed and the
first one's article is shown, they are typed again in their order, as they would have
acted had they been typed after the results came. A search that never answers holds
them no longer than :data:`HOLD_LIMIT`. Enter in the filter bar holds them likewise
until the filtered list is shown (it puts the cursor on its first row).

Typed again, the held keys go back through the app, the focused widget and the screen,
behind any key the terminal had already sent: a key queued at the moment they were
released acted before them (ux20: "]" held, a "y" arriving then copied the quote "]"
had not yet left). So the keys that reach the screen while the held ones are on their
way are held in turn, behind them, until :class:`KeysRetyped` (sent after the last of
them, along the same path) arrives; they are typed again then.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.timer import Timer

HOLD_LIMIT = 3.0
"""Seconds at most that keys wait for enter's results (then they act on what is shown)."""

UNHELD = frozenset({"ctrl+c"})
"""Keys that act at once while others are held."""

LEAVING = frozenset({"close_search", "leave_search"})
"""The screen's actions that may close the search and so open the article read before
it: the keys behind their key are held until the action has run (bindings run once the
key has bubbled up to the app, when the keys behind it have passed the screen)."""

WALKING = frozenset({"history_back", "history_forward"})
"""The screen's actions that walk the places visited (ctrl+o, alt+right) and so may open
another article: the keys behind their key are held likewise, searching or not."""


class KeysRetyped(events.Key):
    """Sent after held keys typed again, as a key, so that it reaches the screen behind
    them; no widget's key handler or binding sees it (its handler is
    ``on_keys_retyped``)."""

    def __init__(self, batch: int = 0) -> None:
        super().__init__("warreader-keys-retyped", None)
        self.batch = batch  # the batch of retyped keys it follows


class KeyHoldMixin:
    """Holds the keys typed between enter and its results; types them again after."""

    held_keys: list[tuple[str, str | None]] | None = None  # None: keys are not held
    release_when_shown = False  # the held keys wait for the article being loaded
    _hold_timer: Timer | None = None
    awaited_filter: Any = None  # the article list's filter the held keys wait for
    _behind: list[tuple[str, str | None]] | None = None  # keys after the retyped ones
    _in_flight: frozenset[int] = frozenset()  # batches whose KeysRetyped has not come
    _batches = 0  # batches of retyped keys sent so far (numbers them)
    _flight_timer: Timer | None = None
    _held_for_leaving = False  # keys are held behind a key that may close the search

    def hold_keys(self, awaited_filter: Any = None) -> None:
        """Hold the keys typed from now until :meth:`release_keys` (at most HOLD_LIMIT);
        ``awaited_filter``: they wait for the article list with that filter (enter in
        the filter bar), not for any list that arrives meanwhile."""
        if self.held_keys is None:
            self.held_keys = []
        self.awaited_filter = awaited_filter
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(HOLD_LIMIT, self.release_keys)

    def on_key(self, event: events.Key) -> None:
        """A key bubbled up to the screen unhandled: held while keys are, else on to
        its binding; ctrl+c is never held (its answer, "press ctrl+q to quit", at once)."""
        if event.key in UNHELD:
            return
        if self.held_keys is not None:  # retyped ones too: an enter holds those after it
            self.held_keys.append((event.key, event.character))
        elif self._behind is not None and not getattr(event, "retyped", False):
            self._behind.append((event.key, event.character))
        else:
            if self._leaves_article(event.key):  # the keys behind it wait for its action
                self.hold_keys()
                self._held_for_leaving = True
            return
        event.stop()
        event.prevent_default()

    def _leaves_article(self, key: str) -> bool:
        """Whether ``key`` runs one of :data:`WALKING`, or while searching one of
        :data:`LEAVING` (the binding the app will run: the focused widget's first, then
        the screen's)."""
        active = self.active_bindings.get(key)
        if active is None or not active.enabled:
            return False
        action = active.binding.action
        if active.node is not self and not action.startswith("screen."):
            return False
        action = action.removeprefix("screen.")
        return action in WALKING or (self.searching and action in LEAVING)

    def leaving_done(self, returned: bool) -> None:
        """Escape's (or a walk's) action has run: if it opened another article
        (``returned``: closing the search went back to the one read before, or ctrl+o or
        alt+right to a place in another, being loaded), the keys typed from now, and those
        held behind its key, wait until it is shown, as enter's do (review: "y" copied a
        quote of the article being left); else those held act now."""
        if returned and (self.pending_id is not None or self.deferred is not None):
            if self.held_keys is None:
                self.hold_keys()
            self.release_when_shown = True
        elif self._held_for_leaving:
            self.release_keys()
        self._held_for_leaving = False

    def on_keys_retyped(self, event: KeysRetyped) -> None:
        """The keys typed again before ``event`` have all reached the screen."""
        event.stop()
        if event.batch in self._in_flight:  # else a batch given up for lost, come late:
            self.keys_retyped(event.batch)  # the next batch's keys are not through yet

    def keys_retyped(self, batch: int | None = None) -> None:
        """Batch ``batch`` of retyped keys is through (or, None, all are taken to be, timed
        out: a key among them opened a dialog, which had the :class:`KeysRetyped`); once
        every batch is, the keys held behind them are typed again, after any still held
        for enter."""
        self._in_flight = frozenset() if batch is None else self._in_flight - {batch}
        if self._in_flight:
            return
        if self._flight_timer is not None:
            self._flight_timer.stop()
            self._flight_timer = None
        behind, self._behind = self._behind or [], None
        if self.held_keys is not None:  # a retyped enter holds them again, behind its own
            self.held_keys.extend(behind)
        elif behind:
            self._retype(behind)

    def list_entered(self, results, searched: bool) -> bool:
        """List enter's ``results`` while keys wait for them: the first hit's article is
        opened now (not when the list's cursor lands on it, after the keys); False when
        no key waits or nothing was found (the caller lists them as usual)."""
        if self.held_keys is None or not results.hits:
            return False
        with self.results_list.prevent(type(self.results_list).OptionHighlighted):
            self.results_list.set_hits(results.hits, results.total, results.exact,
                                       searched=searched)
        self._open_hit(results.hits[0])
        return True

    def release_keys_once_shown(self) -> None:
        """The results the keys waited for are listed: release them now, or once the
        article opening for the first result is shown."""
        if self.held_keys is None:
            return
        if self.pending_id is None and self.deferred is None:
            self.release_keys()
        else:
            self.release_when_shown = True

    def article_shown(self) -> None:
        """The article being loaded is shown: the keys waiting for it act now."""
        if self.release_when_shown:
            self.release_keys()

    def release_keys(self) -> None:
        """Type the held keys again, in their order, and hold no more (none held: no-op)."""
        if self.held_keys is None:
            return
        keys, self.held_keys, self.release_when_shown = self.held_keys or [], None, False
        self._held_for_leaving = False
        self.awaited_filter = None
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        if keys:
            self._retype(keys)

    def _retype(self, keys: list[tuple[str, str | None]]) -> None:
        """Type ``keys`` again, then :class:`KeysRetyped`; the keys reaching the screen
        before it are held behind them."""
        if self._behind is None:
            self._behind = []
        self._batches += 1
        self._in_flight |= {self._batches}
        if self._flight_timer is not None:
            self._flight_timer.stop()
        self._flight_timer = self.set_timer(HOLD_LIMIT, self.keys_retyped)
        self.app.call_later(_type_again, self.app, keys, self._batches)


def _type_again(app, keys: list[tuple[str, str | None]], batch: int) -> None:
    """Post ``keys`` to ``app`` as typed (an enter among them holds the keys after it),
    marked ``retyped``, then :class:`KeysRetyped` of ``batch``."""
    for key, character in keys:
        event = events.Key(key, character)
        event.retyped = True  # type: ignore[attr-defined]
        app.post_message(event)  # made by the app, as the terminal's: they bubble up to it
    app.post_message(KeysRetyped(batch))
