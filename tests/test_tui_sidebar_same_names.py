"""Two speakers of one name in the corpus sidebar each show only their own quotes (ux34,
K3). The corpus keeps an unnamed source apart by article ("the statement" of two
articles is two speakers: sport/432.txt and sport/438.txt of the BBC corpus), but the
sidebar selected and looked up speakers by name: enter on one expanded both, each
listing both articles' quotes, and `}` never got past the second (it went back to the
first of that name). The palette was fixed the same way (review U10)."""

from __future__ import annotations

from tests.tui_support import choose_speaker, make_app, pane_text, settle, wait_ready


def _corpus(folder):
    folder.mkdir()
    (folder / "club.txt").write_text(
        "Club fined after crowd trouble\n\nThe club was fined on Monday. \"We accept the "
        "decision and will not appeal against it,\" the statement said.\n\n\"The fans "
        "who ran on to the pitch will be banned for life,\" the statement added.\n",
        encoding="utf-8")
    (folder / "board.txt").write_text(
        "Board rejects claims\n\nThe board met on Friday. \"We have done nothing wrong in "
        "this matter at any point,\" the statement said.\n", encoding="utf-8")
    (folder / "mayor.txt").write_text(
        "Mayor opens bridge\n\n\"It is a great day for the town,\" said Ann Pike, the "
        "mayor.\n", encoding="utf-8")
    return folder


def _shown(sidebar) -> list[tuple[str, list[str]]]:
    """Each speaker row's name with the quote rows under it."""
    out: list[tuple[str, list[str]]] = []
    for row in sidebar.rows:
        if row.id.startswith("s:"):  # its key (before: the name)
            out.append((row.id[2:].partition("\x00")[0], []))
        else:
            summary, _quote = sidebar.corpus_quotes[int(row.id[2:])]
            out[-1][1].append(summary.path.rsplit("/", 1)[-1])
    return out


async def test_each_speaker_of_one_name_expands_alone_with_its_own_quotes(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        sidebar = app.main_screen.sidebar
        await pilot.press("s", "3")
        await settle(pilot)
        names = [name for name, _ in _shown(sidebar)]
        assert names.count("the statement") == 2, names
        first = names.index("the statement")
        await choose_speaker(pilot, sidebar, first)
        shown = _shown(sidebar)
        expanded = [(name, files) for name, files in shown if files]
        assert len(expanded) == 1, shown  # both rows of the name expanded
        files = expanded[0][1]
        assert len(set(files)) == 1, files  # one article's quotes, not both
        own = files[0]
        await choose_speaker(pilot, sidebar, names.index("the statement", first + 1))
        expanded = [(name, files) for name, files in _shown(sidebar) if files]
        assert len(expanded) == 1, expanded
        assert expanded[0][0] == "the statement"
        other = expanded[0][1]
        assert len(set(other)) == 1 and other[0] != own, (own, other)
        counts = {"club.txt": 2, "board.txt": 1}
        assert len(other) == counts[other[0]] and len(files) == counts[own]
        side = pane_text(app, sidebar)
        words = "done nothing wrong" if other[0] == "board.txt" else "will not appeal"
        assert words in side, side


async def test_the_next_speaker_key_steps_past_two_of_one_name(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        sidebar = app.main_screen.sidebar
        await pilot.press("s")
        await settle(pilot)
        seen = []
        for _ in range(len(sidebar.speakers)):
            await pilot.press("right_curly_bracket")
            await pilot.pause(0.2)
            await settle(pilot)
            expanded = [(name, tuple(files)) for name, files in _shown(sidebar) if files]
            assert len(expanded) == 1, expanded
            seen.append(expanded[0])
        assert len(set(seen)) == len(sidebar.speakers), seen  # each once, none twice
