"""A dash typed as two hyphens (" -- ", plain-text and wire copy, email) is one dash to
the quote engine, as " - ", "–" and "—" are (`index/quotes/tokens.py`): an aside between
two of them is stepped over to the subject before it. Every sentence is invented for
this test. A name opening an aside between dashes right after a description ("A former
candidate - Tom Orr, who lost - said") is the description's person, who speaks, as in
an appositive between commas (`index/quotes/cue_subjects.py`, ``_named_in_dashes``)."""

from __future__ import annotations

from warreader.index.quotes.marks import find_spans
from warreader.index.quotes.tokens import tokenize

from tests.quote_support import said


def _tokens(text: str) -> list[tuple[str, str]]:
    found: list = []
    tokenize(text, find_spans([text]), 0, len(text), found, {})
    return [(t.text, text[t.start : t.end]) for t in found]


def test_two_hyphens_are_one_dash_token():
    assert _tokens("Kell -- the master -- left.") == [
        ("Kell", "Kell"),
        ("\u2014", "--"),
        ("the", "the"),
        ("master", "master"),
        ("\u2014", "--"),
        ("left", "left"),
        (".", "."),
    ]


def test_an_aside_between_double_hyphens_is_stepped_over():
    text = 'Ann Kell -- the harbour master -- said the pier was "not safe" for boats.'
    assert said(text) == [("not safe", "Ann Kell")]


def test_a_name_in_the_aside_does_not_speak():
    text = (
        "DJ Tom Orr -- aka Ferry Boy -- has said that dance music is not dead, but has "
        'admitted it is going through a "fallow patch".'
    )
    assert said(text) == [("fallow patch", "Tom Orr")]


def test_a_name_between_dashes_after_a_description_speaks():
    # As with commas ("A former candidate, Tom Orr, said"): the aside names the person.
    for dash in ("—", "-", "--"):
        text = (
            f"A former harbour candidate {dash} Tom Orr, who lost the 2008 vote to Ann Kell "
            f'{dash} said the council "offered no changes to its plan."'
        )
        assert said(text) == [("offered no changes to its plan.", "Tom Orr")], dash
    text = 'A spokesman for the council - Tom Orr - said the plan was "a disgrace".'
    assert said(text) == [("a disgrace", "Tom Orr")]


def test_a_description_between_dashes_after_a_name_does_not_speak():
    text = 'Ann Kell - a former harbour candidate - said the council "offered no changes".'
    assert said(text) == [("offered no changes", "Ann Kell")]


def test_a_place_or_a_clause_between_dashes_after_a_description_does_not_speak():
    # Not a person's name then an appositive: a list of places, a place then a clause.
    for text, speaker in (
        ('A regional official - Kharkiv, Sumy and Poltava were all hit overnight - said: '
         '"The attacks were massive."', "A regional official"),
        ('A ministry spokesman - Moscow, he insisted, had not been warned - said: '
         '"We were not told."', "A ministry spokesman"),
        ('A harbour official - Tom Orr, Ann Kell and Jo Bell were all there - said: '
         '"The pier is shut."', "A harbour official"),
    ):
        assert [s for _, s in said(text)] == [speaker], text
