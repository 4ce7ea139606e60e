"""Quotations between doubled apostrophes or backtick pairs, the newspaper-archive way
(''Yes,'' she said / ``Yes,'' he said): read as quotations when the config's
``archive_quotes`` is ``on`` (or ``auto`` in an article quoting only that way), never
when it is ``off`` (the default). Every article here is invented.

The speakers found on archive marks are checked against the same article written with
double marks: the rewrite must hand the attribution what a double mark gives it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from warreader.index.quotes import extract_quotes
from warreader.index.quotes.archive_marks import (
    MODE_ENV,
    archive_quotes,
    archive_read,
    set_archive_quotes,
)

from tests.quote_support import article_from_text, extraction_line_events

COUNCIL = (
    "Budget talks stall in Dunmore\n\n"
    "The council of Dunmore failed again on Monday to agree a budget.\n\n"
    "''We are further apart than ever,'' said Ruth Okafor, the council's finance chief.\n\n"
    "''Nobody wants to close the library,'' she added. ''But the money is gone.''"
)
FERRY = (
    "Ferry fares to rise\n\n"
    "The harbour board voted to raise ferry fares by a tenth.\n\n"
    "Its chairman, Victor Lund, said: ''The boats are old and the fuel is dear.''\n\n"
    "Passengers were unhappy. ''It is the third rise in two years,'' said Maria Ruiz, who "
    "commutes daily."
)
SENATOR = (
    "Senator Pell on the vote\n\n"
    "Senator Amos Pell said on Thursday that he would oppose the bill.\n\n"
    "``I cannot vote for a bill that nobody has read,'' Mr. Pell said.\n\n"
    "``We will try again next week,'' said his aide, Dora Finch."
)
COACH = (
    "Coach Brandt looks back\n\n"
    "The football coach Lena Brandt retired on Friday after twenty years.\n\n"
    "''I came here as a player,'' Ms. Brandt said. ''I leave as a fan.\n\n"
    "''The town gave me everything. I will miss the Saturday crowds most of all.''\n\n"
    "Her successor has not been named."
)
JUDGE = (
    "Judge rebukes prosecutor\n\n"
    "Judge Harriet Moss criticised the state's lawyers on Wednesday.\n\n"
    "''When a witness says 'I do not remember' fifteen times, I start to wonder,'' Judge "
    "Moss said.\n\n"
    "Mr. Osei, the defence lawyer, agreed. ''He said 'never,''' Mr. Osei said."
)
STORM = (
    "Mayor Tran's warning\n\n"
    "Mayor Kevin Tran spoke to reporters after the storm.\n\n"
    "''The river rose a metre in an hour,'' he said. ''We were lucky.''\n\n"
    "The storm cut power to 4,000 homes."
)
ARTICLES = {"council": COUNCIL, "ferry": FERRY, "senator": SENATOR, "coach": COACH,
            "judge": JUDGE, "storm": STORM}


def _quotes(text: str, archive: str | None = None) -> list:
    """The quotations (kind "quote") of ``text``, each slice checked against it."""
    found = extract_quotes(article_from_text(text), archive=archive)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [q for q in found if q.kind == "quote"]


def _said(text: str, archive: str | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(text, archive)]


def _double_marked(text: str) -> str:
    """``text`` with its archive marks written as double marks (a nested closing single
    mark and the pair after it, ''', as a single and a double mark)."""
    text = re.sub(r"'''(?=\s|$)", "'\"", text)
    return text.replace("``", '"').replace("''", '"')


@pytest.fixture(autouse=True)
def _no_mode_set(monkeypatch):
    """The tests' process reads archive marks only as each test says."""
    monkeypatch.delenv(MODE_ENV, raising=False)


def test_on_finds_every_quotation_with_the_words_inside_the_marks():
    found = _quotes(COUNCIL, "on")
    assert [q.text for q in found] == [
        "We are further apart than ever,",
        "Nobody wants to close the library,",
        "But the money is gone.",
    ]
    for q in found:  # the span starts and ends right inside the two apostrophes
        assert COUNCIL[q.start - 2 : q.start] == "''" and COUNCIL[q.end : q.end + 2] == "''"
    assert {q.speaker for q in found} == {"Ruth Okafor"}


def test_on_reads_backtick_openings():
    found = _quotes(SENATOR, "on")
    assert [(q.text, q.speaker) for q in found] == [
        ("I cannot vote for a bill that nobody has read,", "Amos Pell"),
        ("We will try again next week,", "Dora Finch"),
    ]
    assert all(SENATOR[q.start - 2 : q.start] == "``" for q in found)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_on_gives_the_speakers_double_marks_give(name):
    text = ARTICLES[name]
    found = _said(text, "on")
    assert found and all(speaker for _, speaker in found)
    assert found == _said(_double_marked(text), "off")


def test_speakers_before_and_after_the_closing_marks():
    assert _said(FERRY, "on") == [
        ("The boats are old and the fuel is dear.", "Victor Lund"),
        ("It is the third rise in two years,", "Maria Ruiz"),
    ]
    assert _said(STORM, "on") == [
        ("The river rose a metre in an hour,", "Kevin Tran"),
        ("We were lucky.", "Kevin Tran"),
    ]


def test_a_quotation_running_over_paragraphs():
    found = _quotes(COACH, "on")
    assert [q.text for q in found][-1].startswith("The town gave me everything.")
    assert found[-1].speaker == "Lena Brandt"


def test_single_marks_inside_stay_inside():
    texts = [q.text for q in _quotes(JUDGE, "on")]
    assert texts[0] == "When a witness says 'I do not remember' fifteen times, I start to wonder,"
    assert texts[1] == "He said 'never,'"  # ''' : the nested single mark, then the pair


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_off_reads_none_of_them(name):
    assert _quotes(ARTICLES[name], "off") == []
    assert _quotes(ARTICLES[name]) == []  # the default: nothing set


def test_the_process_setting_is_read_when_none_is_given(monkeypatch):
    assert archive_quotes() == "off"
    set_archive_quotes("on")  # the fixture's monkeypatch restores the environment
    assert archive_quotes() == "on" and len(_quotes(COUNCIL)) == 3
    monkeypatch.setenv(MODE_ENV, "sometimes")
    assert archive_quotes() == "off" and _quotes(COUNCIL) == []
    with pytest.raises(ValueError, match="archive_quotes"):
        set_archive_quotes("always")


# -- auto: only an article that quotes no other way ----------------------------------------

def test_auto_reads_an_article_with_two_pairs_and_no_double_mark():
    assert _said(COUNCIL, "auto") == _said(COUNCIL, "on")
    assert _said(SENATOR, "auto") == _said(SENATOR, "on")


def test_auto_leaves_an_article_that_also_has_double_marks():
    text = COUNCIL + '\n\nThe library\'s friends called the cuts "a scandal", said Tom Hale.'
    assert [q.text for q in _quotes(text, "on")][:3] == [q.text for q in _quotes(COUNCIL, "on")]
    assert [q.text for q in _quotes(text, "auto")] == ["a scandal"]


def test_auto_leaves_an_article_with_one_pair_only():
    text = (
        "Pier vote delayed\n\n"
        "The vote on the pier was put off to March. The mayor called the delay "
        "''regrettable.''\n\nShe will meet the harbour board on Friday."
    )
    assert _quotes(text, "auto") == []
    assert [q.text for q in _quotes(text, "on")] == ["regrettable."]


def test_on_reads_them_beside_double_marks_too():
    text = ('"We will appeal," said Tom Hale.\n\n'
            "''The ruling stands,'' said Ann Kell, the town's lawyer.")
    assert _said(text, "on") == [("We will appeal,", "Tom Hale"),
                                 ("The ruling stands,", "Ann Kell")]
    assert _said(text, "auto") == [("We will appeal,", "Tom Hale")]


@pytest.mark.parametrize("outer", ["“…”", '"…"'])
def test_a_pair_inside_a_double_marked_passage_stays_nested(outer):
    opening, closing = outer[0], outer[-1]
    text = (f"{opening}He called it ''a scandal'' twice,{closing} said Tom Hale. "
            "''We are ready,'' said Ann Kell.")
    assert _said(text, "on") == [("He called it ''a scandal'' twice,", "Tom Hale"),
                                 ("We are ready,", "Ann Kell")]


# -- what is no archive mark ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The O''Neill family sold the farm in 1990, said Tom Hale.",
        "The plumber fitted a 12'' pipe and a 6'' valve, said Tom Hale.",
        "Type ``make test`` before you commit, the guide says.",
        "He held up a sign reading '''''' and left, said Tom Hale.",
        "The cartoon showed a tick, '' and nothing else.",
        "The banner read ```` all day long.",
        "Tom Hale said the road was closed.",
    ],
)
def test_no_quotation_where_no_archive_pair_stands(text):
    assert _quotes(text, "on") == []
    assert archive_read([text], "auto") == [text]


def test_an_unclosed_pair_before_a_word_opens_as_a_double_mark_does():
    text = ("Pier vote\n\nThe mayor spoke first. Tom Hale said, ''The fact is, we won the "
            "vote and the pier stays.\n\nThe board meets again in May.")
    assert _said(text, "on") == [("The fact is, we won the vote and the pier stays.", "Tom Hale")]
    assert _said(text, "on") == _said(_double_marked(text), "off")


def test_the_rewrite_keeps_every_offset():
    texts = [COUNCIL, SENATOR, "''Yes,'' he said ``no'' ''' '''''' ``"]
    read = archive_read(texts, "on")
    assert [len(t) for t in read] == [len(t) for t in texts]
    for old, new in zip(texts, read, strict=True):
        changed = [a for a, b in zip(old, new, strict=True) if a != b]
        assert set(changed) <= set("'`")  # only the marks themselves are rewritten
    assert archive_read(texts, "off") is texts


# -- hostile input --------------------------------------------------------------------------

ARCHIVE_ALPHABET = list("'`\"“” ab.,:\n") + ["said", "He", "Mr", "''", "``", "'''"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ARCHIVE_ALPHABET), max_size=120).map("".join))
@example("''a'''")
@example("``''``''")
@example("'' ``\n\n''")
def test_random_archive_text_gives_valid_spans(text):
    for mode in ("on", "auto"):
        found = extract_quotes(article_from_text(text), archive=mode)
        previous = -1
        for q in found:
            assert 0 <= q.start < q.end <= len(text)
            assert text[q.start : q.end] == q.text
            assert q.start >= previous
            previous = q.start


def _lines_run(text: str) -> int:
    """Python line events while extracting ``text`` as one paragraph with ``on`` (a count
    of the work done that does not depend on the machine)."""
    return extraction_line_events(text, archive="on")[0]


@pytest.mark.parametrize(
    "unit",
    [
        "''''''",  # runs of apostrophes
        "'' ",  # pairs that all open: none closes
        " ''x'' ''",  # unbalanced pairs
        "``a ",  # backtick openings with no closing pair
        "''Hi,'' Bob said. ",  # ordinary archive quotations
    ],
)
def test_archive_marks_cost_linear_work(unit):
    small = _lines_run(unit * 300)
    large = _lines_run(unit * 1200)
    assert large / small < 5.5  # four times the input; quadratic work is over 8 times


# -- near misses: the speaker rules see what double marks give them -------------------------

NEAR_MISSES = {  # article -> the speakers expected, in order
    "new_person": ("Pier vote\n\n''We will win the vote,'' said Ann Kell, the mayor.\n\n"
                   "Tom Hale, her rival, laughed at that. ''Nobody believes it,'' he said.",
                   ["Ann Kell", "Tom Hale"]),
    "body_reacts": ("Pier vote\n\n''The plan is dead,'' said Ann Kell. The harbour board "
                    "disagreed.\n\n''We will vote again in May,'' the board said in a statement.",
                    ["Ann Kell", "the board"]),
    "other_gender": ("Pier vote\n\nAnn Kell met Tom Hale on Monday to discuss the pier. ''It "
                     "went well,'' he said afterwards.", ["Tom Hale"]),
    "same_surname": ("Pier vote\n\nAnn Kell and her brother, Paul Kell, both sat on the board."
                     "\n\n''I was never told about the sale,'' Mr. Kell said.", ["Paul Kell"]),
    "document": ("Pier vote\n\nThe surveyors' report, commissioned by Ann Kell, found the pier "
                 "''unsafe and beyond repair.''\n\nThe board will meet on Friday.", [None]),
    "modifier": ("Pier vote\n\nThe Kell plan was debated for an hour. ''It is a bad plan and a "
                 "costly one,'' said Tom Hale.", ["Tom Hale"]),
    "told_him": ("Pier vote\n\nTom Hale said Ann Kell had phoned him at midnight. ''The pier is "
                 "sold,'' she told him.", ["Ann Kell"]),
    "object": ("Pier vote\n\nReporters asked Ann Kell about the pier. ''There will be no comment "
               "today,'' said her spokesman, Joe Burt.", ["Joe Burt"]),
    "thing_named": ("Pier vote\n\nThe old ferry, called ''Dunmore Pride,'' sank in 1990. ''We "
                    "still miss her,'' said Ann Kell.", ["Ann Kell"]),
    "question_put": ("Pier vote\n\nAsked by Tom Hale whether she would resign, Ms. Kell said: "
                     "''Never, not while the pier stands.''", ["Kell"]),
    "two_in_one": ("Pier vote\n\n''We are ready,'' said Ann Kell. ''So are we,'' said Tom Hale.",
                   ["Ann Kell", "Tom Hale"]),
    "memoir": ("Pier vote\n\nHer memoir, ''A Town by the Sea,'' sold well, and Ann Kell will "
               "sign copies on Friday.", [None]),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_get_the_speaker_double_marks_get(name):
    text, speakers = NEAR_MISSES[name]
    found = _said(text, "on")
    assert [speaker for _, speaker in found] == speakers
    assert found == _said(_double_marked(text), "off")
