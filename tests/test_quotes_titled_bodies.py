"""A body the article introduced by its kind before its name ("US band Scissor
Sisters", "US magazine Rolling Stone's list") is what a later "the band", "the
magazine" refers to, and a kind noun before a name is no part of the name (issue 10,
tenth organisations-and-documents round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_the_band_is_the_band_named_after_its_kind():
    text = (
        "Scottish band Quiet Hours led the winners at the awards on Sunday. The act took "
        "three prizes in all. Leeds act Harbour Lights won two, as did singer Ann Roe, "
        "voted best newcomer by digital TV viewers. Quiet Hours frontman Tom Hale "
        "collected the album prize.\n\n"
        "The band thanked \"every single listener\" from the stage."
    )
    assert said(text) == [("every single listener", "Quiet Hours")]


def test_the_magazine_is_the_owner_of_a_list():
    text = (
        "Tom Hale topped the list of earners in US magazine Brass Monkey's annual survey. "
        "Ann Roe came second.\n\n"
        "\"He had a remarkable year,\" the magazine reported."
    )
    assert said(text) == [("He had a remarkable year,", "Brass Monkey")]


def test_a_preposition_object_is_not_the_band():
    text = (
        "Scottish band Quiet Hours lost the prize to US band Glass Harbour on Sunday. The "
        "act took no prizes in all. Leeds act Harbour Lights won two, voted best newcomer "
        "by digital TV viewers. Quiet Hours frontman Tom Hale was not there.\n\n"
        "The band said the result was \"a bit of a shock\"."
    )
    assert said(text) == [("a bit of a shock", "Quiet Hours")]


def test_the_kind_noun_is_not_part_of_the_name():
    text = "Chart-topping pop band Glass Harbour have confirmed they will \"take a rest\"."
    quote = quotes_of(text)[0]
    assert quote.speaker == "Glass Harbour"


def test_the_band_without_a_named_band_names_nobody_else():
    text = (
        "Tom Hale was fined by a court in Leeds on Monday.\n\n"
        "The band said they were \"very disappointed\"."
    )
    assert said(text)[0][1] != "Tom Hale"
