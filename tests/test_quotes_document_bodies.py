"""A description of a body ("the company", "the group", "the firm") is never a document
("A statement from the union") nor a body of another kind ("the union" is no company),
and "the statement" after "a statement from the company said" is the company's (issue
10, eighteenth round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_the_company_is_no_statement_from_the_union():
    text = (
        "A statement from the union said talks had failed. Management disagreed.\n\n"
        "\"We offered a fair deal,\" a statement from the company said. \"Talks will "
        "resume,\" the statement added."
    )
    assert said(text) == [
        ("We offered a fair deal,", "the company"),
        ("Talks will resume,", "the company"),
    ]


def test_the_company_is_no_union():
    text = (
        "The union said talks had failed. Management disagreed.\n\n"
        "\"We offered a fair deal,\" the company said."
    )
    assert said(text) == [("We offered a fair deal,", "the company")]


def test_the_group_is_no_report():
    text = (
        "A report from the union said talks had failed.\n\n"
        "\"We offered a fair deal,\" the group said."
    )
    assert said(text) == [("We offered a fair deal,", "the group")]


def test_the_company_past_a_union_statement_is_the_named_company():
    text = (
        "Acme Motors cut 500 jobs on Monday. A statement from the union said talks had "
        "failed.\n\n\"We offered a fair deal,\" the company said."
    )
    assert said(text) == [("We offered a fair deal,", "Acme Motors")]


def test_the_company_past_a_named_union_is_the_named_company():
    text = (
        "Acme Motors workers voted to strike. The Unite union said pay had fallen.\n\n"
        "\"We are disappointed,\" the company said."
    )
    assert said(text) == [("We are disappointed,", "Acme Motors")]


def test_the_union_is_still_the_union():
    text = 'The union, Unite, said talks had failed.\n\n"We will strike," the union said.'
    assert said(text) == [("We will strike,", "Unite")]


def test_the_firm_is_no_watchdog_but_its_report_is_the_watchdogs():
    text = (
        "A report by the watchdog said fares rose.\n\n"
        "\"Fares are fair,\" the firm said. \"We disagree,\" the report added."
    )
    assert said(text) == [("Fares are fair,", "the firm"), ("We disagree,", "the watchdog")]


def test_a_person_with_the_noun_is_no_company():
    text = (
        "Tom Hale, a firm believer in talks, said the union had walked out.\n\n"
        "\"We offered a fair deal,\" the company said."
    )
    assert said(text) == [("We offered a fair deal,", "the company")]
