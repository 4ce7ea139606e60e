"""A wire dateline opening a paragraph ("WASHINGTON (AP) — ", "BRUSSELS, May 3 (Reuters)
- ") names where a story was filed, never who speaks: it is in no sentence
(`index/quotes/sentences.py`, ``dateline_end``), so the first sentence keeps its own
subject and the place is no one a description could stand for. Every sentence is
invented for this test."""

from __future__ import annotations

from warreader.index.quotes.sentences import dateline_end, sentence_bounds

from tests.quote_support import said


def test_datelines_of_the_agencies_and_papers_are_found():
    for opening in (
        "WASHINGTON (AP) — ",
        "KYIV, Ukraine (AP) — ",
        "BRUSSELS, May 3 (Reuters) - ",
        "NEW YORK — ",
        "LONDON -- ",
    ):
        text = opening + "The ferry company said fares would rise."
        assert dateline_end(text) == len(opening), opening
        assert sentence_bounds(text, [])[0][0] == len(opening)


def test_no_dateline_in_ordinary_openings():
    for text in (
        "The ferry company said fares would rise.",
        "NATO said the exercise would go ahead.",
        "Tom Orr - the harbour master - said the pier was shut.",
        "US officials said the talks had stalled.",
    ):
        assert dateline_end(text) == 0, text


def test_the_place_of_a_dateline_is_no_speaker():
    text = 'BRUSSELS, May 3 (Reuters) - The commission said the ferry deal was "a breakthrough".'
    assert said(text) == [("a breakthrough", "the commission")]


def test_a_description_after_a_dateline_is_not_the_place():
    text = (
        'LONDON (Reuters) - The ferry company said on Tuesday it faced "a hard winter".\n\n'
        'It added that fares would rise "by a tenth".'
    )
    assert said(text) == [
        ("a hard winter", "the ferry company"),
        ("by a tenth", "the ferry company"),
    ]


def test_an_aside_between_dashes_after_a_bare_name_is_no_dateline():
    # The same dash again later in the sentence closes an aside: the capitals word
    # before the first one is the sentence's subject, not the place a story was filed.
    for text, speaker in (
        ('NATO – the alliance – said in a statement: "We stand ready to defend every inch."',
         "NATO"),
        ("UNICEF — the UN children's agency — said: \"Children are paying the highest "
         'price."', "UNICEF"),
        ("OPEC - which pumps a third of the world's oil - said: \"Markets are balanced.\"",
         "OPEC"),
    ):
        assert dateline_end(text) == 0, text
        assert [s for _, s in said(text)] == [speaker], text


def test_a_dateline_with_its_agency_stands_before_an_aside():
    text = 'LONDON (Reuters) - The ferry firm - the largest - said it faced "a hard winter".'
    assert dateline_end(text) == len("LONDON (Reuters) - ")
    text = 'NEW YORK - The mayor said: "We are - frankly - done with the ferry."'
    assert dateline_end(text) == len("NEW YORK - ")
