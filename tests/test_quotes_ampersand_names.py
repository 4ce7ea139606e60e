"""Names joined by "&" are one organisation's name, and a short form written with the
ampersand ("M&S", "P&G") names the same body (fourteenth round: `phrases.ampersand`,
`mentions.build`, `name_runs.NAME_RUN`, `acronyms.short_for`, `far_names._clippings`).
Every sentence is written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_name_joined_by_an_ampersand_before_its_verb_is_one_name():
    text = 'Hobbs & Tarrant said: "We will open ten new shops this spring."'
    assert said(text) == [("We will open ten new shops this spring.", "Hobbs & Tarrant")]


def test_a_name_joined_by_an_ampersand_after_its_verb_is_one_name():
    text = '"We will open ten new shops this spring," said Hobbs & Tarrant.'
    assert said(text) == [("We will open ten new shops this spring,", "Hobbs & Tarrant")]


def test_an_ampersand_name_with_a_given_name_first_is_still_a_firm():
    # "Simon" is a given name, but "Simon & Pryce" names a firm, which "it" may name.
    text = (
        'Simon & Pryce cut its prices on Monday. "Shoppers want value," it said.'
    )
    assert said(text) == [("Shoppers want value,", "Simon & Pryce")]


def test_a_short_form_with_an_ampersand_names_the_body_written_out_before():
    text = (
        "Hobbs & Tarrant has cut prices across its stores.\n\n"
        'Tom Reddle, head of H&T, spoke last year. "Shoppers want value," said H&T.'
    )
    assert said(text) == [("Shoppers want value,", "Hobbs & Tarrant")]


def test_a_short_form_in_the_headline_names_the_body_written_out_after_it():
    text = (
        "H&T lifts its outlook\n\n"
        "Hobbs & Tarrant has raised its forecast for the year.\n\n"
        '"Demand was strong," H&T said.'
    )
    assert said(text) == [("Demand was strong,", "Hobbs & Tarrant")]


def test_the_company_after_an_ampersand_name_is_that_firm():
    text = 'Shares in Hobbs & Tarrant rose. "Demand was strong," the company said.'
    assert said(text) == [("Demand was strong,", "Hobbs & Tarrant")]


def test_a_person_working_for_an_ampersand_firm_keeps_it_in_the_role():
    text = '"Demand was strong," said Hobbs & Tarrant boss Ada Quill.'
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.role) == ("Ada Quill", "Hobbs & Tarrant boss")
