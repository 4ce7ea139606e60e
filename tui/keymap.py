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
            tooltip="The reader's main actions by name, go to article, go to speaker, theme"),
]

SCREEN_BINDINGS = [
    Binding("slash", "search", "Search", id="search", key_display="/",
            tooltip="Search articles and quotes"),
    Binding("right_square_bracket", "next_quote", "Quote", id="next-quote", key_display="]",
            tooltip="Next quote in this article"),
    Binding("left_square_bracket", "prev_quote", "Prev quote", id="prev-quote", show=False,
            key_display="[", tooltip="Previous quote in this article"),
    Binding("right_curly_bracket", "next_speaker", "Speaker", id="next-speaker", key_display="}",
            tooltip="Next speaker of this article (of the corpus after s); says the last"),
    Binding("left_curly_bracket", "prev_speaker", "Prev speaker", id="prev-speaker",
            show=False, key_display="{",
            tooltip="Previous speaker of this article (of the corpus after s); says the first"),
    Binding("s", "toggle_speakers", "Corpus", id="toggle-speakers",
            tooltip="Sidebar: this article's speakers / every speaker in the corpus"),
    Binding("y", "copy_quote", "Copy", id="copy-quote",
            tooltip="Copy the current quote with its attribution (to the terminal clipboard "
                    "and to last-citation.txt in the user data folder)"),
    Binding("m", "toggle_mark", "Mark", id="toggle-mark", show=False,
            tooltip="Mark the current quote with a star, or unmark it (marks are kept per "
                    "corpus in marks.yaml in the user data folder)"),
    Binding("M", "show_marked", "Marked", id="show-marked", show=False,
            tooltip="Every marked quote of the corpus with its article; enter opens one, "
                    "d unmarks"),
    Binding("e", "export", "Export", id="export", show=False,
            tooltip="Export quotes (this one, its speaker's, this article's, the search "
                    "results, the marked ones, the corpus) as Markdown, CSV, JSON Lines or "
                    "citation text, to a file in the documents folder"),
    Binding("v", "open_source", "Edit", id="open-source", show=False,
            tooltip="Open the article's file in $VISUAL or $EDITOR (else $PAGER, else less) "
                    "at the current quote's line; warreader waits until it exits"),
    Binding("x", "open_url", "Browser", id="open-url", show=False,
            tooltip="Open the article's web address (its canonical link, or a URL: line "
                    "in the file) in the browser"),
    Binding("ctrl+o,alt+left", "history_back", "Back", id="history-back", show=False,
            tooltip="Back to the previous article and quote visited (lists, quote steps, "
                    "search results, palette jumps)"),
    Binding("alt+right", "history_forward", "Forward", id="history-forward", show=False,
            tooltip="Forward again through the places visited"),
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
    Binding("o", "cycle_sort", "Sort", id="sort-articles", show=False,
            tooltip="Sort the articles by date, title, outlet, quote count (cycles)"),
    Binding("f", "filter_articles", "Filter", id="filter-articles", show=False,
            tooltip="Filter the articles: outlet:, author:, date:, folder:, speaker:, "
                    "title words"),
    Binding("u", "show_skipped", "Notices", id="show-skipped", show=False,
            tooltip="List the notices (damaged files set aside, what a refresh said) and "
                    "the files that could not be read"),
    Binding("ctrl+r", "reindex", "Reindex", id="reindex", show=False,
            tooltip="Re-read changed files into the index"),
    Binding("c", "correct", "Correct", id="correct", show=False,
            tooltip="Correct the engine: this quote's speaker, quote or term; the sidebar's "
                    "speaker: rename, merge into another, split this article's quotes off"),
    Binding("ctrl+z", "undo_correction", "Undo correction", id="undo-correction", show=False,
            tooltip="Undo the last correction made in this session"),
    Binding("C", "show_corrections", "Corrections", id="show-corrections", show=False,
            tooltip="List every correction, and those whose quote is gone (orphaned)"),
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

# run by the bar's input in turn with the characters typed before them (tui.widgets.
# bar_input): a "]" typed at once after enter steps to a quote instead of joining the query
SEARCH_BINDINGS = [
    Binding("enter", "screen.submit_search", "Search", id="run-search", show=False,
            tooltip="Search the query as written and go to the results"),
    Binding("escape", "screen.leave_search", "Leave search", id="leave-search", show=False,
            tooltip="Leave the input (to the results); again: close search, back to the "
                    "article and quote you left (unless you opened a result with enter)"),
]

FILTER_BINDINGS = [
    Binding("escape", "clear_filter", "Clear filter", id="clear-filter", show=False,
            tooltip="In the filter bar or the filtered list: clear the filter (enter "
                    "keeps it and goes back to the list)"),
]

# the filter bar's input runs these in turn with the typing, as the search bar's (its
# escape is the list's clear-filter, remapped with it)
FILTER_BAR_BINDINGS = [
    Binding("enter", "screen.filter_done", "Keep filter", id="keep-filter", show=False,
            tooltip="Apply the filter and go back to the article list"),
    Binding("escape", "screen.clear_filter", "Clear filter", id="clear-filter", show=False),
]

ALL_BINDINGS = (APP_BINDINGS + SCREEN_BINDINGS + LIST_BINDINGS + BODY_BINDINGS
                + SEARCH_BINDINGS + FILTER_BINDINGS + FILTER_BAR_BINDINGS[:1])
BINDING_IDS = sorted({b.id for b in ALL_BINDINGS if b.id})


def check_keymap(keys: dict[str, str]) -> str | None:
    """The first problem :func:`keymap_problems` finds in ``keys``, else None."""
    problems = keymap_problems(keys)
    return problems[0] if problems else None


_MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
_RESERVED = ("ctrl+c", "ctrl+q")  # Textual's own: interrupt/quit, whatever the config says
_SCOPES = (LIST_BINDINGS + FILTER_BINDINGS, BODY_BINDINGS, SEARCH_BINDINGS,
           FILTER_BAR_BINDINGS)  # the article
# list and the filter bar answer to the filter keys too


def _key_names() -> frozenset[str]:
    from textual.keys import Keys, _character_to_key

    names = {k.value.rsplit("+", 1)[-1] for k in Keys}
    names |= {_character_to_key(chr(c)) for c in range(33, 127)}
    return frozenset(names | {"space", "enter", "tab", "backspace", "escape"})


def _valid_key(key: str) -> bool:
    """``x``, ``G``, ``slash``, ``f5``, ``ctrl+f``, ``shift+tab`` ...: a key Textual knows."""
    *mods, base = key.split("+")
    if any(m not in _MODIFIERS for m in mods):
        return False
    return (len(base) == 1 and base.isprintable() and base not in " ,") or base in _key_names()


def keymap_problems(keys: dict[str, str]) -> list[str]:
    """One line per problem with the config's ``keys:`` remaps, [] when there is none.

    Refused: an unknown binding id, an empty or unknown key name, ctrl+c or ctrl+q for
    anything but quitting (they always quit), and a key that would do two things at
    once (two bindings active together given the same key: ``search: q`` would take
    ``q`` from quit). So a remap can never leave the reader without a way out.
    """
    problems: list[str] = []
    for binding_id, value in keys.items():
        if binding_id not in BINDING_IDS:
            known = ", ".join(BINDING_IDS)
            problems.append(f"config keys: unknown binding id {binding_id!r} (known: {known})")
            continue
        wanted = [k.strip() for k in value.split(",")]
        if not any(wanted):
            problems.append(f"config keys.{binding_id}: no key given")
        for key in wanted:
            if key and not _valid_key(key):
                problems.append(f"config keys.{binding_id}: {key!r} is not a key name"
                                " (like x, G, slash, f5, ctrl+f, shift+tab)")
            elif key in _RESERVED and binding_id != "quit":
                problems.append(f"config keys.{binding_id}: {key} always quits; choose another")
    seen: set[tuple[str, ...]] = set()
    for scope in _SCOPES:
        owners: dict[str, set[str]] = {}
        for b in APP_BINDINGS + SCREEN_BINDINGS + scope:
            for key in keys.get(b.id, b.key).split(","):
                owners.setdefault(key.strip(), set()).add(b.id)
        for key, ids in owners.items():
            if len(ids) > 1 and (clash := (key, *sorted(ids))) not in seen:
                seen.add(clash)
                problems.append(f"config keys: {key!r} would be both {' and '.join(sorted(ids))}"
                                "; give one of them another key")
    return problems


def key_label(app, binding: Binding) -> str:
    """The keys of ``binding`` as the user has them (config remaps included)."""
    keys = app.keymap_overrides.get(binding.id, binding.key)
    shown = [binding.key_display] if binding.key_display and keys == binding.key else []
    shown = shown or [app.get_key_display(Binding(k.strip(), "")) for k in keys.split(",")]
    return " ".join(shown)



_FIRST_BY_ID = {b.id: b for b in reversed(ALL_BINDINGS) if b.id}


def key_in_words(key: str) -> str:
    """A key name as a sentence writes it: ``asterisk`` -> ``*``, ``slash`` -> ``/``;
    ``ctrl+r``, ``f5``, ``space``, ``enter`` as they are."""
    from textual.keys import _character_to_key

    characters = {_character_to_key(chr(c)): chr(c) for c in range(33, 127)}
    return characters.get(key, key)


def first_key(keys: dict[str, str], binding_id: str) -> str:
    """The first key of the binding ``binding_id`` with the config's ``keys`` remaps, in
    words (:func:`key_in_words`)."""
    binding = _FIRST_BY_ID[binding_id]
    return key_in_words(keys.get(binding_id, binding.key).split(",")[0].strip())


def key_named(app, binding_id: str) -> str:
    """The first key of the binding ``binding_id`` as the user has it (config remaps
    included), as a notice or a hint names it in a sentence: ``m``, ``/``, ``]``,
    ``ctrl+r`` (not Textual's ``^r``). A hint naming the default key when the config
    had moved it sent the reader to a key that did something else (ux31 #7)."""
    return first_key(getattr(app, "keymap_overrides", None) or {}, binding_id)
