"""The export dialog (`e`): what to export, in which format, to which file.

The file is offered in the documents folder, named after what is exported; the name
can be edited before writing. Writing gathers the quotes in a worker (with progress),
formats them and writes the file whole (:mod:`index.export.writing`). An existing file
is only replaced after a second press of *Write* (the dialog says so first); escape
cancels, a running export too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static
from textual.worker import get_current_worker
from warreader.index.export.formats import FORMATS
from warreader.index.export.writing import default_path
from warreader.tui.keymap import key_named
from warreader.tui.safe_text import one_line
from warreader.tui.user_files import shown_path
from warreader.tui.wording import plural

FORMAT_LABELS = {"md-speaker": "Markdown, by speaker", "md-article": "Markdown, by article",
                 "csv": "CSV (a spreadsheet)", "jsonl": "JSON Lines",
                 "txt": "Citation text, as y"}
"""The format choices: Markdown with citations grouped by speaker or by article, ..."""

CSS = """
ExportScreen { align: center middle; }
ExportScreen > #export-box { width: 96; max-width: 100%; height: auto; max-height: 100%;
    border: round $accent; border-title-color: $accent; background: $surface;
    padding: 0 1 1 1; overflow-y: auto; }
/* a row under the buttons: at 80x24 their bottom edge sat on the border (ux31 #5); the
   status line (one row, empty or not) parts them from the file name */
ExportScreen #export-columns { height: auto; }
ExportScreen #export-what { width: 1fr; height: auto; }
ExportScreen #export-format { width: 30; height: auto; }
ExportScreen RadioSet { width: 100%; height: auto; }
/* a long choice (a search's query) wraps within its column: it was cut at its width
   ("Search results: speaker:blinken "russ…" at 80 columns, review U8) */
ExportScreen #what RadioButton { width: 100%; height: auto; text-wrap: wrap; }
ExportScreen .export-heading { text-style: bold; margin-top: 1; }
ExportScreen #export-status { height: auto; min-height: 1; margin: 0; color: $text-muted; }
ExportScreen #export-status.-warning { color: $warning; text-style: bold; }
ExportScreen #export-status.-error { color: $error; text-style: bold; }
ExportScreen #export-path { margin: 0; }
ExportScreen #export-buttons { height: auto; align: right middle; }
ExportScreen #export-buttons Button { margin-left: 2; }
"""


class ChoosingRadioSet(RadioSet):
    """A RadioSet whose arrow keys choose, as a desktop radio group's do. Textual's
    only move a highlight that enter or space then chooses: down to "Marked quotes" and
    ctrl+s wrote the quote chosen before, under that quote's file name."""

    BINDINGS = [Binding("down,right", "choose(1)", "Next choice", show=False),
                Binding("up,left", "choose(-1)", "Previous choice", show=False),
                Binding("enter", "screen.write", "Write", show=False)]
    """Enter writes, as in the file name's field: the arrows have chosen already, and
    Textual's enter (choose the highlighted) left a reporter's enter doing nothing."""

    def action_choose(self, step: int) -> None:
        """Move to the next (``step`` 1) or previous choice and choose it."""
        if step > 0:
            self.action_next_button()
        else:
            self.action_previous_button()
        if self._selected is not None:
            button = self._nodes[self._selected]
            if isinstance(button, RadioButton) and not button.value:
                button.value = True


class WrappingRadioButton(RadioButton):
    """A choice whose label wraps under itself, on at most :data:`LABEL_ROWS` rows (the
    last one ends "…" when cut): Textual's is one row, a long one cut at the column's
    width ("Search results: speaker:blinken "russ…" at 80 columns, review U8)."""

    LABEL_ROWS = 2

    def _rows(self, width: int) -> list[Content]:
        indent = self._button.cell_length + 1  # the label starts after "▐●▌ "
        rows = self._label.wrap(max(8, width - indent - 1))
        if len(rows) > self.LABEL_ROWS:
            last = rows[self.LABEL_ROWS - 1]
            rows = rows[:self.LABEL_ROWS - 1] + [last.truncate(
                max(1, width - indent - 2)).rstrip() + "…"]
        return rows

    def render(self) -> Content:
        width = self.content_size.width
        if width <= 0 or self._label.cell_length + self._button.cell_length + 2 <= width:
            return super().render()
        style = self.get_visual_style("toggle--label")
        indent = " " * self._button.cell_length
        parts: list[Content | str] = [self._button]
        for n, row in enumerate(self._rows(width)):  # each row padded as Textual's label
            parts += ([f"\n{indent}"] if n else []) + [row.pad(1, 1).stylize_before(style)]
        return Content.assemble(*parts)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self._label.cell_length + self._button.cell_length + 2 <= width:
            return 1
        return len(self._rows(width))


class ExportProgress(Message):
    """The export worker read ``done`` of ``total`` articles."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class ExportFinished(Message):
    """The worker wrote ``count`` quotes to ``path`` (``note``: marks not found), or
    stopped with ``problem``; ``exists``: the file appeared meanwhile."""

    def __init__(self, path: Path, count: int = 0, note: str = "", problem: str | None = None,
                 exists: bool = False) -> None:
        super().__init__()
        self.path, self.count, self.note, self.problem, self.exists = (
            path, count, note, problem, exists)


class ExportScreen(ModalScreen[None]):
    """Choose what and how to export, check the file name, write."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="close-export"),
                Binding("ctrl+s", "write", "Write", show=False)]
    DEFAULT_CSS = CSS

    def __init__(self, choices: list[Any], chosen: str, source: Any) -> None:
        super().__init__()
        self.choices = {c.id: c for c in choices}
        self.chosen, self.fmt, self.group = chosen, "md", "speaker"
        self.source = source  # the main screen: gather_export, export_note, notify
        self.offered = ""  # the path last offered (an edited one is kept)
        self.confirmed: Path | None = None  # replacing this existing file was asked for
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export quotes"
            box.border_subtitle = "tab: next · ↑↓: choose · enter: write · escape cancels"
            with Horizontal(id="export-columns"):
                with Vertical(id="export-what"):
                    yield Label("What", classes="export-heading")
                    with ChoosingRadioSet(id="what"):
                        for c in self.choices.values():
                            label = c.label + (f": {c.unavailable}" if c.unavailable else "")
                            yield WrappingRadioButton(Content(one_line(label)),
                                                      c.id == self.chosen,
                                              id=f"what-{c.id}", disabled=bool(c.unavailable),
                                              tooltip=Content(one_line(label)))
                with Vertical(id="export-format"):
                    yield Label("Format", classes="export-heading")
                    with ChoosingRadioSet(id="format"):
                        for choice, label in FORMAT_LABELS.items():
                            if choice == "txt":  # the user's copy key (review revU27 U2)
                                label = f"Citation text, as {key_named(self.app, 'copy-quote')}"
                            yield RadioButton(label, choice == "md-speaker", id=f"format-{choice}")
            yield Label("Write to", classes="export-heading")
            yield Input(id="export-path")
            yield Static("", id="export-status")
            with Horizontal(id="export-buttons"):
                yield Button("Write", variant="primary", id="export-write")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self._offer_path()
        for radio_set in self.query(RadioSet):  # the keyboard cursor starts on the choice
            if radio_set.pressed_index >= 0:  # (Textual's starts on the first button)
                radio_set._selected = radio_set.pressed_index
        self.set_focus(self.query_one("#what", RadioSet))  # now: keys typed on are its

    def _offer_path(self) -> None:
        """Offer the default file for the choice and format, unless the name was edited
        (then only its extension follows the format)."""
        field = self.query_one("#export-path", Input)
        if field.value and field.value != self.offered:  # edited: keep it
            stem, dot, ext = field.value.rpartition(".")
            if dot and ext in FORMATS and ext != self.fmt:
                field.value = f"{stem}.{self.fmt}"
            return
        self.offered = shown_path(default_path(self.choices[self.chosen].name, self.fmt))
        field.value = self.offered
        self._say("")

    def _say(self, text: str, level: str = "") -> None:
        status = self.query_one("#export-status", Static)
        status.update(Content(one_line(text)))
        status.set_class(level == "warning", "-warning")
        status.set_class(level == "error", "-error")

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        kind, _, value = (event.pressed.id or "").partition("-")
        if kind == "what":
            self.chosen = value
        elif kind == "format":
            self.fmt, _, group = value.partition("-")
            self.group = group or self.group
        self.confirmed = None
        self._offer_path()

    @on(Input.Changed, "#export-path")
    def _path_edited(self) -> None:
        self.confirmed = None
        self.query_one("#export-write", Button).label = "Write"

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-write")
    def action_write(self) -> None:
        """Write the export (asking first if the file exists)."""
        if self.busy:
            return
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self._say("Give a file name to write to.", "error")
            return
        path = Path(text).expanduser()
        if path.is_dir():
            self._say(f"{shown_path(path)} is a folder: add a file name.", "error")
            return
        if path.exists() and self.confirmed != path:
            self.confirmed = path
            self.query_one("#export-write", Button).label = "Replace"
            self._say(f"{path.name} already exists. Press Replace to overwrite it, or change "
                      "the name.", "warning")
            return
        self.busy = True
        self.query_one("#export-write", Button).disabled = True
        self._say("Gathering the quotes…")
        self._export(self.choices[self.chosen], self.fmt, self.group, path,
                     self.confirmed == path)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, choice: Any, fmt: str, group: str, path: Path, overwrite: bool) -> None:
        from warreader.index.export.formats import render
        from warreader.index.export.gather import ExportError
        from warreader.index.export.writing import write_export
        from warreader.tui.clipboard import format_citation

        worker = get_current_worker()
        try:
            got = self.source.gather_export(
                choice, lambda done, total: self.post_message(ExportProgress(done, total)),
                lambda: worker.is_cancelled)
            if worker.is_cancelled:
                return
            if not got.items:
                raise ExportError("nothing to export: no quotations found")
            text = render(fmt, got.items, format_citation, got.title, group,
                          self.source.export_note())
            write_export(path, text, overwrite=overwrite)
        except FileExistsError:
            self.post_message(ExportFinished(path, exists=True))
        except ExportError as exc:
            self.post_message(ExportFinished(path, problem=str(exc)))
        except OSError as exc:
            self.post_message(ExportFinished(
                path, problem=f"Cannot write {shown_path(path)}: {exc.strerror or exc}"))
        else:
            self.post_message(ExportFinished(path, len(got.items), got.note))

    def on_export_progress(self, message: ExportProgress) -> None:
        if self.busy:
            self._say(f"Reading the articles… {message.done} / {message.total}")

    def on_export_finished(self, message: ExportFinished) -> None:
        self.busy = False
        self.query_one("#export-write", Button).disabled = False
        if message.exists:
            self.confirmed = None
            self._path_edited()
            self.action_write()  # the file appeared meanwhile: ask as for any other
            return
        if message.problem:
            self._say(message.problem, "error")
            return
        note = f" ({message.note})" if message.note else ""
        self.dismiss()
        self.source.notify(one_line(f"Wrote {plural(message.count, 'quote')} to "
                                    f"{shown_path(message.path)}{note}."),
                           title="Export", markup=False, timeout=8)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close the dialog (stopping an export under way)."""
        self.workers.cancel_group(self, "export")
        self.dismiss()
