"""A reporting participle after a comma speaks with its sentence's subject even when that
subject is a description the speaker lexicon lacks, or "it"
(`index/quotes/plain_subjects.py`). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_participles_unlisted_description_subject_speaks():
    text = (
        'In two radio interviews, the magistrate sounded off on Dunn, saying she did not '
        '"want to dwell on" what a Dunn win would mean for the port.'
    )
    assert said(text) == [("want to dwell on", "the magistrate")]


def test_it_opening_the_sentence_is_a_participles_subject():
    text = (
        "The harbour trust filed its suit in Leeds on Monday.\n\n"
        "It goes on to fault Dunn's use of a private ledger, saying every sum in it was "
        '"tainted" from the start.'
    )
    quotes = [q for q in quotes_of(text) if q.kind == "quote"]
    assert [(q.text, q.mention) for q in quotes] == [("tainted", "It")]


def test_an_owners_noun_is_left_to_the_owner_rules():
    text = (
        "The show's producers defended Ada Kell on Friday, saying her jokes were "
        '"gentle digs".'
    )
    assert [q.mention for q in quotes_of(text)] != ["The show's"]
