"""The help screen (`?`): every key with its binding id, and the query syntax."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui import keymap

GROUPS = (
    ("Panes and app", keymap.APP_BINDINGS + [b for b in keymap.SCREEN_BINDINGS
                                             if b.id and b.id.startswith(("pane", "next-pane",
                                                                          "prev-pane"))]),
    ("Reading", [b for b in keymap.SCREEN_BINDINGS if b.id and not b.id.startswith(
        ("pane", "next-pane", "prev-pane"))] + keymap.ARTICLE_LIST_BINDINGS),
    ("Moving in lists and the article", keymap.LIST_BINDINGS + keymap.BODY_BINDINGS[4:]),
    ("Search bar", keymap.SEARCH_BINDINGS),
)

QUERY_SYNTAX = """\
Query syntax (Whoosh)
  peskov drones          both words (AND is the default)
  "false flag"           an exact phrase
  nato OR alliance       either word;  NOT, and parentheses group
  speaker:peskov         quotes by a speaker (any spelling in the aliases)
  title:invasion         words in the headline;  outlet:…  author:…
  date:2022-02           a day, a month or a year;  date:[2022-01 to 2022-03]
  kind:quote             only quotes;  kind:article  only articles
  escal*                 a prefix;  results update as you type

A walk-through: press 1 and j/k to pick an article, enter to read it, ] to step
through its quotes and } through its speakers, y to copy a quote with its
attribution, / then speaker:peskov and enter to land on his quotes, n/N for the
next/previous hit, s to switch the sidebar to every speaker in the corpus."""


def key_label(app, binding: Binding) -> str:
    """The keys of ``binding`` as the user has them (config remaps included)."""
    keys = app.keymap_overrides.get(binding.id, binding.key)
    shown = [binding.key_display] if binding.key_display and keys == binding.key else []
    shown = shown or [app.get_key_display(Binding(k.strip(), "")) for k in keys.split(",")]
    return " ".join(shown)


class HelpScreen(ModalScreen[None]):
    """Lists the bindings by group; escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="close-help")]

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("Key", no_wrap=True, min_width=12)
        table.add_column("Does", ratio=1)
        table.add_column("Binding id (config keys:)", style="dim", no_wrap=True)
        for title, bindings in GROUPS:
            table.add_row(Text(title, style="bold underline"), "", "")
            for b in bindings:
                table.add_row(Text(key_label(self.app, b), style="bold"),
                              b.tooltip or b.description, b.id)
        table.add_row(Text("tab / shift+tab", style="bold"), "next / previous pane (search "
                      "bar included)", "")
        table.add_row(Text("enter", style="bold"), "open the article, result or quote", "")
        self.table = table
        with VerticalScroll(id="help-body") as scroll:
            scroll.border_title = "warreader help · escape closes"
            yield Static(table)
            yield Static(Text(QUERY_SYNTAX), id="query-syntax")
