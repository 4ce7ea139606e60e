"""Keys typed on at once after `enter` or `escape` in the search bar are commands, not
query text (ux18: enter and escape were the input's own keys, handled in its turn, so
a "]" already waiting behind them was typed into the query instead of stepping)."""

from __future__ import annotations

from textual import events

from tests.tui_support import make_app, pane_text, settle, wait_ready

SIZE = (160, 45)
KEYS = {"/": ("slash", "/"), "]": ("right_square_bracket", "]"), "\n": ("enter", "\r"),
        "\x1b": ("escape", "\x1b")}


def _type_at_once(app, keys: str) -> None:
    """Queue ``keys`` (newline: enter, ESC: escape) as a fast typist's: all of them
    before the app handles the first."""
    for ch in keys:
        key, character = KEYS.get(ch, (ch, ch))
        app.post_message(events.Key(key, character))


async def _burst(pilot, keys: str) -> None:
    _type_at_once(pilot.app, keys)
    for _ in range(40):  # past the debounce and the search, however loaded
        await pilot.pause(0.05)
    await settle(pilot)


def _quote_counter(app) -> str:
    """The article pane's "quote i / N" as the screen shows it ("" when none)."""
    body = app.main_screen.body
    text = pane_text(app, body)
    start = text.rfind("quote ")
    return text[start:].split("─")[0].strip() if start >= 0 else ""


async def _run(tmp_path, burst: str, then: str = "") -> tuple[str, str, str | None, bool]:
    """Type ``burst`` at once, then ``then`` key by key, each settled: the query, the
    article pane's quote counter, the focused widget's id and whether search is open."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await _burst(pilot, burst)
        for ch in then:
            await _burst(pilot, ch)
        screen = app.main_screen
        return (screen.search_bar.input.value, _quote_counter(app),
                app.focused.id if app.focused else None, screen.searching)


# a query that finds nothing: no result is previewed, so the article stays the one open
# and "]" must step to its first quote whether it runs before or after the search answers
NOWHERE = "qqxzv"


async def test_bracket_typed_at_once_after_enter_steps_to_a_quote(tmp_path):
    query, counter, focused, searching = await _run(tmp_path, f"/{NOWHERE}\n]")
    assert (query, focused, searching) == (NOWHERE, "results", True)
    assert counter.startswith("quote 1 /"), counter


async def test_bracket_typed_at_once_after_escape_steps_to_a_quote(tmp_path):
    query, counter, focused, searching = await _run(tmp_path, f"/{NOWHERE}\x1b]]")
    assert (query, focused, searching) == (NOWHERE, "results", True)
    assert counter.startswith("quote 2 /"), counter


async def test_brackets_typed_at_once_after_escape_on_an_empty_bar_step_in_the_article(
        tmp_path):
    # escape with nothing typed closes search at once: the keys after it are the list's
    query, counter, focused, searching = await _run(tmp_path, "/\x1b]]")
    assert (query, focused, searching) == ("", "articles", False)
    assert counter.startswith("quote 2 /"), counter


async def test_a_key_typed_at_once_after_enter_in_the_filter_bar_is_the_lists(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await _burst(pilot, "fspeaker:peskov\nj")
        assert screen.filter_bar.input.value == "speaker:peskov"
        assert app.focused is screen.articles
        assert len(screen.articles.rows) == 2  # the filter applied
        # j waited for the filtered list, made in a worker, and moved its cursor (ux19:
        # the list came after j and put the cursor back on its first row)
        assert screen.articles.cursor == 1
        await _burst(pilot, "f\x1bj")  # escape clears it at once; j moves in the list
        assert not screen.filter_bar.display and len(screen.articles.rows) == 5
        assert not screen.filter_bar.input.value.endswith("j")
        assert app.focused is screen.articles


async def test_enter_typed_at_once_with_an_unfinished_query_keeps_its_message(tmp_path):
    """The review: "peskov AND" and enter in one burst showed 7 results; the input's last
    Changed, queued behind enter, cancelled enter's search and searched as you type."""
    KEYS.update({" ": ("space", " ")})
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await _burst(pilot, "/")
        await _burst(pilot, "peskov AND\n")
        bar = app.main_screen.search_bar
        assert bar.input.value == "peskov AND"
        status = pane_text(app, bar)
        assert "needs a word after it" in status, status


async def test_a_bar_key_remapped_onto_an_editing_key_leaves_it_to_the_input(tmp_path):
    """The review: `clear-filter: escape,backspace` in the config made backspace in the
    filter bar close it and clear the filter; the input's own editing keys stay its own."""
    app = make_app(tmp_path / "ix", keys={"clear-filter": "escape,backspace"})
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("f", *"pesk", "backspace")
        await settle(pilot)
        bar = app.focused
        assert bar is not None and getattr(bar, "value", None) == "pes"
        await pilot.press("escape")  # escape, the other key of the remap, still clears
        await settle(pilot)
        assert app.focused is not bar
