"""A role held at a body the article does not name ("the chief executive of a leading
car maker", "a spokesman for a Paris-based bank", "the head of a London hedge fund"):
the indefinite body names nobody, so the person holding the role speaks, described in
full, never the body's last noun ("maker"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

LEAD = "Shares fell sharply on Monday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is a tough market," the chief executive of a leading European car maker told '
         "reporters.", "the chief executive of a leading European car maker"),
        ('"Investors are nervous," a spokesman for a Paris-based bank said.',
         "a spokesman for a Paris-based bank"),
        ('"Investors are nervous," said the chief executive of a small car maker on Monday.',
         "the chief executive of a small car maker"),
        ('The head of one big bank said: "Investors are nervous."', "the head of one big bank"),
    ],
)
def test_the_person_holding_a_role_at_an_unnamed_body_speaks(text, speaker):
    (quote,) = quotes_of(LEAD + text)
    assert quote.speaker.lower() == speaker.lower()
    assert quote.via == "description"


def test_a_pronoun_after_goes_to_the_role_holder():
    text = (LEAD + '"The dollar will recover," the chief executive of a leading European car '
            'maker told reporters. The plan was "reckless", he said.')
    first, second = quotes_of(text)
    assert second.speaker == first.speaker == (
        "the chief executive of a leading European car maker")


def test_a_role_at_a_definite_body_is_unchanged():
    text = ('Shares fell sharply at Vale Bank. "Investors are nervous," said a spokesman '
            "for the bank.")
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.mention) == ("a spokesman for the bank",) * 2
