"""The search bar: a query Input with completion, and a status line for counts and errors."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static
from warreader.tui.keymap import SEARCH_BINDINGS
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.query_suggester import QuerySuggester

PLACEHOLDER = "words, \"a phrase\", speaker:peskov, title:…, date:2022, kind:quote"


class SearchBar(Horizontal):
    """Posts ``Changed`` as the query is typed, ``Submitted`` on enter, ``Left`` on escape."""

    BINDINGS = SEARCH_BINDINGS

    @dataclass
    class Changed(Message):
        """The query text changed."""

        query: str

    @dataclass
    class Submitted(Message):
        """Enter pressed in the query input."""

        query: str

    class Left(Message):
        """Escape pressed: the user wants out of the input."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.suggester = QuerySuggester()

    def compose(self) -> ComposeResult:
        yield Static(" Search ", id="search-prompt")
        yield Input(placeholder=PLACEHOLDER, suggester=self.suggester, id="query", compact=True)
        yield Static("", id="search-status", markup=False)

    @property
    def input(self) -> Input:
        """The query input."""
        return self.query_one("#query", Input)

    def set_status(self, text: str, error: bool = False) -> None:
        """Show a result count, or the parser's message when ``error``."""
        status = self.query_one("#search-status", Static)
        status.update(one_line(text))  # markup is off; a parser message may echo the query
        status.set_class(error, "-error")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))

    def action_leave(self) -> None:
        """Escape: hand focus back to the screen."""
        self.post_message(self.Left())
