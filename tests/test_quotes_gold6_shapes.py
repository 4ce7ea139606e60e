"""Speaker shapes found on the seventh BBC set (bbc-dev6) and checked on the other sets,
on text we wrote."""

from __future__ import annotations

from tests.quote_support import said


def test_a_lead_description_is_the_new_name_opening_the_next_paragraph_with_any_verb():
    text = (
        'Harbour bosses have held "friendly and useful" talks with the port, its chief '
        "has said.\n\n"
        "Anna Kell met the port's board amid rumours of a bid. Talks will go on."
    )
    assert said(text) == [("friendly and useful", "Anna Kell")]


def test_a_lead_description_with_a_name_of_its_own_is_the_next_paragraph_s_new_name():
    text = (
        "A close associate of the jailed tycoon Ivan Dorn has told a court that the "
        'charges against him are "false".\n\n'
        "Otto Brand has been on trial since June in a case about taxes."
    )
    assert said(text) == [("false", "Otto Brand")]


def test_a_name_the_lead_already_gave_is_not_the_described_speaker():
    text = (
        "A close associate of the jailed tycoon Otto Brand has told a court that the "
        'charges against him are "false".\n\n'
        "Otto Brand has been on trial since June in a case about taxes."
    )
    assert said(text) == [("false", "A close associate of the jailed tycoon Otto Brand")]


def test_a_name_opening_a_later_paragraph_is_not_the_lead_s_speaker():
    text = (
        'Harbour bosses have held "friendly and useful" talks with the port, its chief '
        "has said.\n\n"
        "Talks will go on next week.\n\n"
        "Anna Kell met the port's board amid rumours of a bid."
    )
    assert said(text)[0][1] != "Anna Kell"
