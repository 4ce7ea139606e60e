"""Two speakers of one name ("the statement" of two articles, which the corpus keeps
apart: two unnamed sources) were listed by the palette as "Go to speaker: the statement"
twice, and both went to the same one (review U10). Each now names its article and
opens it at that speaker's quote."""

from __future__ import annotations

from warreader.tui.palette import ReaderCommands

from tests.tui_support import make_app, settle, wait_ready


def _corpus(folder):
    folder.mkdir()
    (folder / "club.txt").write_text(
        "Club fined after crowd trouble\n\nThe club was fined on Monday. \"We accept the "
        "decision and will not appeal against it,\" the statement said.\n", encoding="utf-8")
    (folder / "board.txt").write_text(
        "Board rejects claims\n\nThe board met on Friday. \"We have done nothing wrong in "
        "this matter at any point,\" the statement said.\n", encoding="utf-8")
    (folder / "mayor.txt").write_text(
        "Mayor opens bridge\n\n\"It is a great day for the town,\" said Ann Pike, the "
        "mayor.\n", encoding="utf-8")
    return folder


async def test_speakers_of_one_name_are_told_apart_and_each_opens_its_own(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert [s.name for s in app.main_screen.sidebar.speakers].count("the statement") == 2
        provider = ReaderCommands(app.screen)
        hits = {str(hit.text): hit async for hit in provider.search("statement")}
        titles = sorted(t for t in hits if t.startswith("Go to speaker"))
        assert titles == ["Go to speaker: the statement · board.txt",
                          "Go to speaker: the statement · club.txt"], titles
        assert "Go to speaker: Ann Pike" in {str(h.text) async for h in provider.search("pike")}
        for name, words in (("board.txt", "done nothing wrong"), ("club.txt", "will not appeal")):
            await hits[f"Go to speaker: the statement · {name}"].command()
            await settle(pilot)
            await pilot.pause(0.3)
            screen = app.main_screen
            assert screen.article.path.endswith(name), screen.article.path
            quote = screen.quotes[screen.body.current]
            assert quote.speaker == "the statement" and words in quote.text, quote
