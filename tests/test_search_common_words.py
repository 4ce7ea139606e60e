"""Common words in a query (the, we, will: left out of the index's prose fields).

A bare word was searched in every default field, and the speaker field keeps every word
of a name, so a common word became a speaker-only term every hit had to match: "russia
will" found nothing, "russia the" only the quotes of speakers named "the ...". Now such a
word is left out of the query; a query of such words only searches nothing, and the
search bar, the results pane and `warreader search` say why in one line."""

from __future__ import annotations

from warreader.index.corpus import Corpus
from warreader.index.search.common_words import dropped_words
from warreader.index.search.query import QueryBuilder
from warreader.tui.cli import main
from warreader.tui.query_hints import common_words

from tests.test_tui_search_burst import _type_at_once
from tests.tui_support import (
    ALIASES,
    SEEDS,
    pane_text,
    press,
    ready_reader,
    screen_text,
    search_for,
    settle,
    type_query,
)

WHY = "only common words, not indexed: 'we', 'will'"


def _ids(results) -> list[tuple[str, int | None]]:
    return [(h.article_id, getattr(h, "start", None)) for h in results.hits]


def test_a_common_word_beside_others_is_left_out(tmp_path):
    corpus = Corpus.open([SEEDS], tmp_path / "ix", ALIASES)
    corpus.refresh()
    try:
        alone = corpus.search("russia", limit=200)
        assert alone.total > 5
        for query in ("russia will", "russia the", "we will russia", '"we will" russia'):
            found = corpus.search(query, limit=200)
            assert found.total == alone.total, query
            assert {h.article_id for h in found.hits} == {h.article_id for h in alone.hits}
        # typed on in the reader: a whole common word after others is no prefix
        typed = corpus.search("russia will", limit=200, as_you_type=True)
        assert typed.total == corpus.search("russia ", limit=200, as_you_type=True).total
        for query in ("we will", '"we will"', "the", "a"):
            assert corpus.search(query, limit=5).total == 0, query
    finally:
        corpus.close()


def test_which_words_are_left_out():
    builder = QueryBuilder()
    assert builder.build("we will") is None
    assert builder.build("speaker:will") is not None  # a field named: searched as typed
    assert builder.build("the*") is not None and builder.build("wil~") is not None
    assert builder.build('"will smith"') is not None  # a phrase with a rarer word
    assert dropped_words('we will speaker:the "of the" nato OR us') == [
        "we", "will", '"of the"', "us"]
    assert common_words("we will") == (
        f"{WHY}; add a rarer word")
    assert common_words('"we will"').startswith(WHY)
    assert common_words("the").startswith("only common words, not indexed: 'the';")
    assert common_words("title:the").startswith("only common words, not indexed: 'the';")
    assert common_words('title:"of the"').startswith(
        "only common words, not indexed: 'of', 'the';")
    for query in ("russia will", "peskov", "speaker:we", "we will speaker:peskov", ""):
        assert common_words(query) is None, query


async def test_the_results_pane_says_why_we_will_finds_nothing(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await search_for(pilot, "we will")
        for _ in range(100):
            if screen.results is not None and screen.results.exact:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        results = screen.results_list
        pane = pane_text(app, results, results.content_region)
        assert f"No article or quote matches: {WHY}" in pane, pane
        assert "0 results" in " ".join(screen_text(app).split())
        # "we" alone may still become "western": no answer yet
        await press(pilot, "ctrl+u")
        await type_query(pilot, "we")
        assert "No article or quote matches" not in pane_text(app, results,
                                                              results.content_region)
        # entered at once (enter's own search): an answer, and the reason
        await press(pilot, "ctrl+u", "escape", "escape")
        _type_at_once(app, "/we\n")
        for _ in range(40):
            await pilot.pause(0.05)
        await settle(pilot)
        pane = pane_text(app, results, results.content_region)
        assert "No article or quote matches: only common words, not indexed: 'we'" in pane, pane
        # a common word beside a rarer one finds what the rarer one does
        await press(pilot, "slash", "ctrl+u")
        await type_query(pilot, "russia will")
        assert results.hits


def test_the_cli_says_why(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["search", "we will", str(SEEDS), "--index-dir", str(tmp_path / "ix")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"no hits for 'we will' ({WHY}; add a rarer word)" in out, out
    assert main(["search", "russia will", str(SEEDS), "--index-dir",
                 str(tmp_path / "ix")]) == 0
    assert "hits for 'russia will'" in capsys.readouterr().out
