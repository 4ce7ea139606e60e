"""Reading seed 003 from the keyboard: quotes, speakers, copy, the corpus sidebar."""

from __future__ import annotations

from tests.tui_support import (
    article_id_of,
    flat,
    hold_refresh,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    wait_ready,
)

SIZE = (160, 45)


def _current(screen):
    return screen.quotes[screen.body.current]


async def test_open_003_shows_blinken_and_peskov(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        assert "003" in screen.article.path
        assert app.focused is screen.body
        names = screen.sidebar.speaker_names()
        assert "Antony Blinken" in names and "Dmitry Peskov" in names
        rendered = " ".join(" ".join(line.plain for line in screen.body._layout.lines).split())
        assert " ".join(screen.article.title.split()) in rendered
        # every quotation is styled: its words carry a span in the laid-out lines
        styled = {span.style for line in screen.body._layout.lines for span in line.spans}
        assert any(str(screen.colours["Dmitry Peskov"]) in str(s) for s in styled)


async def test_quote_keys_step_and_center(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        quote_indices = [i for i, q in enumerate(screen.quotes) if q.kind == "quote"]
        await press(pilot, "right_square_bracket")
        assert screen.body.current == quote_indices[0]
        assert screen.body.border_subtitle.startswith(f"quote 1 / {len(quote_indices)}")
        for _ in range(4):
            await press(pilot, "right_square_bracket")
        assert screen.body.current == quote_indices[4]
        line = screen.body._layout.quote_lines[quote_indices[4]]
        height = screen.body.scrollable_content_region.height
        assert abs((line - screen.body.scroll_y) - height // 2) <= 1  # in the middle
        await press(pilot, "left_square_bracket")
        assert screen.body.current == quote_indices[3]
        # the sidebar follows: the quote's speaker is expanded and its quote marked
        assert screen.sidebar.selected == (_current(screen).speaker or "(unattributed)")
        assert screen.sidebar.highlighted_option.id == f"q:{quote_indices[3]}"


async def test_speaker_keys_walk_the_sidebar(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        names = screen.sidebar.speaker_names()
        await press(pilot, "right_curly_bracket")
        assert screen.sidebar.selected == names[0]
        await press(pilot, "right_curly_bracket")
        assert screen.sidebar.selected == names[1]
        assert (_current(screen).speaker or "(unattributed)") == names[1]
        await press(pilot, "left_curly_bracket")
        assert screen.sidebar.selected == names[0]


async def test_y_copies_peskov_with_attribution(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        names = screen.sidebar.speaker_names()
        for _ in range(names.index("Dmitry Peskov") + 1):
            await press(pilot, "right_curly_bracket")
        quote = _current(screen)
        assert quote.speaker == "Dmitry Peskov"
        await press(pilot, "y")
        await pilot.pause(0.3)  # the notification slides in
        words = " ".join(quote.text.split()).rstrip(",")
        assert app.last_copied.startswith(f"“{words}” — Dmitry Peskov, Kremlin spokes")
        # the outlet the article names; its derived title whole, never cut mid-sentence
        assert app.last_copied.endswith(
            "Washington responding that the Kremlin added troops and weapons critical for a "
            "full-scale invasion, Stars and Stripes")
        assert app.clipboard == app.last_copied
        # the screen says what was done, and where else the text can be had
        shown = flat(screen_text(app))
        assert "Copied" not in shown
        assert "Sent to the terminal clipboard" in shown and "also saved to" in shown
        saved = app.user_files.citation
        assert str(saved.name) in shown
        assert saved.read_text(encoding="utf-8") == app.last_copied + "\n"


async def test_sidebar_enter_on_quote_jumps(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        await press(pilot, "3", "enter")  # select the first speaker: its quotes unfold
        first = screen.sidebar.speaker_names()[0]
        assert screen.sidebar.selected == first
        await press(pilot, "j", "j", "enter")
        chosen = screen.sidebar.highlighted_option.id
        assert chosen.startswith("q:") and screen.body.current == int(chosen[2:])


async def test_corpus_sidebar_shows_stoltenberg_across_articles(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "s")
        assert screen.sidebar.mode == "corpus"
        names = screen.sidebar.speaker_names()
        assert "Jens Stoltenberg" in names
        for _ in range(names.index("Jens Stoltenberg") + 1):
            await press(pilot, "right_curly_bracket")
        assert screen.sidebar.selected == "Jens Stoltenberg"
        articles = {summary.id for summary, _quote in screen.sidebar.corpus_quotes}
        assert len(articles) >= 3
        # enter on one of his quotes opens its article at that quote
        await press(pilot, "3", "j", "enter")
        summary, quote = screen.sidebar.corpus_quotes[0]
        await settle(pilot)
        assert screen.article.id == summary.id
        assert screen.quotes[screen.body.current].start == quote.start
        # his marker in the corpus sidebar has the colour his quotes have in the body
        prompt = screen.sidebar.get_option("s:Jens Stoltenberg").prompt
        marker = prompt.renderables[0] if hasattr(prompt, "renderables") else prompt
        assert marker.style == screen.colours["Jens Stoltenberg"]
        assert screen.sidebar.highlighted_option.id == "c:0"  # the cursor stayed put
        await press(pilot, "s")
        assert screen.sidebar.mode == "article"


async def test_the_article_rewraps_when_the_terminal_is_resized(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        body = app.main_screen.body
        wide = max(line.cell_len for line in body._layout.lines)
        await pilot.resize_terminal(120, 45)
        await settle(pilot)
        narrow = max(line.cell_len for line in body._layout.lines)
        assert narrow < wide
        assert narrow <= body.scrollable_content_region.width


async def test_the_body_scrolls_only_an_article_and_wraps_it_to_its_final_width(
    tmp_path, monkeypatch
):
    gate = hold_refresh(monkeypatch)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        body = app.main_screen.body
        await pilot.pause(0.2)
        assert body.article is None and not body.show_vertical_scrollbar  # the placeholder
        gate.set()
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await settle(pilot)
        assert body.show_vertical_scrollbar
        width = body.scrollable_content_region.width
        assert body._layout_width == width
        assert max(line.cell_len for line in body._layout.lines) <= width


async def test_a_quote_key_pressed_while_the_article_loads_steps_in_it(tmp_path, monkeypatch):
    """`]` pressed before the article's quotes have arrived is not lost (it used to ring
    the bell and do nothing): the article steps to its first quote once shown."""
    import threading

    from warreader.index.corpus import Corpus

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        gate = threading.Event()
        real_load = Corpus.load

        def slow_load(self, article_id):
            gate.wait(10)  # the article is still on its way while the key is pressed
            return real_load(self, article_id)

        monkeypatch.setattr(Corpus, "load", slow_load)
        await pilot.press("1")
        await settle(pilot)
        screen.articles.select_id(article_id_of(app, "003"))
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert screen.pending_id is not None  # loading
        await pilot.press("right_square_bracket")
        assert screen.body.current is None
        gate.set()
        await settle(pilot)
        assert "003" in screen.article.path
        first = next(i for i, q in enumerate(screen.quotes) if q.kind == "quote")
        assert screen.body.current == first
        assert screen.body.border_subtitle.startswith("quote 1 / ")
