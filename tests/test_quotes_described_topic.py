"""A sentence opening on a description of a person ("The Dane", "The veteran
striker, who ...") is about the subject of the sentence before it: a "he" after it goes
to that person, not to someone the described sentence names as an object (issue 10).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_described_subject_keeps_the_person_before_it_the_topic():
    text = (
        "Club chairman Hugo Brandt will fine defender Ollie Marsh for the red card after "
        "all.\n\n"
        "The Dane backed Marsh straight after the match. "
        '"I have seen the tape again and I was wrong," he said.'
    )
    assert said(text) == [("I have seen the tape again and I was wrong,", "Hugo Brandt")]


def test_a_described_subject_with_a_relative_clause_keeps_its_person():
    text = (
        "Karl Ostrow reached the final in Doha on Friday.\n\n"
        "The veteran, who has lost to Ben Tarrant twice this year, is looking forward to "
        'the rematch. "It will be a tough match for both of us," he said.'
    )
    assert said(text) == [("It will be a tough match for both of us,", "Karl Ostrow")]


def test_a_nationality_used_as_an_adjective_describes_nobody():
    text = (
        "Trade minister Ivo Pell met Sam Roth in Oslo on Monday.\n\n"
        "The Italian delegation praised Roth for the deal. "
        '"We have waited a long time for this," he said.'
    )
    assert said(text) == [("We have waited a long time for this,", "Sam Roth")]
