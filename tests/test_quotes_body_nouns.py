"""Nouns for bodies the lexicon lacked ("the league", "the charity", "the tribunal", "the
fund", ...), a country's acronym never taken for a body ("a court in the UK ... The
court said"), and a body's kind before its name when the name itself ends in a kind word
("hedge fund Atticus Capital"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

LINE = '"We acted within the rules at every stage."'


@pytest.mark.parametrize(
    "noun", ["league", "charity", "foundation", "trust", "society", "fund", "embassy",
             "tribunal", "panel", "coalition"],
)
def test_a_body_noun_after_but_speaks_as_the_body(noun):
    text = f"Tom Vale was dropped from the side on Monday. But the {noun} said: {LINE}"
    (quote,) = quotes_of(text)
    assert quote.speaker == f"the {noun}"
    assert quote.via == "description"


def test_a_body_noun_is_never_the_person_named_before():
    text = f"Tom Vale was dropped from the side on Monday. However, the league said: {LINE}"
    (quote,) = quotes_of(text)
    assert quote.speaker != "Tom Vale"


@pytest.mark.parametrize("place", ["the UK", "the US"])
def test_a_country_acronym_is_no_court(place):
    text = (f"The claim was heard by a court in {place}. The court said it found no "
            f'evidence of "a culture of bullying" at the firm.')
    (quote,) = quotes_of(text)
    assert quote.speaker == "the court"


def test_the_eu_still_speaks_for_its_commission():
    text = ('The EU fined the firm on Monday. "This abuse has gone on for too long," '
            "the commission said.")
    (quote,) = quotes_of(text)
    assert quote.speaker not in (None, "UK", "US")


def test_a_kind_before_a_name_ending_in_a_kind_word():
    text = ("A newspaper quoted a spokesman for hedge fund Larkspur Capital saying the "
            'bid was "empire-building".')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Larkspur Capital"
    text = 'Profits fell. "We are pleased," said US band Quiet Harbour.'
    assert [q.speaker for q in quotes_of(text)] == ["Quiet Harbour"]


def test_a_person_in_a_reduced_relative_is_no_titled_body():
    # the review: "The company Ann Cole founded" names the founder, not the company (the
    # kinds read before a body's name in titled_bodies stay the narrow list)
    text = ('The company Ann Cole founded in 2001 now employs 500 people. "Profits are up," '
            "the company said.")
    assert [q.speaker for q in quotes_of(text)] == ["the company"]
