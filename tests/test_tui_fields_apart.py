"""A query ANDing a quote's field with an article's (`speaker:peskov title:russia`) finds
nothing, since a hit is a quote or an article: the search bar and `warreader search` say
why, with the article filter's line that finds what a reporter means (ux18: "0 results"
without a word)."""

from __future__ import annotations

from pathlib import Path

from warreader.tui.cli import main
from warreader.tui.query_hints import fields_apart

from tests.tui_support import SEEDS, press, ready_reader, screen_text, search_for, settle

WHY = "speaker: matches quotes and title: matches articles, so no hit has both"
FILTER = ". The article filter (f) finds the articles you mean: "


def test_which_queries_get_the_reason():
    assert fields_apart("speaker:peskov title:russia") == (
        f"{WHY}{FILTER}speaker:peskov russia")
    assert fields_apart('speaker:"dmitry peskov" title:"oil price" date:2023').endswith(
        'you mean: speaker:"dmitry peskov" "oil price" date:2023')
    assert fields_apart("kind:quote title:russia") == (
        "kind:quote matches quotes and title: matches articles, so no hit has both")
    assert fields_apart("text:war body:oil") == (
        "text: matches quotes and body: matches articles, so no hit has both")
    # words beside the fields search quotes' text too: no filter line means the same
    assert fields_apart("speaker:peskov title:russia war") == WHY
    for query in ("speaker:peskov", "title:russia", "peskov title:russia",
                  '"speaker:peskov title:russia"', "speaker:peskov date:2023",
                  # the review: not all ANDed, a hit may match (NOT, OR, a group, a minus)
                  "speaker:zzzz NOT title:nato", "speaker:blinken (title:russia OR nato)",
                  "speaker:peskov OR title:russia", "speaker:peskov -title:russia"):
        assert fields_apart(query) is None, query


async def test_the_search_bar_says_why_and_the_filter_it_names_finds_them(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await search_for(pilot, "speaker:peskov title:russia")
        for _ in range(100):
            if screen.results is not None and screen.results.exact:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert f"0 results {WHY}{FILTER}speaker:peskov russia" in shown, shown
        hint = screen.search_bar.query_one("#search-error")  # a hint, not an error
        assert hint.has_class("-hint")
        assert hint.styles.color.hex == app.get_css_variables()["text-warning"].upper()
        await press(pilot, "escape", "escape", "f")
        await pilot.press(*"speaker:peskov russia")
        while screen.filter_pending:
            await pilot.pause(0.05)
        await settle(pilot)
        listed = [Path(s.path).name[:3] for s in screen.articles.rows]
        assert listed and len(listed) < 5, listed


def test_the_cli_says_why(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["search", "speaker:peskov title:russia", str(SEEDS),
                 "--index-dir", str(tmp_path / "ix")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"no hits for 'speaker:peskov title:russia' ({WHY}{FILTER}speaker:peskov " \
           "russia)" in out, out
