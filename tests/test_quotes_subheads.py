"""Subheadings in single marks (`index/quotes/terms.py`, ``subhead_term``): in an article
that quotes with double marks, a paragraph that is nothing but a single-marked phrase
heads a section; it names nobody who says it, so it is a term, like a headline fragment.
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in quotes_of(text)]


def test_a_paragraph_that_is_one_single_marked_phrase_is_a_subheading_term():
    text = (
        'Ferry row deepens\n\n'
        '"We will not give in," Ada Kell said on Monday.\n\n'
        "'A fight to the last boat.'\n\n"
        "The board met again on Tuesday.\n\n"
        "– 'Who pays?' –.\n\n"
        '"It is a scandal," said Omar Lund.'
    )
    assert _kinds(text) == [
        ("We will not give in,", "quote"),
        ("A fight to the last boat.", "term"),
        ("Who pays?", "term"),
        ("It is a scandal,", "quote"),
    ]


def test_doubled_single_quoting_counts_as_the_articles_own_marks():
    text = (
        "Harbour jobs go\n\n"
        "''We saw it coming,'' said Ada Kell, a welder.\n\n"
        "'A hard winter.'\n\n"
        "The yard closes in May."
    )
    assert ("A hard winter.", "term") in _kinds(text)


def test_single_marks_stay_quotes_where_the_article_quotes_with_them():
    text = (
        "Ferry row deepens\n\n"
        "'We will not give in,' Ada Kell said on Monday.\n\n"
        "'We will fight to the last boat.'\n\n"
        "The board met again on Tuesday."
    )
    assert _kinds(text) == [
        ("We will not give in,", "quote"),
        ("We will fight to the last boat.", "quote"),  # her speech goes on
    ]


def test_words_around_the_phrase_or_a_long_passage_make_no_subheading():
    text = (
        'Ferry row deepens\n\n'
        '"We will not give in," Ada Kell said on Monday.\n\n'
        "Crews fear 'the yard is finished.'\n\n"
        "'We had eleven boats in the water and now there are two, and nobody in the "
        "town hall has told us why.'"
    )
    kinds = dict(_kinds(text))
    assert kinds["the yard is finished."] == "quote"
    assert kinds[
        "We had eleven boats in the water and now there are two, and nobody in the town "
        "hall has told us why."
    ] == "quote"
