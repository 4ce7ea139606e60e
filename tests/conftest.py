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


@pytest.fixture(autouse=True)
def _user_folders_of_the_test(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Marks, corrections, the last citation and the state file of a test go to its own
    temp folders, never the user's (``~/.local/share/warreader``, ``~/.local/state``):
    tests that read a corpus in a temp folder had left a corpus folder there each run.
    A test that sets its own ``WARREADER_DATA_DIR`` overrides this one."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("user-state")))
