"""Speaker shapes found on the seventh BBC set (bbc-dev6) and checked on the other sets,
on text we wrote."""

from __future__ import annotations

from tests.quote_support import said


def test_a_lead_description_is_not_a_new_name_opening_the_next_paragraph_to_act():
    # fwd26: any verb named the lead's speaker once ("its chief has said ..." then "Anna
    # Kell met ..."), and as often another person arriving, answering or acted upon
    # ("Tom Hale arrived in Leeds"); only a speech verb names the described one now.
    text = (
        'Harbour bosses have held "friendly and useful" talks with the port, its chief '
        "has said.\n\n"
        "Anna Kell met the port's board amid rumours of a bid. Talks will go on."
    )
    assert said(text) == [("friendly and useful", "its chief")]


def test_a_lead_description_with_a_name_of_its_own_is_no_new_name_on_trial():
    text = (
        "A close associate of the jailed tycoon Ivan Dorn has told a court that the "
        'charges against him are "false".\n\n'
        "Otto Brand has been on trial since June in a case about taxes."
    )
    assert said(text) == [("false", "A close associate of the jailed tycoon Ivan Dorn")]


def test_a_name_the_lead_already_gave_is_not_the_described_speaker():
    text = (
        "A close associate of the jailed tycoon Otto Brand has told a court that the "
        'charges against him are "false".\n\n'
        "Otto Brand has been on trial since June in a case about taxes."
    )
    assert said(text) == [("false", "A close associate of the jailed tycoon Otto Brand")]


def test_a_new_name_quoted_in_its_own_sentence_is_a_second_voice_not_the_lead_s():
    text = (
        'Harbour bosses have held "friendly and useful" talks with the port, its chief '
        "has said.\n\n"
        'Anna Kell would "never sell" the old pier to a developer.'
    )
    assert said(text) == [("friendly and useful", "its chief"), ("never sell", "Anna Kell")]


def test_a_name_opening_a_later_paragraph_is_not_the_lead_s_speaker():
    text = (
        'Harbour bosses have held "friendly and useful" talks with the port, its chief '
        "has said.\n\n"
        "Talks will go on next week.\n\n"
        "Anna Kell met the port's board amid rumours of a bid."
    )
    assert said(text)[0][1] != "Anna Kell"


def test_a_submission_speaks_for_the_body_whose_possessive_it_follows():
    text = (
        "Chipco Ltd filed a paper with the court this month. It set out its view in its "
        'submission, which states that its chips are "tools like any other".'
    )
    assert said(text) == [("tools like any other", "Chipco Ltd")]


def test_a_legal_submission_that_describes_someone_is_the_speaker_not_the_last_one():
    text = (
        '"She hurt her knee," a label spokeswoman said at the time. The legal submission '
        'described the singer as "one of the best known performers in her field".'
    )
    assert said(text)[1] == ("one of the best known performers in her field",
                             "the legal submission")


def test_a_motion_speaks_for_the_group_whose_possessive_it_follows():
    text = (
        "The Harbour Party tabled a motion on Monday. Its motion states that the sale "
        'would be "a betrayal of the town".'
    )
    assert said(text) == [("a betrayal of the town", "Harbour Party")]
