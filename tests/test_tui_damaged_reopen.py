"""Reopening a corpus whose index was damaged while the reader was closed (ux17): the
cached list shows at once, the first article cannot be read from the damaged stored data
while the index is rebuilt, and once it is rebuilt the article shows; before, the body
and the sidebar stayed blank under "Cannot open the article: '<id>'" until enter."""

from __future__ import annotations

import shutil

from tests.tui_support import SEEDS, flat, make_app, notices, pane_text, screen_text, wait_ready

SIZE = (160, 45)


async def test_a_damaged_index_is_rebuilt_and_the_first_article_shown(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(SEEDS.glob("003_*.txt")), corpus)
    index_dir = tmp_path / "ix"
    app = make_app(index_dir, [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
    segments = list(index_dir.glob("gen-*/*.seg"))
    assert segments
    for segment in segments:  # garbage of another size: the next refresh rebuilds
        segment.write_bytes(b"\x93not a segment" * 40)

    app = make_app(index_dir, [corpus])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        assert "was damaged" in flat(screen_text(app))  # the status line says so (a toast
        # "The index is damaged: ..." may have timed out by now on a loaded machine)
        screen = app.main_screen
        assert "Pannett, Rauhala, Hudson" in pane_text(app, screen.body)  # the byline
        assert "Antony Blinken" in pane_text(app, screen.sidebar)  # and its speakers
        assert all("'" not in n for n in notices(app)), notices(app)  # no bare id
        # rebuilt and ready: the status line and `u` say it was, not that it is under way
        status = flat(pane_text(app, screen.status))
        assert "· rebuilt the index: it was damaged (" in status, status  # why first
        assert "rebuilding" not in status, status
        assert screen.notices[-1].startswith("rebuilt the index: it was damaged (OSError: "
                                             "[Errno 22] Invalid argument) ("), screen.notices
        assert screen.notices[-1].endswith(f"{index_dir})"), screen.notices  # then where


def test_a_damage_found_with_no_rebuild_running_says_how_to_rebuild():
    """Damage found mid-session starts no rebuild (the watcher follows the articles, not
    the index): the message names ctrl+r instead of promising the article."""
    from types import SimpleNamespace

    from warreader.tui.screens.reading import _not_indexed

    damaged = SimpleNamespace(damage="gen-3/_MAIN_1.seg is damaged")
    assert _not_indexed(damaged, rebuilding=False) == "The index is damaged: ctrl+r rebuilds it."
    assert _not_indexed(damaged, rebuilding=True) == (
        "The index is damaged: the article opens once it is rebuilt.")
    assert "no longer holds it" in _not_indexed(SimpleNamespace(damage=None), rebuilding=False)
