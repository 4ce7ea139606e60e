"""The subject of the reporting verb speaks, not a name inside its object or its reported
clause ("Hale called AP's report a "rush"", "Hale said Ross's tweet ... meant that "…""),
and an appositive closed by a comma inside a quotation mark ("Rossi, star of "Docks,"
thanked") still leads to its verb (issue 10, ninth named-speaker round). Every case is
text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_an_owner_in_the_object_of_a_labelling_verb_does_not_speak():
    text = (
        "Tom Hale's campaign called AP’s report a “rush to judgment,” because delegates can "
        "change their minds."
    )
    assert said(text) == [("rush to judgment,", "the Hale campaign")]


def test_an_owner_in_the_reported_clause_does_not_speak():
    text = (
        "Tom Hale said Dan Ross's tweet saying voters will back him meant that "
        "\"If people want safer streets, they should vote for Ross.\""
    )
    assert said(text) == [
        ("If people want safer streets, they should vote for Ross.", "Tom Hale")
    ]


def test_an_owner_whose_claim_the_quotation_follows_still_speaks():
    text = "Tom Hale dismissed Dan Ross's claim that the plan was \"dead.\""
    assert said(text) == [("dead.", "Dan Ross")]


def test_an_appositive_closed_inside_a_quotation_mark_leads_to_the_verb():
    text = "Ann Rossi, star of television’s “Docks,” thanked Hale for “taking these steps.”"
    assert ("taking these steps.", "Ann Rossi") in said(text)


def test_a_plain_comma_after_a_quoted_title_still_closes_the_appositive():
    text = (
        "Ed Hemsley, the co-author of \"Going Viral,\" about the spread of news, said the "
        "days when the nation had \"a unifying story\" are gone."
    )
    assert said(text) == [("a unifying story", "Ed Hemsley")]


def test_a_day_and_its_part_of_the_day_are_no_subject_and_verb():
    text = (
        "Tom Hale, while being interviewed on Fox and Friends Monday morning, called again "
        "for the mayor to resign for not calling the attack an act of “radical terrorism.”"
    )
    assert said(text) == [("radical terrorism.", "Tom Hale")]


def test_a_name_in_apposition_to_an_owned_job_speaks_whatever_its_given_name():
    text = "\"We are ready,\" said Hale's deputy campaign manager, Rich Beeson, who ran it."
    assert said(text) == [("We are ready,", "Rich Beeson")]


def test_an_organisation_after_an_owned_job_is_no_appositive_person():
    text = "\"We are ready,\" said Hale's spokesman, Leeds United."
    assert said(text)[0][1] != "Leeds United"


def test_a_title_before_of_is_no_person_of_a_place():
    text = (
        "Asked about a flyer with a star likened to the Star of David, Speaker of the House "
        "Rep. Tom Hale (R-WI) said “the images have no place in a campaign.”"
    )
    assert said(text) == [("the images have no place in a campaign.", "Tom Hale")]


def test_a_second_relative_clause_joined_by_and_keeps_the_first_antecedent():
    text = (
        "Another Muslim who prayed at the Leeds Mosque here and who did not want to be "
        "named said he heard Rossi talk of \"immorality\" in the town."
    )
    assert said(text) == [("immorality", "Another Muslim")]
