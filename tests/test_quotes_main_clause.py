"""A cue in a sentence's opening phrase ("In the memo announcing her post,") does not
reach past the comma that closes it: the main clause's own subject and verb speak the
quotation in their predicate (issue 10, ninth named-speaker round). Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_participle_in_an_opening_phrase_gives_way_to_the_main_subject():
    text = (
        "But on Friday, in the Hale memo announcing her new post, Dan Ross "
        "described fixing the boiler \"as a slow chain of chores.\""
    )
    assert said(text) == [("as a slow chain of chores.", "Dan Ross")]


def test_a_relative_clause_cue_keeps_its_own_quotation_only():
    text = (
        "And, in a video that Judge Tom Mosman called \"tasteless,\" Dan Pike expressed a "
        "wish to \"paint the town hall pink.\""
    )
    assert said(text) == [
        ("tasteless,", "Tom Mosman"),
        ("paint the town hall pink.", "Dan Pike"),
    ]


def test_as_someone_put_it_credits_the_whole_sentence():
    text = (
        "As the Courier's Ann Marsh puts it, Hale is trying to make the council "
        "\"a deal it cannot resist.\""
    )
    assert said(text) == [("a deal it cannot resist.", "Ann Marsh")]


def test_a_main_clause_that_states_no_speech_leaves_the_quotation_as_before():
    text = "In a letter that Tom Hale called \"a disgrace,\" Ross can only \"lose the ferry.\""
    assert ("lose the ferry.", "Ross") not in said(text)


def test_an_opening_phrase_with_a_relative_clause_still_leads_to_the_subject():
    text = (
        "Speaking to a podcast Sunday in Leeds, which will stage the final Saturday, "
        "Tom Hale referred to Dan Rossi as “a calm, careful captain.”"
    )
    assert said(text) == [("a calm, careful captain.", "Tom Hale")]



def test_a_one_word_opener_and_a_phrase_lead_to_the_subject():
    text = (
        "Moreover, in the course of the debate with Ann Roe, Tom Hale referenced a report "
        "that \"fewer than half of the bridges\" were inspected."
    )
    assert said(text) == [("fewer than half of the bridges", "Tom Hale")]


def test_a_past_participle_opener_leads_to_the_subject():
    text = (
        "Alarmed by the thought of Ross running the library, Tom Hale believes in books "
        "that \"tell the truth.\""
    )
    assert said(text) == [("tell the truth.", "Tom Hale")]

