"""A nickname written inside a person's name is a term whatever the person is called
(issue 10, seventeenth round, extraction): the given name need not be one the lexicon
lists. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of


def test_a_nickname_inside_a_name_the_lexicon_lacks_is_a_term():
    text = (
        'Zorvan "Tiny" Kell said the ferry sales were up this year.\n\n'
        'The port reopened on Monday, said Olufemi "Doc" Brandvold, the harbour master.\n\n'
        'The fares were cut after a campaign by Xiomara "Bunny" Quell, a local trader.'
    )
    kinds = kinds_of(text)
    assert kinds["Tiny"] == "term"
    assert kinds["Doc"] == "term"
    assert kinds["Bunny"] == "term"


def test_a_nickname_inside_a_listed_name_stays_a_term():
    kinds = kinds_of('David "Fathead" Kell said the ferry sales were up this year.')
    assert kinds["Fathead"] == "term"


def test_capitalised_quoted_words_that_are_no_nickname_stay_quotes():
    text = (
        'Then "Tiny" Kell said the ferry sales were up this year.\n\n'
        'Ruiz told Harbour Radio "Sales Up" Kell was wrong about the fares.\n\n'
        'Ruiz told Radio "Fares Down" Harbour Morning listeners on Friday.'
    )
    kinds = kinds_of(text)
    assert kinds["Tiny"] == "quote"  # "Then" opens the sentence: no given name
    assert kinds["Sales Up"] == "quote"  # a capitalised word before: a longer name
    assert kinds["Fares Down"] == "quote"  # the capitals run on after the quotation
