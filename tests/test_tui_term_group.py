"""`p` on a quoted term found in several articles: the list says it is a term in N
articles, and a term's row says "(term)", not that nobody was credited with it."""

from __future__ import annotations

from rich.console import Console
from textual.app import App
from warreader.index.provenance.model import Group, Member
from warreader.tui.screens.group_list import GroupScreen, member_row


def _text(renderable) -> str:
    console = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def _group(kind: str) -> Group:
    members = [Member(article=f"a{i}", start=10, end=20, text="dirty bomb", kind=kind,
                      speaker=None, path=f"/corpus/news/a{i}.txt", date=f"2022-02-1{i}")
               for i in range(3)]
    return Group(id=1, members=members)


def test_a_term_row_says_term_and_a_quote_row_unattributed():
    terms, quotes = _group("term"), _group("quote")
    assert "(term)" in _text(member_row(terms, terms.members[0]))
    assert "(unattributed)" not in _text(member_row(terms, terms.members[0]))
    assert "(unattributed)" in _text(member_row(quotes, quotes.members[0]))


async def test_the_group_list_of_a_term_is_titled_term_in_n_articles():
    for kind, title in (("term", "Term in 3 articles"), ("quote", "Quote in 3 articles")):
        app = App()
        async with app.run_test(size=(100, 30)) as pilot:
            await app.push_screen(GroupScreen(_group(kind), None, lambda member: None))
            await pilot.pause()
            box = app.screen.query_one("#group-box")
            assert str(box.border_title).startswith(title)
