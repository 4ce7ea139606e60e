"""The installed `warreader` in a real terminal (tmux): it starts, reads, searches, quits.

Skipped when tmux or the `warreader` script is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
WARREADER = shutil.which("warreader") or str(Path(sys.executable).with_name("warreader"))

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(not Path(WARREADER).exists(), reason="warreader is not installed"),
]


SOCKET = f"warreader-tests-{os.getpid()}"
"""The tests' own tmux server (``tmux -L``), started from the test's environment. On the
default server (or the one ``$TMUX`` names) a session runs in the environment of
whoever started that server: a reader's own session, or another checkout's, whose
``PYTHONPATH`` made the app a different warreader than the one the test's CLI runs
(ux35, U5: `warreader corrections --json` printed [] for the correction the app had
made, filed under another corpus key: the other checkout's seeds)."""


def tmux_run(*args: str) -> str:
    """Run tmux with ``args`` on the tests' own server (:data:`SOCKET`); its stdout."""
    return subprocess.run([TMUX, "-L", SOCKET, *args], check=True, capture_output=True,
                          text=True).stdout


def tmux_kill(session: str) -> None:
    """End ``session`` (gone already: nothing to do)."""
    subprocess.run([TMUX, "-L", SOCKET, "kill-session", "-t", session], capture_output=True)


def tmux_screen(session: str) -> str:
    """What ``session``'s pane shows."""
    return tmux_run("capture-pane", "-p", "-t", session)


def tmux_wait_for(session: str, text: str, timeout: float = 60.0) -> str:
    """The pane of ``session`` once it shows ``text`` (fails after ``timeout`` s)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux_screen(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared on screen:\n{screen}")


@pytest.fixture
def session(tmp_path):
    name = f"warreader-test-{uuid.uuid4().hex[:8]}"
    env = {"WARREADER_INDEX_DIR": str(tmp_path / "index"),
           "WARREADER_CONFIG": str(tmp_path / "config.yaml"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
           "XDG_STATE_HOME": str(tmp_path / "state"),  # never the user's reading places
           "TERM": "xterm-256color"}
    (tmp_path / "config.yaml").write_text("theme: textual-dark\n", encoding="utf-8")
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    tmux_run("new-session", "-d", "-s", name, "-x", "160", "-y", "45",
             f"env -u COLUMNS -u LINES {exports} {WARREADER}; sleep 5")
    yield name
    tmux_kill(name)


def tmux_send(session: str, *keys: str) -> None:
    """Type ``keys`` into ``session``, one at a time."""
    for key in keys:
        tmux_run("send-keys", "-t", session, key)
        time.sleep(0.3)


def test_real_terminal_read_search_quit(session):
    screen = tmux_wait_for(session, "Index ready: 5 articles")
    assert "Articles [1]" in screen and "Speakers [3]" in screen
    assert re.search(r"/\s+Search\s+\]\s+Quote", screen)  # the key bar shows the main keys

    tmux_send(session, "]")
    screen = tmux_wait_for(session, "quote 1 /")

    tmux_send(session, "/")
    tmux_run("send-keys", "-t", session, "-l", "speaker:peskov")
    tmux_send(session, "Enter")
    screen = tmux_wait_for(session, "Results [1]")
    assert "Dmitry Peskov" in screen

    tmux_send(session, "Escape", "Escape", "q")
    deadline = time.monotonic() + 60  # a guard against hanging, not a target
    while time.monotonic() < deadline:
        if "Articles [1]" not in tmux_screen(session):
            break
        time.sleep(0.2)
    assert "Articles [1]" not in tmux_screen(session), "q did not quit the app"


def test_sessions_run_in_the_tests_environment_not_another_servers(tmp_path, monkeypatch):
    """A tmux server started elsewhere (here one whose environment says "foreign"), even
    the one ``$TMUX`` names, never runs the tests' sessions (ux35, U5)."""
    foreign = f"warreader-foreign-{uuid.uuid4().hex[:8]}"
    subprocess.run([TMUX, "-L", foreign, "new-session", "-d", "-s", "keep", "sleep 60"],
                   check=True, env={**os.environ, "WARREADER_TEST_FOREIGN": "foreign"})
    try:
        path = subprocess.run([TMUX, "-L", foreign, "display", "-p", "#{socket_path}"],
                              check=True, capture_output=True, text=True).stdout.strip()
        monkeypatch.setenv("TMUX", f"{path},1,0")  # as inside a session of that server
        monkeypatch.delenv("WARREADER_TEST_FOREIGN", raising=False)
        seen = tmp_path / "seen.txt"
        name = f"warreader-test-{uuid.uuid4().hex[:8]}"
        tmux_run("new-session", "-d", "-s", name,
                 f"echo \"[$WARREADER_TEST_FOREIGN]\" > {seen}; sleep 5")
        try:
            deadline = time.monotonic() + 20
            while not (seen.exists() and seen.read_text()) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert seen.read_text().strip() == "[]"
        finally:
            tmux_kill(name)
    finally:
        subprocess.run([TMUX, "-L", foreign, "kill-session", "-t", "keep"], capture_output=True)
