"""Choosing a speaker for a correction: a fuzzy list of the corpus's speakers, or a new name.

Typing filters the corpus's speakers (rapidfuzz's weighted ratio, best first); the last
row is the typed name itself as a new speaker. Up and down move in the list, enter
takes the highlighted row (the best match when it is close, else the new name); the
optional role goes in the second field (left empty, an existing speaker keeps their
role). Escape cancels.
"""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option
from warreader.tui.safe_text import one_line, plain_text
from warreader.tui.screens.correct_menu import MENU_CSS

MATCHES = 8
NEW = "\x00new"


CLOSE = 85.0
"""A match scoring this (rapidfuzz WRatio, 0-100) or more is taken by enter; below it,
enter takes the typed name as a new speaker ("stoltenb" finds Jens Stoltenberg at 90,
"Ann Aide" finds nobody: Sanna Marin scores 63)."""


def best_matches(typed: str, names: list[str], limit: int = MATCHES
                 ) -> list[tuple[str, float]]:
    """(name, score) of the speakers of ``names`` closest to ``typed``, best first (the
    first ``limit`` names, scored 100, when nothing is typed)."""
    typed = " ".join(typed.split())
    if not typed:
        return [(name, 100.0) for name in names[:limit]]
    from rapidfuzz import fuzz, process, utils

    found = process.extract(typed, names, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=50)
    return [(name, score) for name, score, _i in found]


class SpeakerPicker(ModalScreen[tuple[str, str | None] | None]):
    """Returns (name, role or None), or None when cancelled."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="close-picker"),
        Binding("down", "move(1)", show=False), Binding("up", "move(-1)", show=False),
    ]
    SCOPED_CSS = False
    DEFAULT_CSS = MENU_CSS

    def __init__(self, title: str, speakers: list[tuple[str, str | None]], initial: str = "",
                 with_role: bool = True, new_names: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.roles = dict(speakers)
        self.names = [name for name, _ in speakers]
        self.initial, self.with_role, self.new_names = initial, with_role, new_names

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = escape(one_line(self.title_text))
            box.border_subtitle = "type to filter · ↑↓ · enter · escape cancels"
            yield Input(self.initial, placeholder="speaker's name", id="picker-name")
            yield OptionList(id="picker-matches")
            if self.with_role:
                yield Input(placeholder="role (optional)", id="picker-role")

    def on_mount(self) -> None:
        self.query_one("#picker-matches", OptionList).can_focus = False
        self._fill(self.initial)
        self.set_focus(self.query_one("#picker-name", Input))  # now: keys typed on are its

    def _fill(self, typed: str) -> None:
        matches = self.query_one("#picker-matches", OptionList)
        matches.clear_options()
        typed = " ".join(typed.split())
        found = best_matches(typed, self.names)
        options = [Option(plain_text(one_line(n)), id=f"s:{n}") for n, _ in found]
        if self.new_names and typed and typed not in dict(found):
            options.append(Option(plain_text(f"new speaker: {one_line(typed)}"), id=NEW))
        matches.add_options(options)
        if options:
            close = found and found[0][1] >= CLOSE
            matches.highlighted = 0 if close or not self.new_names else len(options) - 1

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "picker-name":
            self._fill(event.value)

    def action_move(self, step: int) -> None:
        matches = self.query_one("#picker-matches", OptionList)
        if matches.option_count:
            now = matches.highlighted or 0
            matches.highlighted = max(0, min(matches.option_count - 1, now + step))

    def chosen(self) -> str | None:
        """The name the highlighted row stands for (None: nothing to take)."""
        matches = self.query_one("#picker-matches", OptionList)
        if matches.highlighted is None or not matches.option_count:
            return None
        option = matches.get_option_at_index(matches.highlighted)
        if option.id == NEW:
            return " ".join(self.query_one("#picker-name", Input).value.split()) or None
        return option.id[2:]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = self.chosen()
        if name is None:
            self.app.bell()
            return
        role = None
        if self.with_role:
            role = " ".join(self.query_one("#picker-role", Input).value.split()) or None
        self.dismiss((name, role or self.roles.get(name)))
