"""Jobs the lexicon did not know, in an appositive whose closing comma is missing
(issue 10, eighth round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_futurologist_in_an_open_appositive_is_a_job():
    text = (
        "Viewers record more shows than ever, said Tom Vesey of the ratings panel.\n\n"
        '"What happens in Oslo now, we will see here next spring," Ida Rusk, the '
        "agency's futurologist told the Ledger."
    )
    assert said(text) == [
        ("What happens in Oslo now, we will see here next spring,", "Ida Rusk")
    ]
