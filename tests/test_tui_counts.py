"""Counts on screen agree and read well (issue 11, items 4 and 9): quotes are quotes
everywhere, terms are labelled terms, and one of a thing is singular."""

from __future__ import annotations

from tests.tui_support import make_app, open_article, press, screen_text, wait_ready

SIZE = (160, 45)

ONE_QUOTE = """Minister rules out retreat

The minister spoke on Monday. “We will not retreat from the border,” said Jane Doe,
the defence minister. The plan is known as the “fortress”.
"""


async def test_every_count_of_the_seeds_agrees(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        shown = screen_text(app)
        assert "Index ready: 5 articles · 72 quotes · 10 quoted terms" in shown
        rows = [summary for summary in screen.articles.rows]
        assert sum(s.quote_count for s in rows) == 72
        await open_article(pilot, "001")
        shown = screen_text(app)
        assert "15 quotes · 3 terms" in shown  # the article's row in the list
        assert "─ 15 quotes ─" in shown  # the body
        assert "· 15 quotes ─" in shown  # the article sidebar
        await press(pilot, "s")
        assert "31 speakers · 72 quotes ─" in screen_text(app)  # the corpus sidebar


async def test_one_of_a_thing_is_singular(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(ONE_QUOTE, encoding="utf-8")
    app = make_app(tmp_path / "ix", paths=[corpus])
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "one.txt")
        shown = screen_text(app)
        assert "Index ready: 1 article · 1 quote · 1 quoted term" in shown
        assert "1 quote · 1 term" in shown.split("\n")[4]  # the list row under the title
        assert "1 speaker · 1 quote ─" in shown and "Jane Doe  1 quote" in shown
        assert "1 quotes" not in shown and "1 speakers" not in shown
        assert "1 articles" not in shown and "1 terms" not in shown


async def test_a_quoted_term_in_the_results_is_labelled_a_term(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await pilot.press(*'"false flag"')
        await pilot.pause(0.4)
        await press(pilot, "enter")
        shown = screen_text(app)
        assert "❝ term · Russia may use Bayraktar" in shown
        assert "(unattributed)" not in shown  # every seed quotation has its speaker
