"""A search that finds nothing because a name is misspelt says which name it may mean,
in the reader and in `warreader search` (ux29: `speaker:greenspen` on the BBC said only
"try fewer words, a prefix or a fuzzy word"). Offered only where the corrected query
finds something; a phrase's words are never swapped."""

from __future__ import annotations

import pytest
from warreader.tui.cli import main
from warreader.tui.name_hints import near_name

from tests.search_support import small_corpus
from tests.tui_support import flat, make_app, press, screen_text, type_query, wait_ready


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # the hint on one line
    return small_corpus(tmp_path / "articles")


@pytest.mark.parametrize(("query", "said"), [
    ("speaker:lavrof", "did you mean speaker:lavrov, as in Sergey Lavrov?"),
    ("zelinskyy", "did you mean zelenskyy, as in Volodymyr Zelenskyy?"),
    ("lavrow moscow", "did you mean lavrov, as in Sergey Lavrov?"),
])
def test_the_cli_names_the_speaker_meant(capsys, tmp_path, corpus, query, said):
    main(["search", query, str(corpus), "--index-dir", str(tmp_path / "index")])
    out = flat(capsys.readouterr().out)
    assert out == f"no hits for {query!r} ({said})", out


@pytest.mark.parametrize("query", [
    '"sergei lavrof"',  # a phrase: its words stay as written
    "lavrof kharkiv",  # lavrov kharkiv finds nothing either: no help
    "speaker:xylophone",  # close to no name
])
def test_no_name_is_offered_where_it_would_not_help(capsys, tmp_path, corpus, query):
    main(["search", query, str(corpus), "--index-dir", str(tmp_path / "index")])
    out = flat(capsys.readouterr().out)
    assert out.startswith(f"no hits for {query!r}") and "did you mean" not in out, out


def test_a_long_name_is_left_out_to_keep_one_line():
    name = "Alexandria Montgomery Fitzwilliam, deputy of the Lower Delegation of Ostrava"
    said = near_name("speaker:fitzwiliam", lambda: [name], lambda query: 1)
    assert said == "did you mean speaker:fitzwilliam?"


async def test_the_reader_says_it_under_no_results(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "speaker:peskof")
        await press(pilot, "enter")
        assert app.main_screen.results.total == 0
        shown = flat(screen_text(app))
        assert "did you mean speaker:peskov, as in Dmitry Peskov?" in shown, shown


@pytest.mark.parametrize("query", ["speaker:blair", "speaker:blair moscow"])
def test_the_cli_says_no_speaker_has_the_name(capsys, tmp_path, corpus, query):
    """ux29 #5: `speaker:blair` with nobody of that name or near it said only "try
    fewer words"; it now says no speaker is named so, and how to list them."""
    main(["search", query, str(corpus), "--index-dir", str(tmp_path / "index")])
    out = flat(capsys.readouterr().out)
    assert out == (f"no hits for {query!r} (no speaker named blair is quoted here; "
                   "warreader speakers lists them)"), out


def test_a_near_name_is_still_offered_before_no_speaker(capsys, tmp_path, corpus):
    main(["search", "speaker:lavrof", str(corpus), "--index-dir", str(tmp_path / "index")])
    out = flat(capsys.readouterr().out)
    assert "did you mean speaker:lavrov" in out and "no speaker named" not in out, out


def test_no_speaker_is_not_said_under_not_or_or(capsys, tmp_path, corpus):
    main(["search", "speaker:blair OR xylophone", str(corpus),
          "--index-dir", str(tmp_path / "index")])
    assert "no speaker named" not in capsys.readouterr().out


async def test_the_reader_says_no_speaker_and_its_key(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "speaker:blair")
        await press(pilot, "enter")
        assert app.main_screen.results.total == 0
        shown = flat(screen_text(app))
        assert "no speaker named blair is quoted here; s lists every speaker" in shown, shown
