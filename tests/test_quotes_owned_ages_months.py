"""Mends of nouns25's rules after review (mendN25): "the 71-year-old's daughter" is the
daughter, never the person aged 71 (an owner is not the person owned); "the 56-year-old
woman" is no man of 56; two people of one surname keep their own ages; and a surname that
is a month speaks: "Mrs May", "Dr June" after an honorific always name a person, and
"said May." after the article named "Theresa May" is her. Near misses, each written
before the mend was run: a date after the verb ("said May 5", "said in May", "said on
May 5"), "said May was", "In May, he said", "May I ...", a woman of the age for "the
56-year-old woman", a plain "the 56-year-old". Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_HEAD = "Village news\n\nThe fair opened on Saturday.\n\n"


def _speakers(body: str) -> list[str | None]:
    found = said(_HEAD + body)
    assert found, "no quotation read"
    return [speaker for _, speaker in found]


@pytest.mark.parametrize(
    ("case", "body", "speaker"),
    [
        (
            "owned-son",
            'Officers said Jo Pike, 83, was robbed at the bus stop.\n\n"Mum is too scared to '
            'go out now," the 83-year-old\'s son said.',
            "the 83-year-old's son",
        ),
        (
            "owned-solicitor",
            'Rob Kettle, 47, is accused of fraud.\n\n"He will clear his name," the '
            "47-year-old’s solicitor said.",
            "the 47-year-old’s solicitor",
        ),
        (
            "owned-after",
            'Rob Kettle, 47, drowned off the pier.\n\n"He loved the sea," said the '
            "47-year-old's sister.",
            "the 47-year-old's sister",
        ),
        (
            "woman-not-man",
            'Rob Kettle, 47, drove the lorry. A woman of his age was in the car behind.\n\n'
            '"The lorry just stopped," the 47-year-old woman said.',
            "the 47-year-old woman",
        ),
        (
            "mother-not-man",
            'Rob Kettle, 38, coaches the junior team.\n\n"My boys love Saturdays," the '
            "38-year-old mother said.",
            "the 38-year-old mother",
        ),
        (
            "same-surname-son",
            'Rob Kettle, 64, and his daughter Jo Kettle, 29, keep the bakery.\n\n"We bake '
            'from four," the 29-year-old said.',
            "Jo Kettle",
        ),
        (
            "same-surname-two-of-age",
            'Rob Kettle, 35, and his wife Jo Kettle, 35, keep the bakery.\n\n"We bake from '
            'four," the 35-year-old said.',
            "the 35-year-old",
        ),
    ],
)
def test_an_age_names_only_the_person_it_describes(case, body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("case", "body", "speaker"),
    [
        (
            "plain-age",
            'Jo Pike, 83, was robbed at the bus stop.\n\n"I will not be beaten," the '
            "83-year-old said.",
            "Jo Pike",
        ),
        (
            "age-and-job",
            'Rob Kettle, 47, owns the boat.\n\n"The engine failed," said the 47-year-old '
            "skipper.",
            "Rob Kettle",
        ),
        (
            "woman-of-the-age",
            'Jo Pike, 83, was robbed at the bus stop.\n\n"I will not be beaten," the '
            "83-year-old woman said.",
            "Jo Pike",
        ),
        (
            "man-of-the-age",
            'Rob Kettle, 47, drove the lorry.\n\n"The brakes went," the 47-year-old man said.',
            "Rob Kettle",
        ),
        (
            "father-son-older",
            'Rob Kettle, 64, and his daughter Jo Kettle, 29, keep the bakery.\n\n"I started '
            'it in 1990," the 64-year-old said.',
            "Rob Kettle",
        ),
    ],
)
def test_near_misses_of_owned_ages(case, body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("case", "body", "speaker"),
    [
        ("mrs-after", '"The deal is done," said Mrs May.\n\nShe left at noon.', "May"),
        ("mrs-before", '"The deal is done," Mrs May said.', "May"),
        ("mr-month", '"Fares will rise," said Mr March, the operator\'s chief.', "March"),
        ("dr-month", '"Wash your hands," Dr June said.', "June"),
        (
            "full-then-bare",
            'Kate April opened the new library.\n\n"Every child should have a card," said '
            "April.",
            "Kate April",
        ),
        (
            "full-then-bare-before",
            'Kate April opened the new library.\n\n"Books change lives," April said.',
            "Kate April",
        ),
    ],
)
def test_a_surname_that_is_a_month_speaks(case, body, speaker):
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("case", "body", "speakers"),
    [
        (
            "said-date",
            'Kate April opened the library. Rob Kettle runs it.\n\n"We open daily," Rob '
            'Kettle said on May 5.',
            ["Rob Kettle"],
        ),
        (
            "said-in-month",
            'Kate April opened the library.\n\nRob Kettle runs it. "We open daily," Rob '
            "Kettle said in April.",
            ["Rob Kettle"],
        ),
        (
            "said-month-was",
            'Kate April opened the library.\n\nRob Kettle said April was the busiest month. '
            '"We lent a thousand books," he said.',
            ["Rob Kettle"],
        ),
        (
            "month-opening",
            'Rob Kettle runs the library.\n\n"In April we lent a thousand books," he said. '
            '"May brings more."',
            ["Rob Kettle", "Rob Kettle"],
        ),
        (
            "may-verb",
            'Rob Kettle runs the library.\n\n"May I ask you to be quiet," he said.',
            ["Rob Kettle"],
        ),
        (
            "month-alone",
            'Rob Kettle runs the library.\n\n"We lent a thousand books," he said in May.',
            ["Rob Kettle"],
        ),
    ],
)
def test_near_misses_of_month_surnames(case, body, speakers):
    assert _speakers(body) == speakers
