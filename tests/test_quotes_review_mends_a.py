"""Review mends (reviewer reveng20, findings R1, R2, R6, W2, W3): regressions of the
seventeenth round's engine changes. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of, said


def test_three_dots_open_a_single_marked_quotation():
    # W2: "'... There is evidence" opens as "'\u2026 There" does.
    text = "Ann Kell spoke. '... There is evidence of shelling,' she said."
    assert said(text) == [("... There is evidence of shelling,", "Ann Kell")]


def test_a_nickname_after_a_title_and_a_given_name_is_a_term():
    # W3: "General Apti "Akhmat" Alaudinov": the title leaves the name a run of its own.
    text = "General Apti \u201cAkhmat\u201d Alaudinov said the city was \u201csurrounded\u201d."
    kinds = kinds_of(text)
    assert kinds["Akhmat"] == "term"
    assert kinds["surrounded"] == "quote"
