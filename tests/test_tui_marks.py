"""Marks in the reader: `m` stars the current quote, `M` lists the corpus's marks, and the
marks outlive the app; a damaged marks file is a notice, not a crash."""

from __future__ import annotations

import pytest
from warreader.index.annotations.marks import MarkStore
from warreader.tui.colours import UNATTRIBUTED_LABEL
from warreader.tui.screens.marked import MarkedScreen

from tests.tui_support import (
    flat,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    wait_ready,
)

SIZE = (160, 45)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Marks go to a folder of the test's own, never the user's."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _body_text(screen) -> str:
    return "\n".join(line.plain for line in screen.body._layout.lines)


def _sidebar_row(screen, index: int) -> str:
    row = next(r for r in screen.sidebar.rows if r.id == f"q:{index}")
    return " ".join(line.plain for line in row.render(60))


async def _to_quote(pilot, n: int) -> int:
    """Step to the n-th quote (1-based) of the open article; its index."""
    for _ in range(n):
        await press(pilot, "right_square_bracket")
    return pilot.app.main_screen.body.current


async def test_m_stars_the_quote_in_body_and_sidebar_and_again_unstars(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        index = await _to_quote(pilot, 2)
        quote = screen.quotes[index]
        assert "★" not in _body_text(screen)
        await press(pilot, "m")
        assert screen.body.marked == {index}
        body = flat(_body_text(screen))
        words = " ".join(quote.text.split())[:30]
        assert f"★“{words}" in body or f"★\"{words}" in body  # the star before its marks
        assert _sidebar_row(screen, index).lstrip().startswith("★ “")
        assert "★" in screen_text(app)
        # the current quote is still centred on its line with the star inserted before it
        line = screen.body._layout.quote_lines[index]
        assert words.split()[0] in screen.body._layout.lines[line].plain
        await settle(pilot)
        stored = MarkStore([app.paths[0]]).load()
        assert [a.text for a in stored] == [" ".join(quote.text.split())]
        await press(pilot, "m")
        assert screen.body.marked == frozenset()
        assert "★" not in _body_text(screen)
        await settle(pilot)
        assert MarkStore([app.paths[0]]).load() == []


async def test_marks_persist_and_the_marked_view_lists_and_opens_them(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        first = app.main_screen.quotes[await _to_quote(pilot, 1)]
        await press(pilot, "m")
        await open_article(pilot, "000")
        second = app.main_screen.quotes[await _to_quote(pilot, 3)]
        await press(pilot, "m")
    # a new session on the same corpus: the marks are there
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        index = await _to_quote(pilot, 1)
        assert screen.body.marked == {index}
        await press(pilot, "M")
        assert isinstance(app.screen, MarkedScreen)
        listed = flat(screen_text(app))
        assert "Marked quotes · 2 marks" in listed
        for quote in (first, second):
            assert " ".join(quote.text.split())[:40] in listed
            assert (quote.speaker or UNATTRIBUTED_LABEL) in listed
        assert "003_eb25a154931aa076.txt" in listed and "000_7c7ef417ac8399c4.txt" in listed
        await press(pilot, "j", "enter")  # the second mark: in article 000
        assert app.screen is screen
        assert "000" in screen.article.path
        assert screen.quotes[screen.body.current].text == second.text


async def test_a_mark_whose_words_are_gone_is_listed_as_not_found(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "talks.txt"
    article.write_text(
        "Talks stall in Geneva\n\nThe minister said: \"We will not give up the port.\" "
        "Officials declined to comment.\n\n\"Nobody wants this war to go on,\" said "
        "Anna Berg, a spokeswoman.\n", encoding="utf-8")
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "talks")
        await _to_quote(pilot, 1)
        await press(pilot, "m")
        await _to_quote(pilot, 1)
        await press(pilot, "m")
    article.write_text(article.read_text(encoding="utf-8").replace(
        "give up the port", "surrender the harbour"), encoding="utf-8")
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "M")
        listed = flat(screen_text(app))
        assert "2 marks · 1 not found" in listed
        assert "not found · talks.txt" in listed
        assert "We will not give up the port." in listed  # the words as marked, kept
        assert "Anna Berg" in listed
        assert len(MarkStore([corpus]).load()) == 2  # never dropped by listing
        await press(pilot, "enter")  # the lost one: a notice, the list stays
        assert isinstance(app.screen, MarkedScreen)
        await press(pilot, "d")
        assert "1 mark" in flat(screen_text(app))
        await settle(pilot)
        assert [a.text for a in MarkStore([corpus]).load()] == [
            "Nobody wants this war to go on,"]


async def test_a_damaged_marks_file_is_a_notice_not_a_crash(tmp_path):
    store = MarkStore([make_app(tmp_path / "ix").paths[0]])
    store.path.parent.mkdir(parents=True)
    store.path.write_text("marks: [unclosed\n", encoding="utf-8")
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        notices = [n.message for n in app._notifications]
        assert [m for m in notices if m.startswith(
            "Marks: marks.yaml is not valid YAML; set aside as marks.yaml.damaged-")], notices
        index = await _to_quote(pilot, 1)
        await press(pilot, "m")  # marking still works, into a new file
        assert app.main_screen.body.marked == {index}
        await settle(pilot)
        assert len(store.load()) == 1
    assert list(store.path.parent.glob("marks.yaml.damaged-*"))


async def test_m_without_a_current_quote_says_so(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "m")
        assert "No current quote" in str(list(app._notifications)[-1].message)
        assert app.main_screen.body.marked == frozenset()


async def test_help_and_palette_name_the_mark_and_export_keys(tmp_path):
    from warreader.tui.screens.help import HelpScreen

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {}
        for table in app.screen.tables:
            keys, does, ids = (list(c._cells) for c in table.columns)
            rows.update({i: (str(k), d) for k, d, i in zip(keys, does, ids, strict=True)})
        assert rows["toggle-mark"][0] == "m" and "star" in rows["toggle-mark"][1]
        assert rows["show-marked"][0] == "M" and "marked quote" in rows["show-marked"][1]
        assert rows["export"][0] == "e" and "Markdown, CSV, JSON Lines" in rows["export"][1]
        await press(pilot, "escape", "ctrl+p")
        await pilot.press(*"marked")
        await pilot.pause(0.5)
        assert "Marked quotes: every quote marked with m" in screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, MarkedScreen)
