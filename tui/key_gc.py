"""The cyclic garbage collector waits while a key is answered, and runs once it is painted.

Painting a moved list allocates thousands of small objects (strips, segments, caches),
so CPython's cyclic collector runs several times per key; now and then one of those
runs is a full collection over every object the reader holds (56-70 ms of CPU with the
BBC corpus listed and its speakers loaded), and when it lands between a key and
its paint that key takes three times as long to show. Textual pauses the collector during
smooth scrolling (``App.PAUSE_GC_ON_SCROLL``); this does the same from a key's arrival
until the screen has painted after it (or :data:`LONGEST` seconds at most), so the
collections the key made due run just after its paint instead of before it.

Those full collections scan what the reader holds for as long as it runs (the corpus's
article list, its two thousand speakers), which only grows; once that is loaded it is
moved out of the collector's reach (``gc.freeze``), so a full collection costs well
under a millisecond instead of 56-70 ms, and given back at exit (``gc.unfreeze``, so
that an app closed inside a longer process, as in tests, is collected).
"""

from __future__ import annotations

import gc

from textual.app import App
from textual.timer import Timer

LONGEST = 0.5
"""Seconds the collector waits at most for a paint (a key that paints nothing)."""


class KeyGcPause:
    """Pauses ``app``'s cyclic garbage collection from a key until the next paint, and
    freezes what the app keeps out of it while the app runs."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.paused = False
        self._timer: Timer | None = None

    def key_arrived(self) -> None:
        """A key came from the terminal: pause the collector (unless it is paused
        already, by this or by Textual's scrolling) for :data:`LONGEST` at most."""
        if self.paused or not gc.isenabled():
            return
        gc.disable()
        self.paused = True
        self._timer = self.app.set_timer(LONGEST, self.resume)

    def key_handled(self) -> None:
        """The key's binding has run: resume once what it changed is painted."""
        if self.paused:
            self.app.call_after_refresh(self.resume)

    def resume(self) -> None:
        """Let the collector run again (it collects at once if the key made it due)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.paused:
            self.paused = False
            gc.enable()

    def keep_what_is_held(self) -> None:
        """The reader has loaded what it keeps (the article list, the corpus speakers):
        full collections no longer scan those objects (``gc.freeze``)."""
        gc.freeze()

    def release(self) -> None:
        """The app is closing: everything it held can be collected again."""
        self.resume()
        gc.unfreeze()
