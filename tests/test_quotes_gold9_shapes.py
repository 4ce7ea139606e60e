"""A speaker shape counted over the ninth and tenth BBC sets (bbc-dev8, bbc-dev9), on text
we wrote: a body's one-word short name given in brackets after its name ("Federation
(Segas)"), not its initials, names the body when it speaks ("Segas said"). A word in
brackets after a person ("(Labour)") names no one but itself."""

from __future__ import annotations

from tests.quote_support import said


def test_a_one_word_short_name_in_brackets_names_the_body_before_it():
    found = said(
        "The Northern Rowing Federation (Narof) has banned two crews. "
        'Narof said the ban was "fair and final". "We will not appeal," Narof added.'
    )
    assert found == [
        ("fair and final", "Northern Rowing Federation"),
        ("We will not appeal,", "Northern Rowing Federation"),
    ]


def test_a_party_in_brackets_after_a_person_stays_the_party():
    found = said(
        'Tom Reddle (Labour) spoke first. "The plan is sound," Labour said in a statement.'
    )
    assert found == [("The plan is sound,", "Labour")]
