"""Two corpus quotes whose sidebar rows would read the same (a story filed twice: the
BBC corpus holds tech/165.txt and tech/166.txt, one headline, one quotation) show the
file each comes from, dimmed, after the title (ux35, U3). Before, the two rows under
the speaker were the same two lines, and only enter told which article it opened."""

from __future__ import annotations

from tests.tui_support import (
    choose_speaker,
    flat,
    make_app,
    pane_text,
    settle,
    wait_ready,
)

_STORY = ("Harbour plan wins backing\n\nThe council backed the harbour plan on Tuesday. "
          "\"This will bring work back to the quayside for a generation,\" said Ann Pike, "
          "the council leader.\n")


def _corpus(folder):
    (folder / "news").mkdir(parents=True)
    (folder / "news" / "harbour-1.txt").write_text(_STORY, encoding="utf-8")
    (folder / "news" / "harbour-2.txt").write_text(
        _STORY + "\nThe work starts in the spring.\n", encoding="utf-8")
    (folder / "news" / "mayor.txt").write_text(
        "Mayor opens bridge\n\n\"It is a great day for the town,\" said Ann Pike, the "
        "leader.\n", encoding="utf-8")
    return folder


async def test_two_rows_alike_in_the_corpus_sidebar_name_their_files(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        sidebar = app.main_screen.sidebar
        await pilot.press("s", "3")
        await settle(pilot)
        await choose_speaker(pilot, sidebar, 0)  # Ann Pike, the only speaker
        assert len(sidebar.corpus_quotes) == 3, sidebar.corpus_quotes
        side = flat(pane_text(app, sidebar).replace("│", " "))  # wrapped at 160 columns
        rows = [" ".join(line.plain for line in row.lines(200)) for row in sidebar.rows
                if row.id.startswith("c:")]
        harbour = sorted(row for row in rows if "Harbour" in row)
        assert [row.rsplit("  ", 1)[-1] for row in harbour] == [
            "Harbour plan wins backing · harbour-1.txt",
            "Harbour plan wins backing · harbour-2.txt"], rows
        assert [row.rsplit("  ", 1)[-1] for row in rows if "Mayor" in row] == [
            "Mayor opens bridge"], rows  # unlike any other: no file
        assert "harbour-1.txt" in side and "harbour-2.txt" in side, side
