"""The palette builds its articles' and speakers' titles once per state of the corpus,
not at every keystroke (mendU3's left item: ~900 titles rebuilt and fuzzy-matched per
key on bbc/tech, 8-27 ms), and a title whose letters are not in it in order is dropped
without Textual's every-placing match; what a query finds stays what Textual finds."""

from __future__ import annotations

from textual.fuzzy import Matcher
from warreader.tui.palette import ReaderCommands
from warreader.tui.palette_match import place_score
from warreader.tui.widgets.article_list import ArticleList

from tests.tui_support import make_app, wait_ready


async def test_typing_builds_the_titles_once_per_corpus_state(tmp_path, monkeypatch):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        reads = []
        every = ArticleList.summaries

        def counted(self):
            reads.append(1)
            return every.fget(self)

        monkeypatch.setattr(ArticleList, "summaries", property(counted))
        provider = ReaderCommands(app.screen)
        for query in ("p", "pe", "pes", "pesk"):
            hits = [hit async for hit in provider.search(query)]
        assert any("Peskov" in str(hit.text) for hit in hits)
        assert len(reads) <= 1  # main: one read of the listing per keystroke (4)
        screen = app.main_screen
        screen.sidebar.speakers = [*screen.sidebar.speakers]  # a new state: built anew
        [hit async for hit in provider.search("pesk")]
        assert len(reads) == 2


def test_a_title_scores_as_textual_scores_it_when_it_holds_the_query():
    for query, title in [("mob", "Go to article: Mobile phones sell · 012.txt"),
                         ("go to article: mob", "Go to article: Mobile phones · 012.txt"),
                         ("peskov", "Go to speaker: Dmitry Peskov")]:
        matcher = Matcher(query)
        expected = Matcher(query).match(title)
        assert place_score(matcher.fuzzy_search, query, query.lower(), title,
                           title.lower()) == expected > 0


def test_letters_out_of_order_or_missing_score_nothing():
    for query, title in [("vokesp", "Go to speaker: Dmitry Peskov"),
                         ("zzz", "Go to article: Mobile phones · 012.txt")]:
        matcher = Matcher(query)
        assert place_score(matcher.fuzzy_search, query, query, title, title.lower()) == 0
        assert Matcher(query).match(title) == 0


def test_a_scattered_match_is_found_and_highlighted_where_scored():
    query, title = "gtamob", "Go to article: Mobile phones · 012.txt"
    matcher = Matcher(query)
    score = place_score(matcher.fuzzy_search, query, query, title, title.lower())
    assert score > 0 and Matcher(query).match(title) > 0
    assert matcher.fuzzy_search.match(query, title) == (score, [0, 3, 6, 15, 16, 17])
