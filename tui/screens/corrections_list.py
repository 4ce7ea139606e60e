"""Every correction of the corpus, and which are orphaned (`C`), like the `u` screen."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static
from warreader.tui.safe_text import one_line, plain_text
from warreader.tui.screens.panel import PanelScroll, panel_css
from warreader.tui.wording import plural


def states_table(states: list) -> Table:
    """The corrections (CorrectionState) as a table: number, what, orphaned or not."""
    table = Table(box=None, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("Correction", overflow="fold", ratio=3)
    table.add_column("Orphaned", overflow="fold", ratio=2, style="yellow")
    for s in states:  # Text cells: names and quotes are never read as markup
        table.add_row(str(s.number), plain_text(s.correction.describe()),
                      plain_text(s.orphaned or ""))
    return table


class CorrectionsScreen(ModalScreen[None]):
    """Lists the corrections (checked in a worker); escape, q or C closes it."""

    BINDINGS = [Binding("escape,q,C", "dismiss", "Close", id="close-corrections")]
    SCOPED_CSS = False
    DEFAULT_CSS = panel_css("CorrectionsScreen", "corrections-body")

    def __init__(self, corpus, lock, path: str) -> None:
        super().__init__()
        self.corpus, self.lock, self.path = corpus, lock, path

    def compose(self) -> ComposeResult:
        with PanelScroll(id="corrections-body") as scroll:
            scroll.border_title = "corrections · escape closes"
            scroll.border_subtitle = escape(one_line(self.path))
            yield Static("Checking the corrections…", id="corrections-table")

    def on_mount(self) -> None:
        self._check()

    @work(thread=True, exclusive=True, group="corrections")
    def _check(self) -> None:
        from warreader.index.annotations.orphans import correction_states

        try:
            with self.lock:
                states = correction_states(self.corpus)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            self.app.call_from_thread(self._show_problem, str(exc) or type(exc).__name__)
            return
        self.app.call_from_thread(self._show, states)

    def _show_problem(self, problem: str) -> None:
        self.query_one("#corrections-table", Static).update(plain_text(problem))

    def _show(self, states: list) -> None:
        orphans = sum(1 for s in states if s.orphaned)
        body = self.query_one("#corrections-body")
        body.border_title = (f"{plural(len(states), 'correction')}, {orphans} orphaned · "
                             "`warreader corrections --remove N` deletes one · escape closes")
        table = self.query_one("#corrections-table", Static)
        table.update(states_table(states) if states else
                     "No corrections yet: c on a quote or a speaker corrects the engine.")
