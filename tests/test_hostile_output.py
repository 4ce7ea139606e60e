"""Issue 16, items 4, 5 and 12: what the app and the CLI write is never driven by the
articles, and quitting never waits for a worker.

4. Markup in titles, quotes, file names and the config is shown as text (the `y` toast,
   the palette, the unreadable-files panel, the theme warning, the CLI tables).
5. Terminal control characters (OSC 52 clipboard writes, OSC 0 titles, OSC 8 links,
   clears, BEL, C1, bidi overrides) never reach the terminal, from the app (what the
   driver writes is captured) or the CLI; JSON escapes them and keeps the data.
12. `q` returns while a query or an index step is stuck, and a FIFO in the corpus does
   not keep the process alive after `q`.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from textual.drivers.headless_driver import HeadlessDriver
from textual.widgets._toast import Toast
from warreader.index.corpus import Corpus
from warreader.tui.safe_text import json_safe, terminal_safe

from tests.hostile_support import (
    BARE_CLOSE_QUOTE,
    CLICK_QUOTE,
    MARKUP_TITLE,
    OSC52,
    SKIPPED_NAME,
    add_fifo,
    forbidden_in,
    unsafe_chars,
    write_hostile_corpus,
)
from tests.tui_support import article_id_of, make_app, press, settle, wait_ready

REPO = Path(__file__).resolve().parents[1]
CSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]")  # what Textual and Rich emit for styling
POINTER = re.compile(r"\x1b\]22;[\w-]*\x07")  # Textual's own mouse pointer shape (OSC 22)


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_hostile_corpus(tmp_path / "corpus")


@pytest.fixture
def terminal(monkeypatch) -> list[str]:
    """Everything the app writes to its terminal: the headless driver made to render
    (as a real one does) into this list."""
    written: list[str] = []
    monkeypatch.setattr(HeadlessDriver, "is_headless", property(lambda self: False))
    monkeypatch.setattr(HeadlessDriver, "write", lambda self, data: written.append(data))
    monkeypatch.setattr(HeadlessDriver, "flush", lambda self: None, raising=False)
    return written


def _own_removed(written: list[str]) -> str:
    """The captured terminal output without Textual's pointer-shape sequence."""
    return POINTER.sub("", "".join(written))


def _shown(written: list[str]) -> str:
    """The captured terminal output without Textual's own colour, cursor and pointer
    sequences: the text on screen, line by line."""
    return CSI.sub("", _own_removed(written))


async def _until_shown(pilot, written: list[str], text: str) -> None:
    """Let the app paint until ``text`` has been written to the terminal."""
    for _ in range(200):
        if text in _shown(written):
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{text!r} was never painted")


async def _open(pilot, name_part: str) -> None:
    screen = pilot.app.main_screen
    screen.articles.select_id(article_id_of(pilot.app, name_part))
    screen.open_article(article_id_of(pilot.app, name_part))
    await settle(pilot)


def _toasts(app) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query(Toast)]


# -- 4: markup is text --------------------------------------------------------------


async def test_y_toast_shows_a_quote_with_markup_literally(tmp_path, corpus):
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await wait_ready(pilot)
        await _open(pilot, "markup.txt")
        await press(pilot, "2", "]", "y")  # [@click=app.quit]QUITNOW[/]: a click used to quit
        assert app.is_running
        assert any(f"“{CLICK_QUOTE.rstrip(',')}”" in text for text in _toasts(app))
        assert app.last_copied.startswith(f"“{CLICK_QUOTE.rstrip(',')}” — the minister")
        await press(pilot, "]", "y")  # "Nothing [/] here": MarkupError (auto closing tag)
        assert app.is_running
        assert any(BARE_CLOSE_QUOTE.rstrip(",") in text for text in _toasts(app))


async def test_unreadable_panel_shows_a_path_with_markup_literally(tmp_path, corpus, terminal):
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "u")  # the path .../skip[/b].txt crashed the panel
        assert app.screen.__class__.__name__ == "SkippedScreen"
        await _until_shown(pilot, terminal, "Why it was skipped")
        assert forbidden_in(_own_removed(terminal)) == []
        from textual.widgets import Static

        wide = Console(width=400, file=io.StringIO(), color_system=None)
        wide.print(app.screen.query_one(Static).content)  # paths unfolded
        assert SKIPPED_NAME in wide.file.getvalue()
        assert "name␛]0;PWNED-NAME␇.txt" in wide.file.getvalue()


async def test_a_theme_with_markup_is_named_literally(tmp_path, corpus):
    app = make_app(tmp_path / "ix", [corpus], theme="[/]")  # crashed the app at start
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_ready(pilot)
        assert app.is_running
        assert any("Unknown theme '[/]'" in text for text in _toasts(app))


async def test_palette_lists_a_title_with_markup_literally(tmp_path, corpus):
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        for key in "closing":
            await pilot.press(key)
        await pilot.pause(0.5)
        await settle(pilot)
        from textual.command import CommandList

        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt)
                   for i in range(options.option_count)]
        assert any(f"Go to article: {MARKUP_TITLE}" in p for p in prompts), prompts


def _cli(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("WARREADER_")}
    environ.update(PYTHONPATH=str(REPO), XDG_CONFIG_HOME=str(cwd / "xdg"),
                   WARREADER_INDEX_DIR=str(cwd / "ix"), COLUMNS="300", **env)
    return subprocess.run([sys.executable, "-m", "warreader.tui.cli", *args],
                          capture_output=True, text=True, cwd=cwd, env=environ, timeout=300)


TABLES = (["articles"], ["quotes", "--format", "table"], ["search", "peskov"])


@pytest.mark.parametrize("command", TABLES, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("forced", [False, True], ids=["piped", "terminal"])
def test_cli_tables_show_markup_literally(tmp_path, corpus, command, forced):
    env = {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"} if forced else {"NO_COLOR": "1"}
    proc = _cli([*command, str(corpus)], tmp_path, **env)
    assert proc.returncode == 0, proc.stderr  # `Closing [/bold] tag` crashed even piped
    assert "Traceback" not in proc.stderr
    out = CSI.sub("", proc.stdout)
    assert "\x1b]8;" not in proc.stdout  # [link=file:///etc/passwd] was a terminal link
    if command[0] in ("articles", "search"):
        assert MARKUP_TITLE in out
    if command[0] in ("quotes", "search"):
        assert "[@click=app.quit]QUITNOW[/]" in out


# -- 5: no terminal control from the articles ---------------------------------------


CONTROL_OUTPUTS = (
    ["articles"], ["quotes", "--format", "table"], ["quotes", "--format", "csv"],
    ["speakers"], ["search", "peskov"], ["search", "minister", "--kind", "article"],
    ["index"],
)


@pytest.mark.parametrize("command", CONTROL_OUTPUTS, ids=lambda c: " ".join(c))
def test_cli_output_holds_no_terminal_control(tmp_path, corpus, command):
    proc = _cli([*command, str(corpus)], tmp_path, NO_COLOR="1")
    assert proc.returncode == 0, proc.stderr
    assert unsafe_chars(proc.stdout) == [] and forbidden_in(proc.stdout) == []
    assert unsafe_chars(proc.stderr) == []  # the skipped file name holds ESC and BEL
    if command[0] == "articles":  # the title; the others show the quote
        assert "Escapes ␛]0;PWNED-TITLE␇in the title" in proc.stdout
    elif command[0] not in ("index", "speakers"):
        assert "␛]52;c;" in proc.stdout  # shown, inert
    assert "name␛]0;PWNED-NAME␇.txt" in proc.stdout + proc.stderr


@pytest.mark.parametrize(
    "command", (["articles", "--json"], ["quotes", "--format", "jsonl"], ["speakers", "--json"],
                ["search", "peskov", "--json"]), ids=lambda c: " ".join(c))
def test_json_escapes_every_control_and_keeps_the_text(tmp_path, corpus, command):
    proc = _cli([*command, str(corpus)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert unsafe_chars(proc.stdout) == []  # C1 and bidi were written raw
    lines = proc.stdout.splitlines() if command[-1] == "jsonl" else [proc.stdout]
    data = "\n".join(_strings([json.loads(line) for line in lines]))
    if command[0] != "speakers":  # the text itself is intact
        assert OSC52 in data and "\u202eevil\u202c" in data and "\x9b31m" in data


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in _strings(item)] if isinstance(value, list) else []


def test_provenance_output_holds_no_terminal_control(tmp_path, corpus):
    """The hostile quote reported by a second article: a provenance group."""
    (corpus / "escapes-again.txt").write_text(
        (corpus / "escapes.txt").read_text(encoding="utf-8").replace("Escapes", "Again"),
        encoding="utf-8")
    table = _cli(["provenance", str(corpus)], tmp_path, NO_COLOR="1")
    assert table.returncode == 0, table.stderr
    assert "· 2 articles" in table.stdout and "␛]52;c;" in table.stdout
    assert unsafe_chars(table.stdout + table.stderr) == []
    as_json = _cli(["provenance", "--json", str(corpus)], tmp_path)
    assert unsafe_chars(as_json.stdout) == []
    assert OSC52 in "\n".join(_strings(json.loads(as_json.stdout)))


async def test_group_list_never_writes_article_controls(tmp_path, corpus, terminal):
    (corpus / "escapes-again.txt").write_text(
        (corpus / "escapes.txt").read_text(encoding="utf-8").replace("Escapes", "Again"),
        encoding="utf-8")
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await _open(pilot, "escapes.txt")
        await press(pilot, "2", "]")
        for _ in range(100):  # the group is looked up in a worker
            if app.main_screen.group is not None:
                break
            await pilot.pause(0.05)
        await press(pilot, "p")
        assert app.screen.__class__.__name__ == "GroupScreen"
        await _until_shown(pilot, terminal, "Quote in 2 articles")
        assert forbidden_in(_own_removed(terminal)) == []


async def test_app_never_writes_article_controls_to_the_terminal(tmp_path, corpus, terminal):
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await _open(pilot, "escapes.txt")  # previewing it set the clipboard (OSC 52)
        await press(pilot, "2", "]")  # the quote current: body, sidebar
        await press(pilot, "s", "3", "enter")  # corpus speakers, Peskov's quotes
        await press(pilot, "/")
        for key in "peskov":
            await pilot.press(key)
        await pilot.pause(0.4)
        await settle(pilot)  # results with the quote's fragment
        await press(pilot, "ctrl+p")
        for key in "escapes":
            await pilot.press(key)
        await pilot.pause(0.5)
        await settle(pilot)
        await _until_shown(pilot, terminal, "Go to article: Escapes ␛]0;PWNED-TITLE␇in")
        assert "␛]52;c;" in _shown(terminal)  # the article was shown, its ESC inert
        assert forbidden_in(_own_removed(terminal)) == []


def test_terminal_safe_replaces_each_control_with_one_visible_character():
    text = f"a{OSC52}\t\r\n\x9b\u202eb\udcff"
    safe = terminal_safe(text)
    assert len(safe) == len(text)
    assert safe == "a␛]52;c;UFdORUQtQ0xJUEJPQVJE␛\\  \n\ufffd\ufffdb\ufffd"
    assert terminal_safe("a\nb", newlines=False) == "a b"
    assert terminal_safe("plain text, “quoted”, ünïcode") == "plain text, “quoted”, ünïcode"


@given(st.text())
def test_terminal_safe_keeps_length_and_leaves_nothing_unsafe(text):
    safe = terminal_safe(text, newlines=False)
    assert len(safe) == len(text)
    assert unsafe_chars(safe) == [] and "\n" not in safe and "\t" not in safe
    for before, after in zip(text, safe, strict=True):
        if before not in "\t\n" and not unsafe_chars(before):
            assert before == after  # everything else is kept as it was


@given(st.text(st.characters(exclude_categories=())))  # lone surrogates too
def test_json_safe_escapes_and_round_trips(text):
    dumped = json_safe(json.dumps({"t": text}, ensure_ascii=False))
    assert unsafe_chars(dumped) == []
    dumped.encode("utf-8")  # no lone surrogate left to fail on output
    assert json.loads(dumped) == {"t": text}


# -- 12: quitting never waits for a worker -------------------------------------------


def _run_until_quit(app, ready) -> threading.Thread:
    """Run ``app`` (headless, with its own event loop, as `warreader` does) in a thread;
    press q once ``ready(app)`` is true."""

    async def auto_pilot(pilot) -> None:
        while not ready(pilot.app):
            await pilot.pause(0.05)
        await pilot.press("q")

    runner = threading.Thread(
        target=app.run, kwargs={"headless": True, "size": (120, 40), "auto_pilot": auto_pilot},
        daemon=True,
    )
    runner.start()
    return runner


@pytest.mark.parametrize("stuck", ["refresh", "search"])
def test_q_returns_while_a_worker_is_stuck(tmp_path, monkeypatch, stuck):
    """A query or an index step that never ends (it waits for an Event nobody sets):
    `q` still ends ``App.run`` (it used to wait for the thread at loop shutdown)."""
    started, never = threading.Event(), threading.Event()
    original = getattr(Corpus, stuck)

    def blocked(self, *args, **kwargs):
        if stuck == "search" and not args[0].startswith("peskov"):
            return original(self, *args, **kwargs)
        started.set()
        never.wait()
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Corpus, stuck, blocked)
    app = make_app(tmp_path / "ix")
    if stuck == "search":
        async def search_then_quit(pilot) -> None:
            await wait_ready(pilot)
            await press(pilot, "/")
            for key in "peskov":
                await pilot.press(key)
            while not started.is_set():
                await pilot.pause(0.05)
            await pilot.press("escape", "escape", "q")

        runner = threading.Thread(target=app.run, daemon=True, kwargs={
            "headless": True, "size": (120, 40), "auto_pilot": search_then_quit})
        runner.start()
    else:
        runner = _run_until_quit(app, lambda _app: started.is_set())
    try:
        runner.join(timeout=120)  # a guard against hanging the suite, not a timing target
        assert not runner.is_alive(), "q did not return while a worker was stuck"
        assert started.is_set() and not never.is_set()
    finally:
        never.set()


def test_q_returns_with_a_fifo_in_the_corpus(tmp_path, corpus):
    """A named pipe nobody writes to: the index worker may wait on it (or skip it);
    `q` ends the app either way."""
    add_fifo(corpus)
    app = make_app(tmp_path / "ix", [corpus])

    def indexing_or_ready(app) -> bool:
        status = getattr(app.main_screen, "status", None)
        if status is None:
            return False
        text = str(status.query_one("#status-text").render())
        return text.startswith(("Indexing", "Index ready", "Index unavailable"))

    runner = _run_until_quit(app, indexing_or_ready)
    runner.join(timeout=120)  # a guard against hanging the suite, not a timing target
    assert not runner.is_alive(), "q did not return with a FIFO in the corpus"


def test_a_helper_process_still_running_is_killed_at_exit(tmp_path):
    """The indexing helper process of a build abandoned by `q` does not outlive us."""
    script = (
        "import subprocess, sys\n"
        "from warreader.index.search import pipeline\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
        "pipeline._LIVE.add(child)\n"
        "print(child.pid, flush=True)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    pid = int(proc.stdout)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return  # killed and reaped
    status = Path(f"/proc/{pid}/status").read_text() if Path(f"/proc/{pid}").exists() else ""
    assert "zombie" in status or not status, f"helper {pid} still runs: {status[:80]}"
