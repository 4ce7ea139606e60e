"""A description whose adjective the phrase reader does not know ("a close ally of Tom
Hale") is the speaker, not the person it is described by (issue 10, ninth named-speaker
round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_an_unknown_adjective_keeps_the_description_whole():
    text = "A close ally of Tom Hale said the plan was \"dead\"."
    quote = quotes_of(text)[0]
    assert quote.mention == "A close ally of Tom Hale"
    assert quote.speaker != "Tom Hale"


def test_two_unknown_adjectives_keep_the_description_whole():
    text = "The mayor's closest political ally, Ann Roe, spoke first. " \
        "A close personal friend of Tom Hale said the plan was \"dead\"."
    assert said(text)[0][1] != "Tom Hale"


def test_a_named_subject_still_speaks():
    text = "Tom Hale said the plan was \"dead\"."
    assert said(text) == [("dead", "Tom Hale")]


def test_a_title_before_a_name_still_gives_the_name():
    text = "Leeds mayor Tom Hale said the plan was \"dead\"."
    assert said(text) == [("dead", "Tom Hale")]
