"""A pull quote whose credit line stands inside its closing mark (issue 10,
extraction, third round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of

_BODY = (
    "Ferry row\n\n"
    "The council met on Monday and heard from the owners of the boats, who said the fares "
    "were much too high for the island.\n\n"
    '"Fares must fall before the summer or the island will empty, and the shops along the '
    "harbour will close one by one by autumn.\n\n"
    'Ann Bell, Ferry Users Group."\n\n'
    "In the town, few disagreed with that view, and the council will meet again on the "
    "subject in a fortnight or so.\n\n"
    '"We will keep the boats running whatever happens, because the island needs them more '
    "than it needs anything else now.\n\n"
    'Former harbour master Tom Reyes."\n\n'
    '"It is over.\n\n'
    'The mayor said that the vote was lost and left the hall before the count."\n'
)


def test_a_credit_line_closing_an_open_pull_quote_is_its_speaker_not_a_quote():
    found = [(q.kind, q.text[:20], q.speaker) for q in quotes_of(_BODY)]
    assert found[:2] == [
        ("quote", "Fares must fall befo", "Ann Bell"),
        ("quote", "We will keep the boa", "Tom Reyes"),
    ]
    # A whole sentence after an open quotation is quoted words, not a credit line.
    assert ("quote", "The mayor said that ") in [(k, t) for k, t, _ in found]
