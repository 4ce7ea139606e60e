"""The reader's notices (a damaged file set aside, what a refresh said) and the corpus
files that could not be read, with the reason for each (`u`).

Each file is named relative to the corpus folder that holds it (the folder shown below the
list when there is one), so a long folder never pushes the file's own name onto a second
line; a file outside every corpus folder keeps its whole path."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static
from warreader.tui.file_labels import corpus_folders, relative_to
from warreader.tui.safe_text import one_line, plain_text
from warreader.tui.screens.panel import PanelScroll, panel_css
from warreader.tui.wording import plural


class SkippedScreen(ModalScreen[None]):
    """Shows the notices, then ``(path, reason)`` pairs; escape, q or u closes it."""

    BINDINGS = [Binding("escape,q,u", "dismiss", "Close", id="close-skipped")]
    SCOPED_CSS = False
    DEFAULT_CSS = panel_css("SkippedScreen", "skipped-body")

    def __init__(self, skipped: list[tuple[str, str]],
                 roots: Iterable[Path | str] = (), notices: Iterable[str] = ()) -> None:
        """``skipped`` as ``(path, reason)`` pairs; ``roots`` the corpus folders;
        ``notices`` the reader's notices, listed above them."""
        super().__init__()
        self.skipped = skipped
        self.folders = corpus_folders(roots)
        self.notices = list(notices)

    def compose(self) -> ComposeResult:
        with PanelScroll(id="skipped-body") as scroll:
            shown = [plural(len(n), w) for n, w in ((self.notices, "notice"),
                                                     (self.skipped, "unreadable file")) if n]
            scroll.border_title = " · ".join([*shown, "escape closes"])
            if len(self.folders) == 1:  # Text: a folder's name is never read as markup
                scroll.border_subtitle = plain_text(one_line(self.folders[0].rstrip("/")))
            if self.notices:
                lines = Table(box=None, expand=True, show_header=False)
                lines.add_column("Notice", overflow="fold")
                for notice in self.notices:  # Text: a notice may name a file
                    lines.add_row(plain_text(f"• {notice}"))
                if self.skipped:
                    lines.add_row("")  # a line between the notices and the files
                yield Static(lines)
            if self.skipped or not self.notices:
                yield Static(self._files_table() if self.skipped else "Every file was read.")

    def _files_table(self) -> Table:
        """The unreadable files and why each was skipped."""
        table = Table(box=None, expand=True)
        table.add_column("File", overflow="fold")
        table.add_column("Why it was skipped", overflow="fold")
        for path, reason in self.skipped:  # Text cells: a path is never read as markup
            table.add_row(plain_text(relative_to(path, self.folders)), plain_text(reason))
        return table
