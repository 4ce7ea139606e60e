"""The installed `warreader` in a real terminal (tmux) on hostile articles (issue 16).

Markup in titles and quotes, OSC 52 clipboard writes, OSC 0 title changes, OSC 8 links,
screen clears and bidi overrides in the text and file names, unreadable files, and a
FIFO: the terminal's clipboard (tmux's paste buffers, with ``set-clipboard on``) and
the pane title stay untouched while every view shows them, no traceback appears, and
`q` ends the process. A probe first shows that this tmux does take both sequences from
a program, so the test can fail.

Each run uses a tmux server of its own (``-L``): ``set-clipboard`` is a server option.
Skipped when tmux or the `warreader` script is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.hostile_support import (
    CLICK_QUOTE,
    CLIPBOARD_PAYLOAD,
    MARKUP_TITLE,
    TITLE_PAYLOAD,
    add_fifo,
    write_hostile_corpus,
)

TMUX = shutil.which("tmux")
WARREADER = shutil.which("warreader") or str(Path(sys.executable).with_name("warreader"))

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(not Path(WARREADER).exists(), reason="warreader is not installed"),
]


class Tmux:
    """A private tmux server (its own socket) with clipboard writes accepted."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"warreader-hostile-{uuid.uuid4().hex[:8]}"
        self.conf = tmp_path / "tmux.conf"
        self.conf.write_text("set -s set-clipboard on\nset -g history-limit 100\n",
                             encoding="utf-8")

    def __call__(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run([TMUX, "-L", self.socket, "-f", str(self.conf), *args],
                              check=check, capture_output=True, text=True)
        return proc.stdout

    def start(self, name: str, command: str) -> None:
        """Start the session; a tmux server that fails to come up (seen once in CI under
        load: exit 1 before warreader ran) is tried once more, then reported with tmux's
        own words."""
        args = ("new-session", "-d", "-s", name, "-x", "160", "-y", "45", command)
        for attempt in range(2):
            proc = subprocess.run([TMUX, "-L", self.socket, "-f", str(self.conf), *args],
                                  capture_output=True, text=True)
            if proc.returncode == 0:
                return
            if attempt == 0:
                self("kill-server", check=False)  # this test's own private server only
                time.sleep(0.5)
        raise AssertionError(f"tmux new-session failed ({proc.returncode}): {proc.stderr!r}")

    def screen(self, name: str) -> str:
        return self("capture-pane", "-p", "-t", name)

    def title(self, name: str) -> str:
        return self("display-message", "-p", "-t", name, "#{pane_title}").strip()

    def buffers(self) -> list[str]:
        names = self("list-buffers", "-F", "#{buffer_name}", check=False).split()
        return [self("show-buffer", "-b", n) for n in names]

    def wait_for(self, name: str, *texts: str, timeout: float = 90.0) -> str:
        deadline = time.monotonic() + timeout  # a guard against hanging, not a target
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(name)
            if any(t in screen for t in texts):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"none of {texts!r} appeared on screen:\n{screen}")

    def send(self, name: str, *keys: str, literal: bool = False) -> None:
        for key in keys:
            self("send-keys", "-t", name, *(["-l"] if literal else []), key)
            time.sleep(0.3)


@pytest.fixture
def tmux(tmp_path):
    server = Tmux(tmp_path)
    yield server
    server("kill-server", check=False)


def _probe(tmux: Tmux) -> None:
    """This tmux takes a program's OSC 52 into a buffer and OSC 0 into the pane title;
    then both are reset."""
    tmux.start("probe", "printf '\\033]52;c;cHJvYmU=\\a\\033]0;probe-title\\a'; sleep 30")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (tmux.buffers() and tmux.title("probe")):
        time.sleep(0.1)
    assert tmux.buffers() == ["probe"], "tmux did not take OSC 52 from a program"
    assert tmux.title("probe") == "probe-title", "tmux did not take OSC 0 from a program"
    tmux("delete-buffer")
    tmux("kill-session", "-t", "probe")


def _command(tmp_path: Path, corpus: Path) -> str:
    env = {"WARREADER_INDEX_DIR": str(tmp_path / "index"),
           "WARREADER_CONFIG": str(tmp_path / "config.yaml"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
           "XDG_STATE_HOME": str(tmp_path / "state"),  # never the user's reading places
           "TERM": "xterm-256color"}
    (tmp_path / "config.yaml").write_text("theme: textual-dark\n", encoding="utf-8")
    exports = " ".join(f"{k}='{v}'" for k, v in env.items())
    return (f"env -u COLUMNS -u LINES {exports} {WARREADER} '{corpus}'; "
            "echo \"warreader exited $?\"; sleep 30")


def _assert_untouched(tmux: Tmux, name: str, title: str) -> None:
    assert tmux.buffers() == [], f"the clipboard was written: {tmux.buffers()!r}"
    assert tmux.title(name) == title and TITLE_PAYLOAD not in tmux.title(name)


def test_hostile_corpus_leaves_clipboard_and_title_untouched(tmp_path, tmux):
    _probe(tmux)
    corpus = write_hostile_corpus(tmp_path / "corpus")
    tmux.start("reader", _command(tmp_path, corpus))
    title = tmux.title("reader")
    screen = tmux.wait_for("reader", "Index ready: 2 articles")
    assert "2 unreadable" in screen

    # every view of the hostile text: list, body (previewed, then each quote),
    # sidebar (article and corpus), search results, unreadable files, palette
    tmux.send("reader", "j", "k", "j", "2", "]", "]", "s", "3", "Enter", "s")
    tmux.send("reader", "/")
    tmux.send("reader", "peskov", literal=True)
    tmux.send("reader", "Enter", "j", "Escape", "Escape", "u")
    screen = tmux.wait_for("reader", "unreadable files")
    assert "skip[/b].txt" in screen and "name␛]0;PWNED-NAME␇.txt" in screen
    tmux.send("reader", "Escape", "C-p")
    tmux.send("reader", "escapes", literal=True)
    screen = tmux.wait_for("reader", "Go to article: Escapes ␛]0;PWNED-TITLE␇in")
    tmux.send("reader", "Escape", "1", "g")
    screen = tmux.wait_for("reader", "␛]52;c;")  # the body shows the sequence, inert
    assert "Closing [/bold] tag" in screen and "Traceback" not in screen
    _assert_untouched(tmux, "reader", title)

    # y copies the current quote, as text: the one buffer is the citation, markup kept
    tmux.send("reader", "1", "G", "2", "]", "y")  # markup.txt: undated, listed by path
    tmux.wait_for("reader", "Sent to the terminal clipboard")
    copied = tmux.buffers()
    assert len(copied) == 1 and copied[0].startswith(f"“{CLICK_QUOTE.rstrip(',')}”")
    assert MARKUP_TITLE in copied[0] and CLIPBOARD_PAYLOAD not in copied[0]
    tmux("delete-buffer")

    tmux.send("reader", "q")
    screen = tmux.wait_for("reader", "warreader exited")
    assert "warreader exited 0" in screen and "Traceback" not in screen
    _assert_untouched(tmux, "reader", title)


def test_fifo_in_the_corpus_never_keeps_the_reader_running(tmp_path, tmux):
    corpus = write_hostile_corpus(tmp_path / "corpus")
    add_fifo(corpus)
    tmux.start("fifo", _command(tmp_path, corpus))
    title = tmux.title("fifo")
    screen = tmux.wait_for("fifo", "Indexing", "Index ready")
    assert "Traceback" not in screen
    tmux.send("fifo", "q")
    screen = tmux.wait_for("fifo", "warreader exited")  # it used to run on, invisible
    assert "warreader exited 0" in screen and "Traceback" not in screen
    _assert_untouched(tmux, "fifo", title)
