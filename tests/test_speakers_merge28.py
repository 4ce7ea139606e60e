"""A peer named by title is one person: "Lord Hutton" keeps its title and never takes
another article's given name (issue 10, round 25, merge28). Invented sentences only."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from warreader.index.model import Quote
from warreader.index.quotes import extract_quotes
from warreader.index.quotes.speakers import AliasTable, SpeakerDirectory
from warreader.tui.cli import main

from tests.cli_support import together_and_alone
from tests.quote_support import article_from_text, paragraphs_line_events


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(article_from_text(text)) if q.kind == "quote"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Lord Hutton will publish his report.\n\n'I have reached my conclusions,' Lord Hutton "
     "said.\n\nHe added: 'It is done.'", ["Lord Hutton", "Lord Hutton"]),
    ("Tory peer Lord Tebbit said the plan was 'quite mad'.", ["Lord Tebbit"]),
    ("'It is fair,' said Baroness Scotland.", ["Baroness Scotland"]),
    ("Lady Thatcher said: 'We will not turn back.'", ["Lady Thatcher"]),
    # two peers of one name: the title each quotation writes
    ("Lord Hutton and his wife Lady Hutton arrived. 'We are delighted,' Lady Hutton "
     "said.\n\n'So am I,' Lord Hutton said.", ["Lady Hutton", "Lord Hutton"]),
])
def test_a_peer_keeps_the_title_that_stands_for_the_name(text, wanted):
    assert _speakers(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # a given name with the title: the name as before
    ("Former minister Tom Brede, now Lord Brede, said: 'Fine.'\n\n'Good,' Lord Brede "
     "added.", ["Tom Brede", "Tom Brede"]),
    ("Sir Menzies Campbell said: 'We oppose it.'", ["Menzies Campbell"]),
    ("The Lord Chancellor said: 'The courts will decide.'", ["the Lord Chancellor"]),
    ("Mr Hutton said: 'It is fair.'", ["Hutton"]),
    # an office or a job, no peer: "First Lady", "cleaning lady"
    ("First Lady Obrey said the plan was 'good for children'.", ["Obrey"]),
    ("The first lady Obrey said the plan was 'good for children'.", ["Obrey"]),
    ("Former First Lady Obrey said: 'I am ready.'", ["Obrey"]),
    ("Cleaning lady Bloggs said: 'The rent is due.'", ["Bloggs"]),
])
def test_titles_that_go_with_a_given_name_are_left_out(text, wanted):
    assert _speakers(text) == wanted


def _directory(entries) -> SpeakerDirectory:
    directory = SpeakerDirectory(AliasTable({}))
    for article, name in entries:
        directory.add(article, Quote("x", 0, 1, speaker=name))
    return directory


def test_a_peer_never_merges_with_another_given_name_or_a_bare_surname():
    directory = _directory([("a", "Lord Hutton"), ("b", "John Hutton"), ("c", "Lord Hutton"),
                            ("d", "Hutton"), ("e", "L. Hutton")])
    assert directory.canonical("Lord Hutton", "a") == "Lord Hutton"
    assert directory.canonical("Lord Hutton", "c") == "Lord Hutton"
    assert directory.canonical("John Hutton", "b") == "John Hutton"
    assert directory.canonical("Hutton", "d") == "Hutton"  # two Huttons: it cannot say
    assert directory.canonical("Hutton") == "Hutton"
    assert directory.canonical("L. Hutton", "e") == "L. Hutton"
    counts = {s.name: s.quote_count for s in directory.summaries()}
    assert counts["Lord Hutton"] == 2


def test_sir_goes_with_the_given_name_and_a_lone_peer_stays_alone():
    directory = _directory([("a", "Sir Menzies Campbell"), ("b", "Menzies Campbell"),
                            ("c", "Lord Falconer"), ("d", "Charles Falconer")])
    assert directory.canonical("Sir Menzies Campbell", "a") == "Menzies Campbell"
    # the same man, but only world knowledge says so: left apart
    assert directory.canonical("Lord Falconer", "c") == "Lord Falconer"
    assert directory.canonical("Charles Falconer", "d") == "Charles Falconer"


ARTICLES = {
    "a.txt": "Report due\n\nLord Hutton will publish his report.\n\n"
             "'I have reached my conclusions,' Lord Hutton said.\n",
    "b.txt": "Plan backed\n\nWork and Pensions Secretary John Hutton backed the plan.\n\n"
             "'It is fair,' Mr Hutton said.\n",
    "c.txt": "Peer speaks\n\nLord Ambry, a Conservative, spoke on Monday.\n\n"
             "'This will not do,' he told the BBC.\n",
    "d.txt": "MP speaks\n\nLiberal Democrat MP Norman Ambry spoke on Tuesday.\n\n"
             "'We will vote against,' Mr Ambry said.\n",
}


def test_a_folder_gives_a_peer_the_speaker_of_the_file_alone(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "index"))
    together, alone = together_and_alone(capsys, tmp_path / "news", ARTICLES)
    assert together == alone
    by_file = {key[0]: speaker for key, speaker in together.items()}
    assert by_file == {"a.txt": "Lord Hutton", "b.txt": "John Hutton",
                       "c.txt": "Lord Ambry", "d.txt": "Norman Ambry"}


# -- one-word names across articles (merge28 case 2) ---------------------------------

BARE = {
    "lloyds.txt": "Insurers count the cost\n\nInsurers counted the cost.\n\nLloyds of Brantwood "
                  "told reporters it expected losses to be 'limited to travel cover'.\n",
    "producer.txt": "Film is a hit\n\nFilm producer Michael Brantwood spoke on Monday.\n\n"
                    "'It was a hit,' Mr Brantwood said.\n",
    "mrs.txt": "Vote is close\n\nThe vote was close.\n\n'We are worried,' Mrs Pellow said.\n",
    "tom.txt": "Count goes on\n\nTom Pellow spoke on Monday.\n\n'It was close,' Tom Pellow said.\n",
    "he.txt": "Recount asked\n\nThe recount began.\n\n'We will win,' Pellow said.\n\n"
              "He added: 'It is ours.'\n",
    "paper.txt": "Paper attacks plan\n\nThe Guardian reported the plan.\n\n"
                 "'It is a scandal,' the newspaper said.\n",
    "mayor.txt": "City is broke\n\nMayor Don Guardian spoke on Friday.\n\n"
                 "'The city is broke,' Mayor Guardian said.\n",
    "dem1.txt": "Party worried\n\nThe vote was close.\n\n'We are worried,' one Democrat said.\n",
    "dem2.txt": "Party split\n\nThe caucus met.\n\n'He cannot win,' said one Democrat.\n",
    "am1.txt": "Poll is close\n\nThe poll was close.\n\n'It is a mess,' one American said.\n",
    "am2.txt": "Poll is grim\n\nThe poll was grim.\n\n'It is fine,' one American said.\n",
}


def test_a_one_word_name_joins_only_a_person_of_its_kind_and_sex(tmp_path, capsys,
                                                                  monkeypatch):
    """A body's last word ("Lloyds of Brantwood", "The Guardian ... the newspaper") never
    takes another article's person of that surname; "Mrs Pellow" never a man's name;
    "Pellow ... He" still joins the one Tom Pellow; "one Democrat" is each article's own."""
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "index"))
    folder = tmp_path / "news"
    together, alone = together_and_alone(capsys, folder, BARE)
    by_file = {key[0]: speaker for key, speaker in together.items()}
    assert by_file == {
        "lloyds.txt": "Brantwood", "producer.txt": "Michael Brantwood",
        "mrs.txt": "Pellow", "tom.txt": "Tom Pellow", "he.txt": "Tom Pellow",
        "paper.txt": "Guardian", "mayor.txt": "Don Guardian",
        "dem1.txt": "Democrat", "dem2.txt": "Democrat",
        "am1.txt": "one American", "am2.txt": "one American",
    }
    assert {k: v for k, v in together.items() if k[0] != "he.txt"} == {
        k: v for k, v in alone.items() if k[0] != "he.txt"
    }
    assert main(["speakers", str(folder), "--json"]) == 0
    out, _ = capsys.readouterr()
    rows = {(s["name"], tuple(Path(a).name for a in s["articles"])) for s in json.loads(out)}
    assert ("Democrat", ("dem1.txt",)) in rows and ("Democrat", ("dem2.txt",)) in rows
    assert ("one American", ("am1.txt",)) in rows and ("one American", ("am2.txt",)) in rows
    assert ("Tom Pellow", ("tom.txt", "he.txt")) in rows or (
        "Tom Pellow", ("he.txt", "tom.txt")) in rows


def test_the_directory_reads_the_mentions_of_a_bare_name():
    directory = SpeakerDirectory(AliasTable({}))
    for article, name, mention in [
        ("a", "Ann Corrie", "Ann Corrie"), ("b", "Corrie", "Mr Corrie"),
        ("c", "Tom Vance", "Tom Vance"), ("d", "Vance", "Ms Vance"), ("d", "Vance", "she"),
        ("e", "Jim Kell", "Jim Kell"), ("f", "Kell", "Governor Kell"),
        ("g", "Sam Orme", "Sam Orme"), ("h", "Orme", "the Orme"),
    ]:
        directory.add(article, Quote("x", 0, 1, speaker=name, mention=mention))
    assert directory.canonical("Corrie", "b") == "Corrie"  # a man: not Ann Corrie
    assert directory.canonical("Vance", "d") == "Vance"  # a woman: not Tom Vance
    assert directory.canonical("Kell", "f") == "Jim Kell"  # a title: a person
    assert directory.canonical("Orme", "h") == "Orme"  # "the Orme": a body
    assert directory.canonical("Orme") == "Orme" and directory.canonical("Kell") == "Jim Kell"


# -- linear work on hostile input -----------------------------------------------------

def _stems(reps: int) -> list[str]:
    letters = "bcdfghklmnprstvz"
    return ["".join(letters[n // 16**k % 16] for k in range(3)).title() for n in range(reps)]


def _peers_run(reps: int) -> tuple[int, list[str | None]]:
    """Line events for ``reps`` paragraphs, each a new Lord and Lady of one name."""
    count, quotes = paragraphs_line_events([
        f"Lord {s}ley and Lady {s}ley arrived. 'We are here,' Lord {s}ley said. "
        f"Lady {s}ley said: 'So am I.'"
        for s in _stems(reps)
    ])
    return count, [q.speaker for q in quotes if q.kind == "quote"]


def test_many_peers_cost_linear_work():
    small, found_small = _peers_run(100)
    large, found_large = _peers_run(400)
    assert len(found_small) == 200 and len(found_large) == 800
    assert found_large[:2] == [f"Lord {_stems(1)[0]}ley", f"Lady {_stems(1)[0]}ley"]
    assert large / small < 5.5  # four times the input


def _directory_events(reps: int) -> int:
    directory = SpeakerDirectory(AliasTable({}))
    for n, s in enumerate(_stems(reps)):
        for speaker, mention in ((f"Tom {s}ley", f"Tom {s}ley"), (f"{s}ley", f"Mrs {s}ley"),
                                 (f"{s}ley", "one Democrat"), (f"Lord {s}ley", "he")):
            directory.add(f"a{n}", Quote("x", 0, 1, speaker=speaker, mention=mention))
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += event == "line"
        return tracer

    sys.settrace(tracer)
    try:
        directory.summaries()
        list(directory.spellings())
    finally:
        sys.settrace(None)
    return count


def test_a_directory_of_many_bare_names_costs_linear_work():
    assert _directory_events(400) / _directory_events(100) < 5.5
