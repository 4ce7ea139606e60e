"""Fixtures every test gets."""

from __future__ import annotations

import pytest
from warreader.index.search import searching


@pytest.fixture(autouse=True)
def _no_search_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches in tests are never cut for time: on a loaded machine (CI beside other
    jobs) a prefix search took over :data:`searching.TIME_LIMIT` (0.75 s) and answered
    "takes too long", so answers compared across two runs differed for the clock's sake.
    Tests of the cut pass their own ``seconds``."""
    monkeypatch.setattr(searching, "TIME_LIMIT", 60.0)
    monkeypatch.setattr(searching, "FULL_TIME_LIMIT", 60.0)
