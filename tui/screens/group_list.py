"""The list of one quote's group (`p`): every article carrying it, earliest first.

Each row: date, outlet and article; the speaker as credited there (marked when it
differs from the earliest version's); the words, with those that differ from the
earliest version highlighted. The flags *worded differently* and *credited
differently* head the list. Moving the cursor opens that article at that quote behind
the list; enter keeps it and closes the list, escape closes it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Group as Lines
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option
from warreader.index.provenance.flags import changed_spans
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.vim_list import VimOptionList

CSS = """
GroupScreen { align: center bottom; }
GroupScreen > #group-box { width: 100%; height: 55%; border: round $accent;
    border-title-color: $accent; background: $surface; padding: 0 1; }
GroupScreen #group-flags { height: auto; }
GroupScreen #group-members { height: 1fr; border: none; }
"""


def member_row(group: Any, member: Any, title: str | None = None,
               label: str | None = None) -> Lines:
    """One member as the list shows it (article text as Text, its control characters
    made visible: it is data, not markup or terminal commands); ``label``: its file's
    label (tui.file_labels.listed_labels), its bare file name if not given."""
    head = Text(one_line(member.date or "undated"), style="bold cyan")
    head.append(f" · {one_line(member.outlet)}" if member.outlet else "", style="cyan")
    name = one_line(label or member.path.rsplit("/", 1)[-1])
    head.append(f" · {one_line(title)} ({name})" if title else f" · {name}", style="dim")
    who = Text()
    recredited = member.key in group.recredited
    if member.kind == "term":  # a quoted term is nobody's words: not "unattributed"
        who.append("(term)", style="dim")
    else:
        who.append(one_line(member.speaker or "(unattributed)"),
                   style="bold red" if recredited else "bold")
    if recredited:
        who.append("  credited differently", style="red")
    if member.key in group.reworded:
        who.append("  worded differently", style="yellow")
    words = Text(f"“{one_line(member.text)}”", style="italic")  # one for one: spans hold
    if member.key in group.reworded:
        for start, end in changed_spans(member.text, group.earliest.text):
            words.stylize("bold reverse yellow", start + 1, end + 1)
    return Lines(head, Padding(who, (0, 0, 0, 2)), Padding(words, (0, 0, 0, 2)))


def flags_line(group: Any) -> Text:
    """The group's two flags (or that it has none)."""
    text = Text()
    if group.worded_differently:
        text.append(" worded differently ", style="bold black on yellow")
        text.append("  same speaker, other words   ", style="dim")
    if group.credited_differently:
        text.append(" credited differently ", style="bold white on red")
        text.append("  same words, another speaker", style="dim")
    if not text:
        text.append("the same words and speaker everywhere", style="dim")
    return text


class GroupScreen(ModalScreen[None]):
    """The group of the current quote; stepping through it opens each article there."""

    BINDINGS = [Binding("escape,q,p", "dismiss", "Close", id="close-group"),
                Binding("enter", "dismiss", "Keep", show=False)]
    DEFAULT_CSS = CSS

    def __init__(self, group: Any, current: tuple | None,
                 open_member: Callable[[Any], None], titles: dict[str, str] | None = None,
                 labels: dict[str, str] | None = None) -> None:
        """``titles``: article id -> title; ``labels``: path -> file label
        (tui.file_labels.listed_labels)."""
        super().__init__()
        self.group, self.current, self.open_member = group, current, open_member
        self.titles, self.labels = titles or {}, labels or {}
        self._ready = False

    def compose(self) -> ComposeResult:
        from textual.containers import Vertical

        with Vertical(id="group-box") as box:
            n = len(self.group.articles)
            what = "Term" if all(m.kind == "term" for m in self.group.members) else "Quote"
            box.border_title = f"{what} in {n} articles · earliest first"
            box.border_subtitle = "j/k: open each at the quote · enter: keep · escape: close"
            yield Static(flags_line(self.group), id="group-flags")
            options = [Option(member_row(self.group, m, self.titles.get(m.article),
                                         self.labels.get(m.path)), id=str(i))
                       for i, m in enumerate(self.group.members)]
            yield VimOptionList(*options, id="group-members")

    def on_mount(self) -> None:
        members = self.query_one(VimOptionList)
        keys = [m.key for m in self.group.members]
        members.highlighted = keys.index(self.current) if self.current in keys else 0
        self.set_focus(members)  # now: keys typed on are its
        self._ready = True

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        if self._ready and event.option.id is not None:
            self.open_member(self.group.members[int(event.option.id)])

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss()
