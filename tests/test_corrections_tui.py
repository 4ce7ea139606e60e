"""Correcting the engine in the reader: `c` opens the menu, the picker reassigns a speaker,
a quote becomes a term, a speaker is renamed, `ctrl+z` undoes, `C` lists, `?` names the
file. Real key presses on the bundled seeds."""

from __future__ import annotations

import pytest
from warreader.index.annotations.corrections import CorrectionStore
from warreader.tui.screens.correct_menu import CorrectMenu
from warreader.tui.screens.corrections_list import CorrectionsScreen
from warreader.tui.screens.help import HelpScreen
from warreader.tui.screens.speaker_picker import SpeakerPicker

from tests.tui_support import (
    SEEDS,
    flat,
    make_app,
    open_article,
    press,
    screen_text,
    settle,
    wait_ready,
)

SIZE = (160, 45)
BLINKEN_ARTICLE = "003_"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


async def _first_quote_of(pilot, speaker: str) -> int:
    screen = pilot.app.main_screen
    await open_article(pilot, BLINKEN_ARTICLE)
    index = next(i for i, q in enumerate(screen.quotes)
                 if q.kind == "quote" and q.speaker == speaker)
    screen.set_quote(index)
    await settle(pilot)
    return index


async def _wait_indexed(pilot) -> None:
    await settle(pilot)
    await settle(pilot)


async def test_reassign_a_speaker_with_the_picker_then_undo(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        index = await _first_quote_of(pilot, "Dmitry Peskov")
        text = screen.quotes[index].text
        await press(pilot, "c")
        assert isinstance(app.screen, CorrectMenu)
        assert "Reassign this quote's speaker" in screen_text(app)
        await press(pilot, "1")
        assert isinstance(app.screen, SpeakerPicker)
        await pilot.press(*"stoltenb")
        await settle(pilot)
        assert "Jens Stoltenberg" in screen_text(app)
        await press(pilot, "enter")
        await _wait_indexed(pilot)
        assert app.screen is screen
        quote = next(q for q in screen.quotes if q.text == text)
        assert (quote.speaker, quote.via) == ("Jens Stoltenberg", "corrected")
        assert screen.quotes[screen.body.current].text == text  # still on that quote
        stored = CorrectionStore([SEEDS]).load()
        assert [(c.kind, c.to) for c in stored] == [("speaker", "Jens Stoltenberg")]
        # the index holds it: speaker: finds the quote under its new speaker
        hits = screen.corpus.search("speaker:stoltenberg", limit=50).hits
        assert any(h.quote_text == text for h in hits)
        assert not any(h.quote_text == text for h in
                       screen.corpus.search("speaker:peskov", limit=50).hits)
        await press(pilot, "ctrl+z")
        await _wait_indexed(pilot)
        quote = next(q for q in screen.quotes if q.text == text)
        assert quote.speaker == "Dmitry Peskov" and quote.via != "corrected"
        assert CorrectionStore([SEEDS]).load() == []
        assert any(h.quote_text == text for h in
                   screen.corpus.search("speaker:peskov", limit=50).hits)
        await press(pilot, "ctrl+z")
        assert "No correction to undo." in [n.message for n in app._notifications]


async def test_a_new_speaker_with_a_role_and_a_quote_made_a_term(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        index = await _first_quote_of(pilot, "Antony Blinken")
        text = screen.quotes[index].text
        await press(pilot, "c", "1")
        await pilot.press(*"Ann Aide")
        await press(pilot, "tab")
        await pilot.press(*"press officer")
        await press(pilot, "enter")
        await _wait_indexed(pilot)
        quote = next(q for q in screen.quotes if q.text == text)
        assert (quote.speaker, quote.role, quote.via) == ("Ann Aide", "press officer",
                                                          "corrected")
        assert "Ann Aide" in screen_text(app)  # the sidebar lists the new speaker
        await press(pilot, "c")
        assert "It is a quoted term" in screen_text(app)
        await press(pilot, "2")
        await _wait_indexed(pilot)
        quote = next(q for q in screen.quotes if q.text == text)
        assert quote.kind == "term"
        assert [c.kind for c in CorrectionStore([SEEDS]).load()] == ["speaker", "term"]
        await press(pilot, "ctrl+z")
        await _wait_indexed(pilot)
        assert next(q for q in screen.quotes if q.text == text).kind == "quote"


async def test_rename_a_speaker_from_the_sidebar_and_list_corrections(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await _first_quote_of(pilot, "Antony Blinken")
        await press(pilot, "3", "c")
        assert "Rename Antony Blinken" in screen_text(app)
        choices = [action for action, _ in app.screen.choices]
        await press(pilot, str(choices.index("rename") + 1))
        picker = app.screen
        assert isinstance(picker, SpeakerPicker)
        picker.query_one("#picker-name").value = "Tony Blinken"
        await settle(pilot)
        await press(pilot, "enter")
        await _wait_indexed(pilot)
        assert {q.speaker for q in screen.quotes if q.kind == "quote"} >= {"Tony Blinken"}
        assert "Antony Blinken" not in {q.speaker for q in screen.quotes}
        assert "Tony Blinken" in [s.name for s in screen.corpus.speakers()]
        await press(pilot, "C")
        assert isinstance(app.screen, CorrectionsScreen)
        await settle(pilot)
        shown = screen_text(app)
        assert "renamed Tony Blinken" in shown and "0 orphaned" in shown
        await press(pilot, "escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "corrections.yaml" in str(app.screen.query_one("#corrections-file").render())


async def test_merge_and_split_from_the_sidebar(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await _first_quote_of(pilot, "Antony Blinken")
        await press(pilot, "3", "c")
        choices = [action for action, _ in app.screen.choices]
        assert choices[-3:] == ["rename", "merge", "split"]
        await press(pilot, str(choices.index("split") + 1))
        await pilot.press(*"Other Blinken")
        await press(pilot, "enter")
        await _wait_indexed(pilot)
        assert "Other Blinken" in {q.speaker for q in screen.quotes}
        assert "Antony Blinken" not in {q.speaker for q in screen.quotes}
        elsewhere = screen.corpus.search('speaker:"antony blinken"', limit=50).hits
        assert elsewhere and all(BLINKEN_ARTICLE not in h.path for h in elsewhere)
        await press(pilot, "ctrl+z")
        await _wait_indexed(pilot)
        index = next(i for i, q in enumerate(screen.quotes) if q.speaker == "Antony Blinken")
        screen.set_quote(index)
        await press(pilot, "3", "c", str(choices.index("merge") + 1))
        picker = app.screen
        await pilot.press(*"peskov")
        await settle(pilot)
        assert "new speaker" not in screen_text(app)  # merge: only existing speakers
        await press(pilot, "enter")
        await _wait_indexed(pilot)
        assert picker is not app.screen
        assert "Antony Blinken" not in {q.speaker for q in screen.quotes}
        names = [s.name for s in screen.corpus.speakers()]
        assert "Antony Blinken" not in names and "Dmitry Peskov" in names
        assert [(c.kind, c.name, c.to) for c in CorrectionStore([SEEDS]).load()] == \
            [("merge", "Antony Blinken", "Dmitry Peskov")]


async def test_an_orphaned_correction_is_listed_on_its_screen(tmp_path):
    from warreader.index.annotations.anchor import QuoteAnchor
    from warreader.index.annotations.corrections import Correction

    CorrectionStore([SEEDS]).add(Correction(
        "speaker", anchor=QuoteAnchor(BLINKEN_ARTICLE + "eb25a154931aa076.txt",
                                      "Words this article never held.", "", ""), to="Nobody"))
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "C")
        await settle(pilot)
        shown = screen_text(app)
        assert "1 correction, 1 orphaned" in shown
        assert "Words this article never held" in shown
        assert "the quote's words are no longer" in shown
        await press(pilot, "escape")
        assert app.screen is app.main_screen


async def test_the_menu_says_a_speaker_is_the_sidebars_not_the_quotes(tmp_path):
    """Below 100 columns the sidebar is off screen: a speaker chosen there earlier (a
    palette jump) was offered as "Rename Alex Ferguson…" over another speaker's quote."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await _first_quote_of(pilot, "Antony Blinken")
        screen.action_toggle_speakers()
        screen.select_speaker("Jens Stoltenberg")
        await settle(pilot)
        await press(pilot, "2", "c")
        shown = screen_text(app)
        assert "Reassign this quote's speaker" in shown, shown
        options = app.screen.query_one("#correct-options")
        rows = [options.render_line(y).text.strip() for y in range(options.size.height)]
        # said once, on a line of its own: "(in the sidebar)" in two labels wrapped
        # mid-phrase (review U5); the numbers and keys skip that line
        assert rows[2:] == [
            "─ the speaker in the sidebar, not this quote's ─",
            "3  Rename Jens Stoltenberg…",
            "4  Merge Jens Stoltenberg into another speaker…",
            "5  Split Jens Stoltenberg's quotes in this article off…"], rows
        await press(pilot, "down", "down")  # from the first choice, over the heading
        assert app.screen.query_one("OptionList").highlighted_option.id == "rename"
        await press(pilot, "escape", "s", "c")  # the article's speakers: the quote's own
        assert "Rename Antony Blinken…" in screen_text(app), screen_text(app)
        assert "the sidebar" not in screen_text(app)
        await press(pilot, "3")  # the third choice, no heading counted: rename
        assert "Rename" in screen_text(app) and app.screen is not app.main_screen


async def test_the_corrections_list_title_is_whole_at_80_columns(tmp_path):
    """Its title carried the shell's --remove hint and was cut before "escape closes"
    ("0 corrections, 0 orphaned · `warreader corrections --remove N` deletes on…")."""
    from warreader.index.annotations.corrections import Correction

    app = make_app(tmp_path / "ix", keys={"correct": "K"})
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "C")
        await settle(pilot)
        rows = screen_text(app).splitlines()
        assert "corrections · escape closes" in rows[1] and "…" not in rows[1], rows[1]
        assert "No corrections yet: K on a quote or a speaker corrects" in screen_text(app)
        await press(pilot, "escape")
        CorrectionStore([SEEDS]).add(Correction("rename", name="Jens Stoltenberg",
                                                to="J. Stoltenberg"))
        await press(pilot, "C")
        await settle(pilot)
        rows = screen_text(app).splitlines()
        assert "1 correction, 0 orphaned · escape closes" in rows[1], rows[1]
        assert "`warreader corrections --remove N` deletes correction N" in \
            flat(screen_text(app))


async def test_the_corrections_list_says_a_damaged_file_was_set_aside(tmp_path):
    """`C` reads the corrections file again; a damaged one is set aside and said, as a
    refresh says it (review revU27 U1: the list said "No corrections yet" and nothing else,
    and the file was renamed without a word)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(pilot)
        path = CorrectionStore([SEEDS]).path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("corrections:\n  - kind: [unclosed\n", encoding="utf-8")
        await press(pilot, "C")
        await settle(pilot)
        await settle(pilot)
        notices = [str(n.message) for n in app._notifications]
        assert any("damaged" in n or "set aside" in n for n in notices), notices
        assert any(p.name.startswith(path.name + ".damaged") for p in path.parent.iterdir())
