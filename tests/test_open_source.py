"""Which command `v` runs, the file line of a quote, and the history `ctrl+o` walks."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.articles import read_article, read_source_text
from warreader.index.quotes import extract_quotes
from warreader.tui.history import History, Place
from warreader.tui.open_source import editor_command, line_of, program_name

SEED = Path(__file__).resolve().parents[1] / "seeds" / "003_eb25a154931aa076.txt"


@pytest.mark.parametrize(("env", "argv"), [
    ({"VISUAL": "nvim", "EDITOR": "nano"}, ["nvim", "+12", "f.txt"]),
    ({"EDITOR": "/usr/bin/vim"}, ["/usr/bin/vim", "+12", "f.txt"]),
    ({"EDITOR": "emacs -nw"}, ["emacs", "-nw", "+12", "f.txt"]),
    ({"EDITOR": "'/opt/my editors/hx'"}, ["/opt/my editors/hx", "+12", "f.txt"]),
    ({"VISUAL": "  ", "EDITOR": "micro"}, ["micro", "+12", "f.txt"]),
    ({"EDITOR": "kak"}, ["kak", "+12", "f.txt"]),
    ({"EDITOR": "code --wait"}, ["code", "--wait", "--goto", "f.txt:12"]),
    ({"EDITOR": "ed"}, ["ed", "f.txt"]),  # unknown to take +LINE: the file alone
    ({"PAGER": "less -R"}, ["less", "-R", "+12", "f.txt"]),
    ({"PAGER": "bat"}, ["bat", "f.txt"]),
    ({}, ["less", "+12", "f.txt"]),
    ({"VISUAL": "vim 'unbalanced", "EDITOR": "nano"}, ["nano", "+12", "f.txt"]),
])
def test_the_editor_and_its_line_argument(env, argv):
    command = editor_command(env, "f.txt", 12)
    assert command.argv == argv
    assert command.at_line == (len(argv) > 2 and any("12" in a for a in argv))


def test_the_command_says_where_it_came_from_and_needs_a_line():
    assert editor_command({"VISUAL": "vi", "EDITOR": "nano"}, "f", 3).source == "$VISUAL"
    assert editor_command({"EDITOR": "nano"}, "f", 3).source == "$EDITOR"
    assert editor_command({}, "f", 3).source == "default"
    assert editor_command({"EDITOR": "/usr/bin/nvim"}, "f", 3).program == "nvim"
    assert program_name("C:\\Tools\\vim.exe") == "vim"
    assert editor_command({"EDITOR": "vim"}, "f", None).argv == ["vim", "f"]


def test_lines_are_counted_by_line_feeds_as_editors_count_them():
    text = "one\r\ntwo\x0cstill two\u2028still two\x0bstill\rtwo\nthree"
    assert line_of(text, 0) == 1
    assert line_of(text, text.index("two")) == 2
    assert line_of(text, text.index("still two")) == 2  # not splitlines' view
    assert line_of(text, text.index("three")) == 3
    assert line_of(text, len(text) + 50) == 3 and line_of(text, -4) == 1


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_quote_is_on_the_line_of_the_raw_file_that_holds_it(tmp_path, newline):
    path = tmp_path / "seed.txt"
    path.write_bytes(("\ufeff" + SEED.read_text(encoding="utf-8")).replace("\n", newline)
                     .encode("utf-8"))
    raw_lines = path.read_bytes().decode("utf-8-sig").split("\n")
    source = read_source_text(path)
    quotes = extract_quotes(read_article(path))
    assert len(quotes) > 10
    for quote in quotes:
        line = raw_lines[line_of(source, quote.start) - 1]
        assert quote.text.split()[0] in line, quote.text


def test_history_back_forward_and_its_ends():
    h = History()
    assert h.back() is None and h.forward() is None
    for place in (Place("a", None), Place("a", 10), Place("b", None), Place("b", 40)):
        h.record(place)
    # the article's opening is refined by its first quote: one place per landing
    assert h.places == [Place("a", 10), Place("b", 40)]
    h.record(Place("b", 90))
    assert h.back() == Place("b", 40)
    assert not h.record(Place("b", 40))  # arriving where back went records nothing
    assert h.back() == Place("a", 10)
    h.record(Place("a", 10))
    assert h.back() is None  # the oldest
    assert h.forward() == Place("b", 40)
    h.record(Place("b", 40))
    h.record(Place("c", None))  # a new place drops those ahead
    assert h.places == [Place("a", 10), Place("b", 40), Place("c", None)]
    assert h.forward() is None and h.position() == (3, 3)


def test_history_keeps_each_place_once_and_at_most_the_cap():
    h = History(cap=5)
    for name in "abcab":
        h.record(Place(name, 1))
    assert h.places == [Place("c", 1), Place("a", 1), Place("b", 1)]
    assert not h.record(Place("b", None))  # the same article without its quote: nothing
    for name in "defgh":
        h.record(Place(name, 1))
    assert [p.article_id for p in h.places] == list("defgh") and h.index == 4
    # going back, then landing somewhere else than the place (its quote vanished)
    assert h.back() == Place("g", 1)
    assert not h.record(Place("g", None))
    assert h.current == Place("g", 1) and h.forward() == Place("h", 1)
