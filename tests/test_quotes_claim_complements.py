"""A partial quotation in the complement of "claims by X that ..." is X's (fourteenth
round, the UK political probe): the noun's author said it, while the verb before the noun
("was responding to", "rejected", "said ... were false") only reports or answers the
claim. Before, the outer verb's subject took it as its reported clause. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    "text",
    [
        "Charles Kinnaird was responding to claims by Tory chairman Liam Fennick that his "
        'party was "soft" on criminals.',
        "Charles Kinnaird rejected claims by Liam Fennick that the party was \"soft\" on "
        "criminals.",
        "Charles Kinnaird said claims by Liam Fennick that the party was \"soft\" on "
        "criminals were false.",
    ],
)
def test_the_claims_author_speaks_its_complement(text):
    assert said(text) == [("soft", "Liam Fennick")]


def test_a_reported_clause_without_a_claim_noun_stays_the_subjects():
    assert said('Charles Kinnaird denied the party was "soft" on criminals.') == [
        ("soft", "Charles Kinnaird")
    ]
