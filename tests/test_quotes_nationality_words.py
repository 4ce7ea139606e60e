"""A word of nationality is no name: "the 24-year-old Swiss", "the veteran Frenchman"
describe the person named before, as "the Swiss" does; "five Italian guests" and
"Spanish diners" are no antecedent of a "they". Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    "description",
    ["the 24-year-old Swiss", "the 27-year-old Austrian", "the 55-year-old Frenchman",
     "the 31-year-old Argentine", "The 19-year-old Scot"],
)
def test_an_aged_nationality_describes_the_person_named_before(description):
    text = ("Lena Marsh won the final in three sets on Sunday.\n\n"
            f'"I am very happy with the way I played," {description} added.')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Lena Marsh"
    assert quote.via == "description"


def test_an_aged_nationality_before_the_quotation_describes_the_person_too():
    text = ('Diego Ruiz joined the club last week.\n\n'
            'The 31-year-old Argentine said: "I want to win trophies here."')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Diego Ruiz"


def test_an_aged_nationality_with_nobody_named_stays_a_description():
    text = '"It was a great night for the team," the 27-year-old Austrian said.'
    (quote,) = quotes_of(text)
    assert quote.speaker != "Austrian"


@pytest.mark.parametrize("people", ["six Dutch diners", "four Italian tourists",
                                    "two Spanish students"])
def test_a_nationality_before_a_noun_is_no_antecedent_of_they(people):
    text = (f'Police said a scuffle started in the bar. A fan was "shoved" onto {people}. '
            '"It was chaos," they said.')
    quote = [q for q in quotes_of(text) if q.kind == "quote"][-1]
    assert quote.text.startswith("It was chaos")
    assert quote.speaker == "Police"


def test_a_nationality_before_a_name_still_gives_the_name():
    text = '"It was hard," said Italian Marco Bellini after the match.'
    (quote,) = quotes_of(text)
    assert quote.speaker == "Marco Bellini"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Ukrainian soldiers pushed towards Robotyne.", "Ukrainian soldiers"),
        ("Ukrainian troops held their positions.", "Ukrainian troops"),
        ("Ukrainian forces held their positions near Orikhiv.", "Ukrainian forces"),
    ],
)
def test_a_nationality_before_a_plural_of_people_is_the_later_they(lead, speaker):
    (quote,) = quotes_of(f'{lead} "We are advancing slowly," they said.')
    assert quote.speaker == speaker
