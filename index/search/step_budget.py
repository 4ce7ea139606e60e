"""A keystroke's first step: what the app may spend before it shows the first hits.

At 100,000 articles a keystroke whose ranking is not stored (a phrase, two words
together, a word the warming at the commit did not reach, a filter of rarer words read
from Whoosh for the first time) costs 100-300 ms of CPU. The app's search comes in two
steps: the first answers within a small CPU budget with hits that truly match the query,
marked provisional, and the same worker then makes the full ranking
(:func:`index.search.searching.run_search`, ``first_step``). :class:`StepBudget` is that
budget: the parts of a search that can stop early (reading a partial word's filter or
a date range's days, ranking with Whoosh, highlighting) ask :meth:`StepBudget.over`
and, when they leave something out, set :attr:`StepBudget.cut`: the answer is then
provisional. What they leave out only ever drops matches (a filter of some of the
partial word's expansions, some of a range's days; the best of the documents ranked so
far), so every provisional hit is a true hit with its true score.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FIRST_STEP = 0.03
"""Seconds of CPU the app's first step of a keystroke may take (the rest of the
issue's 50 ms is the app's own: the list redrawn)."""

FILTERS_SHARE = 0.6
"""The share of the budget reading a partial word's filter or a date range may take."""


class StepBudget:
    """CPU time (this thread's) a first step may take, from its making."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool] | None = None) -> None:
        now = time.thread_time()
        self.deadline = now + seconds
        self.filters_deadline = now + FILTERS_SHARE * seconds
        self.cancelled = cancelled
        self.cut = False
        """Something was left out to keep within the budget: the answer is provisional."""

    def over(self) -> bool:
        """Whether the budget is spent."""
        return time.thread_time() > self.deadline

    def filters_over(self) -> bool:
        """Whether the part of the budget for reading filters is spent (the rest is the
        ranking's, so that a first step whose filter was cut still finds hits)."""
        return time.thread_time() > self.filters_deadline

    def stop(self) -> bool:
        """Whether to stop now: the budget spent or the search cancelled."""
        return self.over() or (self.cancelled is not None and self.cancelled())


def over(budget: StepBudget | None) -> bool:
    """Whether ``budget`` (None: no budget, a final search) is spent."""
    return budget is not None and budget.over()


def filters_over(budget: StepBudget | None) -> bool:
    """Whether ``budget``'s share for filters (None: no budget) is spent."""
    return budget is not None and budget.filters_over()
