"""The article shown first names its file as the list does, once the list's file labels
are known: ``east/001.txt``, not a bare ``001.txt`` that two folders hold.

The first article is previewed before the labels are made (on the first build of the
BBC corpus, and on its every start from an existing index); its byline kept the bare
name until it was opened again. Here the labels are held until an article is shown.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from warreader.index.search import listing
from warreader.tui.file_labels import FileLabels

from tests.tui_support import make_app, press, screen_text, wait_ready

SIZE = (160, 45)


def _write(root: Path) -> Path:
    for folder, city, speaker in (("east", "Kharkiv", "Oleh Synehubov"),
                                  ("west", "Lviv", "Maksym Kozytskyi")):
        (root / folder).mkdir(parents=True)
        text = (f"Power returns to {city}\n\nBy Ann Example for Test Wire\n\n"
                f"Monday, March 7, 2022\n\n“The lights are back on in every district,” "
                f"regional governor {speaker} said on Monday.\n")
        (root / folder / "001.txt").write_text(text, encoding="utf-8")
    (root / "west" / "002.txt").write_text(
        "Trains run again\n\nBy Ann Example for Test Wire\n\nSunday, March 6, 2022\n\n"
        "“Every line is open,” rail chief Olena Example said.\n", encoding="utf-8")
    return root


def _byline(app) -> str:
    """The body's meta line (date · author · outlet · file), as painted."""
    region = app.main_screen.body.region
    lines = screen_text(app).splitlines()[region.y:region.bottom]
    return next(line[region.x:region.right] for line in lines if "Test Wire" in line)


def _hold_labels(monkeypatch) -> threading.Event:
    """Make the list's file labels wait (at most 30 s) until the returned event is set."""
    gate = threading.Event()
    real_init = FileLabels.__init__

    def held_init(self, paths, roots):
        gate.wait(30)
        real_init(self, paths, roots)

    monkeypatch.setattr(FileLabels, "__init__", held_init)
    return gate


async def _check_first_article_named(app, monkeypatch, early: tuple = (None, "001.txt")
                                     ) -> None:
    """``early``: what the body may name the file before the list's labels are made."""
    gate = _hold_labels(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        s = app.main_screen
        deadline = time.monotonic() + 60
        while getattr(s, "article", None) is None:  # shown before the labels are made
            assert time.monotonic() < deadline, "no article was shown"
            await pilot.pause(0.05)
        assert s.body.file_label in early, s.body.file_label
        gate.set()
        await wait_ready(pilot)
        label = s.articles.labels.get(s.article.path)
        assert label in ("east/001.txt", "west/001.txt")
        assert s.body.file_label == label
        assert _byline(app).rstrip(" │").endswith(f"Test Wire · {label}")
        await press(pilot, "j", "k")  # and as it is named when opened again
        assert s.body.file_label == label


async def test_the_first_article_is_named_by_its_folder_on_the_first_build(
        tmp_path, monkeypatch):
    corpus = _write(tmp_path / "corpus")
    # the first build names a file by its folder as soon as it is read (ux19)
    await _check_first_article_named(make_app(tmp_path / "ix", [corpus]), monkeypatch,
                                     early=(None, "east/001.txt", "west/001.txt"))


async def test_the_first_article_is_named_by_its_folder_when_reopened(tmp_path, monkeypatch):
    # the cached head of the list (its first rows, shown before the index is open) holds
    # one 001.txt: labelled from the head alone, it is "001.txt"
    monkeypatch.setattr(listing, "HEAD_ROWS", 1)
    corpus = _write(tmp_path / "corpus")
    async with make_app(tmp_path / "ix", [corpus]).run_test(size=SIZE) as pilot:
        await wait_ready(pilot)  # the index is built and the listing cached
    await _check_first_article_named(make_app(tmp_path / "ix", [corpus]), monkeypatch)
