"""The small menu `c` opens: what to correct about the current quote or speaker."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from warreader.tui.safe_text import one_line, plain_text

MENU_CSS = """
CorrectMenu, SpeakerPicker { align: center middle; }
#correct-box, #picker-box {
    width: 72; max-width: 100%; height: auto; max-height: 90%;
    border: round $accent; border-title-color: $accent; background: $surface; padding: 0 1;
}
#correct-options { height: auto; max-height: 14; border: none; }
#picker-matches { height: auto; max-height: 10; border: none; }
"""


SIDEBAR_HEADING = "─ the speaker in the sidebar, not this quote's ─"
"""The line over the choices about the sidebar's speaker when that is not the current
quote's (once, not "(in the sidebar)" in each label, which wrapped mid-phrase)."""


class CorrectMenu(ModalScreen[str | None]):
    """A list of (action id, label); enter (or the number shown) picks, escape cancels.
    A choice with an empty action id is a heading: shown, not numbered, not chosen."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Cancel", id="close-correct")]
    SCOPED_CSS = False
    DEFAULT_CSS = MENU_CSS

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.headed = choices
        self.choices = [(action, label) for action, label in choices if action]

    def compose(self) -> ComposeResult:
        options, number = [], 0
        for action, label in self.headed:
            if not action:
                options.append(Option(plain_text(f"   {label}"), disabled=True))
                continue
            number += 1
            options.append(Option(plain_text(f"{number}  {label}"), id=action))
        with Vertical(id="correct-box") as box:
            box.border_title = escape(one_line(self.title_text))
            box.border_subtitle = "enter or 1-9 · escape cancels"
            yield OptionList(*options, id="correct-options")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(OptionList))  # now: keys typed on are its

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit():
            n = int(event.character)
            if 1 <= n <= len(self.choices):
                event.stop()
                self.dismiss(self.choices[n - 1][0])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
