"""A definite description repeating an unnamed source ("the official" after "a senior
official") is that source (issue 10, eighth round). Every case is text written for
this test."""

from __future__ import annotations

from tests.quote_support import said


def test_the_adviser_is_the_unnamed_adviser_quoted_before_not_a_person_named_between():
    text = (
        '"A tour of the mill towns would help him," said a senior Varga adviser.\n\n'
        "Governor Lena Ortiz said she expects Varga to campaign in the north.\n\n"
        '"Mayors are practical people," said the senior Varga adviser.'
    )
    assert said(text) == [
        ("A tour of the mill towns would help him,", "a senior Varga adviser"),
        ("Mayors are practical people,", "a senior Varga adviser"),
    ]


def test_an_unnamed_source_in_a_lead_that_is_named_next_keeps_the_name():
    # No quotation was credited to "a councillor in Sorrel Bay": the councillor named
    # next is the one "the councillor" refers to.
    text = (
        "A councillor in Sorrel Bay wants the ferry levy scrapped.\n\n"
        '"The levy punishes islanders," Brigid Asher said at a meeting on Monday.\n\n'
        'The councillor said the levy had "no basis in law."'
    )
    assert said(text)[-1] == ("no basis in law.", "Brigid Asher")
