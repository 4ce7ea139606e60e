"""The subject of the reporting verb speaks, not a name inside its object or its reported
clause ("Hale called Kemp's memo a "leap"", "Hale said Ross's letter ... meant that "…""),
and an appositive closed by a comma inside a quotation mark ("Rossi, host of "Night Shift,"
thanked") still leads to its verb (issue 10, ninth named-speaker round). Every case is
text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_an_owner_in_the_object_of_a_labelling_verb_does_not_speak():
    text = (
        "Tom Hale's campaign called Kemp’s memo a “leap in the dark,” because turnout is "
        "hard to predict."
    )
    assert said(text) == [("leap in the dark,", "the Hale campaign")]


def test_an_owner_in_the_reported_clause_does_not_speak():
    text = (
        "Tom Hale said Dan Ross's letter promising farmers new roads meant that "
        "\"If farmers need new roads, they should ask Ross.\""
    )
    assert said(text) == [
        ("If farmers need new roads, they should ask Ross.", "Tom Hale")
    ]


def test_an_owner_whose_claim_the_quotation_follows_still_speaks():
    text = "Tom Hale waved away Dan Ross's claim that the bridge was \"unsafe.\""
    assert said(text) == [("unsafe.", "Dan Ross")]


def test_an_appositive_closed_inside_a_quotation_mark_leads_to_the_verb():
    text = "Ann Rossi, host of radio’s “Night Shift,” thanked Hale for “keeping his word.”"
    assert ("keeping his word.", "Ann Rossi") in said(text)


def test_a_plain_comma_after_a_quoted_title_still_closes_the_appositive():
    text = (
        "Lena Ward, the author of \"Salt Roads,\" on the old trade routes, said the "
        "years when every port had \"a harbour master\" are over."
    )
    assert said(text) == [("a harbour master", "Lena Ward")]


def test_a_day_and_its_part_of_the_day_are_no_subject_and_verb():
    text = (
        "Tom Hale, while speaking on Kestrel Hour Tuesday evening, called again for the "
        "council chief to step down for not declaring the flood a “civic emergency.”"
    )
    assert said(text) == [("civic emergency.", "Tom Hale")]


def test_a_name_in_apposition_to_an_owned_job_speaks_whatever_its_given_name():
    text = "\"The doors are open,\" said Hale's deputy press secretary, Rusty Calder, who ran it."
    assert said(text) == [("The doors are open,", "Rusty Calder")]


def test_an_organisation_after_an_owned_job_is_no_appositive_person():
    text = "\"We are ready,\" said Hale's spokesman, Leeds United."
    assert said(text)[0][1] != "Leeds United"


def test_a_title_before_of_is_no_person_of_a_place():
    text = (
        "Asked about a leaflet with a crown likened to the Crown of Castile, Speaker of the "
        "House Rep. Tom Hale (R-WI) said “the leaflet does not belong in an election.”"
    )
    assert said(text) == [("the leaflet does not belong in an election.", "Tom Hale")]


def test_a_second_relative_clause_joined_by_and_keeps_the_first_antecedent():
    text = (
        "Another Catholic who worshipped at St Anne's Church here and who asked not to be "
        "identified said he heard Rossi speak of \"greed\" in the parish."
    )
    assert said(text) == [("greed", "Another Catholic")]
