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
  role:spokesman         quotes by speakers with that role;  cue:warned  by verb
  title:invasion         words in the headline;  text: (quote words)  body:
  outlet:reuters         by outlet;  author:…
  date:2022-02           a year, month or day;  date:[2022-02-01 to 2022-03-01]
  kind:quote             only quotes;  kind:term  quoted terms;  kind:article
  escal*  escalate~      a prefix, a fuzzy match;  the last word is a prefix
                         while you type (right arrow accepts a suggestion)

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
        self.tables = [self._table(title, bindings) for title, bindings in GROUPS]
        self.tables[0].add_row(Text("enter", style="bold"), "open the article, result or quote", "")
        with VerticalScroll(id="help-body") as scroll:
            scroll.border_title = "warreader help · escape closes"
            for table in self.tables:
                yield Static(table, classes="help-group")
            yield Static(Text(QUERY_SYNTAX), id="query-syntax")

    def _table(self, title: str, bindings: list[Binding]) -> Table:
        table = Table(box=None, expand=True, title=title, title_justify="left",
                      title_style="bold underline", show_header=False, padding=(0, 1))
        table.add_column("Key", no_wrap=True, width=14, style="bold")
        table.add_column("Does", ratio=1)
        table.add_column("Binding id", style="dim", no_wrap=True, width=16)
        for b in bindings:
            table.add_row(key_label(self.app, b), b.tooltip or b.description, b.id)
        return table
