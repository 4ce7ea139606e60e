"""A party's name opening a sentence is no "he" or "she" (issue 10, the twenty-third round,
huntuk26 family 8): "Labour accused Tom Hale of lying. He said the charge was
"laughable"." is Tom Hale's; an unlisted person's name opening the sentence stays the
paragraph's topic, and a party that speaks stays "it". Every case is text written for
this test."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Labour accused Tom Hale of lying. He said the charge was "laughable".', ["Tom Hale"]),
        ('Republicans accused Tom Hale of lying. He said the charge was "absurd".',
         ["Tom Hale"]),
        ('Tories accused Ann Roe of hypocrisy. She said the claim was "silly".', ["Ann Roe"]),
        ('Labour accused Tom Hale of lying. It said he had "misled voters".', ["Labour"]),
    ],
)
def test_a_party_opening_the_sentence_is_no_person(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Brannoc met Tom Hale that day. "We agreed nothing," he said.', ["Brannoc"]),
        ('Labour accused Tom Hale of lying. A party spokesman said the charge was "fair".',
         ["A party spokesman"]),
        ('Labour has chosen Ann Roe as its candidate. She said she was "thrilled".',
         ["Ann Roe"]),
        ('Labour MP Tom Hale spoke first. He said the plan was "dead".', ["Tom Hale"]),
        ('Tom Hale left Labour in 2003. He said the party was "finished".', ["Tom Hale"]),
        ("Labour's Tom Hale said the plan was \"dead\". He added it was \"over\".",
         ["Tom Hale", "Tom Hale"]),
        ('Labour accused Mr Hale of lying.\n\n"It is laughable," he said.', ["Hale"]),
        ('The Tories accused Tom Hale of lying. He said the charge was "laughable".',
         ["Tom Hale"]),
        ('Labour won the seat. Tom Hale said the result was "historic". He added it was '
         '"deserved".', ["Tom Hale", "Tom Hale"]),
        ('Labour accused Tom Hale of lying. Mr Cole said the charge was "fair". "He lied," '
         "he added.", ["Cole", "Cole"]),
        ('Labour said Tom Hale had lied. He said the claim was "laughable".', ["Tom Hale"]),
        ('Brannoc attacked Labour on Monday. He said the party was "tired".', ["Brannoc"]),
        ('Brannoc accused Ann Roe of lying. He said the charge was "fair".', ["Brannoc"]),
        ('Tom Hale joined Labour in 1990. Labour expelled him last year. He said it was '
         '"a purge".', ["Tom Hale"]),
    ],
)
def test_persons_and_topics_around_a_party_read_as_before(text, expected):
    assert speakers(text) == expected
