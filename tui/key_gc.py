"""The cyclic garbage collector waits while a key is answered, and runs once it is painted.

Painting a moved list allocates thousands of small objects (strips, segments, caches),
so CPython's cyclic collector runs several times per key; now and then one of those
runs is a full collection over every object the reader holds (60-90 ms of CPU with the
BBC corpus listed and its speakers in the sidebar), and when it lands between a key and
its paint that key takes three times as long to show. Textual pauses the collector during
smooth scrolling (``App.PAUSE_GC_ON_SCROLL``); this does the same from a key's arrival
until the screen has painted after it (or :data:`LONGEST` seconds at most), so the
collections the key made due run just after its paint instead of before it.
"""

from __future__ import annotations

import gc

from textual.app import App
from textual.timer import Timer

LONGEST = 0.5
"""Seconds the collector waits at most for a paint (a key that paints nothing)."""


class KeyGcPause:
    """Pauses ``app``'s cyclic garbage collection from a key until the next paint."""

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
