"""Warming: the commonest searches of a new commit made in a child process.

A mixin of :class:`tui.screens.indexing.IndexingMixin` (and so of the main screen).
After a refresh that changed files the indexing worker starts a child process at low
priority (:mod:`index.search.warm_process`) that ranks the commonest words before
anyone types them, and waits for it; keystrokes never wait behind it (a thread would
hold the interpreter's lock beside them). Another refresh or the reader closing stops it.
"""

from __future__ import annotations

import contextlib


class WarmingMixin:
    """The warming child of the live commit, while it runs."""

    warming = None
    """The child process making the commonest searches of a new commit, while it runs."""

    def _warm_searches(self, corpus) -> None:
        """Make the commonest searches of a new commit (in the indexing worker, which
        waits for a child process that makes them at low priority: keystrokes never wait
        behind it; :meth:`Corpus.warming_child`), stopped when the worker is cancelled
        (another refresh) or the screen goes (the reader closing). A failure only leaves
        them to be made on demand."""
        from textual.worker import get_current_worker

        with contextlib.suppress(Exception):  # a cache: searching works without it
            worker = get_current_worker()
            self.warming = child = corpus.warming_child()
            try:
                child.wait(cancelled=lambda: worker.is_cancelled)
            finally:
                if self.warming is child:
                    self.warming = None

    def stop_warming(self) -> None:
        """Stop the warming child, if one runs, and wait for it (quitting: killed if it
        has not left its warming within half a second; what it wrote stays whole)."""
        child = self.warming
        if child is not None:
            child.stop(grace=0.5)

    def on_unmount(self) -> None:
        self.stop_warming()
