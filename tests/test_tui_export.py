"""The export dialog (`e`): it writes the chosen quotes in the chosen format to the
offered file, whole, and never replaces an existing file without asking first."""

from __future__ import annotations

import csv
import io
import json

import pytest
from textual.widgets import RadioButton
from warreader.tui.clipboard import format_citation
from warreader.tui.screens.export_dialog import ExportScreen

from tests.tui_support import make_app, notices, open_article, press, settle, wait_ready

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def folders(tmp_path, monkeypatch):
    """Marks and exports go to the test's own folders."""
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path / "docs"))
    return tmp_path / "docs"


async def _open_dialog(pilot) -> ExportScreen:
    await press(pilot, "e")
    assert isinstance(pilot.app.screen, ExportScreen)
    return pilot.app.screen


async def _choose(pilot, *button_ids: str) -> None:
    """Choose each radio button from the keyboard: its set focused, down to it (the
    arrows choose; enter would write)."""
    for button_id in button_ids:
        button = pilot.app.screen.query_one(f"#{button_id}", RadioButton)
        radio_set = button.parent
        radio_set.focus()
        buttons = list(radio_set.query(RadioButton))
        for _ in buttons:
            if radio_set._selected == buttons.index(button) and button.value:
                break
            await press(pilot, "down")
        assert button.value, button_id


def _path_field(dialog):
    return dialog.query_one("#export-path")


async def test_e_writes_the_current_quote_as_markdown_with_its_citation(tmp_path, folders):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "right_square_bracket")
        screen = app.main_screen
        quote = screen.quotes[screen.body.current]
        dialog = await _open_dialog(pilot)
        assert dialog.chosen == "quote" and dialog.fmt == "md"
        offered = _path_field(dialog).value
        slug = quote.speaker.lower().replace(" ", "-")
        assert offered.startswith(str(folders / f"warreader-quote-{slug}-"))
        assert offered.endswith(".md")
        await press(pilot, "ctrl+s")
        assert app.screen is screen  # the dialog closed
        written = list(folders.glob("*.md"))
        assert [str(p) for p in written] == [offered]
        text = written[0].read_text(encoding="utf-8")
        assert text.startswith("# A quote\n")
        citation = format_citation(quote, screen.article)
        assert citation.split("”")[0].lstrip("“")[:40] in text
        assert f"## {quote.speaker}" in text
        assert "`003_eb25a154931aa076.txt`" in text
        assert any(n.startswith("Wrote 1 quote to ") for n in notices(app))
        assert not list(folders.glob(".*tmp"))  # no temporary file left behind


async def test_citation_text_format_is_the_y_text_as_a_file(tmp_path, folders):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket", "y")
        copied = app.last_copied
        dialog = await _open_dialog(pilot)
        await _choose(pilot, "format-txt")
        assert _path_field(dialog).value.endswith(".txt")
        await press(pilot, "ctrl+s")
        (written,) = folders.glob("*.txt")
        assert written.read_text(encoding="utf-8") == copied + "\n"


async def test_an_existing_file_is_replaced_only_after_asking(tmp_path, folders):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket")
        dialog = await _open_dialog(pilot)
        await _choose(pilot, "what-article", "format-jsonl")
        target = folders / "mine.jsonl"
        folders.mkdir()
        target.write_text("keep me\n", encoding="utf-8")
        _path_field(dialog).value = str(target)
        await settle(pilot)
        await press(pilot, "ctrl+s")
        assert app.screen is dialog  # still asking
        status = str(dialog.query_one("#export-status").render())
        assert "mine.jsonl already exists. Press Replace to overwrite it" in status
        assert str(dialog.query_one("#export-write").label) == "Replace"
        assert target.read_text(encoding="utf-8") == "keep me\n"
        await press(pilot, "escape")  # cancelled: untouched
        assert target.read_text(encoding="utf-8") == "keep me\n"
        dialog = await _open_dialog(pilot)
        await _choose(pilot, "what-article", "format-jsonl")
        _path_field(dialog).value = str(target)
        await settle(pilot)
        await press(pilot, "ctrl+s", "ctrl+s")  # asked, then confirmed
        assert app.screen is app.main_screen
        records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
        quotes = [q for q in app.main_screen.quotes if q.kind == "quote"]
        assert [r["text"] for r in records] == [q.text for q in quotes]
        assert records[0]["article"] == "003_eb25a154931aa076.txt"
        assert records[0]["outlet"] == "Stars and Stripes"
        assert list(records[0])[:11] == ["article", "start", "end", "text", "kind", "speaker",
                                         "role", "mention", "cue", "via", "source_text"]


async def test_marked_quotes_export_as_csv_from_another_article(tmp_path, folders):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        marked = []
        for _ in range(2):
            await press(pilot, "right_square_bracket", "right_square_bracket", "m")
            marked.append(screen.quotes[screen.body.current])
        title = screen.article.title
        await open_article(pilot, "000")  # no current quote here
        dialog = await _open_dialog(pilot)
        assert dialog.chosen == "marked"
        assert "marked-quotes" in _path_field(dialog).value
        await _choose(pilot, "format-csv")
        await press(pilot, "ctrl+s")
        (written,) = folders.glob("warreader-marked-quotes-*.csv")
        rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8"))))
        assert [r["text"] for r in rows] == [q.text for q in marked]
        assert {r["speaker"] for r in rows} == {q.speaker or "" for q in marked}
        assert {r["title"] for r in rows} == {title}
        assert {r["article"] for r in rows} == {"003_eb25a154931aa076.txt"}


async def test_an_edited_name_keeps_following_the_format_and_escape_writes_nothing(
        tmp_path, folders):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket")
        dialog = await _open_dialog(pilot)
        _path_field(dialog).value = str(tmp_path / "elsewhere" / "peskov.md")
        await settle(pilot)
        await _choose(pilot, "format-csv")
        assert _path_field(dialog).value == str(tmp_path / "elsewhere" / "peskov.csv")
        await press(pilot, "escape")
        assert app.screen is app.main_screen
        assert not (tmp_path / "elsewhere").exists() and not folders.exists()


async def test_while_searching_e_offers_the_search_results_and_exports_their_quotes(
        tmp_path, folders):
    from tests.tui_support import type_query

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await press(pilot, "slash")
        await type_query(pilot, "speaker:blinken")
        await press(pilot, "enter")  # to the results
        hits = [h for h in app.main_screen.results.hits if h.kind == "quote"]
        assert hits
        dialog = await _open_dialog(pilot)
        assert dialog.chosen == "search"
        assert "warreader-search-speaker-blinken-" in _path_field(dialog).value
        await _choose(pilot, "format-jsonl")
        await press(pilot, "ctrl+s")
        (written,) = folders.glob("*.jsonl")
        records = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
        assert {r["speaker"] for r in records} == {"Antony Blinken"}
        assert sorted((r["article"][:3], r["start"]) for r in records) == sorted(
            (h.path.rsplit("/", 1)[-1][:3], h.quote_span[0]) for h in hits)


async def test_this_speakers_quotes_come_from_the_whole_corpus(tmp_path, folders):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        screen = app.main_screen
        for _ in range(12):  # to a quote of Dmitry Peskov
            await press(pilot, "right_square_bracket")
            if screen.quotes[screen.body.current].speaker == "Dmitry Peskov":
                break
        dialog = await _open_dialog(pilot)
        await _choose(pilot, "what-speaker", "format-md-article")
        await press(pilot, "ctrl+s")
        (written,) = folders.glob("warreader-dmitry-peskov-*.md")
        text = written.read_text(encoding="utf-8")
        headings = [line for line in text.splitlines() if line.startswith("## ")]
        assert len(headings) == 2  # his quotes in 000 and in 003, grouped by article
        assert text.startswith("# Quotes of Dmitry Peskov\n")
        assert dialog.group == "article"


async def test_the_arrows_choose_what_is_written(tmp_path, folders):
    """Down to "This article's quotes" and to CSV, then ctrl+s: those are written (the
    arrows only moved a highlight before, and the current quote went out as Markdown)."""
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, "right_square_bracket")
        screen = app.main_screen
        dialog = await _open_dialog(pilot)
        assert dialog.chosen == "quote"
        order = [b.id for b in dialog.query_one("#what").query(RadioButton)]
        steps = order.index("what-article") - order.index("what-quote")
        await press(pilot, *["down"] * steps, "tab", "down", "down")  # Markdown x2, CSV
        assert dialog.chosen == "article" and dialog.fmt == "csv"
        assert _path_field(dialog).value.endswith(".csv")
        await press(pilot, "up")  # and back up: Markdown, by article
        assert dialog.fmt == "md" and dialog.group == "article"
        await press(pilot, "down", "enter")  # enter in the list writes, as ctrl+s does
        (written,) = folders.glob("*.csv")
        rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8"))))
        assert len(rows) == sum(q.kind == "quote" for q in screen.quotes) > 1
