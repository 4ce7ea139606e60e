"""Rules that named the wrong person, narrowed (issue 10, the twenty-fourth round): a
passive relative clause credits nobody ('"Will you resign?" That was the question Tom
Kell was asked': he received the words); an introduced person is not named by a later
"He was named as ..." after a sentence opening on another person or by a pronoun of
the other sex, nor by a name in apposition to a party's member he acts on ("heckled the
Tory, Tom Hale,"). Each rule's positive cases are kept beside its near misses. Every
sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

PASSIVE_RECEIVED = [
    '"Will you resign?" That was the question Tom Kell was asked at every stop.',
    '"Go home." That was the message Tom Kell was sent by voters in Leeds.',
    '"Your time is up." That was the message Ann Roe was told by party elders.',
    '"Why now?" That is the question Jim Bell has been asked all week.',
    '"Pack your bags." That was the message Tom Kell had been told by aides.',
    '"Are you ready?" That is the question Ann Roe is asked every day.',
    '"Vote now." That was the message Ann Roe and Tom Kell were told.',
]


@pytest.mark.parametrize("text", PASSIVE_RECEIVED)
def test_a_passive_relative_clause_credits_nobody(text: str) -> None:
    assert [s for _, s in said(text)] == [None]


DELIVERED = [
    ('"Will you resign?" That was the question Tom Kell asked the minister.', "Tom Kell"),
    ('"Stay out of it." That was the advice Sam Cole gave his son.', "Sam Cole"),
    ('"Why now?" That was the question Jim Bell kept asking all week.', "Jim Bell"),
    ('"Go home." That is the message Tom Kell has sent to the rebels.', "Tom Kell"),
    ('"We will win." That was the message Tom Kell delivered in Hull.', "Tom Kell"),
    ('"Do you want it?" These are the questions Ann Roe will be asking.', "Ann Roe"),
]


@pytest.mark.parametrize(("text", "speaker"), DELIVERED)
def test_an_active_relative_clause_still_credits_its_subject(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


ANOTHER_NAMED = [
    ('A man was arrested after the fight on Monday. The victim died in hospital. He was '
     'named as Tom Hale, 34.\n\n"It was self-defence," the man said.', "a man"),
    ('A woman was held after the crash in Leeds. The cyclist died at the scene. She was '
     'named as Ann Roe, 51.\n\n"I did not see her," the woman said.', "a woman"),
    ('A man was charged after the attack. The driver was badly hurt. He was later named '
     'as Jim Bell.\n\n"I was only defending myself," the man said.', "a man"),
    ('An officer shot a man in the street on Friday. The man died later. He was named as '
     'Sam Cole, 22.\n\n"I had no choice," the officer said.', "an officer"),
    ('A teenager was held after a robbery. The pensioner was badly hurt. She was named as '
     'Ann Roe, 81.\n\n"I am sorry," the teenager said.', "a teenager"),
    ('A driver was arrested on Monday.\n\nThe cyclist died later. He was named as Ed '
     'Munro.\n\n"I did not see him," the driver said.', "a driver"),
    ('A man was charged after the fire. A boy died in the blaze. He was named as Sam '
     'Cole, 9.\n\n"I am heartbroken," the man said.', "a man"),
    ('A woman was arrested after the crash. He was named as Tom Hale, 19.\n\n"I braked," '
     "the woman said.", "the woman"),
    ('A man in the crowd heckled the Tory, Tom Hale, twice.\n\n"He is a liar," the man '
     "said.", "a man"),
    ('A voter confronted the Liberal Democrat, Sam Cole, outside the shop.\n\n"You broke '
     'your word," the voter said.', "a voter"),
    ('A student challenged the Conservative, Ann Roe, at the debate.\n\n"Fees are too '
     'high," the student said.', "a student"),
    ('A man at the meeting heckled the Liberal Democrat, Sam Cole.\n\n"He is a coward," '
     "the man said.", "a man"),
]


@pytest.mark.parametrize(("text", "speaker"), ANOTHER_NAMED)
def test_an_introduced_person_is_not_named_by_another_s_naming(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


SELF_NAMED = [
    'A man who rescued a boy from the river has been praised. He was later named as Tom '
    'Hale, 40.\n\n"Anyone would have done it," the man said.',
    'A man was arrested on Monday. The arrest followed a raid. He was named as Tom Hale.'
    '\n\n"Anyone would have done it," the man said.',
    'A man was held after the raid. Police searched his flat. He was named as Tom Hale.'
    '\n\n"Anyone would have done it," the man said.',
    'A man was arrested. The man was taken to Leeds. He was named as Tom Hale.\n\n'
    '"Anyone would have done it," the man said.',
    'A man who lives in Leeds, Tom Hale, backed the bill.\n\n"Anyone would have done it," '
    "the man said.",
]


@pytest.mark.parametrize("text", SELF_NAMED)
def test_an_introduced_person_is_still_named_by_his_own_naming(text: str) -> None:
    assert [s for _, s in said(text)] == ["Tom Hale"]


def test_a_woman_introduced_is_named_by_she_in_the_next_paragraph() -> None:
    text = ('A nurse was attacked at the clinic on Monday.\n\nShe was later named as Ann '
            'Cole.\n\n"I was scared," the nurse said.')
    assert [s for _, s in said(text)] == ["Ann Cole"]
