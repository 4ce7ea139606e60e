"""A paragraph of many quotes (a transcript saved without paragraph breaks): ] steps
through it and each quote lands on its own line (ux17: finding each quote's wrapped line
was a linear scan of the paragraph's lines per quote, 0.7 s of CPU per ] at 3,000 quotes;
it is a bisection, 0.14 s)."""

from __future__ import annotations

from warreader.index.articles import read_article
from warreader.index.quotes import extract_quotes
from warreader.tui.render import BodyStyles, layout_article

from tests.tui_support import flat, make_app, press, screen_text, wait_ready

SPEAKERS = ["Ada Brook", "Ben Carrow", "Cleo Dunmore"]


def _transcript(folder, quotes: int):
    folder.mkdir()
    sentences = [f"“Point number {i} stands,” said {SPEAKERS[i % 3]}. The hall was quiet."
                 for i in range(quotes)]
    path = folder / "hearing.txt"
    path.write_text("Hearing transcript\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    return path


def test_each_quote_of_a_long_paragraph_is_placed_on_the_line_that_holds_it(tmp_path):
    article = read_article(_transcript(tmp_path / "c", 400))
    quotes = extract_quotes(article, {})
    assert len(quotes) == 400
    layout = layout_article(article, quotes, width=50, styles=BodyStyles(), colours={})
    first = next(n for n, line in enumerate(layout.lines) if line.plain.startswith("─")) + 1
    text, ends, at = article.paragraphs[0].text, [], 0  # where each wrapped line ends
    for line in layout.lines[first:]:
        at = text.index(line.plain.rstrip(), at) + len(line.plain.rstrip())
        ends.append(at)
    assert len(ends) > 400 and ends[-1] == len(text.rstrip())
    for i, quote in enumerate(quotes):
        holding = next(n for n, end in enumerate(ends) if quote.para_start < end)
        assert layout.quote_lines[i] == first + holding, i


async def test_bracket_steps_through_a_paragraph_of_many_quotes(tmp_path):
    _transcript(tmp_path / "c", 400)
    app = make_app(tmp_path / "ix", [tmp_path / "c"])
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "2", "right_square_bracket", "right_square_bracket",
                    "right_square_bracket")
        shown = flat(screen_text(app))
        assert "quote 3 / 400" in shown
        assert "Point number 2 stands" in shown


def test_an_offset_at_a_wrapped_line_s_start_is_on_that_line():
    """A search hit may start a wrapped line exactly: it is on that line, not the one
    before (the bisection's boundary)."""
    from warreader.tui.render import _line_of

    assert [_line_of([0, 10, 20], n) for n in (0, 9, 10, 19, 20, 25)] == [0, 0, 1, 1, 2, 2]
