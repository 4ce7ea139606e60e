"""An index the reader must rebuild says why while it rebuilds (ux23: an index made by
another warreader version, here the one before stop words in capitals such as "US"
were indexed, was read again whole with "Reading articles 21/1,808" alone, as a first
build; why came only once it was done)."""

from __future__ import annotations

import json

from warreader.index.corpus import Corpus
from warreader.index.search.stamps import live_dir
from warreader.tui.widgets.index_status import IndexStatus

from tests.tui_support import ALIASES, SEEDS, flat, make_app, screen_text, wait_ready

OLD = "index at /somewhere is from another warreader version"


def _made_by_an_older_version(index_dir) -> None:
    corpus = Corpus.open([SEEDS], index_dir, ALIASES)
    corpus.refresh()
    corpus.close()
    meta = live_dir(index_dir) / "meta.json"
    data = json.loads(meta.read_text())
    data["schema_version"] = 0
    meta.write_text(json.dumps(data))


async def test_a_rebuild_says_why_while_it_reads_and_when_done(tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    _made_by_an_older_version(index_dir)
    lines: list[tuple[str, ...]] = []
    shown = IndexStatus.progress

    def progress(self, *args):
        shown(self, *args)
        lines.append(self._fitting)

    monkeypatch.setattr(IndexStatus, "progress", progress)
    app = make_app(index_dir)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await pilot.pause(0.2)
        reading = [texts[0] for texts in lines if "/" in texts[0]]
        assert reading and all(t.startswith("Rebuilding the index ") for t in reading), lines
        assert "(made by another warreader version) · search waits for it" in reading[0]
        assert "rebuilt the index: " in flat(screen_text(app))
        assert "another warreader version" in flat(screen_text(app))


async def test_the_rebuild_line_fits_80_columns(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        status = app.main_screen.status
        status.progress(933, 1808, "sport/038.txt", OLD)
        await pilot.pause(0.1)
        line = screen_text(app).splitlines()[1]
        assert "Rebuilding the index 933/1,808 (made by another warreader version) · " \
            "search waits for it" in line, line
        assert "/somewhere" not in line  # the path is the CLI's, not the status line's
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.1)
        line = screen_text(app).splitlines()[1]
        assert "Rebuilding the index 933/1,808 · search waits" in line and "…" not in line, line
        status.progress(1808, 1808, "", OLD)
        await pilot.pause(0.1)
        assert "Writing the rebuilt index" in screen_text(app).splitlines()[1]
        status.progress(5, 10, "a.txt")  # no rebuild: the first build's wording
        await pilot.pause(0.1)
        assert "Reading articles 5/10" in screen_text(app).splitlines()[1]


async def test_the_rebuilt_notice_keeps_its_reason_at_80_columns(tmp_path):
    """revU2 finding 6: at 80 columns the ready line after a rebuild read "... · rebuilt
    the index: it was made by…", the reason cut."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        status = app.main_screen.status
        notice = "rebuilt the index: it was made by another warreader version (/tmp/somewhere)"
        status.ready(1808, 7295, 0, [notice], 729)
        await pilot.pause(0.2)
        line = screen_text(app).splitlines()[1]
        assert "rebuilt: made by another version" in line and "…" not in line, line
        await pilot.resize_terminal(160, 45)
        await pilot.pause(0.2)
        assert "made by another warreader version (/tmp/somewhere)" in \
            screen_text(app).splitlines()[1]
        await pilot.resize_terminal(80, 24)
        status.ready(1808, 7295, 0, ["rebuilt the index: warreader's article reader or quote "
                                     "engine changed since the index was built"], 729)
        await pilot.pause(0.2)
        line = screen_text(app).splitlines()[1]
        assert "rebuilt: the engine changed" in line and "…" not in line, line
