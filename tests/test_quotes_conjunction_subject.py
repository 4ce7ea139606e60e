"""A sentence opening on "But", "And", "So" or "Yet" keeps its subject right after the
conjunction: the speaker of a quoted phrase in its predicate (issue 10, fifth extraction
round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_pronoun_after_an_opening_conjunction_is_the_subject_that_speaks():
    text = (
        "Tom Hale spoke for an hour at the pier.\n\n"
        "But he also could not resist a dig at Ida Fenn, who he dubbed “the little mayor.”\n\n"
        "And he went on, mocking Fenn's talk of a “better ferry deal” with the port."
    )
    assert said(text) == [
        ("the little mayor.", "Tom Hale"),
        ("better ferry deal", "Tom Hale"),
    ]


def test_a_conjunction_before_an_adverb_or_a_phrase_leaves_the_subject_to_be_found():
    text = (
        "Ida Fenn toured the docks on Monday.\n\n"
        "But back in Leeds, she returned to her old lines: \"No more cuts.\""
    )
    assert said(text) == [("No more cuts.", "Ida Fenn")]


def test_a_sentence_opening_on_a_pronoun_has_that_pronoun_for_its_subject():
    text = (
        "Ida Fenn made a surprise visit to the pier on Monday.\n\n"
        "She applauded the crews for defying the board and fighting for the ferry "
        "“over and over again.”\n\n"
        "Tom Hale spoke next. He apologised for his \"sorry remarks\" and \"a lapse.\""
    )
    assert said(text) == [
        ("over and over again.", "Ida Fenn"),
        ("sorry remarks", "Tom Hale"),
        ("a lapse.", "Tom Hale"),
    ]
