"""Quoted words in the object of "talk of/about" or "speak of/about" are the talker's
(`index/quotes/talk_cues.py`). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_talking_of_or_about_quoted_words_makes_them_the_talkers():
    text = (
        "Many oppose the ferry bid, with senior harbour officials talking darkly of a "
        '"tide of debt", an "alien" culture and a threat to the town\'s "old ways".\n\n'
        'Ada Kell talks about "saving the pier," and the crowd cheers.\n\n'
        'Omar Lund spoke of a "new deal for the island" before he left.'
    )
    assert said(text) == [
        ("tide of debt", "officials"),
        ("alien", "officials"),
        ("old ways", "officials"),
        ("saving the pier,", "Ada Kell"),
        ("new deal for the island", "Omar Lund"),
    ]


def test_talk_as_a_noun_or_by_nobody_in_particular_quotes_nobody():
    text = (
        'There was talk of a "tide of debt" at the port.\n\n'
        'Some are talking about "quad fares", too, with buses in the mix.\n\n'
        'Ada Kell spoke to reporters about the "Blue Pier" plan.'
    )
    assert [(q.text, q.kind) for q in quotes_of(text)] == [
        ("tide of debt", "term"),
        ("quad fares", "term"),
        ("Blue Pier", "term"),
    ]
