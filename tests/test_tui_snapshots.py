"""SVG snapshots of the reader from 60 to 200 columns, with and without search.

Deterministic: the seeds, a fixed theme, the index under tmp_path, no clock in the
header, no timings on screen. Update with ``pytest --snapshot-update`` after checking
the new SVGs by eye.
"""

from __future__ import annotations

import pytest

from tests.tui_support import make_app, open_article, press, settle, wait_ready

SIZES = [(160, 45), (80, 24)]
WIDTHS = [(60, 24), (80, 24), (120, 40), (160, 45), (200, 50)]  # every pane readable


async def _reading(pilot) -> None:
    await wait_ready(pilot)
    await open_article(pilot, "003")
    await press(pilot, "right_square_bracket", "right_square_bracket")


async def _searching(pilot) -> None:
    await wait_ready(pilot)
    await press(pilot, "slash")
    await pilot.press(*"speaker:peskov")
    await pilot.press("enter")
    await settle(pilot)
    await press(pilot, "j")


async def _corpus(pilot) -> None:
    await _reading(pilot)
    await press(pilot, "s", "3")


class TestReader:
    @pytest.mark.parametrize("size", WIDTHS, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_reading_003(self, snap_compare, tmp_path, size):
        assert snap_compare(make_app(tmp_path / "ix"), terminal_size=size, run_before=_reading)

    @pytest.mark.parametrize("size", WIDTHS, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_corpus_sidebar(self, snap_compare, tmp_path, size):
        assert snap_compare(make_app(tmp_path / "ix"), terminal_size=size, run_before=_corpus)


class TestSearch:
    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_search_speaker(self, snap_compare, tmp_path, size):
        assert snap_compare(make_app(tmp_path / "ix"), terminal_size=size, run_before=_searching)


    def test_search_error_wraps_whole(self, snap_compare, tmp_path):
        async def run_before(pilot):
            await wait_ready(pilot)
            await press(pilot, "slash")
            await pilot.press(*"date:notadate")
            for _ in range(200):  # past the debounce, however busy the machine
                await pilot.pause(0.05)
                if pilot.app.main_screen.query("#search-error.-shown"):
                    break
            await press(pilot, "escape")  # to the results: no blinking cursor in the shot

        assert snap_compare(make_app(tmp_path / "ix"), terminal_size=(80, 24),
                            run_before=run_before)


class TestExport:
    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_export_dialog(self, snap_compare, tmp_path, monkeypatch, size):
        monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))

        async def run_before(pilot):
            await _reading(pilot)
            await press(pilot, "e")
            # the offered name holds today's date and the test's folder: a fixed one
            pilot.app.screen.query_one("#export-path").value = "~/Documents/quotes.md"
            await settle(pilot)

        assert snap_compare(make_app(tmp_path / "ix"), terminal_size=size,
                            run_before=run_before)


class TestHelp:
    def test_help_screen(self, snap_compare, tmp_path):
        async def run_before(pilot):
            await wait_ready(pilot)
            await press(pilot, "question_mark")

        assert snap_compare(make_app(tmp_path / "ix"), terminal_size=(160, 45),
                            run_before=run_before)
