"""A coordinated subject ("Hale and Rossi said") is credited to the first person named:
one speaker stands for the pair, and a gold set that writes both names finds the first
inside them (issue 10, ninth named-speaker round). Every case is text written for this
test."""

from __future__ import annotations

from tests.quote_support import said


def test_two_surnames_opening_the_clause_give_the_first():
    text = (
        "Tom Hale and Dan Rossi met the board on Monday.\n\n"
        "Hale and Rossi said their meeting was a “very positive step” for the town."
    )
    assert said(text) == [("very positive step", "Tom Hale")]


def test_a_pair_issuing_a_statement_gives_the_first():
    text = (
        "Tom Hale and Dan Rossi met the board on Monday.\n\n"
        "Hale and Rossi issued a statement describing the talks as a “very positive step” "
        "that found “common ground.”"
    )
    assert said(text) == [
        ("very positive step", "Tom Hale"),
        ("common ground.", "Tom Hale"),
    ]


def test_a_surname_before_a_described_person_gives_the_surname():
    text = (
        "Ed Zell knocked on doors all week.\n\n"
        "Zell and 24-year-old Ann Marsh, a fellow volunteer, explained how they rank "
        "voters from 1 (\"Oh, I'm voting for Eric\") to 6."
    )
    assert said(text) == [("Oh, I'm voting for Eric", "Ed Zell")]


def test_a_name_and_other_members_of_a_group_give_the_name():
    text = (
        "Ida Fenn and other harbour board leaders snubbed Tom Hale on his visit, claiming "
        "that the former mayor is \"against the port.\""
    )
    assert said(text) == [("against the port.", "Ida Fenn")]


def test_the_first_word_of_a_joint_title_is_no_person():
    text = (
        "Economy and Labour Minister Tom Clement called the dip \"a very mild decline\"."
    )
    assert said(text) == [("a very mild decline", "Tom Clement")]


def test_a_pair_after_a_verb_is_its_object_and_the_second_speaks():
    text = "The mayor thanked Fenn and Rossi said the plan was \"dead in the water.\""
    assert said(text) == [("dead in the water.", "Rossi")]
