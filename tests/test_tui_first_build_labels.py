"""The first build names files as the ready list does, whatever roots were given
(review mends): files given alone by their names, two folders by their paths under the
folder they share; the labels kept for the first build's list are let go once it is ready."""

from __future__ import annotations

import pytest
from textual.widgets import Label

from tests.test_tui_body_label import _write
from tests.test_tui_first_build import SIZE, _until, slow_build
from tests.tui_support import make_app, pane_text, wait_ready


@pytest.mark.parametrize("given, labels", [
    # files given alone: their names (the whole /tmp/... path before the mend)
    (["east/001.txt", "west/002.txt"], {"001.txt", "002.txt"}),
    # two folders holding one name: under the folder they share (both 001.txt before)
    (["east", "west"], {"east/001.txt", "west/001.txt", "west/002.txt"}),
])
async def test_the_first_build_labels_files_given_alone_or_folders(tmp_path, monkeypatch,
                                                                 given, labels):
    corpus = _write(tmp_path / "corpus")
    gate = slow_build(monkeypatch, pause=0.3)
    seen: list[str] = []
    app = make_app(tmp_path / "ix", [corpus / g for g in given])
    try:
        async with app.run_test(size=SIZE) as pilot:
            s = app.main_screen
            status = lambda: str(s.status.query_one(Label).render())  # noqa: E731

            def writing() -> bool:
                seen.append(status())
                return "Writing the index" in status()

            await _until(pilot, lambda: s.is_mounted and writing(), "the writing phase", 60)
            await _until(pilot, lambda: len(s.articles.rows) == len(labels), "all listed")
            lines = [line for line in seen if line.startswith("Reading articles")]
            assert lines and all(line.rsplit(" · ", 1)[-1] in labels for line in lines), lines
            listed = {s.articles.labels.get(row.path) for row in s.articles.rows}
            assert listed == labels
            assert s.read_labels  # the first build's list is named from them

            gate.set()
            await wait_ready(pilot)
            assert s.read_labels == {} and s.read_so_far == []  # let go once ready
            assert len(s.articles.rows) == len(labels)
    finally:
        gate.set()


async def test_the_first_builds_status_line_fits_80_columns(tmp_path, monkeypatch):
    """At 80 columns the reading line cut the file name (and left a hanging ' ·…'), and
    the writing line was cut mid-sentence: now shorter wording, whole on screen."""
    corpus = _write(tmp_path / "corpus")
    gate = slow_build(monkeypatch, pause=0.3)
    seen: list[str] = []
    app = make_app(tmp_path / "ix", [corpus])
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            s = app.main_screen
            label = lambda: s.status.query_one(Label)  # noqa: E731

            def writing() -> bool:
                seen.append(pane_text(app, label()).strip())
                return "Writing the index" in seen[-1]

            await _until(pilot, lambda: s.is_mounted and writing(), "the writing phase", 60)
            await pilot.pause(0.2)
            shown = pane_text(app, label()).strip()
            assert shown.startswith("Writing the index") and shown.endswith("written"), shown
            lines = [line for line in seen if line.startswith("Reading")]
            assert lines and all(line.endswith(("east/001.txt", "west/001.txt", "west/002.txt"))
                                 for line in lines), lines
    finally:
        gate.set()


async def test_a_resize_after_the_build_keeps_the_ready_line(tmp_path):
    """The progress line is chosen again for a new width; once the index is ready a
    resize must not bring the old "Writing the index" line back (it did at 160 -> 80)."""
    corpus = _write(tmp_path / "corpus")
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        label = app.main_screen.status.query_one(Label)
        assert pane_text(app, label).strip().startswith("Index ready"), pane_text(app, label)
        for size in ((80, 24), (120, 40), SIZE):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.2)
            shown = pane_text(app, label).strip()
            assert shown.startswith("Index ready"), (size, shown)
