"""The help screen (`?`): every key with its binding id, and the query syntax."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static
from warreader.tui import keymap
from warreader.tui.keymap import first_key, key_label
from warreader.tui.safe_text import one_line, plain_text
from warreader.tui.screens.panel import PanelScroll, panel_css

GROUPS = (
    ("Panes and app", keymap.APP_BINDINGS + [b for b in keymap.SCREEN_BINDINGS
                                             if b.id and b.id.startswith(("pane", "next-pane",
                                                                          "prev-pane"))]),
    ("Reading", [b for b in keymap.SCREEN_BINDINGS if b.id and not b.id.startswith(
        ("pane", "next-pane", "prev-pane"))]),
    ("Moving in lists and the article", keymap.LIST_BINDINGS + keymap.BODY_BINDINGS[4:]),
    ("Search bar", keymap.SEARCH_BINDINGS),
    ("Filtering the article list", keymap.FILTER_BINDINGS + keymap.FILTER_BAR_BINDINGS[:1]),
)

QUERY_SYNTAX = """\
Query syntax (Whoosh)
  peskov drones          both words (AND is the default)
  "false flag"           an exact phrase
  nato OR alliance       either word;  NOT, and parentheses group
  speaker:peskov         quotes by a speaker (any spelling in the aliases)
  role:spokesman         by speakers with that role;  cue:warned  by verb
  title:invasion         words in the headline;  text: quote words;  body:
  outlet:reuters         by outlet;  author:…
  date:2022-02           a year, month or day
  date:[2022-02-01 to 2022-03-01]   a range of days
  kind:quote             quotes and quoted terms;  kind:term  terms alone
  kind:quote NOT kind:term   quotations alone;  kind:article  articles
  group:3                quotes whose words appear in 3 or more articles
  a hit is a quote or an article: speaker: title: together find nothing;
                         f speaker:peskov drones: his articles so titled
  escal*  escalate~      a prefix, a fuzzy match;  the last word: a prefix
                         while you type (right arrow accepts a suggestion)
  common words (the, we, will…) are not indexed: a query leaves them out
                         "russia will" = russia as a whole word, no prefix
                         "we will" alone finds nothing;  speaker:will does

Article filter (f)
  outlet:bbc author:smith folder:politics speaker:peskov   all must hold
  date:2022-02  date:2022-02-01..2022-03  date:..2021   a date, a range
  "oil price" gas        words or phrases in the title
  author:"J Doe"         quote a value with a space"""


STEP_TEMPLATES = (
    ("Open", "Run warreader (no paths: the bundled seeds; or warreader PATH...). The list "
     "fills as the articles are read (search waits for the index); the line under the "
     "header shows progress, then the counts ({show-skipped} lists unreadable files)."),
    ("Read", "Press {pane-list}, then {down}/{up} ({bottom}: last) and {open}. Quotes are "
     "coloured by speaker, quoted terms underlined; the file name is under the headline. "
     "Seed 003 (\"The United States and Russia offered...\", last by date) quotes Blinken "
     "and Peskov. Or: {palette}, 003."),
    ("{next-quote} {prev-quote}", "{next-quote} steps to the next quote, {prev-quote} back: "
     "the current quote is reversed and scrolled to the middle, its speaker opens in the "
     "sidebar (below 100 columns: named under the article). {copy-quote} copies it with "
     "its attribution (to the terminal clipboard, and to a file the notification names)."),
    ("{next-speaker} {prev-speaker}", "{next-speaker} steps to the next speaker of the "
     "article, {prev-speaker} back: each lands on their first quote; at the last or first "
     "they say so. {pane-sidebar}, then {down}/{up} and {open} in the sidebar: {open} on a "
     "quote jumps to it."),
    ("{search}", "{search} opens search: type speaker:peskov, {open} (to the results), "
     "{open} again opens his quote in its article. {next-hit}/{prev-hit} step through the "
     "hits, on into the next result article. escape leaves the input; escape again closes "
     "search and takes you back to where you were. {next-hit}/{prev-hit} go on stepping "
     "through the hits after that."),
    ("{toggle-speakers}", "{toggle-speakers} switches the sidebar to every speaker in the "
     "corpus: {next-speaker} down to Jens Stoltenberg lists his quotes from three "
     "articles; {pane-sidebar}, {down}/{up} and {open} opens one at that quote. "
     "{toggle-speakers} switches back to this article's speakers."),
)
"""The first steps, each key named by its binding id: :func:`first_steps_rows` puts in
the user's keys (review revU27 U2: remapped keys were named as the defaults)."""


class _Keys(dict):
    """Binding id -> the user's first key for it, looked up as a template asks."""

    def __init__(self, remaps: dict[str, str]) -> None:
        super().__init__()
        self.remaps = remaps

    def __missing__(self, binding_id: str) -> str:
        return first_key(self.remaps, binding_id)


def first_steps_rows(remaps: dict[str, str]) -> list[tuple[str, str]]:
    """:data:`STEP_TEMPLATES` with the keys as the config ``remaps`` them."""
    keys = _Keys(remaps)
    return [(label.format_map(keys), text.format_map(keys))
            for label, text in STEP_TEMPLATES]


FIRST_STEPS = tuple(first_steps_rows({}))
"""The first steps with the default keys."""


def watching_note(on: bool, remaps: dict[str, str] | None = None) -> Text:
    """What keeps the list current: the corpus watcher (config ``watch``) or the reindex
    key (ctrl+r, or as the config ``remaps`` it)."""
    reindex = first_key(remaps or {}, "reindex")
    state = ("on." if on else f"off (the config's watch: false);\n  {reindex} refreshes by "
             "hand.")
    return Text(
        "Keeping up with the corpus\n"
        f"  Watching the corpus folders is {state}\n"
        "  Files added, changed or removed while warreader runs are indexed in the\n"
        "  background: the status line says \"Corpus changed: N files changed ·\n"
        "  indexing…\", then ends in \"watching for changes\"; a notification says\n"
        "  what changed. The article, the quote and the list row you are on stay;\n"
        "  if the open article's file was removed, the next one opens. Hidden,\n"
        "  editor swap and backup files are ignored.")


def first_steps(remaps: dict[str, str] | None = None) -> Table:
    """The walk-through from opening the app to a speaker's quotes across the corpus, in
    the keys as the config ``remaps`` them."""
    table = Table(box=None, expand=True, show_header=False, padding=(0, 1),
                  title="First steps (try them on the bundled seeds)", title_justify="left",
                  title_style="bold underline")
    table.add_column("Step", no_wrap=True, width=11, style="bold")
    table.add_column("What to do", ratio=1)
    for number, (label, text) in enumerate(first_steps_rows(remaps or {}), 1):
        table.add_row(f"{number}. {label}", text)
    return table


def corrections_note(paths, remaps: dict[str, str] | None = None) -> Text:
    """Where the corpus's corrections are kept (c corrects, C lists them: the keys as
    the config ``remaps`` them)."""
    from warreader.index.annotations.corrections import CorrectionStore

    correct, undo, listing = (first_key(remaps or {}, i) for i in
                              ("correct", "undo-correction", "show-corrections"))
    text = Text(f"Corrections ({correct} corrects, {undo} undoes, {listing} lists them) are "
                "saved in\n  ", style="bold")
    text.append(one_line(str(CorrectionStore(paths).path)), style="")
    return text


class HelpScreen(ModalScreen[None]):
    """Lists the bindings by group; escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="close-help")]
    SCOPED_CSS = False
    DEFAULT_CSS = panel_css("HelpScreen", "help-body") + """
    #query-syntax, #watching-note { margin-top: 1; }
    #corrections-file { margin-top: 1; }
    #first-steps { margin-bottom: 1; }
    .help-group { margin-bottom: 1; }
    """

    def compose(self) -> ComposeResult:
        self.tables = [self._table(title, bindings) for title, bindings in GROUPS]
        remaps = getattr(self.app, "keymap_overrides", None) or {}
        with PanelScroll(id="help-body") as scroll:
            scroll.border_title = "warreader help · escape closes"
            yield Static(first_steps(remaps), id="first-steps")
            for table in self.tables:
                yield Static(table, classes="help-group")
            yield Static(Text(QUERY_SYNTAX), id="query-syntax")
            yield Static(corrections_note(self.app.paths, remaps), id="corrections-file")
            yield Static(watching_note(getattr(self.app, "watch", False), remaps),
                         id="watching-note")

    def _table(self, title: str, bindings: list[Binding]) -> Table:
        table = Table(box=None, expand=True, title=title, title_justify="left",
                      title_style="bold underline", show_header=False, padding=(0, 1))
        table.add_column("Key", no_wrap=True, width=14, style="bold")
        table.add_column("Does", ratio=1)
        table.add_column("Binding id", style="dim", no_wrap=True, width=16)
        for b in bindings:
            # the keys come from the config: Text, never markup
            table.add_row(plain_text(key_label(self.app, b), newlines=False),
                          b.tooltip or b.description, b.id)
        return table
