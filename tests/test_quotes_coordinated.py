"""Quoted phrases that go on a quotation in the same reported speech (issue 10,
extraction, third round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_quoted_phrase_in_a_clause_going_on_a_quote_is_the_same_speakers_quote():
    text = (
        'Kell, in Dover, said Monday that Tom Vane was "a total bore" while Dan Ruiz is '
        '"a lost cause" and "a fraud."\n\n'
        'Visitors liked the "Blue Lantern" and the market is "the best on the coast."'
    )
    found = {q.text: (q.kind, q.speaker) for q in quotes_of(text)}
    assert found["a total bore"] == ("quote", "Kell")
    assert found["a lost cause"] == ("quote", "Kell")
    assert found["a fraud."] == ("quote", "Kell")
    assert found["Blue Lantern"][0] == "term"
