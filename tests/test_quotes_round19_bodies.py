"""Speakers, nineteenth round (issue 10): bodies as speakers. A body's description
joined to the name in apposition right after it ("by the energy watchdog, Ofwax."), and
a bare "another" that is no body a later "the company" can be. Every case is text
written for this test; the near misses are shapes where the rules must not fire."""

from __future__ import annotations

from tests.quote_support import said

# --- a description of a body and the name in apposition after it


def test_a_passive_agent_described_then_named_is_the_body_named():
    text = (
        "The firm was criticised by the energy watchdog, Ofwax.\n\n"
        "\u201cThis is a poor deal,\u201d the watchdog said."
    )
    assert said(text) == [("This is a poor deal,", "Ofwax")]


def test_the_name_may_close_with_a_comma():
    text = (
        "The firm was criticised by the energy watchdog, Ofwax, on Monday.\n\n"
        "\u201cThis is a poor deal,\u201d it said."
    )
    assert said(text) == [("This is a poor deal,", "Ofwax")]


def test_a_body_of_many_words_named_after_its_kind():
    text = (
        "Ruritania was accused of blocking a video site by the press watchdog, Editors "
        "Beyond Frontiers.\n\n\u201cIt is plain censorship,\u201d the watchdog said."
    )
    assert said(text) == [("It is plain censorship,", "Editors Beyond Frontiers")]


def test_a_name_that_opens_a_clause_is_no_apposition():
    # "Ofwax said on Monday": a clause of its own; the description is not joined to it.
    text = (
        "The plan was criticised by the energy watchdog, Ofwax said on Monday.\n\n"
        "\u201cThis is a poor deal,\u201d the watchdog said."
    )
    assert said(text) == [("This is a poor deal,", "the energy watchdog")]


def test_a_list_after_the_description_is_no_apposition():
    text = (
        "The plan was criticised by the energy watchdog, Ofwax, the unions and the "
        "banks.\n\n\u201cThis is a poor deal,\u201d the watchdog said."
    )
    assert said(text) == [("This is a poor deal,", "the energy watchdog")]


def test_a_person_named_after_a_body_is_not_the_body():
    text = (
        "The plan was criticised by the head of the group, Ann Pike.\n\n"
        "\u201cThis is a poor deal,\u201d the group said."
    )
    assert said(text) == [("This is a poor deal,", "the head of the group")]


def test_a_document_named_after_its_noun_is_a_title_not_its_issuer():
    text = (
        "The figures appear in the report, Hidden Costs, published by Ofwax.\n\n"
        "\u201cBills will rise,\u201d the report said."
    )
    assert said(text) == [("Bills will rise,", "the report")]


def test_a_possessive_after_the_description_is_no_name_of_it():
    text = (
        "The deal was backed by the group, Acme's main rival.\n\n"
        "\u201cIt is a good deal,\u201d the group said."
    )
    assert said(text) == [("It is a good deal,", "the group")]


def test_a_body_named_in_between_still_wins():
    text = (
        "The plan was criticised by the watchdog, Ofwax.\n\n"
        "A rival regulator, Ofpow, disagreed. \u201cIt is a fair plan,\u201d the "
        "regulator said."
    )
    assert said(text) == [("It is a fair plan,", "Ofpow")]


def test_a_person_of_the_body_is_still_she():
    text = (
        "The plan was criticised by the watchdog, Ofwax.\n\n"
        "Its chief, Ann Pike, spoke to reporters. \u201cIt is a poor plan,\u201d she said."
    )
    assert said(text) == [("It is a poor plan,", "Ann Pike")]


def test_a_body_in_a_list_of_agents_is_left_alone():
    text = (
        "The deal was welcomed by the bank, Barclays, and by the union.\n\n"
        "\u201cIt is fair,\u201d the bank said."
    )
    assert said(text) == [("It is fair,", "the bank")]


def test_a_body_that_was_acted_on_is_not_the_description():
    text = (
        "The plan, backed by the union, Unite, was criticised by the regulator.\n\n"
        "\u201cIt is unfair,\u201d the regulator said."
    )
    assert said(text) == [("It is unfair,", "the regulator")]


# --- "another" alone names no body


def test_another_alone_is_no_company():
    # business/449's shape: "one accusing it ... and another alleging ...", then "the
    # company says" gave "another".
    text = (
        "Acme is fighting two lawsuits - one accusing it of fraud and another alleging it "
        "broke safety rules.\n\nIn its adverts, the company says the claims are "
        "\u201cwholly without merit\u201d."
    )
    assert said(text) == [("wholly without merit", "the company")]


def test_another_that_opens_a_sentence_is_no_company_either():
    text = (
        "Acme faces two lawsuits. One accuses it of fraud. Another alleges it broke safety "
        "rules.\n\n\u201cThe claims are wholly without merit,\u201d the company said."
    )
    assert said(text) == [("The claims are wholly without merit,", "the company")]


def test_another_still_speaks_as_itself():
    text = "Two fans waited outside. One said he had queued for hours. Another said " \
        "\u201cit was worth it\u201d."
    assert said(text) == [("it was worth it", "Another")]


def test_another_guest_named_is_no_company():
    text = (
        "Ann Pike left early. Another guest, Tom Hale, stayed. \u201cIt was fun,\u201d the "
        "company said."
    )
    assert said(text) == [("It was fun,", "the company")]
