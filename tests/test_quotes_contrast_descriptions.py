"""A description after ", but" that answers a report (seventeenth round, attr20).

"Pike said that Moore was offside, but the striker said he was onside": two reports set
against each other are two people's, so the striker is Moore, not Pike, and a later "he"
is Moore. Without a reporting verb in both clauses the description may be the first
subject itself ("Pike won the race, but the Briton said he was tired"). Invented text.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("noun", "later"),
    [
        ("striker", 'Later he insisted: "I was level."'),
        ("defender", 'Years later he said: "I was level."'),
        ("Kiwi", 'On his death-bed he exclaimed: "I was level."'),
    ],
)
def test_the_description_is_the_one_the_first_report_speaks_of(noun: str, later: str) -> None:
    # The text says which one is the description: Moore is named with it.
    text = (
        f"Mark Pike said that Arsenal {noun} John Moore was offside, but the {noun} said he was "
        f"onside. "
        f"{later}"
    )
    assert said(text) == [("I was level.", "John Moore")]


def test_in_the_same_sentence_as_the_quotation() -> None:
    text = (
        "Mark Pike said that Arsenal striker John Moore was offside, but the striker claimed he "
        "was onside - "
        'years later he exclaimed: "I was level."'
    )
    assert said(text) == [("I was level.", "John Moore")]


def test_a_senator_answering_a_charge() -> None:
    text = (
        "Mark Pike said that Senator John Moore had lied, but the senator said he had told the "
        "truth. "
        '"I never lied," he said.'
    )
    assert said(text) == [("I never lied,", "John Moore")]


def test_no_report_before_but_keeps_the_subject() -> None:
    text = 'Mark Pike won the race, but the Briton said he was tired. "My legs went," he said.'
    assert said(text) == [("My legs went,", "Mark Pike")]


def test_a_description_the_first_report_names_nobody_for_keeps_the_subject() -> None:
    # Only Pike is a person in the first clause: the striker is nobody else named there,
    # so nothing is recorded and "he" stays with Pike.
    text = (
        "Mark Pike said the pitch was poor, but the striker said it was fine. "
        '"It was a bog," he said.'
    )
    assert said(text) == [("It was a bog,", "Mark Pike")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vladimir Putin said that Yevgeny Prigozhin had betrayed Russia, but the Kremlin "
            'leader said he would not punish him. "We forgive," he said.',
            "Vladimir Putin",
        ),
        (
            "Joe Biden said that Volodymyr Zelensky would get more aid, but the president said "
            'he could not give a date. "It takes time," he said.',
            "Joe Biden",
        ),
    ],
)
def test_a_description_no_role_ties_to_the_second_person_keeps_the_subject(
    text: str, speaker: str
) -> None:
    # Review mend R5: with no role known, any person fits "the president"; the same
    # person named again with another description is as likely, so the subject stays.
    assert said(text) == [(text.split('"')[1], speaker)]


def test_a_nationality_the_first_subjects_role_rules_out() -> None:
    # "the Kiwi" is no "Scottish referee": the first subject is ruled out, so the
    # description is the other person his report speaks of.
    text = (
        "The try was ruled out by Scottish referee Ian Kerr. Kerr said that John Moore was "
        "held short, but the Kiwi said he was over. Later he insisted: \"I was level.\""
    )
    assert said(text) == [("I was level.", "John Moore")]
