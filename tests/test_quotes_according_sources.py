"""Quoted words credited by "according to" to a source the speaker reader cannot read as
a name or a speaker noun (`index/quotes/according_sources.py`). Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_an_according_to_source_makes_the_quoted_words_a_quote():
    text = (
        'The port barred any ferry line found to be "unreliable", according to reports.\n\n'
        'According to some on social media, Ms Pike was "furious" and left early.\n\n'
        'A "fair fare" for one adult on the island is about $4 a trip, according to sums '
        "by Ada Kell of the harbour trust."
    )
    assert said(text) == [
        ("unreliable", "reports"),
        ("furious", "some on social media"),
        ("fair fare", "Ada Kell"),
    ]


def test_a_possessive_owner_of_the_source_speaks():
    text = 'She likened the talk to a "long wait," according to Omar Lund’s diary.'
    assert said(text) == [("long wait,", "Omar Lund")]


def test_no_source_after_an_owner_a_clause_word_or_a_quotation():
    text = (
        'Voters pick "Blue," or "Green," according to their taste.\n\n'
        'Fares rose "sharply" according to plan.\n\n'
        'The levy costs $3 a trip, according to the "Fair Fares" leaflet the mayor sent.'
    )
    kinds = [(q.text, q.kind) for q in quotes_of(text)]
    assert kinds == [
        ("Blue,", "term"),
        ("Green,", "term"),
        ("sharply", "term"),
        ("Fair Fares", "term"),
    ]
