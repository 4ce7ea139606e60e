"""The installed `warreader` in tmux on our own re-reporting articles: open a grouped
quote, see where else it appears and both flags, list its group and step through it.

Skipped when tmux or the `warreader` script is missing.
"""

from __future__ import annotations

import time
import uuid

import pytest

from tests.provenance_support import write_corpus
from tests.test_tui_tmux import (
    TMUX,
    WARREADER,
    tmux_kill,
    tmux_run,
    tmux_screen,
    tmux_send,
    tmux_wait_for,
)

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(WARREADER is None, reason="warreader is not installed"),
]


@pytest.fixture
def session(tmp_path):
    folder = write_corpus(tmp_path / "articles")
    name = f"warreader-prov-{uuid.uuid4().hex[:8]}"
    (tmp_path / "config.yaml").write_text("theme: textual-dark\n", encoding="utf-8")
    env = {"WARREADER_INDEX_DIR": str(tmp_path / "index"),
           "WARREADER_CONFIG": str(tmp_path / "config.yaml"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
           "XDG_STATE_HOME": str(tmp_path / "state"),  # never the user's reading places
           "TERM": "xterm-256color"}
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    tmux_run("new-session", "-d", "-s", name, "-x", "160", "-y", "45",
             f"env -u COLUMNS -u LINES {exports} {WARREADER} {folder}; sleep 5")
    yield name
    tmux_kill(name)


def _article_shown(session: str, file_name: str, timeout: float = 20.0) -> str:
    """Wait until the body's meta line (the top lines) names ``file_name``."""
    deadline = time.monotonic() + timeout
    top = ""
    while time.monotonic() < deadline:
        top = "\n".join(tmux_screen(session).splitlines()[:6])
        if file_name in top:
            return top
        time.sleep(0.2)
    raise AssertionError(f"{file_name} was never opened:\n{top}")


def test_grouped_quote_flags_and_stepping_in_a_real_terminal(session):
    tmux_wait_for(session, "Index ready: 4 articles")
    # the list filled and its first article previewed, as a reader sees it before moving
    _article_shown(session, "d_gazette.txt")
    # newest first: Geneva Gazette, Baltic Times, Kyiv Independent, Stars and Stripes
    tmux_send(session, "j", "j", "Enter")
    _article_shown(session, "b_independent.txt")
    tmux_send(session, "]")
    screen = tmux_wait_for(session, "also in 3 articles · first")
    assert "2022-02-16, Stars and Stripes" in screen
    assert "⚑ worded differently · credited" in screen

    tmux_send(session, "p")
    screen = tmux_wait_for(session, "Quote in 4 articles · earliest first")
    assert "worded differently   same speaker, other words" in screen
    assert "credited differently   same words, another speaker" in screen
    assert "Sergey Lavrov  credited differently" in screen
    assert "Dmitry Peskov  worded differently" in screen

    tmux_send(session, "j")  # the partial quote, in the Baltic Times
    assert "Baltic states stay on alert" in _article_shown(session, "c_baltic.txt")
    tmux_send(session, "j")  # the same words credited to Lavrov
    assert "Lavrov speaks in Geneva" in _article_shown(session, "d_gazette.txt")
    tmux_send(session, "g")  # the earliest version
    _article_shown(session, "a_stripes.txt")
    tmux_send(session, "Enter")
    screen = tmux_wait_for(session, "2022-02-16, Stars and Stripes, this")  # wraps
    assert "Quote in 4 articles" not in screen
