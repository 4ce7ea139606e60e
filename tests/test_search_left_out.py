"""Review revU: what a query leaves out is said, and enter always answers.

Enter after a pause on a lone short word ("UK", "we") showed a blank pane: the typing
search had left the word out (it may still become "ukraine", "western") and enter kept
that non-answer. A common word beside others ("US election") was left out silently. The
reason for common words only listed words twice, called "[i]" or "2" common words and
took two lines of the bar at 80x24."""

from __future__ import annotations

from warreader.tui.cli import main
from warreader.tui.query_hints import common_words, left_out_note

from tests.tui_support import SEEDS, make_app, pane_text, press, settle, type_query, wait_ready


async def _entered_after_a_pause(pilot, app, query: str) -> str:
    """Type ``query`` in the search bar, wait past the debounce, press enter: the pane."""
    screen = app.main_screen
    await press(pilot, "slash", "ctrl+u")
    await type_query(pilot, query)
    await pilot.pause(0.6)
    await settle(pilot)
    await press(pilot, "enter")
    for _ in range(60):
        await pilot.pause(0.05)
        shown = screen.results
        if shown is not None and shown.query == query and getattr(screen, "answered", 0):
            break
    await settle(pilot)
    return pane_text(app, screen.results_list, screen.results_list.content_region)


async def test_enter_after_a_pause_answers_a_lone_short_word(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        pane = await _entered_after_a_pause(pilot, app, "UK")
        assert screen.results.total == 4 and len(screen.results.hits) == 4, pane  # as the CLI
        await press(pilot, "slash")
        pane = await _entered_after_a_pause(pilot, app, "we")
        assert "only common words, not indexed: 'we'" in pane, pane
        bar = str(screen.search_bar.query_one("#search-error").render())
        assert "only common words" in bar and "0 results" in str(
            screen.search_bar.query_one("#search-status").render())


async def test_a_left_out_word_is_noted_and_the_reason_fits_a_line(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await _entered_after_a_pause(pilot, app, "we russia")
        line = screen.search_bar.query_one("#search-error")
        assert screen.results.total > 0
        assert str(line.render()) == "left out, not indexed: 'we'" and line.has_class("-note")
        assert line.size.height == 1
        await press(pilot, "slash")
        await _entered_after_a_pause(pilot, app, "to be or not to be that is the")
        text = str(line.render())
        assert text.startswith("only common words, not indexed: 'to', 'be', 'or', …"), text
        assert line.size.height == 1 and not line.has_class("-note")


def test_the_reason_names_each_word_once_and_no_letters():
    assert common_words("we will we") == (
        "only common words, not indexed: 'we', 'will'; add a rarer word")
    assert common_words('"[i] the"') == "only common words, not indexed: 'the'; add a rarer word"
    assert common_words("[i]the[/i]") == "only common words, not indexed: 'the'; add a rarer word"
    assert common_words("x 2") == "only single letters or digits, not indexed; add a longer word"
    assert common_words("may", lambda word: 6) == (
        "only common words, not indexed: 'may'; try speaker:may")
    assert common_words("may", lambda word: 0).endswith("add a rarer word")
    longest = common_words("that with from have will", lambda word: 1)
    assert len(longest) <= 78 and longest.endswith("…; try speaker:will"), longest
    assert common_words("the", lambda word: 1).endswith("add a rarer word")  # no name
    assert left_out_note("may election", lambda word: 21) == (
        "left out, not indexed: 'may'; speaker:may searches names")
    # ux23: "US" in capitals is indexed; in lower case it is the pronoun
    assert left_out_note("US election", lambda word: 21) is None
    assert left_out_note("us election", lambda word: 21) == (
        "left out, not indexed: 'us'; US in capitals is searched")
    assert common_words("us", lambda word: 21) == (
        "only common words, not indexed: 'us'; try US in capitals or speaker:us")
    crowded = common_words("that with from it", lambda word: 1)
    assert crowded == (
        "only common words, not indexed: 'that', 'with', 'from', …; add a rarer word")
    # revU2 finding 8: the acronym only where the query reads like one, not a pronoun
    assert common_words("it", lambda word: 0) == (
        "only common words, not indexed: 'it'; try IT in capitals")
    assert left_out_note("it systems") == (
        "left out, not indexed: 'it'; IT in capitals is searched")
    for sentence in ("it was a mistake", "told us", "let us know", "it is over"):
        assert "in capitals" not in (left_out_note(sentence) or ""), sentence
    assert left_out_note("election") is None and left_out_note("we") == (
        "left out, not indexed: 'we'")  # (said only when the query still finds hits)


def test_the_cli_notes_what_it_left_out(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    ix = str(tmp_path / "ix")
    assert main(["search", "russia will", str(SEEDS), "--index-dir", ix]) == 0
    assert "left out, not indexed: 'will'" in capsys.readouterr().out
    assert main(["search", "UK", str(SEEDS), "--index-dir", ix]) == 0
    assert "left out" not in capsys.readouterr().out


def test_typed_after_common_words_a_word_finds_what_it_does_alone(tmp_path):
    """ "the russia" typed (the last word a prefix) found nothing: the prefix filter's
    head, common words only, parsed to nothing and the whole query was taken as none."""
    from warreader.index.corpus import Corpus

    from tests.tui_support import ALIASES

    corpus = Corpus.open([SEEDS], tmp_path / "ix", ALIASES)
    corpus.refresh()
    try:
        alone = corpus.search("russia", limit=100, as_you_type=True)
        assert alone.total > 5
        for query in ("the russia", "us russia", "we will russ"):
            typed = corpus.search(query, limit=100, as_you_type=True)
            assert typed.total == alone.total, query
    finally:
        corpus.close()


async def test_enter_names_a_short_common_word_left_out_after_others(tmp_path):
    """ "russia we" typed: "we" may still become "western", so no note; entered, it is
    left out as a common word, and the muted line says so."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "russia we")
        await pilot.pause(0.6)
        await settle(pilot)
        line = screen.search_bar.query_one("#search-error")
        assert screen.results.total > 0 and not line.has_class("-shown")
        await _entered_after_a_pause(pilot, app, "russia will")
        assert str(line.render()) == "left out, not indexed: 'will'"
        await press(pilot, "slash", "ctrl+u")
        await type_query(pilot, "russia we")
        await pilot.pause(0.6)
        await press(pilot, "enter")
        for _ in range(60):
            await pilot.pause(0.05)
            if str(line.render()) == "left out, not indexed: 'we'":
                break
        assert str(line.render()) == "left out, not indexed: 'we'" and line.has_class("-note")


def test_us_in_capitals_is_searched_and_never_meets_use(tmp_path, capsys, monkeypatch):
    """ux23: "US" was a stop word ("us"), so a fact-checker could not search the United
    States at all ("only common words, not indexed: 'US'"). In capitals it is indexed as
    written: the three seeds that name the US are found, never the one that only says
    "use" (whose stem is "us"), and the pronoun "us" is still left out."""
    import json
    import re

    monkeypatch.setenv("COLUMNS", "200")
    ix = str(tmp_path / "ix")
    assert main(["search", "US", str(SEEDS), "--index-dir", ix, "--kind", "article",
                 "--json"]) == 0
    found = {hit["path"] for hit in json.loads(capsys.readouterr().out)["hits"]}
    naming = {str(p) for p in SEEDS.glob("*.txt") if re.search(r"\bUS\b", p.read_text())}
    assert found == naming and len(naming) == 3
    using = [p for p in SEEDS.glob("*.txt") if re.search(r"\buse\b", p.read_text())]
    assert any(str(p) not in naming for p in using)  # a seed saying "use" and no "US"
    assert main(["search", "us", str(SEEDS), "--index-dir", ix]) == 0
    assert "only common words, not indexed: 'us'; try US in capitals" in \
        capsys.readouterr().out
