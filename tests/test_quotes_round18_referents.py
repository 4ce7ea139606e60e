"""Speakers, eighteenth round (issue 10): what a pronoun, a description or a surname
refers to, in the shapes left from the seventeenth round on BBC text. Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_place_that_opens_on_a_given_name_is_no_he():
    # "Hong" opens people's names too; "in Hong Kong" is a place all the same.
    text = "Ferry trade rose in Hong Kong last year. \u201cThe boats are full,\u201d he said."
    assert said(text) == [("The boats are full,", None)]


def test_a_man_after_in_is_still_a_he():
    text = "Voters put their faith in Tom Hale. \u201cThe boats are full,\u201d he said."
    assert said(text) == [("The boats are full,", "Tom Hale")]


def test_a_person_of_either_sex_after_in_or_towards_is_still_a_he_or_she():
    # "Kim" and "Chris" are given names of either sex: after "in" or "towards" they are
    # still people ("trust in Kim Orr" is no place), and "he" or "she" still finds them.
    text = (
        "The ferry board kept its trust in Chris Dunmore. \u201cI owe them a lot,\u201d "
        "he said.\n\n"
        "The harbour crowd turned towards Kim Orr. \u201cThank you for waiting,\u201d she "
        "said."
    )
    assert said(text) == [
        ("I owe them a lot,", "Chris Dunmore"),
        ("Thank you for waiting,", "Kim Orr"),
    ]


def test_a_person_of_either_sex_after_a_noun_for_a_work_is_still_a_he_or_she():
    # No title rule: the name after "album" or "series" is most often its maker's.
    text = (
        "The album Sam Orr recorded on a ferry sold well. \u201cIt was a cold year,\u201d "
        "she said.\n\n"
        "The series Tom Dunmore wrote ran for six years. \u201cWe were lucky,\u201d he "
        "told reporters."
    )
    assert said(text) == [
        ("It was a cold year,", "Sam Orr"),
        ("We were lucky,", "Tom Dunmore"),
    ]


def test_a_plural_of_people_opening_a_sentence_is_no_it():
    text = (
        "Ministers want to close 20 ferry piers, which has angered the Harbour Guild "
        "Union. \u201cIt is a disgrace,\u201d it said."
    )
    assert said(text) == [("It is a disgrace,", "Harbour Guild Union")]


def test_a_titled_surname_is_the_named_person_not_a_headline_mood():
    # "Fuming Vale" in a headline: "Fuming" is no given name; "Dr Vale" is Ann Vale.
    text = (
        "Fuming Vale blasts officials\n\n"
        "Ferry chief Ann Vale said she was angry after the pier closed.\n\n"
        "\u201cWe have been cheated,\u201d Dr Vale told reporters. The pier shut when "
        "Dr Vale took over in May."
    )
    assert said(text) == [("We have been cheated,", "Ann Vale")]
