"""`v` (the file in the editor), `x` (the page in the browser) and back/forward, pressed.

The editor is a fake `vim` script that writes its arguments to a file; the browser is
a stand-in for :func:`webbrowser.get`'s controller.
"""

from __future__ import annotations

import shutil
import webbrowser
from pathlib import Path

from warreader.index.articles import read_source_text
from warreader.tui.open_source import line_of

from tests.tui_support import (
    SEEDS,
    article_id_of,
    make_app,
    open_article,
    press,
    screen_text,
    type_query,
    wait_ready,
)

SIZE = (160, 45)
URL = "https://www.stripes.com/theaters/europe/2022-02-16/russia-ukraine.html"


def _fake_editor(folder: Path, name: str = "vim", status: int = 0) -> tuple[Path, Path]:
    """A script called ``name`` recording its arguments one a line; (script, record)."""
    record = folder / "argv.txt"
    script = folder / "bin" / name
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\nexit {status}\n')
    script.chmod(0o755)
    return script, record


def _notices(app) -> str:
    """Every notification's text so far, one a line."""
    return "\n".join(str(n.message) for n in app._notifications)


async def test_v_opens_the_file_at_the_current_quotes_line(tmp_path, monkeypatch):
    script, record = _fake_editor(tmp_path)
    monkeypatch.setenv("VISUAL", str(script))
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await open_article(pilot, "003")
        await press(pilot, "v")  # no quote yet: the article's first paragraph
        path = screen.article.path
        source = read_source_text(path)
        first = line_of(source, screen.article.paragraphs[0].start)
        assert record.read_text().splitlines() == [f"+{first}", path]
        await press(pilot, "right_square_bracket", "right_square_bracket",
                    "right_square_bracket", "v")
        quote = screen.quotes[screen.body.current]
        plus, opened = record.read_text().splitlines()
        assert opened == path and plus.startswith("+")
        line = Path(path).read_text(encoding="utf-8").split("\n")[int(plus[1:]) - 1]
        assert quote.text.split()[0] in line and int(plus[1:]) > first
        # the reader is back as it was: same article, same quote, keys answer
        assert screen.article.path == path and screen.quotes[screen.body.current] == quote
        await press(pilot, "right_square_bracket")
        assert screen.quotes[screen.body.current] != quote


async def test_v_with_an_editor_that_takes_no_line_and_one_that_fails(tmp_path, monkeypatch):
    script, record = _fake_editor(tmp_path, name="myeditor", status=3)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "v")
        assert record.read_text().splitlines() == [app.main_screen.article.path]
        assert "myeditor exited with status 3." in _notices(app)


async def test_a_missing_editor_is_a_one_line_notice(tmp_path, monkeypatch):
    monkeypatch.setenv("VISUAL", str(tmp_path / "no-such" / "nvim") + " -p")
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "v")
        await pilot.pause(0.2)
        notice = _notices(app)
        assert "Cannot open the file: 'nvim' ($VISUAL) was not found" in notice
        assert "\n" not in notice  # one line
        assert "Cannot open the file" in " ".join(screen_text(app).split())
        assert app.main_screen.article is not None and app.is_running


class _FakeBrowser:
    name = "firefox"

    def __init__(self, works: bool = True) -> None:
        self.opened: list[str] = []
        self.works = works

    def open(self, url: str) -> bool:
        self.opened.append(url)
        return self.works


async def test_x_opens_the_stated_address_in_the_browser(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    seed = next(corpus.glob("003_*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n\nURL: {URL}\n", encoding="utf-8")
    browser = _FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: browser)
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "x")
        await pilot.pause(0.2)
        assert browser.opened == [URL]
        assert f"Opened {URL} in firefox." in _notices(app)
        await press(pilot, "right_square_bracket", "y")  # the citation names it too
        assert app.last_copied.endswith(URL)
        browser.works = False
        await press(pilot, "x")
        assert "firefox could not open" in _notices(app)
        await open_article(pilot, "001")
        await press(pilot, "x")
        assert "This article states no web address" in _notices(app)
        assert len(browser.opened) == 2

        lynx = webbrowser.GenericBrowser("lynx")  # a text browser: it gets the terminal
        lynx.open = lambda url, new=0, autoraise=True: bool(browser.opened.append(url))
        monkeypatch.setattr(webbrowser, "get", lambda using=None: lynx)
        await open_article(pilot, "003")
        await press(pilot, "x")
        assert browser.opened[-1] == URL
        assert f"lynx could not open {URL}: it exited with an error" in _notices(app)

        def no_browser(using=None):
            raise webbrowser.Error("could not locate runnable browser")

        monkeypatch.setattr(webbrowser, "get", no_browser)
        await press(pilot, "x")
        assert "No web browser found" in _notices(app)


def _place(screen) -> tuple[str, int | None]:
    current = screen.body.current
    return screen.article.id, screen.quotes[current].start if current is not None else None


async def test_back_and_forward_through_articles_quotes_searches_and_jumps(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        visited = []
        await open_article(pilot, "003")
        visited.append(_place(screen))
        await press(pilot, "right_square_bracket")  # refines the place: its first quote
        visited[-1] = _place(screen)
        await press(pilot, "right_square_bracket")
        visited.append(_place(screen))
        await press(pilot, "1", "k")  # a list move opens the article above
        visited.append(_place(screen))
        assert visited[-1][0] != visited[-2][0]
        await press(pilot, "slash")
        await type_query(pilot, "speaker:kirby")
        await press(pilot, "enter", "enter", "escape")  # a search result, opened
        visited.append(_place(screen))
        assert visited[-1][1] is not None
        await press(pilot, "ctrl+p")
        await pilot.press(*"000_7c7ef")
        await pilot.pause(0.5)
        await press(pilot, "enter")  # a palette jump
        assert screen.article.id == article_id_of(app, "000_")
        visited.append(_place(screen))
        assert len(set(visited)) == len(visited) == 5
        earlier = screen.history.places[:-5]  # the article shown at startup, if recorded
        assert screen.history.places[-5:] == visited and len(earlier) <= 1
        await press(pilot, "2")
        for expected in reversed(visited[:-1]):
            await press(pilot, "ctrl+o")
            assert _place(screen) == expected
        for _ in earlier:
            await press(pilot, "ctrl+o")
        assert "Oldest place" not in _notices(app)
        shown = _place(screen)
        await press(pilot, "ctrl+o")
        assert "Oldest place: nothing further back." in _notices(app)
        assert _place(screen) == shown
        for _ in earlier:
            await press(pilot, "alt+right")
        assert _place(screen) == visited[0]
        for expected in visited[1:3]:
            await press(pilot, "alt+right")
            assert _place(screen) == expected
        await press(pilot, "alt+left")
        assert _place(screen) == visited[1]
        for _ in range(3):
            await press(pilot, "alt+right")
        assert _place(screen) == visited[-1]
        assert "Newest place" not in _notices(app)
        await press(pilot, "alt+right")
        assert "Newest place: nothing further forward." in _notices(app)
        assert _place(screen) == visited[-1]
        # landing on a quote of an article reached without one refines that place
        await press(pilot, "ctrl+o", "ctrl+o")
        assert _place(screen) == visited[2] and visited[2][1] is None
        await press(pilot, "right_square_bracket")
        assert screen.history.current == _place(screen) != visited[2]
        assert screen.history.places[-2:] == visited[-2:]
        # a new place after going back drops those ahead
        await press(pilot, "ctrl+o", "right_square_bracket")
        assert _place(screen) != visited[1] and _place(screen)[0] == visited[1][0]
        assert screen.history.places[-1] == _place(screen)
        assert visited[-1] not in screen.history.places
