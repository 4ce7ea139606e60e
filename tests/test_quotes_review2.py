"""Speaker rules found by reading the engine's output on a second batch of unseen BBC
articles and on British political shapes (issue 10, the second review round). Every case
is text written here."""

from __future__ import annotations

from tests.quote_support import said


def test_a_name_after_an_owner_that_reads_as_a_description_speaks():
    text = (
        "The critics were split over the harbour film.\n\n"
        '"It is the year of the harbour film," said the Observer\'s Peter Frayne. '
        '"The comedy should win," said Jim Gaunt of Total Screen.'
    )
    assert said(text) == [
        ("It is the year of the harbour film,", "Peter Frayne"),  # not the next speaker
        ("The comedy should win,", "Jim Gaunt"),
    ]
