"""A body's kind written before its name ("the private equity firm Blackstone Group",
"the parent company Vale Holdings") is no part of the name, when the name itself ends in
a word of a kind ("Group"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("the private equity firm Tarrow Group", "Tarrow Group"),
     ("the parent company Vale Holdings", "Vale Holdings"),
     ("the investment bank Halden Group", "Halden Group")],
)
def test_the_kind_before_a_body_name_is_left_out(phrase, name):
    text = f'"We are pleased with the deal," said {phrase}.'
    (quote,) = quotes_of(text)
    assert quote.speaker == name


def test_the_kind_before_a_body_name_opening_the_sentence_is_left_out():
    text = 'The private equity firm Tarrow Group said: "We are pleased."'
    (quote,) = quotes_of(text)
    assert quote.speaker == "Tarrow Group"


def test_a_name_with_of_keeps_its_words():
    text = '"Rates will stay where they are," said the Bank of England.'
    (quote,) = quotes_of(text)
    assert quote.speaker in ("Bank of England", "the Bank of England")
