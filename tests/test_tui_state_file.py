"""A damaged state file (the palette's theme, ``state.json``) is set aside as
``state.json.bad`` with a one-line notice, and the reader starts on the configured theme;
the next choice is saved afresh. Before, it was set aside without a word."""

from __future__ import annotations

import json

from tests.tui_support import make_app, notices, wait_ready


async def test_a_damaged_state_file_is_set_aside_with_a_notice(tmp_path):
    state = tmp_path / "user-files" / "state.json"
    state.parent.mkdir()
    state.write_text('{"theme": "nord", "config_th', encoding="utf-8")
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        said = [n for n in notices(app) if "state.json" in n]
        assert len(said) == 1 and "was damaged: set aside as state.json.bad" in said[0]
        assert app.theme == "textual-dark"
    # quitting wrote a fresh one (the place read: tests/test_tui_reading_place.py)
    assert not state.exists() or "theme" not in json.loads(state.read_text(encoding="utf-8"))
    assert (state.parent / "state.json.bad").read_text(encoding="utf-8").startswith('{"theme"')


async def test_a_sound_state_file_says_nothing(tmp_path):
    state = tmp_path / "user-files" / "state.json"
    state.parent.mkdir()
    state.write_text('{"theme": "nord", "config_theme": "textual-dark"}\n', encoding="utf-8")
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        assert not [n for n in notices(app) if "state.json" in n]
        assert app.theme == "nord"


def test_the_citation_follows_warreader_data_dir(monkeypatch, tmp_path):
    """``WARREADER_DATA_DIR`` moves the user data folder: the last citation goes there too,
    not to the platform's folder (which a test or a second profile must not overwrite)."""
    from warreader.tui.user_files import UserFiles

    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    files = UserFiles.default()
    assert files.citation == tmp_path / "data" / "last-citation.txt"
    monkeypatch.delenv("WARREADER_DATA_DIR")
    assert UserFiles.default().citation.parent.name == "warreader"
