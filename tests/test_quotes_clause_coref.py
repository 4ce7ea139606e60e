"""Speakers reached through coreference, by the pronoun's own clause (issue 10): a
"he" or "she" is never a person its own clause names after it, and one pronoun
reporting two quotations refers to one person. Every case is text written for this
test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_pronoun_is_not_the_person_its_own_clause_names_after_it():
    text = (
        "Ivo Brandt, the talk show host, spent the winter touring with Senator Paul Mercer. "
        "The broadcaster has filled his evening shows with praise for Mercer. "
        'He has called Mercer "the last honest man in the chamber".'
    )
    assert said(text) == [("the last honest man in the chamber", "Ivo Brandt")]


def test_a_pronoun_answering_someone_it_told_is_not_that_person():
    text = (
        "Presenter Dana Whitlock asked Governor Ray Osgood about the harbour tunnel.\n\n"
        '"It will be finished by the spring," he told Whitlock.'
    )
    assert said(text) == [("It will be finished by the spring,", "Ray Osgood")]


def test_a_name_in_a_later_clause_may_still_be_the_pronoun():
    text = (
        "Judge Elena Marsh heard the case against Tobias Grell on Monday.\n\n"
        '"All of it is true," he said after the clerk read the charges Grell admitted.'
    )
    assert said(text) == [("All of it is true,", "Tobias Grell")]


def test_a_relative_of_the_same_surname_does_not_hide_the_pronouns_person():
    text = (
        "Marta Quill led the firm through the merger. Flying home one night, she told "
        'her brother, Anton Quill, that the deal would be "a hard fight".'
    )
    assert said(text) == [("a hard fight", "Marta Quill")]


def test_one_pronoun_reporting_two_quotations_is_one_person():
    text = (
        "Former chief executive Carl Brune denied that he pressured his finance director "
        'Nils Ogden to alter the books. Mr Ogden "made the accounting calls," he told the '
        'jury, saying his deputy had "a firm grip on the numbers".'
    )
    assert said(text) == [
        ("made the accounting calls,", "Carl Brune"),
        ("a firm grip on the numbers", "Carl Brune"),
    ]
