"""A cue in a sentence's opening phrase ("In the release announcing his role,") does not
reach past the comma that closes it: the main clause's own subject and verb speak the
quotation in their predicate (issue 10, ninth named-speaker round). Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_participle_in_an_opening_phrase_gives_way_to_the_main_subject():
    text = (
        "But on Thursday, in the Hale release announcing his expanded role, Dan Ross "
        "described winning the vote \"as an intricate series of steps.\""
    )
    assert said(text) == [("as an intricate series of steps.", "Dan Ross")]


def test_a_relative_clause_cue_keeps_its_own_quotation_only():
    text = (
        "And, in a clip that Judge Tom Mosman called \"distasteful,\" Dan Pike expressed a "
        "desire to \"throw the mayor in the river.\""
    )
    assert said(text) == [
        ("distasteful,", "Tom Mosman"),
        ("throw the mayor in the river.", "Dan Pike"),
    ]


def test_as_someone_put_it_credits_the_whole_sentence():
    text = (
        "As the Courier's Ann Marsh puts it, Hale is trying to make the council "
        "\"an offer it cannot refuse.\""
    )
    assert said(text) == [("an offer it cannot refuse.", "Ann Marsh")]


def test_a_main_clause_that_states_no_speech_leaves_the_quotation_as_before():
    text = "In a letter that Tom Hale called \"a disgrace,\" Ross can only \"lose the ferry.\""
    assert ("lose the ferry.", "Ross") not in said(text)


def test_an_opening_phrase_with_a_relative_clause_still_leads_to_the_subject():
    text = (
        "Speaking to a radio show Monday in Leeds, which is set to host the vote Tuesday, "
        "Tom Hale referred to Dan Rossi as “a bright, charismatic leader.”"
    )
    assert said(text) == [("a bright, charismatic leader.", "Tom Hale")]



def test_a_one_word_opener_and_a_phrase_lead_to_the_subject():
    text = (
        "Moreover, as part of the exchange with Ann Roe, Tom Hale referenced a report that "
        "\"less than one percent of the emails\" were kept."
    )
    assert said(text) == [("less than one percent of the emails", "Tom Hale")]


def test_a_past_participle_opener_leads_to_the_subject():
    text = (
        "Horrified at the prospect of Ross becoming mayor, Tom Hale believes in papers "
        "that \"take sides.\""
    )
    assert said(text) == [("take sides.", "Tom Hale")]

