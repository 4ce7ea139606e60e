"""Closing single marks in articles that quote with single marks first (issue 10,
seventeenth round, extraction; found by the transfer test's single-quotes variant): a
closing mark after a percent sign or after the closing double mark of a quotation nested
in it ends the quotation, and a mark after an s closes when a new pair opens before the
next closing mark. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of

_OPENING = "‘We will carry more freight this winter,’ said Ada Quell, the port's manager.\n\n"


def _texts(body: str) -> list[str]:
    return [q.text for q in quotes_of(_OPENING + body)]


def test_a_closing_mark_after_a_percent_sign_ends_the_quotation():
    texts = _texts(
        "Ms Quell says she now hopes to raise output ‘by nearly 30%’. But the port "
        "needs new cranes if it is to compete with its rivals."
    )
    assert "by nearly 30%" in texts


def test_a_closing_mark_after_a_nested_closing_double_mark_ends_the_quotation():
    texts = _texts(
        "‘They just stand about and ask each other, “Aren't we clever?”’ said the "
        "74-year-old skipper. He said the crews were tired."
    )
    assert "They just stand about and ask each other, “Aren't we clever?”" in texts


def test_a_mark_after_an_s_closes_when_a_new_pair_opens_before_the_next_closing():
    texts = _texts(
        "She said the port would pursue ‘value-creating options’ provided by a fleet of "
        "‘world class boats’. Ben Dunn disagreed."
    )
    assert "value-creating options" in texts
    assert "world class boats" in texts


def test_a_plural_possessive_inside_a_quotation_stays_an_apostrophe():
    texts = _texts("‘It is the sailors’ choice, not ours,’ she said on Friday.")
    assert "It is the sailors’ choice, not ours," in texts
