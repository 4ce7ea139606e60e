"""The reader on an article quoting the newspaper-archive way (''Yes,'' she said) with
``archive_quotes: on``: the quotations are listed with their speakers, each quote's
offsets are the words between the marks, and the current quote's highlight covers those
words and both characters of each mark (as a “…” quote's covers its marks). Invented
article."""

from __future__ import annotations

from warreader.index.quotes.archive_marks import MODE_ENV

from tests.tui_support import make_app, open_article, press, wait_ready

SIZE = (160, 45)
HARBOUR = (
    "Harbour plan splits Dunmore\n\n"
    "The mayor of Dunmore, Ann Kell, stood by her plan for the harbour on Tuesday.\n\n"
    "''We will not sell the pier,'' Ms. Kell said. ''It belongs to the town.''\n\n"
    "Her rival, Tom Hale, was not convinced. ``This is a fire sale,'' he told reporters.\n"
)


def _highlighted(body) -> str:
    """The characters laid out in the current quote's style, in order."""
    current = body._styles().current
    chars = []
    for line in body._layout.lines:
        for span in line.spans:
            if span.style == current:
                chars.append(line.plain[span.start : span.end])
    return " ".join("".join(chars).split())


async def _open_harbour(tmp_path, monkeypatch, mode: str):
    monkeypatch.setenv(MODE_ENV, mode)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    return make_app(tmp_path / "ix", [folder])


async def test_archive_quotes_are_read_and_highlighted_inside_the_marks(tmp_path, monkeypatch):
    app = await _open_harbour(tmp_path, monkeypatch, "on")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "harbour")
        screen = app.main_screen
        quotes = [q for q in screen.quotes if q.kind == "quote"]
        assert [(q.text, q.speaker) for q in quotes] == [
            ("We will not sell the pier,", "Ann Kell"),
            ("It belongs to the town.", "Ann Kell"),
            ("This is a fire sale,", "Tom Hale"),
        ]
        for number, quote in enumerate(quotes):
            await press(pilot, "right_square_bracket")
            assert screen.body.current == screen.quotes.index(quote)
            # the words and both characters of each mark, as “…” is highlighted whole
            assert _highlighted(screen.body) == HARBOUR[quote.start - 2 : quote.end + 2]
            assert HARBOUR[quote.start : quote.end] == quote.text
            assert HARBOUR[quote.start - 2 : quote.start] in ("''", "``")
            assert HARBOUR[quote.end : quote.end + 2] == "''"
            assert screen.body.border_subtitle.startswith(f"quote {number + 1} / 3")
        assert {"Ann Kell", "Tom Hale"} <= set(screen.sidebar.speaker_names())


async def test_with_archive_quotes_off_the_article_has_none(tmp_path, monkeypatch):
    app = await _open_harbour(tmp_path, monkeypatch, "off")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "harbour")
        assert [q for q in app.main_screen.quotes if q.kind == "quote"] == []
