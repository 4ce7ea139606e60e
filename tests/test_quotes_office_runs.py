"""An office "of the" something before its holder's name in a sentence read only for its
names ("Chancellor of the Exchequer Tom Varley has spoken"): the holder is Tom Varley, as
in a closely read sentence, never "Exchequer Tom Varley". Issue 10, twentieth round
(found by review on invented text). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

LATER = '"We are on track," Mr Varley said.'


def test_the_holder_of_an_office_of_the_something_is_named_without_its_field():
    text = f"Chancellor of the Exchequer Tom Varley has spoken. {LATER}"
    assert said(text) == [("We are on track,", "Tom Varley")]
    text = f"The talks began on Monday. Chancellor of the Exchequer Tom Varley has spoken. {LATER}"
    assert said(text) == [("We are on track,", "Tom Varley")]
    text = f"Chancellor of the Exchequer Tom Varley has spoken.\n\n{LATER}"
    assert said(text) == [("We are on track,", "Tom Varley")]
    text = (
        "Speaker of the House Nancy Pelosi arrived on Monday. "
        '"We are on track," Ms Pelosi said.'
    )
    assert said(text) == [("We are on track,", "Nancy Pelosi")]
    text = (
        "Secretary of the Navy Ray Mabus spoke on Monday. "
        '"The fleet is ready," Mr Mabus said.'
    )
    assert said(text) == [("The fleet is ready,", "Ray Mabus")]
    text = (
        "Tom Varley met Chancellor of the Exchequer Anna Berg on Monday. "
        '"It went well," she said.'
    )
    assert said(text) == [("It went well,", "Anna Berg")]


def test_near_misses_keep_their_readings():
    text = (
        "Tom Varley met Chancellor of the Exchequer Anna Berg on Monday. "
        '"It went well," he said.'
    )
    assert said(text) == [("It went well,", "Tom Varley")]
    text = "Secretary of State John Kerry has spoken. \"We are on track,\" Mr Kerry said."
    assert said(text) == [("We are on track,", "John Kerry")]
    text = 'Chief of Staff Ann Kerrow arrived on Monday. "We are on track," Ms Kerrow said.'
    assert said(text) == [("We are on track,", "Ann Kerrow")]
    text = (
        "Governor of the Bank of England Mervyn King has spoken. "
        '"Rates will hold," Mr King said.'
    )
    assert said(text) == [("Rates will hold,", "Mervyn King")]
    # An office with no holder named: no one is made of its field.
    text = 'The Leader of the House spoke on Monday. "We are on track," he said.'
    assert said(text) == [("We are on track,", None)]
    # Words that are no title before "of the": the run as before.
    text = 'Friends of the Earth campaigner Anna Berg spoke. "It is a disaster," Ms Berg said.'
    assert said(text) == [("It is a disaster,", "Anna Berg")]
    text = 'Queen of the South manager Tom Varley spoke. "We were unlucky," Varley said.'
    assert said(text) == [("We were unlucky,", "Tom Varley")]
    # A namesake named later is nearer.
    text = (
        "Chancellor of the Exchequer Tom Varley has spoken. Ann Varley, his sister, "
        'disagreed. "He is wrong," Ms Varley said.'
    )
    assert said(text) == [("He is wrong,", "Ann Varley")]
    # A question put to the holder is the reporter's.
    text = (
        "Chancellor of the Exchequer Tom Varley was asked about the deficit. "
        '"Is it growing?" a reporter asked.'
    )
    assert said(text) == [("Is it growing?", "a reporter")]
