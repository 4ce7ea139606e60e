"""The export dialog at 80x24 (ux29 #6, #7): every choice's hint is read whole ("Marked
quotes: none yet (m marks a q…" was cut), and a toast shown over the dialog sits on the
header line, not over its key line and buttons (where Textual puts toasts)."""

from __future__ import annotations

import pytest
from textual.widgets import RadioButton
from warreader.tui.screens.export_dialog import ExportScreen

from tests.tui_support import make_app, open_article, press, screen_text, wait_ready


@pytest.fixture(autouse=True)
def _folders(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path / "docs"))


async def test_every_choice_reads_whole_at_80_columns(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)  # no article open: three choices say what to do first
        await press(pilot, "e")
        assert isinstance(app.screen, ExportScreen)
        shown = screen_text(app)
        for button in app.screen.query(RadioButton):
            label = str(button.label)
            assert label in shown, (label, shown)
        assert "Marked quotes: none yet (press m)" in shown
        assert "…" not in shown, shown


async def test_a_toast_over_the_dialog_leaves_its_key_line_and_buttons(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "m", "e")  # marked: a toast, then e
        assert isinstance(app.screen, ExportScreen)
        await pilot.pause(0.2)
        toasts = list(app.screen.query("Toast"))
        assert toasts and all(t.region.y <= 1 for t in toasts), [t.region for t in toasts]
        rows = screen_text(app).splitlines()
        key_line = next(r for r in rows if "tab: next" in r)
        assert "escape cancels" in key_line, key_line
        assert "Write" in "\n".join(rows[-6:]) and "Cancel" in "\n".join(rows[-6:])


async def test_a_row_parts_the_buttons_from_the_border_at_80x24(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "e")
        assert isinstance(app.screen, ExportScreen)
        rows = screen_text(app).splitlines()
        label = next(i for i, r in enumerate(rows) if "Write" in r and "Cancel" in r)
        assert "▁" in rows[label + 1]  # the buttons' bottom edge
        assert rows[label + 2].strip("│ ") == "", rows[label - 1:label + 4]  # ux31 #5
        assert "tab: next" in rows[label + 3]  # then the border with the key line


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_a_long_search_choice_wraps_under_itself(tmp_path, size):
    """Review U8: "Search results: speaker:blinken "russ…" was cut at the What column's
    width (~40 columns at 80x24, ~60 at 160x45); it wraps under its label on two rows,
    a longer query cut at the end of the second ("…")."""
    query = 'speaker:blinken "russia" OR nato OR stoltenberg'
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "slash")
        await pilot.press(*query)
        await pilot.pause(0.5)
        await press(pilot, "enter", "enter", "e")
        assert isinstance(app.screen, ExportScreen)
        button = app.screen.query_one("#what-search", RadioButton)
        rows = [button.render_line(y).text.rstrip() for y in range(button.size.height)]
        shown = " ".join(r.strip(" ▐●▌") for r in rows)
        assert shown == f"Search results: {query}", rows
        assert len(rows) == 2 and rows[-1].startswith("    "), rows  # under the label
        await press(pilot, "escape", "slash")
        await pilot.press(*(query + " OR ukraine OR kyiv OR moscow OR peskov OR drones OR "
                             "nuclear OR troops OR border OR belarus OR sanctions"))
        await pilot.pause(0.5)
        await press(pilot, "enter", "enter", "e")
        button = app.screen.query_one("#what-search", RadioButton)
        rows = [button.render_line(y).text.rstrip() for y in range(button.size.height)]
        assert len(rows) == 2 and rows[-1].endswith("…"), rows
