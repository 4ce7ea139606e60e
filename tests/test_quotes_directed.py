"""A quoted infinitive governed by a verb of directing or promising is someone's
words, not a term (issue 10, extraction, third round). Every case is text written for
this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_quoted_infinitive_after_a_directing_verb_is_a_quote():
    text = (
        'Mayor Ada Kell is running a radio spot that urges shoppers in Dover to "buy local" '
        "before the winter.\n\n"
        'The harbour board has decided to "offshore" its ticket office.'
    )
    found = {q.text: (q.kind, q.speaker) for q in quotes_of(text)}
    assert found["buy local"] == ("quote", "Ada Kell")
    assert found["offshore"][0] == "term"
