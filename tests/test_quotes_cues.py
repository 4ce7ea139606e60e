"""Cue rules for named speakers found on unseen news (issue 10): who a reporting verb
names, and when a word is no cue at all. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_person_from_town_and_state_speaks_not_the_state():
    text = (
        'Lena Marsh of Dayton, North Dakota says she hopes the mill "will stay open."\n\n'
        "Ruth Amos, 41, of Fargo, N.D., who was among the first to arrive, said the hall "
        'was "too small."\n\n'
        "Later, in front of the Leeds Chess Club at Nino's Grand Grille, Ortiz said Kemp "
        'is "not fit to lead."'
    )
    assert said(text) == [
        ("will stay open.", "Lena Marsh"),
        ("too small.", "Ruth Amos"),
        ("not fit to lead.", "Ortiz"),
    ]


def test_state_before_a_job_is_a_noun_and_an_aside_after_a_name_is_skipped():
    text = (
        "Ohio state delegate Ruth Amos, clad in a blue coat with shiny buttons that "
        'spelled her name, said the vote could be a "disaster" if the party splits.'
    )
    assert said(text) == [("disaster", "Ruth Amos")]


def test_continue_to_be_in_a_reported_clause_is_no_cue():
    text = (
        'Ortiz said she is sure Kemp will continue to be "a friend to farmers."\n\n'
        'Kemp continued to insist that the mill was "safe."'
    )
    assert said(text) == [("a friend to farmers.", "Ortiz"), ("safe.", "Kemp")]
