"""Keys that move a cursor or the view act at once (issue 11, items 11 and 13).

A key is delivered as the terminal delivers it and only the messages it causes are
handled (``Pilot.press`` would also wait for animations to finish, hiding them).
"""

from __future__ import annotations

from textual import events

from tests.tui_support import make_app, open_article, press, settle, wait_ready

SIZE = (160, 45)


async def _deliver(pilot, key: str) -> None:
    """Send ``key`` and handle what it causes, without waiting for any animation."""
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(pilot.app)
    pilot.app._driver.send_message(event)
    for _ in range(3):
        await pilot._wait_for_screen()


async def test_body_jumps_to_the_end_and_top_at_once(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        body = app.main_screen.body
        await press(pilot, "2")
        await _deliver(pilot, "G")
        assert body.max_scroll_y > 20 and body.scroll_y == body.max_scroll_y
        await _deliver(pilot, "g")
        assert body.scroll_y == 0
        await _deliver(pilot, "pagedown")
        assert body.scroll_y == body.scrollable_content_region.height
        await _deliver(pilot, "j")
        assert body.scroll_y == body.scrollable_content_region.height + 1
        assert not app.animator.is_being_animated(body, "scroll_y")


async def test_corpus_sidebar_is_not_rebuilt_when_the_article_changes(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        await press(pilot, "s", "3", "j", "j")
        rows, cursor = s.sidebar.rows, s.sidebar.highlighted
        assert s.sidebar.mode == "corpus" and cursor == 2
        await press(pilot, "1", "j")
        await settle(pilot)
        assert s.article.id == s.articles.highlighted_id
        # the same rows (not measured again) and the cursor where it was
        assert s.sidebar.rows is rows and s.sidebar.highlighted == cursor
        # and the speakers of the new article take its colours
        name = next(q.speaker for q in s.quotes if q.kind == "quote" and q.speaker)
        if name in s.sidebar.speaker_names():
            prompt = s.sidebar.get_option(f"s:{name}").prompt
            marker = prompt.renderables[0] if hasattr(prompt, "renderables") else prompt
            assert marker.style == s.colours[name]


async def test_list_cursor_repaints_only_the_rows_it_touches(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        articles = app.main_screen.articles
        painted: list = []
        real = articles.refresh

        def spy(*regions, **kwargs):
            painted.append(regions)
            return real(*regions, **kwargs)

        articles.refresh = spy
        await _deliver(pilot, "j")
        assert articles.cursor == 1
        assert painted and all(regions for regions in painted)  # regions, never all of it
        assert {r.height for regions in painted for r in regions} == {articles.ROW_HEIGHT}
