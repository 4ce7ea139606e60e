"""A group subject ("most", "21 percent") opens a clause after a semicolon and after a
relative a preposition governs ("to which 21 percent said", "of whom most say"), so the
quotation its verb introduces is the group's, not that of the next share in the sentence
(group_subjects._opens_clause). A bare relative ("which some have argued") opens no
group clause: the sentence's speaker keeps the quotations after it.
Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_quantifier_after_a_semicolon_speaks():
    text = 'Nine in 10 growers were worried about prices; most said they were "deeply worried."'
    assert said(text) == [("deeply worried.", "most")]


def test_each_share_after_to_which_speaks_its_own_quotation():
    text = (
        "Members were asked how likely the merger was, to which 31 percent said "
        '"fairly likely" and 12 percent said "not likely at all."'
    )
    assert said(text) == [("fairly likely", "31 percent"), ("not likely at all.", "12 percent")]


def test_each_share_after_a_semicolon_speaks_its_own_quotation():
    text = (
        "Members were asked how likely the merger was; 31 percent said "
        '"fairly likely" and 12 percent said "not likely at all."'
    )
    assert said(text) == [("fairly likely", "31 percent"), ("not likely at all.", "12 percent")]


def test_a_bare_relative_opens_no_group_clause():
    text = (
        "Dr. Ivo Marsh spoke first.\n\n"
        "He said the club's letter, which some have argued was meant to split the board, "
        'was an "affront" to its members.'
    )
    assert said(text) == [("affront", "Ivo Marsh")]
