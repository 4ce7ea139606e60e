"""A description goes to the person in reach whose role holds it (fourteenth round): after
"Tory leader Michael Harwood" in the lead and "Mr Blakeley replied" since, "The Tory
leader shot back" is Harwood, not the nearer Blakeley, whose role the article never
gave. Every word of the description up to its head must be in the role ("Tory leader"
for "the Tory leader"), not as an owner's ("The actor's friend" holds no "actor"); with
no such person in reach the nearest fitting one is taken, as before. Invented sentences."""

from __future__ import annotations

from tests.quote_support import said

_CLASH = (
    "Tony Blakeley and Tory leader Michael Harwood clashed over waiting lists at prime "
    "minister's questions.\n\n"
    'Mr Harwood asked: "Why are patients still waiting?"\n\n'
    'Mr Blakeley replied: "Waiting lists are at their lowest level."\n\n'
)


def test_the_person_whose_role_holds_the_description_outranks_a_nearer_one():
    found = said(_CLASH + 'The Tory leader shot back: "Tell that to the patients in Kent."')
    assert found[-1] == ("Tell that to the patients in Kent.", "Michael Harwood")


def test_the_role_must_hold_every_word_of_the_description():
    found = said(
        "Tony Blakeley met Labour leader Ann Pike and union leader Tom Hale.\n\n"
        '"We agree on most things," said Mr Blakeley.\n\n'
        'The union leader added: "Not on pay."'
    )
    assert found[-1] == ("Not on pay.", "Tom Hale")


def test_an_owner_in_the_role_is_not_the_description():
    found = said(
        "Late film star Marlon Brando is said to have turned down the role.\n\n"
        "The actor's friend Budd Schulberg told a magazine that Brando refused. The actor "
        'refused again, saying: "Not again".'
    )
    assert found[-1] == ("Not again", "Marlon Brando")


def test_with_no_role_holder_in_reach_the_nearest_person_is_taken():
    found = said(
        "Ann Pike opened the new library on Monday.\n\n"
        'The mayor said: "Reading matters."'
    )
    assert found[-1] == ("Reading matters.", "Ann Pike")
