"""Review mends (reviewer reveng20, findings R1, R2, R6, W2, W3): regressions of the
seventeenth round's engine changes. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_three_dots_open_a_single_marked_quotation():
    # W2: "'... There is evidence" opens as "'\u2026 There" does.
    text = "Ann Kell spoke. '... There is evidence of shelling,' she said."
    assert said(text) == [("... There is evidence of shelling,", "Ann Kell")]
