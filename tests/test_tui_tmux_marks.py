"""The installed `warreader` in tmux, issue 12's journey: search speaker:peskov, mark two
quotes, correct one speaker, export the marked quotes to Markdown from the dialog,
restart, and find the marks and the correction still there.

Skipped when tmux or the `warreader` script is missing.
"""

from __future__ import annotations

import re
import uuid

import pytest

from tests.test_tui_tmux import TMUX, WARREADER, tmux_kill, tmux_run, tmux_send, tmux_wait_for

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(WARREADER is None, reason="warreader is not installed"),
]


def _start(tmp_path, name: str) -> None:
    env = {"WARREADER_INDEX_DIR": str(tmp_path / "index"),
           "WARREADER_CONFIG": str(tmp_path / "config.yaml"),
           "WARREADER_DATA_DIR": str(tmp_path / "data"),
           "WARREADER_EXPORT_DIR": str(tmp_path / "docs"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "TERM": "xterm-256color"}
    (tmp_path / "config.yaml").write_text("theme: textual-dark\n", encoding="utf-8")
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    tmux_run("new-session", "-d", "-s", name, "-x", "160", "-y", "45",
             f"env -u COLUMNS -u LINES {exports} {WARREADER}; sleep 5")


@pytest.fixture
def names():
    made: list[str] = []
    yield lambda: made.append(f"warreader-marks-{uuid.uuid4().hex[:8]}") or made[-1]
    for name in made:
        tmux_kill(name)


def test_mark_two_peskov_quotes_correct_one_export_them_and_find_all_after_a_restart(
        tmp_path, names):
    first = names()
    _start(tmp_path, first)
    tmux_wait_for(first, "Index ready: 5 articles")
    tmux_send(first, "/")
    tmux_wait_for(first, "Search words")
    tmux_run("send-keys", "-t", first, "-l", "speaker:peskov")
    tmux_send(first, "Enter")
    tmux_wait_for(first, "❝ Dmitry Peskov")  # a result row: the list is drawn
    tmux_send(first, "Enter", "m")  # open the first hit at its quote, mark it
    tmux_wait_for(first, "Marked ★ (1 in this corpus")
    tmux_send(first, "n", "m")  # the next hit, marked too
    tmux_wait_for(first, "Marked ★ (2 in this corpus")
    tmux_send(first, "c")  # correct the second one's speaker: a new name
    tmux_wait_for(first, "Reassign this quote's speaker")
    tmux_send(first, "1")
    tmux_wait_for(first, "Who said it?")
    tmux_run("send-keys", "-t", first, "-l", "Ann Aide")
    tmux_wait_for(first, "new speaker: Ann Aide")
    tmux_send(first, "Enter")
    tmux_wait_for(first, "Corrected: quote")
    tmux_send(first, "e")
    screen = tmux_wait_for(first, "Export quotes")
    assert "Marked quotes (2)" in screen
    tmux_send(first, "down", "Enter", "C-s")  # what: the search results -> the marked quotes
    tmux_wait_for(first, "Wrote 2 quotes to")
    (written,) = (tmp_path / "docs").glob("warreader-marked-quotes-*.md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Marked quotes\n")
    assert "## Dmitry Peskov" in text and "## Ann Aide" in text
    assert text.count("— Dmitry Peskov, Kremlin spokes") == 1
    assert text.count("— Ann Aide") == 1
    tmux_send(first, "Escape", "Escape", "q")

    second = names()
    _start(tmp_path, second)
    tmux_wait_for(second, "Index ready: 5 articles")
    tmux_send(second, "M")
    screen = tmux_wait_for(second, "Marked quotes · 2 marks")
    assert "Dmitry Peskov" in screen and "Ann Aide" in screen
    assert "not found" not in screen
    tmux_send(second, "Escape", "/")
    tmux_wait_for(second, "Search words")
    tmux_run("send-keys", "-t", second, "-l", 'speaker:"ann aide"')
    tmux_send(second, "Enter")
    screen = tmux_wait_for(second, "❝ Ann Aide")  # the result row, once the list is drawn
    assert re.search(r"(?<!\d)1 result(?!s)", screen) and "Ann Aide" in screen, screen
    tmux_send(second, "Escape", "Escape", "q")
