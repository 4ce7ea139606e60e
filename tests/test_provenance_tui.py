"""Provenance in the reader (Pilot, real key presses) on our own re-reporting articles:
the sidebar says where else the current quote appears, `p` lists its group with both
flags, and stepping through the list opens each article at that quote."""

from __future__ import annotations

from rich.console import Console

from tests.provenance_support import write_corpus
from tests.tui_support import make_app, open_article, press, settle, wait_ready


def rendered(renderable) -> str:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def sidebar_text(screen) -> str:
    sidebar = screen.sidebar
    return "".join(rendered(sidebar.get_option_at_index(i).prompt)
                   for i in range(sidebar.option_count))


async def test_sidebar_note_group_list_and_stepping(tmp_path):
    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await open_article(pilot, "b_independent")
        await press(pilot, "]")
        assert screen.quotes[screen.body.current].speaker == "Dmitry Peskov"
        await settle(pilot)
        text = sidebar_text(screen)
        assert "also in 3 articles · first 2022-02-16, Stars and Stripes" in text
        assert "worded differently · credited differently" in text

        await press(pilot, "p")
        group_screen = app.screen
        assert type(group_screen).__name__ == "GroupScreen"
        flags = rendered(group_screen.query_one("#group-flags").render())
        assert "worded differently" in flags and "credited differently" in flags
        rows = group_screen.query_one("#group-members")
        listed = "".join(rendered(rows.get_option_at_index(i).prompt) for i in range(4))
        assert listed.index("Stars and Stripes") < listed.index("Kyiv Independent")
        assert "Sergey Lavrov  credited differently" in listed
        assert rows.highlighted == 1  # the list opens on the article being read

        await press(pilot, "j")  # the partial quote in the Baltic Times
        assert screen.article.path.endswith("c_baltic.txt")
        current = screen.quotes[screen.body.current]
        assert current.text.startswith("a false alarm spread by Western capitals")
        await press(pilot, "j")  # the same words credited to Lavrov
        assert screen.article.path.endswith("d_gazette.txt")
        assert screen.quotes[screen.body.current].speaker == "Sergey Lavrov"
        await press(pilot, "g")  # back to the earliest version
        assert screen.article.path.endswith("a_stripes.txt")

        await press(pilot, "enter")
        assert app.screen is screen
        assert screen.article.path.endswith("a_stripes.txt")
        await settle(pilot)
        assert "also in 3 articles · first 2022-02-16, Stars and Stripes, this article" in (
            sidebar_text(screen))


async def test_p_on_a_quote_found_nowhere_else_says_so(tmp_path):
    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "d_gazette")
        await press(pilot, "p")  # no current quote yet
        assert type(app.screen).__name__ == "MainScreen"
        assert "No current quote" in str(list(app._notifications)[-1].message)


async def test_search_group_in_the_reader(tmp_path):
    from tests.tui_support import type_query as _type

    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await _type(pilot, "group:4")
        hits = screen.results_list.hits
        assert len(hits) == 4 and {h.speaker for h in hits} == {"Dmitry Peskov", "Sergey Lavrov"}
        await press(pilot, "enter")
        choices = {c.id: c for c in screen.export_choices()}
        assert choices["search"].label == "Search results: group:4"  # not "kind:quote "
        got = screen.gather_export(choices["search"], lambda done, total: None, lambda: False)
        assert len(got.items) == 4  # those four, not every quote of the corpus
        await press(pilot, "slash")
        await pilot.press(*(["backspace"] * 7))
        await _type(pilot, "group:2 speaker:kuleba")
        assert [h.speaker for h in screen.results_list.hits] == ["Dmytro Kuleba"] * 2


async def test_an_in_app_build_groups_the_quotes_in_its_worker(tmp_path, monkeypatch):
    """The build's worker groups the quotes once the index is ready (the status line
    says so, then says ready again; search need not wait: ux24,
    test_tui_search_before_grouping.py): the first quote stepped to shows where else it
    appears, and nothing is grouped after (before, the first look-up computed every
    group)."""
    from warreader.index.provenance import corpus_groups
    from warreader.tui.widgets.index_status import IndexStatus

    shown: list[tuple[int, int, str]] = []
    status_grouping = IndexStatus.grouping

    def grouping(status, done: int, total: int) -> None:
        status_grouping(status, done, total)
        shown.append((done, total, str(status.query_one("#status-text").render())))

    monkeypatch.setattr(IndexStatus, "grouping", grouping)
    folder = write_corpus(tmp_path / "articles")
    app = make_app(tmp_path / "index", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        assert [(done, total) for done, total, _ in shown] == [(0, 4), (4, 4)]
        assert shown[-1][2].startswith("Grouping quotes 4/4 articles")
        assert str(screen.status.query_one("#status-text").render()).startswith(
            "Index ready: 4 articles")
        grouped_later: list = []
        computed = corpus_groups.corpus_groups
        monkeypatch.setattr(corpus_groups, "corpus_groups",
                            lambda *args: grouped_later.append(args) or computed(*args))

        await open_article(pilot, "b_independent")
        await press(pilot, "]")
        assert screen.quotes[screen.body.current].speaker == "Dmitry Peskov"
        assert "also in 3 articles · first 2022-02-16, Stars and Stripes" in sidebar_text(screen)
        assert grouped_later == []
