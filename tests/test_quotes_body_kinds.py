"""A name written after a noun for a kind of body ("media watchdog Writers Without Walls",
"discount phone firm Callwise", "the press watchdog, Writers Without Walls") is a body's,
so that a later "the organisation", "the company" or "the group" can refer to it
(issue 10, fourteenth round, organisations as speakers). Every case is text written for
this test."""

from __future__ import annotations

from tests.quote_support import said


def test_the_organisation_is_the_watchdog_named_after_its_kind():
    text = (
        "Tom Hale was jailed for ten years on Monday. His sentence, criticised by media "
        "watchdog Writers Without Walls, came after a week of protests.\n\n"
        "A spokesman for Writers Without Walls, which follows court cases across the region, "
        "called the sentence \"cruel\". \"The judges want to frighten every blogger,\" the "
        "organisation said in a statement."
    )
    assert said(text)[-1] == ("The judges want to frighten every blogger,", "Writers Without Walls")


def test_the_company_is_the_firm_named_after_its_kind():
    text = (
        "Adverts for phone firm Callwise Europe were found on a file-sharing site.\n\n"
        "\"We did not place them there,\" the company said."
    )
    assert said(text) == [("We did not place them there,", "Callwise Europe")]


def test_a_person_after_a_kind_noun_stays_unnamed_without_the_noun():
    # Without a noun of a body's kind before it, a name of no known kind is not taken
    # for "the organisation" (the case the rule leaves as it was).
    text = (
        "The sentence was criticised by Writers Without Walls.\n\n"
        "Courts in the region have jailed six bloggers this year.\n\n"
        "\"Nobody is safe,\" the organisation said."
    )
    assert said(text) == [("Nobody is safe,", "the organisation")]


def test_an_apposition_after_the_name_gives_its_kind():
    text = (
        "Open Ballot, the campaign group, wants the House of Lords elected. Tom Hale has "
        "ruled that out.\n\n"
        "\"It is time for change,\" the group said."
    )
    assert said(text) == [("It is time for change,", "Open Ballot")]


def test_a_body_headed_by_another_kind_is_not_the_description():
    # "the party" is never the "Department for Transport", though it was named last.
    text = (
        "The Greens have attacked the Department for Transport over rail fares. The "
        "department said fares were fair.\n\n"
        "\"Rail fares are too high,\" the party said."
    )
    assert said(text) == [("Rail fares are too high,", "Greens")]


def test_the_committee_is_not_the_ministry_it_criticised():
    text = (
        "The Commons public accounts committee has criticised the Ministry of Roads over "
        "delays. The ministry said it had made progress.\n\n"
        "\"Taxpayers deserve better,\" the committee said."
    )
    assert said(text)[0][1] != "Ministry of Roads"
