"""Issue 5's "done when", as one keyboard-only session on the seeds with a fresh index.

A new user opens warreader, reads the help, reads seed 003 with Blinken's and Peskov's
quotes highlighted, steps with ] through the quotes and with } through the speakers,
searches speaker:peskov and lands on his quotes (n continuing into his other article),
then switches the sidebar to the corpus and sees Stoltenberg's quotes from three articles.
"""

from __future__ import annotations

from textual.widgets import Input, Label
from warreader.tui.screens.help import FIRST_STEPS, HelpScreen

from tests.tui_support import make_app, press, wait_ready


def _styled_with(body, colour: str) -> bool:
    """True if some laid-out body text carries ``colour`` (a speaker's quote colour)."""
    return any(colour in str(span.style) for line in body._layout.lines for span in line.spans)


async def test_done_when_journey_from_the_keyboard(tmp_path):
    app = make_app(tmp_path / "fresh-index")
    async with app.run_test(size=(160, 45)) as pilot:
        s = app.main_screen
        await wait_ready(pilot)
        # 1. the five seeds are listed once the index is ready
        assert s.articles.row_count == 5
        assert "Index ready: 5 articles" in str(s.query_one("#status-text", Label).render())

        # the help screen walks through every step below
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        steps = " ".join(text for _label, text in FIRST_STEPS)
        assert app.screen.query_one("#first-steps").region.height >= len(FIRST_STEPS)
        for needle in ("003", "Blinken and Peskov", "] steps", "} steps", "speaker:peskov",
                       "s switches", "Jens Stoltenberg", "three articles"):
            assert needle in steps, needle
        await press(pilot, "escape")

        # 2. read 003: j down the list until it is previewed, enter opens it
        await press(pilot, "1")
        for _ in range(s.articles.row_count):
            if "003" in s.article.path:
                break
            await press(pilot, "j")
        await press(pilot, "enter")
        assert "003" in s.article.path and app.focused is s.body
        names = s.sidebar.speaker_names()
        assert {"Antony Blinken", "Dmitry Peskov"} <= set(names)
        assert _styled_with(s.body, s.colours["Antony Blinken"])
        assert _styled_with(s.body, s.colours["Dmitry Peskov"])

        # 3. ] steps through every quote in order, the sidebar following
        order = [i for i, q in enumerate(s.quotes) if q.kind == "quote"]
        seen = []
        for _ in order:
            await press(pilot, "right_square_bracket")
            seen.append(s.body.current)
            assert s.sidebar.highlighted_option.id == f"q:{s.body.current}"
        assert seen == order
        assert s.body.border_subtitle.startswith(f"quote {len(order)} / {len(order)}")

        # 4. { back to the first speaker (they stop there, as [ does), then } steps
        # through the speakers, each landing on their first quote
        await press(pilot, *["left_curly_bracket"] * len(names))
        assert s.sidebar.selected == names[0]
        assert (s.quotes[s.body.current].speaker or "(unattributed)") == names[0]
        for name in names[1:]:
            await press(pilot, "right_curly_bracket")
            assert s.sidebar.selected == name
            assert (s.quotes[s.body.current].speaker or "(unattributed)") == name

        # 5. search speaker:peskov and land on his quote; n walks all his hits
        await press(pilot, "slash")
        await pilot.press(*"speaker:peskov")
        await pilot.pause(0.4)
        await press(pilot, "enter", "enter")
        hits = s.results.hits
        assert hits and {h.speaker for h in hits} == {"Dmitry Peskov"}
        assert s.quotes[s.body.current].speaker == "Dmitry Peskov"
        assert s.body.hit_index is not None and "hit " in s.body.border_subtitle
        visited = {s.article.id}
        for _ in range(len(hits)):
            await press(pilot, "n")
            visited.add(s.article.id)
            assert s.quotes[s.body.current].speaker == "Dmitry Peskov"
        assert visited == {h.article_id for h in hits} and len(visited) >= 2
        await press(pilot, "escape")  # close search
        assert not s.searching and not isinstance(app.focused, Input)

        # 6. the corpus sidebar: Stoltenberg's quotes from three articles in one place
        await press(pilot, "s")
        assert s.sidebar.mode == "corpus"
        for _ in range(s.sidebar.speaker_names().index("Jens Stoltenberg") + 1):
            await press(pilot, "right_curly_bracket")
        assert s.sidebar.selected == "Jens Stoltenberg"
        articles = {summary.id for summary, _quote in s.sidebar.corpus_quotes}
        assert len(articles) >= 3
        rows = [s.sidebar.get_option_at_index(i).id for i in range(s.sidebar.option_count)]
        assert sum(1 for r in rows if r.startswith("c:")) == len(s.sidebar.corpus_quotes)
        # enter on his last-listed quote opens that article at that quote; y cites it
        await press(pilot, "3")
        assert s.sidebar.highlighted_option.id == "s:Jens Stoltenberg"
        await press(pilot, *["j"] * len(s.sidebar.corpus_quotes), "enter")
        summary, quote = s.sidebar.corpus_quotes[-1]
        assert s.article.id == summary.id and s.quotes[s.body.current].start == quote.start
        await press(pilot, "y")
        assert "— Jens Stoltenberg" in app.last_copied
