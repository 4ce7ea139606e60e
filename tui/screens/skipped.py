"""The list of corpus files that could not be read, with the reason for each (`u`)."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static
from warreader.tui.safe_text import plain_text
from warreader.tui.screens.panel import panel_css


class SkippedScreen(ModalScreen[None]):
    """Shows ``(path, reason)`` pairs; escape or q closes it."""

    BINDINGS = [Binding("escape,q,u", "dismiss", "Close", id="close-skipped")]
    SCOPED_CSS = False
    DEFAULT_CSS = panel_css("SkippedScreen", "skipped-body")

    def __init__(self, skipped: list[tuple[str, str]]) -> None:
        super().__init__()
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True)
        table.add_column("File", overflow="fold")
        table.add_column("Why it was skipped", overflow="fold")
        for path, reason in self.skipped:  # Text cells: a path is never read as markup
            table.add_row(plain_text(path), plain_text(reason))
        with VerticalScroll(id="skipped-body") as scroll:
            scroll.border_title = f"{len(self.skipped)} unreadable files · escape closes"
            yield Static(table if self.skipped else "Every file was read.")
