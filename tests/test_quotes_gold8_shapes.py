"""Speaker shapes found on the ninth BBC set (bbc-dev8), on text we wrote: a document whose
issuer is named before its noun at the opening of a sentence ("An ITF statement said")
is the one a later "the statement" goes on for."""

from __future__ import annotations

from tests.quote_support import said

_FEDERATION = "International Tennis Federation"
_OPENING = (
    f"The {_FEDERATION} has banned the two players for a year. An ITF statement said: "
    '"The panel found that both players broke the rules." The statement continued: '
    '"Both bans start today."'
)


def test_the_statement_goes_on_for_the_issuer_named_as_a_sentence_opened():
    found = said(_OPENING)
    assert [text for text, _ in found] == [
        "The panel found that both players broke the rules.", "Both bans start today."
    ]
    assert _FEDERATION in (found[0][1] or "")
    assert found[1][1] == _FEDERATION


def test_the_report_goes_on_for_a_body_named_before_it_inside_a_sentence():
    found = said(
        "Growth slowed, and a Harcourt Bank report said: \"Demand is weak.\" "
        'The report added: "Prices will fall."'
    )
    assert found[1] == ("Prices will fall.", "Harcourt Bank")


def test_an_indefinite_article_opening_the_sentence_is_no_part_of_the_issuer():
    found = said(
        'Growth slowed. A BCC report said: "Demand is weak." The report added: "Prices will fall."'
    )
    assert found[1] == ("Prices will fall.", "BCC")
