"""Panes, movement, help, palette, sorting, remapping and quitting, driven by keys."""

from __future__ import annotations

import io

from rich.console import Console
from textual.command import CommandPalette
from warreader.tui.keymap import ALL_BINDINGS, BINDING_IDS, check_keymap
from warreader.tui.screens.help import HelpScreen

from tests.tui_support import make_app, open_article, press, screen_text, settle, wait_ready

SIZE = (160, 45)


def _help_text(app) -> str:
    console = Console(width=140, record=True, file=io.StringIO())
    for table in app.screen.tables:
        console.print(table)
    return console.export_text() + "\n" + str(app.screen.query_one("#query-syntax").render())


def test_every_binding_has_an_id():
    assert all(b.id for b in ALL_BINDINGS)
    assert check_keymap({"next-quote": "z"}) is None
    assert "unknown binding id 'nxet-quote'" in check_keymap({"nxet-quote": "z"})
    assert "quit" in BINDING_IDS


async def test_pane_keys_move_focus(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        assert app.focused is s.articles
        await press(pilot, "tab")
        assert app.focused is s.body
        await press(pilot, "tab")
        assert app.focused is s.sidebar
        await press(pilot, "tab")
        assert app.focused is s.articles
        await press(pilot, "shift+tab")
        assert app.focused is s.sidebar
        await press(pilot, "2")
        assert app.focused is s.body
        await press(pilot, "1")
        assert app.focused is s.articles
        await press(pilot, "3")
        assert app.focused is s.sidebar


async def test_list_keys_move_and_preview(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        assert s.articles.cursor == 0
        await press(pilot, "j")
        assert s.articles.cursor == 1
        assert s.article.id == s.articles.highlighted_id  # the cursor previews
        await press(pilot, "G")
        assert s.articles.cursor == 4
        await press(pilot, "k")
        assert s.articles.cursor == 3
        await press(pilot, "g")
        assert s.articles.cursor == 0
        await press(pilot, "pagedown")
        assert s.articles.cursor == 4
        await press(pilot, "o")
        titles = [summary.title for summary in s.articles.rows]
        assert titles == sorted(titles, key=str.casefold)
        assert "by title" in s.articles.border_subtitle


async def test_body_scroll_keys(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        body = app.main_screen.body
        assert body.scroll_y == 0
        await press(pilot, "j", "j")
        assert body.scroll_y == 2
        await press(pilot, "k")
        assert body.scroll_y == 1
        await press(pilot, "pagedown")
        assert body.scroll_y > 10
        await press(pilot, "G")
        assert body.scroll_y == body.max_scroll_y > 0
        await press(pilot, "g")
        assert body.scroll_y == 0


async def test_help_lists_every_key_and_query_syntax(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = _help_text(app)
        for binding_id in ("next-quote", "next-speaker", "toggle-speakers", "copy-quote",
                           "search", "next-hit", "quit", "palette"):
            assert binding_id in text
        assert "speaker:peskov" in text and "kind:quote" in text
        await press(pilot, "escape")
        assert app.screen is app.main_screen


async def test_remapped_key_from_config(tmp_path):
    app = make_app(tmp_path / "ix", keys={"next-quote": "z", "quit": "ctrl+q"})
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "z")
        assert app.main_screen.body.current is not None
        await press(pilot, "q")
        assert app.is_running  # q was remapped away
        await press(pilot, "question_mark")
        rows = [line for line in _help_text(app).splitlines() if "next-quote" in line]
        assert rows and rows[0].split()[0] == "z"


async def test_palette_goes_to_speaker(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"speaker: stoltenberg")
        await pilot.pause(0.5)
        await press(pilot, "enter")
        await settle(pilot)
        s = app.main_screen
        assert s.sidebar.mode == "corpus" and s.sidebar.selected == "Jens Stoltenberg"


async def test_q_quits(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_o_sorts_the_articles_from_any_pane(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        assert app.focused is app.main_screen.body
        await press(pilot, "o")
        assert "5 · by title" in screen_text(app)
        await press(pilot, "3", "o")
        assert "5 · by outlet" in screen_text(app)
        await press(pilot, "2", "o")
        assert "5 · by quote count" in screen_text(app)
        counts = [s.quote_count for s in app.main_screen.articles.rows]
        assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
        await press(pilot, "o")
        assert "5 · by date" in screen_text(app)


async def test_a_theme_chosen_in_the_palette_is_remembered(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"theme")  # the system command "Theme"
        await pilot.pause(0.5)
        await press(pilot, "enter")
        await pilot.press(*"nord")
        await pilot.pause(0.5)
        await press(pilot, "enter")
        assert app.theme == "nord"
    again = make_app(tmp_path / "ix")  # the same user files, the same config theme
    async with again.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert again.theme == "nord"
    edited = make_app(tmp_path / "ix", theme="gruvbox")  # the config changed since: it wins
    async with edited.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert edited.theme == "gruvbox"


async def test_help_gives_enter_its_binding_id(tmp_path):
    app = make_app(tmp_path / "ix", keys={"open": "enter,l"})
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        rows = [line.split() for line in _help_text(app).splitlines() if "under the cursor" in line]
        assert rows and rows[0][-1] == "open" and rows[0][1] == "l"  # keys as remapped
        await press(pilot, "escape", "1", "j", "l")  # the remapped key opens too
        assert app.focused is app.main_screen.body


async def test_the_help_lines_do_not_wrap_at_80_columns(tmp_path):
    """Review: at 80x24 a line on common words wrapped, "nothing" alone on a row, and so
    did six more of the query syntax and the note on watching ("for", "the", "next"
    alone): every line broken by hand is one row of the help at 80 columns (the tables
    of keys and first steps wrap in their columns)."""
    from warreader.tui.screens.help import QUERY_SYNTAX, watching_note

    for watch in (True, False):
        app = make_app(tmp_path / "ix")
        app.watch = watch
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_ready(pilot)
            await press(pilot, "question_mark")
            for block, text in (("#query-syntax", QUERY_SYNTAX),
                                ("#watching-note", watching_note(watch).plain)):
                shown = app.screen.query_one(block)
                rows = [shown.render_line(y).text.strip() for y in range(shown.size.height)]
                lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
                for line in lines:
                    assert line in rows, (line, rows)
                assert len([row for row in rows if row]) == len(lines), rows
