"""`}` and `{` at the last or first speaker say so and stay, as `]` and `[` do at the
last or first quote (ux29: they wrapped round without a word, and in an article with
one speaker `}` did nothing visible at all: a key with no answer)."""

from __future__ import annotations

from tests.search_support import write
from tests.tui_support import make_app, notices, open_article, press, wait_ready


async def test_the_last_and_first_speaker_are_said(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        names = screen.sidebar.speaker_names()
        assert len(names) > 2
        await press(pilot, *["right_curly_bracket"] * len(names))
        assert screen.sidebar.selected == names[-1]
        at = screen.body.current
        await press(pilot, "right_curly_bracket")
        assert notices(app)[-1] == "Last speaker of this article."
        assert screen.sidebar.selected == names[-1] and screen.body.current == at
        await press(pilot, *["left_curly_bracket"] * (len(names) - 1))
        assert screen.sidebar.selected == names[0]
        await press(pilot, "left_curly_bracket")
        assert notices(app)[-1] == "First speaker of this article."
        assert screen.sidebar.selected == names[0]


async def test_one_speaker_is_the_only_one(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "pike.txt", "Night in Kyiv",
          "“We hold the line,” said Ann Pike, the deputy commander.",
          "“The line held,” Pike said on Friday.")
    app = make_app(tmp_path / "ix", [folder])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "pike")
        screen = app.main_screen
        assert screen.sidebar.speaker_names() == ["Ann Pike"]
        await press(pilot, "right_curly_bracket")  # to her first quote
        assert screen.body.current is not None
        told = len(notices(app))
        await press(pilot, "right_curly_bracket")
        assert notices(app)[told:] == ["Ann Pike is the only speaker of this article."]
        await press(pilot, "left_curly_bracket")
        assert notices(app)[-1] == "Ann Pike is the only speaker of this article."
