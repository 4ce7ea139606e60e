"""While the first word of a phrase is typed (`"stolten`, `title:"ukrain`) the search bar
showed "0 results": the phrase, closed before its partial word, searched nothing. It is
now that word's prefix, as the word typed bare, and a phrase's last word being typed
stands for the words it begins; what searches nothing yet shows no count."""

from __future__ import annotations

from tests.tui_support import press, ready_reader, screen_text, type_query


def _search_line(app) -> str:
    return next(line for line in screen_text(app).splitlines() if " Search " in line)


def _keys(hits) -> list:
    return [(h.article_id, h.quote_span) for h in hits]


async def test_a_phrase_s_first_word_finds_what_the_word_finds(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await press(pilot, "slash")
        for phrase, bare in (('"Stolten', "Stolten"), ('title:"ukrain', "title:ukrain"),
                             ('"Jens Stolten', '"Jens Stoltenberg"')):
            await press(pilot, "ctrl+u")
            await type_query(pilot, bare)
            expected, count = _keys(screen.results_list.hits), screen.results_list.total
            assert expected and f"{count} results" in _search_line(app), bare
            await press(pilot, "ctrl+u")
            await type_query(pilot, phrase)
            assert screen.search_bar.input.value == phrase
            assert _keys(screen.results_list.hits) == expected, phrase
            assert f"{count} results" in _search_line(app), phrase
        # a phrase's first two letters search nothing yet: no count, not "0 results"
        await press(pilot, "ctrl+u")
        await type_query(pilot, '"St')
        assert screen.results_list.hits == []
        assert "results" not in _search_line(app)
