"""`p` lists the group of a quote found in several articles: each member's file is
named as the article list names it (tui.file_labels), so two articles both called
095.txt in different folders (the BBC corpus's sport/095.txt and business/095.txt)
are told apart, not both shown as "095.txt"."""

from __future__ import annotations

from rich.console import Console
from warreader.index.provenance.model import Group, Member
from warreader.tui.file_labels import listed_labels
from warreader.tui.screens.group_list import member_row

from tests.provenance_support import ARTICLES
from tests.tui_support import make_app, open_article, press, settle, wait_ready


def rendered(renderable) -> str:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def _write(folder, name: str, source: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n\n".join(ARTICLES[source]) + "\n", encoding="utf-8")


async def test_group_list_names_same_named_files_by_their_folders(tmp_path):
    corpus = tmp_path / "articles"
    _write(corpus / "sport", "095.txt", "a_stripes.txt")
    _write(corpus / "business", "095.txt", "d_gazette.txt")
    app = make_app(tmp_path / "index", [corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        screen = app.main_screen
        await open_article(pilot, "sport/095")
        await press(pilot, "]")
        await settle(pilot)
        await press(pilot, "p")
        rows = app.screen.query_one("#group-members")
        assert rows.option_count == 2
        listed = [rendered(rows.get_option_at_index(i).prompt) for i in range(2)]
        assert "(sport/095.txt)" in listed[0] and "Stars and Stripes" in listed[0]
        assert "(business/095.txt)" in listed[1] and "Geneva Gazette" in listed[1]
        assert screen.articles.labels.get(str(corpus.resolve() / "sport" / "095.txt")) == (
            "sport/095.txt")  # the article list names it so too


def test_a_path_the_list_has_no_label_for_yet_is_named_under_its_corpus_folder(tmp_path):
    sport = str(tmp_path.resolve() / "sport" / "095.txt")
    unique = str(tmp_path.resolve() / "a.txt")
    labels = listed_labels([sport, unique], {unique: "a.txt"}, [tmp_path])
    assert labels == {sport: "sport/095.txt", unique: "a.txt"}
    member = Member(article="x", start=0, end=5, text="words", speaker="A B", path=sport)
    assert "(sport/095.txt)" in rendered(member_row(Group(id=1, members=[member]), member,
                                                    "Title", labels[sport]))
