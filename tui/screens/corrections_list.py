"""Every correction of the corpus, and which are orphaned (`C`), like the `u` screen."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static
from warreader.tui.keymap import key_named
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
            with self.lock:  # the file is the truth: `warreader corrections --rename`
                self.corpus.reload_corrections()  # while the reader ran was not listed
                states = correction_states(self.corpus)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            self.app.call_from_thread(self._show_problem, str(exc) or type(exc).__name__)
            return
        self.app.call_from_thread(self._show, states)
        # a damaged file the reload set aside is said, as a refresh says it (review revU27 U1)
        main = getattr(self.app, "main_screen", None)
        self.app.call_from_thread(getattr(main, "report_corrections_problem", _nothing))

    def _show_problem(self, problem: str) -> None:
        self.query_one("#corrections-table", Static).update(plain_text(problem))

    def _show(self, states: list) -> None:
        """The title counts, escape closes (whole at 80 columns: the title also carried
        the shell's --remove hint and was cut before "escape closes"); the table, then
        how to delete one; or how to make the first."""
        orphans = sum(1 for s in states if s.orphaned)
        body = self.query_one("#corrections-body")
        counts = f"{plural(len(states), 'correction')}, {orphans} orphaned" if states \
            else "corrections"
        body.border_title = f"{counts} · escape closes"
        table = self.query_one("#corrections-table", Static)
        if not states:
            table.update(f"No corrections yet: {key_named(self.app, 'correct')} on a quote "
                         "or a speaker corrects the engine.")
            return
        undo = key_named(self.app, "undo-correction")
        table.update(Group(states_table(states), Text(
            f"\n`warreader corrections --remove N` deletes correction N ({undo} undoes the "
            "last of this session).", style="dim")))


def _nothing() -> None:
    """No app to tell (a screen tested alone)."""
