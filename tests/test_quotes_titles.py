"""Titles of works and of cited pieces are terms, not someone's words (issue 10,
extraction, third round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_title_right_after_a_noun_for_a_work_is_a_term_with_or_without_a_comma():
    text = (
        '"Fishing is my life," Ola Brandt said last week on the podcast "Deep Water Talk."\n\n'
        'In a chat on his podcast "The Net Loft" on Friday, Brandt said the quota was unfair.\n\n'
        'The film, "9 Days: The Storm of the Sea," opens on Friday, Brandt said.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "Fishing is my life,": "quote",
        "Deep Water Talk.": "term",
        "The Net Loft": "term",
        "9 Days: The Storm of the Sea,": "term",
    }


def test_a_headline_cited_with_its_byline_is_a_term_and_its_excerpt_a_quote():
    text = (
        'HARBOUR NEWS: "Ferry fares to rise in spring," by the Courier\'s Ann Bell: '
        '"The island ferry will cost a fifth more from April, the operator said."\n\n'
        'Ruiz said the fares were "a disgrace," by all accounts a common view.\n\n'
        'Kell said the pier was "a ruin," by Ruiz\'s own count the third this year.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["Ferry fares to rise in spring,"] == "term"
    excerpt = "The island ferry will cost a fifth more from April, the operator said."
    assert kinds[excerpt] == "quote"
    assert kinds["a disgrace,"] == "quote"
    assert kinds["a ruin,"] == "quote"
