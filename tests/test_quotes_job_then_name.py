"""A name after its job between commas (fourteenth round, the UK political probe): in "Its
chairman, Labour MP Ann Pike, said" the words between the commas name the person who
speaks, the job and the party before her name being her role, not a second role of "its
chairman". Before, the whole aside was read as a role and "Its chairman" spoke, or
nobody did. An aside with a preposition or no name after its job stays a role. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, said

NAMED = [
    (
        'The committee criticised the plans. Its chairman, Labour MP Michael Jack, said: '
        '"The money is not being spent."',
        "Michael Jack",
    ),
    (
        'Sixty MPs signed the motion. The motion\'s sponsor, Labour MP Frank Dobbins, '
        'said: "This is a market by the back door."',
        "Frank Dobbins",
    ),
    (
        'The council attacked the plans. Its leader, Tory councillor Ann Pike, told the '
        'BBC: "We fund this party."',
        "Ann Pike",
    ),
    (
        'The council attacked the plans. "We fund this party," its leader, Tory '
        "councillor Ann Pike, said.",
        "Ann Pike",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED)
def test_a_name_after_its_job_between_commas_speaks(text, speaker):
    assert said(text)[-1][1] == speaker


def test_the_job_before_the_name_is_the_role():
    assert [quotes_of(text)[-1].role for text, _ in NAMED] == [
        "Labour MP", "Labour MP", "Tory councillor", "Tory councillor"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike, Tory councillor for Leeds North, said: "We fund this party."',
        'Ann Pike, Acme Foods chief executive, said: "We fund this party."',
        'Ann Pike, the chief executive of Acme Foods, said: "We fund this party."',
    ],
)
def test_an_aside_without_a_name_after_its_job_stays_a_role(text):
    assert said(text) == [("We fund this party.", "Ann Pike")]
