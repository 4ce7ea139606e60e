"""Going to the source: `v` opens the article's file in the editor, `x` its URL.

A mixin of :class:`tui.screens.main.MainScreen`. The editor (or pager) runs with the
app suspended, at the current quote's line (:mod:`tui.open_source` picks the command);
a graphical browser opens in a worker so the reader never waits for it, a text browser
(lynx, w3m) gets the terminal the way the editor does.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual import work
from textual.app import SuspendNotSupported
from textual.message import Message
from warreader.tui.keymap import key_named
from warreader.tui.safe_text import one_line

if TYPE_CHECKING:  # imported on first use: the first screen does without them
    from warreader.tui.open_source import Browser


class BrowserDone(Message):
    """The browser worker finished: ``problem`` is None when ``url`` was handed over."""

    def __init__(self, url: str, browser: str, problem: str | None) -> None:
        super().__init__()
        self.url, self.browser, self.problem = url, browser, problem


class SourceMixin:
    """The `v` and `x` keys."""

    def _source_line(self) -> int | None:
        """The file line of the current quote (else of the article's first paragraph)."""
        from warreader.index.articles import ArticleError, read_source_text
        from warreader.tui.open_source import line_of

        article = self.article
        if self.body.current is not None:
            offset = self.quotes[self.body.current].start
        elif article.paragraphs:
            offset = article.paragraphs[0].start
        else:
            return None
        try:
            return line_of(read_source_text(article.path), offset)
        except ArticleError:
            return None

    def action_open_source(self) -> None:
        """Open the article's file in $VISUAL/$EDITOR ($PAGER, less) at the quote (`v`)."""
        from warreader.tui.open_source import editor_command

        if self.article is None:
            self.notify("No article open: choose one in the list first.", severity="warning")
            return
        path = self.article.path
        if not os.path.isfile(path):
            self.notify(one_line(f"The file is gone: {path}"), severity="error", markup=False)
            return
        command = editor_command(os.environ, path, self._source_line())
        before = _mtime(path)
        try:
            status = self._run_in_terminal(command.argv)
        except FileNotFoundError:
            self.notify(one_line(f"Cannot open the file: {command.program!r} ({command.source})"
                                 " was not found; set $VISUAL or $EDITOR."),
                        severity="error", markup=False)
            return
        except OSError as exc:
            self.notify(one_line(f"Cannot run {command.program!r} ({command.source}): "
                                 f"{exc.strerror or exc}"), severity="error", markup=False)
            return
        if status != 0:
            self.notify(one_line(f"{command.program} exited with status {status}."),
                        severity="warning", markup=False)
        elif _mtime(path) != before:
            self.notify(f"The file changed: {key_named(self.app, 'reindex')} re-reads it into "
                        "the index.", markup=False)

    def _run_in_terminal(self, argv: list[str]) -> int:
        """Run ``argv`` with the terminal handed over (the app suspended, then restored);
        its exit status. Where suspending is not possible (a headless run), it runs as is."""
        import subprocess

        try:
            with self.app.suspend():
                return subprocess.run(argv, check=False).returncode
        except SuspendNotSupported:
            return subprocess.run(argv, check=False, stdin=subprocess.DEVNULL).returncode

    def action_open_url(self) -> None:
        """Open the article's web address in the browser (`x`)."""
        from warreader.tui.open_source import find_browser

        if self.article is None:
            self.notify("No article open: choose one in the list first.", severity="warning")
            return
        url = self.article.url
        if not url:
            self.notify("This article states no web address (an HTML canonical link or a "
                        "URL: line in the file).", severity="warning")
            return
        browser = find_browser()
        if browser is None:
            self.notify(one_line(f"No web browser found (set $BROWSER); the address: {url}"),
                        severity="warning", markup=False, timeout=10)
        elif browser.in_terminal:  # a text browser takes the terminal, as the editor does
            try:
                with self.app.suspend():
                    problem = _open(browser, url, "it exited with an error")
            except SuspendNotSupported:
                problem = _open(browser, url, "it exited with an error")
            self.on_browser_done(BrowserDone(url, browser.name, problem))
        else:
            self._open_in_browser(browser, url)

    @work(thread=True, exclusive=True, group="browser")
    def _open_in_browser(self, browser: Browser, url: str) -> None:
        self.post_message(BrowserDone(url, browser.name, _open(browser, url)))

    def on_browser_done(self, message: BrowserDone) -> None:
        if message.problem is None:
            self.notify(one_line(f"Opened {message.url} in {message.browser}."), markup=False)
        else:
            self.notify(one_line(f"{message.browser} could not open {message.url}: "
                                 f"{message.problem}"), severity="error", markup=False)


def _open(browser: Browser, url: str, refused: str = "the browser refused it") -> str | None:
    """Hand ``url`` to ``browser``; None, or what went wrong in one line (``refused``
    when the browser only said no)."""
    try:
        return None if browser.open(url) else refused
    except Exception as exc:  # noqa: BLE001 - any browser launcher's failure is reported
        return one_line(str(exc) or type(exc).__name__)


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None
