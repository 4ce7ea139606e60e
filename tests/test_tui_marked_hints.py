"""The Marked list's key hints are never under the "Marked ★" notice (ux27: `m` then `M`
within the notice's seconds hid "d: unmark · e: export · escape: close" under it). The
notice says "M lists them": once `M` has opened the list it has said what it had to say
and goes; other notices stay. (A toast is as wide whatever it says: shortening the
notice would not uncover the hints.)"""

from __future__ import annotations

import pytest

from tests.tui_support import flat, make_app, notices, open_article, press, screen_text, wait_ready

HINTS = "enter: open · d: unmark · e: export · escape: close"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Marks go to a folder of the test's own, never the user's."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))


async def _mark_then_list(pilot) -> None:
    await open_article(pilot, "003")
    await press(pilot, "right_square_bracket", "m")
    assert any(n.startswith("Marked ★") for n in notices(pilot.app))
    assert "Marked ★ (1 in this corpus" in flat(screen_text(pilot.app))
    await press(pilot, "M")
    await pilot.pause(0.3)


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_the_marked_notice_leaves_the_lists_hints_in_view(tmp_path, size):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_ready(pilot)
        await _mark_then_list(pilot)
        shown = flat(screen_text(app))
        assert HINTS in shown, shown
        assert "Marked ★ (" not in shown


async def test_other_notices_stay(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await wait_ready(pilot)
        app.notify("Another notice.")
        await _mark_then_list(pilot)
        assert "Another notice." in notices(app)
        assert not any(n.startswith("Marked ★") for n in notices(app))
