"""Speakers, nineteenth round (issue 10): bodies as speakers. A body's description
joined to the name in apposition right after it ("by the energy watchdog, Ofwax."), and
a bare "another" that is no body a later "the company" can be, and a document spoken
through a cue that is its speaker's, not its sentence's opener's. Every case is text
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


# --- a document spoken through a cue is its speaker's, not its sentence's opener


def test_a_report_a_body_spoke_through_is_not_the_opening_subjects():
    # "Growth" opens the sentence of reported speech; the report is the bank's.
    text = (
        "Growth slowed in most regions, the central bank said in its latest quarterly "
        "report.\n\n\u201cWage pressures remained modest,\u201d the report said."
    )
    assert said(text) == [("Wage pressures remained modest,", "the report")]


def test_a_report_a_named_body_spoke_through_is_the_bodys():
    text = (
        "Growth slowed in most regions, Zedbank said in its latest quarterly report.\n\n"
        "\u201cWage pressures remained modest,\u201d the report said."
    )
    assert said(text) == [("Wage pressures remained modest,", "Zedbank")]


def test_coordinated_issuers_that_open_the_sentence_still_issue_it():
    text = (
        "Washington, London and Paris said on Friday they had signed a joint statement on "
        "the talks.\n\n\u201cThe talks must resume,\u201d the statement said."
    )
    assert said(text) == [("The talks must resume,", "Washington, London and Paris")]


def test_a_body_that_published_its_report_still_owns_it():
    text = (
        "Acme published its annual report on Monday, and analysts said it was grim.\n\n"
        "\u201cCosts are too high,\u201d the report said."
    )
    assert said(text) == [("Costs are too high,", "Acme")]


def test_a_person_who_spoke_through_a_report_owns_it():
    text = (
        "Prices rose, Ann Pike said in her annual report.\n\n"
        "\u201cCosts are too high,\u201d the report said."
    )
    assert said(text) == [("Costs are too high,", "Ann Pike")]


def test_a_report_after_a_cue_that_came_later_in_another_sentence():
    text = (
        "Acme said on Monday that its annual report would be late.\n\n"
        "\u201cCosts are too high,\u201d the report said."
    )
    assert said(text) == [("Costs are too high,", "Acme")]


def test_a_source_named_after_according_to_the_statement_is_no_issuer():
    # The "according to" phrase comes first; the name after it is what the statement
    # reports on, not who issued it (Acme's confirming is no speech of a statement: the
    # statement speaks as itself).
    text = (
        "Acme confirmed the meeting.\n\nAccording to the statement, Ann Pike met the "
        "board on Monday.\n\n\u201cThe talks went well,\u201d the statement said."
    )
    assert said(text) == [("The talks went well,", "the statement")]
