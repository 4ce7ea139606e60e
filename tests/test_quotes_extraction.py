"""What is a quotation and where it starts and ends: rules found on unseen news
(issue 10, extraction). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_markup_attribute_value_is_no_quotation():
    text = (
        '<post author="@harbournews" date="May 4, 2019">The ferry runs again.</post>\n\n'
        'The captain said the crossing was "calm as a pond."'
    )
    assert [(q.kind, q.text) for q in quotes_of(text)] == [("quote", "calm as a pond.")]


def test_a_speakers_labelling_verb_makes_the_quoted_label_a_quote():
    text = (
        'Critic Paul Vane called the film "a slow, cold drama."\n\n'
        'Senator Ada Kell referred to the mayor as "Mister Bread," a name he dislikes.\n\n'
        'The town voted on a scheme called "Green Streets" last year.\n\n'
        'The levy has long been called "the harbour tax" by locals.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "a slow, cold drama.": "quote",
        "Mister Bread,": "quote",
        "Green Streets": "term",
        "the harbour tax": "term",
    }
    assert said(text) == [("a slow, cold drama.", "Paul Vane"), ("Mister Bread,", "Ada Kell")]
