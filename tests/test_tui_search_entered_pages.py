"""A further page of an entered search is searched as its first page was.

Enter on a lone short word ("UK") searches it whole (typing leaves it out: it may still
become "ukraine"); the next page, fetched when the cursor reaches the last hit shown,
searched it as typed and came back empty, so the list stopped at the first 50 of its
hits."""

from __future__ import annotations

from tests.test_search_left_out import _entered_after_a_pause
from tests.test_tui_search_count import until
from tests.tui_support import make_app, press, settle, wait_ready


async def test_the_next_page_of_an_entered_short_word_holds_its_hits(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        (corpus / f"trade-{n:02d}.txt").write_text(
            f"Port talks, day {n}\n\nThe UK trade envoy spoke in Dover on day {n}. "
            f"\u201cThe UK will keep the ferries running,\u201d the envoy said.\n",
            encoding="utf-8")
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await _entered_after_a_pause(pilot, app, "UK")
        total = screen.results.total
        assert total > 50 and len(screen.results_list.hits) == 50, total
        await press(pilot, "G")  # the last hit shown: the next page is fetched
        await until(pilot, lambda: len(screen.results_list.hits) > 50, "the second page")
        await settle(pilot)
        assert len(screen.results_list.hits) == total
