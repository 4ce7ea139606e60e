"""Speaker shapes found on the eighth BBC set (bbc-dev7) and checked on the other sets and
the BBC corpus, on text we wrote: a bare "the company" / "the firm" / "the club" with
nothing in reach to name it is the one firm the headline names."""

from __future__ import annotations

import re

from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes

from tests.quote_support import said


def _said(headline: str, *body: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of the quotes of an article with a stated headline."""
    text = "\n\n".join((headline, *body))
    paragraphs = [
        Paragraph(m.group(), m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if m.start() > len(headline)
    ]
    article = Article(id="t", path="t.txt", title=headline, paragraphs=paragraphs,
                      headline=Paragraph(headline, 0, len(headline)))
    quotes = extract_quotes(article)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker) for q in quotes if q.kind == "quote"]


_LEAD = "Shares fell 8% in London on Monday after a trial of its new pill failed."
_REST = "Rival pill Orvane did better. John Pell will run trials. "
_SAID = 'The company said Mr Pell would make "deep changes to the way trials are run".'
_CHANGES = "deep changes to the way trials are run"


def test_the_company_with_nothing_in_reach_is_the_firm_the_headline_names():
    said = _said("Brindle hit by pill failure", _LEAD,
                 "Brindle had hoped to sell the pill. " + _REST + _SAID)
    assert said == [(_CHANGES, "Brindle")]


def test_the_headline_s_firm_is_found_when_named_last_in_it():
    said = _said(
        "Weak winter sales hit Harrowby",
        "Harrowby has cut its forecast after weak winter sales.",
        '"Sales in our winter clearance were poor," the firm said.',
    )
    assert said == [("Sales in our winter clearance were poor,", "Harrowby")]


def test_a_club_in_the_headline_speaks_for_the_club():
    said = _said(
        "Rescue hope for Borussia Kellen",
        "Shares in the football club Borussia Kellen slipped on Monday.",
        'The club, which has big debts, said it was in "a grave state".',
    )
    assert said == [("a grave state", "Borussia Kellen")]


def test_a_headline_naming_two_firms_names_neither():
    said = _said("Brindle and Corvex hit by pill failure", _LEAD,
                 "Brindle had hoped to sell the pill with Corvex. " + _REST + _SAID)
    assert said == [(_CHANGES, "the company")]


def test_a_headline_place_is_no_firm():
    said = _said("Norland hit by pill failure", _LEAD,
                 "Brindle had hoped to sell the pill in Norland. " + _REST + _SAID)
    assert said == [(_CHANGES, "the company")]


def test_a_headline_person_is_no_firm():
    said = _said("Pell hit by pill failure", _LEAD,
                 "Brindle had hoped to sell the pill. " + _REST + _SAID)
    assert said == [(_CHANGES, "the company")]


def test_a_description_that_says_more_keeps_its_own_words():
    said = _said("Brindle hit by pill failure", _LEAD,
                 "Brindle had hoped to sell the pill. " + _REST
                 + 'The rival firm said the pill was "never safe".')
    assert said == [("never safe", "the rival firm")]


def test_without_a_headline_the_company_stays_a_description():
    text = "Brindle had hoped to sell the pill. " + _REST + _SAID
    article = Article(id="t", path="t.txt", title="t",
                      paragraphs=[Paragraph(text, 0, len(text))])
    assert [q.speaker for q in extract_quotes(article)] == ["the company"]


def test_a_rugby_position_after_a_club_name_describes_a_player():
    text = (
        'Skipper Dan Rook thinks the side is ready. "We are in good shape," said the '
        'Harlow full-back. "The week went well."'
    )
    assert said(text) == [
        ("We are in good shape,", "Dan Rook"), ("The week went well.", "Dan Rook")
    ]


def test_a_fly_half_is_a_person_described_too():
    text = (
        "Tom Amble, who will lead the team in the autumn, was glad of the prize. "
        '"It is a great honour," said the Kelso fly-half.'
    )
    assert said(text) == [("It is a great honour,", "Tom Amble")]
