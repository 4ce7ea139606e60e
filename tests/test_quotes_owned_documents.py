"""A body's document with a postmodifier naming whom it was sent to ("United's statement
to the stock exchange said", "Acme's letter to shareholders said") speaks for its owner,
never for the addressee, also in a clause after ", and" (issue 10, fourteenth round,
organisations as speakers). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_letter_to_shareholders_is_the_owners():
    text = (
        "Kestrel Foods has received a takeover offer. Kestrel Foods's letter to shareholders "
        "said: \"The board will study the offer.\""
    )
    assert said(text) == [("The board will study the offer.", "Kestrel Foods")]


def test_a_statement_to_the_exchange_after_and_is_the_owners():
    text = (
        "Tom Hale owns a stake in Harbour United, and Harbour United's statement to the "
        "stock exchange said: \"The board has noted the speculation. "
        "\"A further announcement will be made in due course.\""
    )
    assert [s for _, s in said(text)] == ["Harbour United", "Harbour United"]

