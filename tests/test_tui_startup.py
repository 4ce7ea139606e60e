"""Startup: the screen before the index is ready, unreadable files, narrow terminals."""

from __future__ import annotations

import threading

from textual.widgets import Label
from warreader.index.corpus import Corpus
from warreader.tui.screens.skipped import SkippedScreen

from tests.tui_support import (
    SEEDS,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    wait_ready,
)


async def test_first_screen_appears_before_the_index(tmp_path, monkeypatch):
    gate = threading.Event()
    real_refresh = Corpus.refresh

    def slow_refresh(self, progress=None, rebuild=False, **kwargs):
        gate.wait(30)
        return real_refresh(self, progress, rebuild, **kwargs)

    monkeypatch.setattr(Corpus, "refresh", slow_refresh)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.2)
        s = app.main_screen
        assert s.corpus is None and s.articles.row_count == 0
        assert "Indexing" in s.body.placeholder
        assert "indexing" in app.sub_title
        gate.set()
        await wait_ready(pilot)
        assert s.articles.row_count == 5
        assert "Index ready: 5 articles" in str(s.query_one("#status-text", Label).render())


async def test_unreadable_files_are_counted_and_listed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.iterdir())[:2]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    app = make_app(tmp_path / "ix", paths=[corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        status = str(app.main_screen.query_one("#status-text", Label).render())
        assert "2 unreadable (u lists them)" in status
        await press(pilot, "u")
        assert isinstance(app.screen, SkippedScreen)
        assert {p.rsplit("/", 1)[-1] for p, _ in app.screen.skipped} == {"broken.txt",
                                                                         "empty.txt"}
        await press(pilot, "escape")


async def test_unreadable_files_are_named_within_the_corpus_folder(tmp_path):
    # a deep corpus folder: its whole path would push the file's name onto a second line
    corpus = tmp_path / "a-very-long-folder-name-for-the-newsroom-archive" / "war-coverage-2023"
    (corpus / "kyiv").mkdir(parents=True)
    seed = sorted(SEEDS.iterdir())[0]
    (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "kyiv" / "empty-dispatch.txt").write_text("", encoding="utf-8")
    app = make_app(tmp_path / "ix", paths=[corpus])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "u")
        assert isinstance(app.screen, SkippedScreen)
        lines = screen_text(app).splitlines()
        row = next(line for line in lines if "empty-dispatch" in line)
        assert "kyiv/empty-dispatch.txt" in row and "empty file" in row
        assert "newsroom-archive" not in row  # the folder is not repeated on each row
        assert any("war-coverage-2023" in line for line in lines)  # it is shown once
        await press(pilot, "escape")


async def test_unreadable_files_survive_a_restart(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = sorted(SEEDS.iterdir())[0]
    (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    first = make_app(tmp_path / "ix", paths=[corpus])
    async with first.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        assert first.main_screen.skipped and first.main_screen.report is not None

    gate = threading.Event()  # the second run: the file check is held back
    real_check = Corpus.check_files

    def held_check(self):
        gate.wait(30)
        return real_check(self)

    monkeypatch.setattr(Corpus, "check_files", held_check)
    second = make_app(tmp_path / "ix", paths=[corpus])
    async with second.run_test(size=(160, 45)) as pilot:
        s = second.main_screen
        for _ in range(1200):  # the early view of the existing index (at most a minute)
            if s.corpus is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        status = str(s.query_one("#status-text", Label).render())
        assert s.report is None and "checking files" in status  # nothing re-read yet
        assert "1 unreadable (u lists them)" in status
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(second.screen, SkippedScreen)
        assert [p.rsplit("/", 1)[-1] for p, _ in second.screen.skipped] == ["broken.txt"]
        await pilot.press("escape")
        gate.set()
        await wait_ready(pilot)
        for _ in range(1200):
            if s.report is not None:
                break
            await pilot.pause(0.05)
        assert "1 unreadable" in str(s.query_one("#status-text", Label).render())


def _visible_panes(screen):
    return [w for w in (screen.articles, screen.results_list, screen.body, screen.sidebar)
            if w.display and w.region.area]


async def test_narrow_terminal_shows_two_panes_without_overlap(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        assert s.has_class("-narrow")
        assert _visible_panes(s) == [s.articles, s.body]
        await press(pilot, "3")
        assert _visible_panes(s) == [s.body, s.sidebar] and app.focused is s.sidebar
        await press(pilot, "1")
        assert _visible_panes(s) == [s.articles, s.body]
        await open_article(pilot, "003")
        await settle(pilot)
        panes = _visible_panes(s)
        for a, b in zip(panes, panes[1:], strict=False):
            assert not a.region.overlaps(b.region)
        for pane in panes:
            assert pane.region.right <= 80 and pane.region.bottom <= 24
            assert pane.region.width >= 28


async def test_wide_terminal_shows_three_panes(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        assert s.has_class("-wide")
        assert _visible_panes(s) == [s.articles, s.body, s.sidebar]


async def test_reopened_index_lists_articles_before_the_speakers_load(tmp_path, monkeypatch):
    first = make_app(tmp_path / "ix")
    async with first.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
    gate = threading.Event()
    real_speakers = Corpus.speakers

    def held_speakers(self):
        gate.wait(30)
        return real_speakers(self)

    monkeypatch.setattr(Corpus, "speakers", held_speakers)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        s = app.main_screen
        for _ in range(1200):
            if s.articles.row_count:
                break
            await pilot.pause(0.05)
        assert s.articles.row_count == 5 and s.sidebar.speakers == []
        gate.set()
        await wait_ready(pilot)
        assert "Jens Stoltenberg" in [speaker.name for speaker in s.sidebar.speakers]


def test_width_classes_match_the_breakpoints():
    from warreader.tui.screens.main import MainScreen, width_classes

    points = MainScreen.HORIZONTAL_BREAKPOINTS
    assert width_classes(points, 80) == {"-narrow": True, "-wide": False}
    assert width_classes(points, 99) == {"-narrow": True, "-wide": False}
    assert width_classes(points, 100) == {"-narrow": False, "-wide": True}


async def test_the_configured_theme_applies_from_the_first_paint(tmp_path):
    for theme, expected in (("nord", "nord"), ("no-such-theme", "textual-dark")):
        app = make_app(tmp_path / "ix", theme=theme)
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_ready(pilot)
            assert app.theme == expected and app.screen is app.main_screen
            warned = [n.message for n in app._notifications]
            assert warned == ([] if theme == expected else [
                "Unknown theme 'no-such-theme'; using textual-dark."])
