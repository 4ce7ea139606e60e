"""The installed `warreader` in a real terminal (tmux): it starts, reads, searches, quits.

Skipped when tmux or the `warreader` script is missing.
"""

from __future__ import annotations

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


def tmux_run(*args: str) -> str:
    """Run tmux with ``args``; its stdout."""
    return subprocess.run([TMUX, *args], check=True, capture_output=True, text=True).stdout


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
    subprocess.run([TMUX, "kill-session", "-t", name], capture_output=True)


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
