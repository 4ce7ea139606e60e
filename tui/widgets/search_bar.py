"""The search bar: a query Input with completion and a result count; under them, while
the query cannot be searched, the parser's message in full (wrapped, never cut), or,
when a query found nothing for a reason of the corpus's shape, that reason (a hint, in
the theme's warning colour: no error)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static
from warreader.tui.keymap import SEARCH_BINDINGS
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.bar_input import BarInput
from warreader.tui.widgets.query_suggester import QuerySuggester

PLACEHOLDER = "words, \"a phrase\", speaker:peskov, title:…, date:2022, kind:quote"


class SearchBar(Vertical):
    """Posts ``Changed`` as the query is typed; enter and escape run the screen's
    ``submit_search`` and ``leave_search`` in turn with the typing (BarInput)."""

    @dataclass
    class Changed(Message):
        """The query text changed."""

        query: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.suggester = QuerySuggester()

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Static(" Search ", id="search-prompt")
            yield BarInput(SEARCH_BINDINGS, placeholder=PLACEHOLDER, suggester=self.suggester,
                           id="query", compact=True)
            yield Static("", id="search-status", markup=False)
        yield Static("", id="search-error", markup=False)

    @property
    def input(self) -> BarInput:
        """The query input."""
        return self.query_one("#query", BarInput)

    def set_status(self, text: str, error: bool = False, hint: str = "",
                   note: str = "") -> None:
        """Show a result count, or (``error``) the parser's message on its own line;
        ``hint``: why the count is 0, on that line (not an error: no error colour);
        ``note``: what the count's query left out, on that line, muted."""
        self.query_one("#search-status", Static).update("" if error else one_line(text))
        message = self.query_one("#search-error", Static)
        line = text if error else hint or note
        message.update(one_line(line))  # a message may echo the query
        message.set_class(bool(line), "-shown")
        message.set_class(bool(hint) and not error, "-hint")
        message.set_class(bool(note) and not hint and not error, "-note")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))
