"""The palette lists the articles and speakers whose title holds the typed words first,
and at most three whose title only scatters its letters (ux29 #9: `parsons` listed
"IAAF awaits Greek pair's response", "Old Firm pair handed suspensions"... right under
the one speaker it meant)."""

from __future__ import annotations

from warreader.tui.palette import SCATTERED_LISTED, ReaderCommands

from tests.tui_support import make_app, wait_ready


def _corpus(folder):
    folder.mkdir()
    (folder / "fees.txt").write_text(
        "Harbour fees rise\n\n\"The fees pay for the dredging,\" said Richard Parsons, "
        "the harbour master.\n", encoding="utf-8")
    (folder / "green.txt").write_text(
        "Parsons Green station reopens\n\n\"Trains run again on Monday,\" said Ann Pike, "
        "a spokeswoman.\n", encoding="utf-8")
    for n in range(1, 7):  # p-a-r-s-o-n-s scattered in each title
        (folder / f"day{n}.txt").write_text(
            f"Pair's response awaited, day {n}\n\n\"We wait,\" said Ivo Lind.\n",
            encoding="utf-8")
    return folder


async def test_titles_holding_the_word_come_first_and_scattered_ones_are_few(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        provider = ReaderCommands(app.screen)
        hits = sorted([hit async for hit in provider.search("parsons")],
                      key=lambda hit: hit.score, reverse=True)
        titles = [str(hit.text) for hit in hits if str(hit.text).startswith("Go to ")]
        assert titles[:2] == ["Go to speaker: Richard Parsons",  # speakers first (ux31)
                              "Go to article: Parsons Green station reopens · green.txt"], titles
        scattered = [t for t in titles if "Pair's response" in t]
        assert 1 <= len(scattered) <= SCATTERED_LISTED == 3, titles
        assert titles[2:] == scattered, titles


async def test_scattered_letters_still_find_when_no_title_holds_them(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        provider = ReaderCommands(app.screen)
        titles = [str(hit.text) async for hit in provider.search("rpars")]
        assert "Go to speaker: Richard Parsons" in titles, titles


async def test_an_action_holding_the_word_caps_the_scattered_places_too(tmp_path):
    """`theme` found the Theme command, then twenty speakers scattering its letters
    ("the message", "the statement", "the chief executive of a ... maker"): an action
    holding the word counts as a title holding it."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(1, 7):  # t-h-e-m-e scattered in each title
        (folder / f"day{n}.txt").write_text(
            f"The mayor's estate, day {n}\n\n\"We wait,\" said Ivo Lind.\n", encoding="utf-8")
    app = make_app(tmp_path / "ix", [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        provider = ReaderCommands(app.screen)
        titles = [str(hit.text) async for hit in provider.search("theme")]
        assert "Theme" in titles, titles
        places = [t for t in titles if t.startswith("Go to ")]
        assert 1 <= len(places) <= SCATTERED_LISTED, titles
