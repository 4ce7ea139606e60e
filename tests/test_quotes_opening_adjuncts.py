"""People named in a sentence-opening adjunct are not its subject (fourteenth round, the
UK political probe): in "In an interview with Ann Hale, he said", "Speaking to Ann Hale,
he said", "Asked by Ann Hale whether he would quit, he said" and "In a letter to Tom Hale,
she wrote", the pronoun or description after the adjunct's comma is the person the
article is about, not the interviewer, the agent or the addressee. A possessive in the
adjunct ("In Tom Hale's view") and a subordinate clause ("After Tom Hale left") still
may name the subject. Invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_LEAD = "Tony Blakeley has defended his record on public services.\n\n"

CASES = [
    "In an interview with the BBC's political editor, Andrew Marston, the prime minister "
    'said he was "not distracted".',
    "In an interview with the BBC's Andrew Marston, he said: \"I am not distracted.\"",
    'Asked by Andrew Marston whether he would quit, he said: "Certainly not."',
    'Speaking to Andrew Marston on BBC One, he said: "I am not distracted."',
    'Responding to Michael Harwood, he said: "The Tories have no plan."',
    'Speaking to Andrew Marston, the prime minister said: "I am not distracted."',
    'In a reply to Tory leader Michael Harwood, he wrote: "The Tories have no plan."',
]


@pytest.mark.parametrize("text", CASES)
def test_the_subject_after_an_opening_adjunct_is_not_a_person_it_names(text):
    assert said(_LEAD + text)[-1][1] == "Tony Blakeley"


def test_a_woman_writing_to_a_man_is_still_herself():
    found = said(
        "Ruth Kellett has defended her record.\n\n"
        'In a letter to Gordon Brierley, she wrote: "Schools need more money."'
    )
    assert found == [("Schools need more money.", "Ruth Kellett")]


def test_a_subordinate_clause_may_name_the_subject():
    found = said(
        "Tony Blakeley spoke in Leeds. Michael Harwood spoke in Kent.\n\n"
        'After Michael Harwood left the stage, he said: "We will win."'
    )
    assert found[-1][1] == "Michael Harwood"
