"""Whose spokesperson speaks: a person's, or an organisation's (issue 10, eighth round).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_persons_spokeswoman_speaks_as_herself_not_as_her_employer():
    # "Pruitt" is a person (the article names Lydia Pruitt in full): her spokeswoman is
    # the one quoted, not Pruitt herself.
    text = (
        "Lydia Pruitt, the county assessor, lost her appeal on Friday.\n\n"
        '"The ruling will be studied closely," Pruitt\'s spokeswoman said.'
    )
    assert said(text) == [("The ruling will be studied closely,", "Pruitt's spokeswoman")]


def test_an_organisations_spokesman_still_speaks_for_the_organisation():
    text = (
        "Harrowgate Mills closed two plants on Friday.\n\n"
        '"The decision was painful," Harrowgate Mills\'s spokesman said.'
    )
    assert said(text) == [("The decision was painful,", "Harrowgate Mills")]
