"""Every key binding of the reader, each with an id so config.yaml can remap it.

The tables here are the single source of truth: widgets and screens take their
``BINDINGS`` from them, the help screen lists them, and :func:`check_keymap` rejects a
``keys:`` entry in the config whose id is not one of them.
"""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS = [
    Binding("q", "quit", "Quit", id="quit", tooltip="Quit warreader"),
    Binding("question_mark", "help", "Help", id="help", key_display="?",
            tooltip="Every key and the query syntax"),
    Binding("ctrl+p", "command_palette", "Palette", id="palette", show=False, priority=True,
            tooltip="Go to article, go to speaker, reindex, theme"),
]

SCREEN_BINDINGS = [
    Binding("slash", "search", "Search", id="search", key_display="/",
            tooltip="Search articles and quotes"),
    Binding("right_square_bracket", "next_quote", "Quote", id="next-quote", key_display="]",
            tooltip="Next quote in this article"),
    Binding("left_square_bracket", "prev_quote", "Prev quote", id="prev-quote", show=False,
            key_display="[", tooltip="Previous quote in this article"),
    Binding("right_curly_bracket", "next_speaker", "Speaker", id="next-speaker", key_display="}",
            tooltip="Next speaker of this article"),
    Binding("left_curly_bracket", "prev_speaker", "Prev speaker", id="prev-speaker",
            show=False, key_display="{", tooltip="Previous speaker"),
    Binding("s", "toggle_speakers", "Corpus", id="toggle-speakers",
            tooltip="Sidebar: this article's speakers / every speaker in the corpus"),
    Binding("y", "copy_quote", "Copy", id="copy-quote",
            tooltip="Copy the current quote with its attribution (to the terminal clipboard "
                    "and to last-citation.txt in the user data folder)"),
    Binding("p", "show_provenance", "Provenance", id="show-provenance", show=False,
            tooltip="Every article carrying the current quote, earliest first"),
    Binding("n", "next_hit", "Next hit", id="next-hit", show=False,
            tooltip="Next search hit (the body shows i / N), also once search is closed; "
                    "then the next result article"),
    Binding("N", "prev_hit", "Prev hit", id="prev-hit", show=False,
            tooltip="Previous search hit; then the previous result article"),
    Binding("tab", "focus_pane(1)", "Next pane", id="next-pane", show=False,
            tooltip="Next pane (the search bar too, while searching)"),
    Binding("shift+tab", "focus_pane(-1)", "Previous pane", id="prev-pane", show=False),
    Binding("1", "pane('list')", "Articles", id="pane-list", show=False,
            tooltip="Article list (search results while searching)"),
    Binding("2", "pane('body')", "Article", id="pane-body", show=False,
            tooltip="Article body"),
    Binding("3", "pane('sidebar')", "Speakers", id="pane-sidebar", show=False,
            tooltip="Speakers sidebar (below 100 columns: swaps with the list)"),
    Binding("o", "toggle_sort", "Sort", id="sort-articles", show=False,
            tooltip="Sort the articles by date or by title"),
    Binding("u", "show_skipped", "Unreadable", id="show-skipped", show=False,
            tooltip="List the files that could not be read"),
    Binding("ctrl+r", "reindex", "Reindex", id="reindex", show=False,
            tooltip="Re-read changed files into the index"),
]

LIST_BINDINGS = [
    Binding("j", "cursor_down", "Down", id="down", show=False, tooltip="Down (also the arrows)"),
    Binding("k", "cursor_up", "Up", id="up", show=False, tooltip="Up"),
    Binding("g", "first", "Top", id="top", show=False, tooltip="Top (also home)"),
    Binding("G", "last", "Bottom", id="bottom", show=False, tooltip="Bottom (also end)"),
    Binding("enter", "select", "Open", id="open", show=False, key_display="enter",
            tooltip="Open the article, result, speaker or quote under the cursor"),
]

BODY_BINDINGS = [
    Binding("j,down", "scroll_down", "Down", id="down", show=False),
    Binding("k,up", "scroll_up", "Up", id="up", show=False),
    Binding("g,home", "scroll_home", "Top", id="top", show=False),
    Binding("G,end", "scroll_end", "Bottom", id="bottom", show=False),
    Binding("pagedown,space", "page_down", "Page down", id="page-down", show=False),
    Binding("pageup,b", "page_up", "Page up", id="page-up", show=False),
]

SEARCH_BINDINGS = [
    Binding("escape", "leave", "Leave search", id="leave-search", show=False,
            tooltip="Leave the input (to the results); again: close search, back to the "
                    "article and quote you left (unless you opened a result with enter)"),
]

ALL_BINDINGS = APP_BINDINGS + SCREEN_BINDINGS + LIST_BINDINGS + BODY_BINDINGS + SEARCH_BINDINGS
BINDING_IDS = sorted({b.id for b in ALL_BINDINGS if b.id})


def check_keymap(keys: dict[str, str]) -> str | None:
    """Return a one-line error for the first unknown binding id in ``keys``, else None."""
    for binding_id in keys:
        if binding_id not in BINDING_IDS:
            known = ", ".join(BINDING_IDS)
            return f"config keys: unknown binding id {binding_id!r} (known: {known})"
    return None


def key_label(app, binding: Binding) -> str:
    """The keys of ``binding`` as the user has them (config remaps included)."""
    keys = app.keymap_overrides.get(binding.id, binding.key)
    shown = [binding.key_display] if binding.key_display and keys == binding.key else []
    shown = shown or [app.get_key_display(Binding(k.strip(), "")) for k in keys.split(",")]
    return " ".join(shown)
