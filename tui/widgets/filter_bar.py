"""The article list's filter bar (`f`): a line of filters, applied as they are typed.

``outlet:reuters speaker:peskov date:2022-02..2022-03 folder:politics oil`` (see
:mod:`index.search.article_filter`). Under the input, while the line cannot be read,
the reason in full; the list keeps the last filter that could.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static
from warreader.tui.keymap import FILTER_BAR_BINDINGS
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.bar_input import BarInput

PLACEHOLDER = "outlet:… author:… date:2022-02..2022-03 folder:… speaker:peskov title words"


class FilterBar(Vertical):
    """Posts ``Changed`` as the filter is typed; enter and escape run the screen's
    ``filter_done`` and ``clear_filter`` in turn with the typing (BarInput)."""

    class Changed(Message):
        """The filter line changed."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def compose(self) -> ComposeResult:
        with Horizontal(id="filter-row"):
            yield Static(" Filter articles ", id="filter-prompt")
            yield BarInput(FILTER_BAR_BINDINGS, placeholder=PLACEHOLDER, id="filter-input",
                           compact=True)
            yield Static("", id="filter-count", markup=False)
        yield Static("", id="filter-error", markup=False)

    @property
    def input(self) -> Input:
        """The filter input."""
        return self.query_one("#filter-input", Input)

    def set_count(self, text: str) -> None:
        """Show how many articles the filter keeps ("37 of 1,808")."""
        self.query_one("#filter-count", Static).update(one_line(text))

    def set_error(self, text: str | None) -> None:
        """Show why the line cannot be read (None: it can)."""
        error = self.query_one("#filter-error", Static)
        error.update(one_line(text or ""))
        error.set_class(bool(text), "-shown")
        error.remove_class("-hint")

    def set_hint(self, text: str) -> None:
        """Show why the filter keeps nothing, with what would keep something ("did you
        mean speaker:wenger, as in Arsène Wenger?"), on the error's line, not as an error."""
        error = self.query_one("#filter-error", Static)
        error.update(one_line(text))
        error.set_class(True, "-shown", "-hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))
