"""How each speaker was found (`via`): one written sentence per kind, the CLI key, and
the sidebar's muted line for the current quote."""

from __future__ import annotations

import json

import pytest
from warreader.index.model import Quote
from warreader.tui.cli import main
from warreader.tui.widgets.sidebar_rows import via_line

from tests.quote_support import quotes_of
from tests.tui_support import make_app, press, settle, wait_ready

CASES = [
    ("named", "“The talks are over,” Mr. Stoltenberg told reporters.", "Stoltenberg",
     "Mr. Stoltenberg", 0),
    ("pronoun", "Tom Holme spoke on Monday.\n\n“The plan will fail,” he said.", "Tom Holme",
     "he", 1),
    ("description", "“We will go to the polls in May,” the minister said.", "the minister",
     "the minister", 0),
    ("document", "Nato issued a statement.\n\n“Troops will stay in place,” the statement said.",
     "Nato", "the statement", 1),
    ("label", "Southampton boss Harry Redknapp: “We know what we must do.”", "Harry Redknapp",
     "Southampton boss Harry Redknapp", 0),
    ("label", "Howard Kurtz, Fox News: “The debate changed nothing at all.”", "Howard Kurtz",
     "Howard Kurtz", 0),
    ("label", "“We will not stop until every vote is counted.”\n\n- Bernie Sanders.",
     "Bernie Sanders", "Bernie Sanders", 1),
    ("colon", "Mr Dean is confident though: “I think we will win the title.”", "Dean",
     "Mr Dean", 0),
    ("carried", "“We won the game,” said Smith. “We will win again next week.”", "Smith",
     "Smith", 0),
    ("colon", "Smith told reporters:\n\n“We will win again next week.”", "Smith", "Smith", 0),
    ("carried", "“We won the game,” said Ms Jones.\n\n“And we will win again next week.”",
     "Jones", "Ms Jones", 0),
    ("none", "The season ended.\n\n“Nobody knows what happens next.”", None, None, None),
]


@pytest.mark.parametrize(("via", "text", "speaker", "mention", "paragraph"), CASES)
def test_each_quote_says_how_its_speaker_was_found(via, text, speaker, mention, paragraph):
    last = quotes_of(text)[-1]
    assert last.kind == "quote"
    assert (last.via, last.speaker, last.mention, last.mention_paragraph) == (
        via, speaker, mention, paragraph)


def test_terms_have_no_via():
    [term] = quotes_of("The plan is known as “Operation Spring” in the ministry.")
    assert term.kind == "term" and term.via is None and term.mention_paragraph is None


def test_cli_jsonl_and_csv_carry_via(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "index"))
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nLord Holme spoke on Monday.\n\n“The plan will fail,” he said.\n",
                    encoding="utf-8")
    assert main(["quotes", str(path), "--format", "jsonl"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert list(record)[-3:] == ["via", "source_text", "url"] and record["via"] == "pronoun"
    assert record["url"] is None  # the file states no address
    assert main(["quotes", str(path), "--format", "csv"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.endswith(",cue,via,source_text,url")
    assert row.endswith(',said,pronoun,"The plan will fail,",')  # source_text: the slice


def test_via_line_shows_the_mention_and_its_paragraph():
    quote = Quote("x", 0, 1, speaker="Lord Holme", mention="he", via="pronoun",
                  mention_paragraph=3)
    assert via_line(quote) == "pronoun · he → Lord Holme, ¶4"
    named = Quote("x", 0, 1, speaker="Jens Stoltenberg", mention="Jens Stoltenberg",
                  via="named", mention_paragraph=0)
    assert via_line(named) == "named · Jens Stoltenberg, ¶1"
    titled = Quote("x", 0, 1, speaker="Antony Blinken", via="carried", mention_paragraph=2,
                   mention="Secretary of State Antony Blinken")
    assert via_line(titled) == "carried · Antony Blinken, ¶3"
    headline = Quote("x", 0, 1, speaker="Jens Stoltenberg", mention="Mr. Stoltenberg",
                     via="named", mention_paragraph=-1)
    assert via_line(headline) == "named · Mr. Stoltenberg → Jens Stoltenberg, headline"
    assert via_line(Quote("x", 0, 1, via="none")) == "no speaker found"
    assert via_line(Quote("x", 0, 1, kind="term")) is None


def _sidebar_text(sidebar) -> list[str]:
    return [sidebar.render_line(y).text.strip() for y in range(sidebar.size.height)]


async def test_sidebar_shows_how_the_current_quote_was_attributed(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "holme.txt").write_text(
        "Peers debate the bill\n\n"
        "Tom Holme spoke in the Lords on Monday.\n\n"
        "“The plan will fail,” he said.\n\n"
        "“It is a bad plan,” said Jane Smith.\n", encoding="utf-8")
    app = make_app(tmp_path / "ix", [folder])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "1", "enter")
        screen = app.main_screen
        assert [q.via for q in screen.quotes] == ["pronoun", "named"]
        await press(pilot, "right_square_bracket")
        await settle(pilot)
        lines = _sidebar_text(screen.sidebar)
        assert "pronoun · he → Tom Holme, ¶2" in lines
        assert not any(line.startswith("named ·") for line in lines)
        await press(pilot, "right_square_bracket")
        lines = _sidebar_text(screen.sidebar)
        assert "named · Jane Smith, ¶3" in lines
        assert not any(line.startswith("pronoun ·") for line in lines)
