"""A colon introduction's subject past its affiliation, its owner or a description it is
in apposition to (fourteenth round, the UK political probe): "Kevin Curran of the GMB
disagreed:", "The GMB's Kevin Curran disagreed:", "The general secretary of the GMB union,
Kevin Curran, disagreed:" are Curran's; before, only a bare name before the verb was
read, and these quotations had no speaker. A colon after a phrase with no subject still
gives none. Invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_LEAD = "Alan Milburne attacked the unions. "


@pytest.mark.parametrize(
    "subject_and_verb",
    [
        "Kevin Curran of the GMB disagreed",
        "The GMB's Kevin Curran disagreed",
        "Kevin Curran of the GMB was blunt",
        "Kevin Curran of the GMB put it bluntly",
        "The general secretary of the GMB union, Kevin Curran, disagreed",
    ],
)
def test_the_subject_before_a_colon_is_read_past_what_follows_it(subject_and_verb):
    found = said(f'{_LEAD}{subject_and_verb}: "We fund this party."')
    assert found == [("We fund this party.", "Kevin Curran")]


def test_an_owner_with_a_plural_possessive():
    found = said(f'{_LEAD}The Lib Dems\' Vincent Cabell went further: "We fund this party."')
    assert found == [("We fund this party.", "Vincent Cabell")]


def test_a_colon_after_no_subject_gives_nobody():
    assert said('The plan has critics. In a statement on Monday: "It will fail."') == [
        ("It will fail.", None)
    ]
