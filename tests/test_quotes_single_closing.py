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


def test_short_single_marked_quotes_stay_quotes_where_single_marks_come_first():
    # The article quotes with single marks (double ones nest in them or mark a name):
    # its single-marked words are its quotations, not terms as in one quoting with doubles.
    text = (
        "‘We will carry more freight this winter,’ said Ada Quell, the port's manager.\n\n"
        "‘The crews keep asking me, “Where are the new cranes?”’ she said.\n\n"
        "The oldest ferry, which islanders call “Grey Meg”, sails at noon.\n\n"
        "‘She has never missed a tide,’ Ms Quell added.\n\n"
        "Ben Dunn, the harbour master, said the talk of closures was ‘reckless’ and left."
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["reckless"] == "quote"


def test_single_marked_words_are_terms_where_double_marks_come_first():
    text = (
        '"We will carry more freight this winter," said Ada Quell, the port\'s manager.\n\n'
        "Dunn said the port's 'winter plan' was being drawn up with the crews."
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["winter plan"] == "term"


def test_an_opening_single_mark_before_an_ellipsis_or_a_bracket_opens():
    texts = _texts(
        "Ms Quell went on: ‘… The crews are tired and the cranes are old,’ she said.\n\n"
        "‘(The council) has the money to mend them,’ said Ben Dunn, the harbour master."
    )
    assert "… The crews are tired and the cranes are old," in texts
    assert "(The council) has the money to mend them," in texts
