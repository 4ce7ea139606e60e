"""The authors of a study whose issuer the article names speak for that issuer: "A study
..., from X, found ..." / "A report by X ..." / "X published a report ..." then "the
authors said", "the researchers said", "its authors said", "the study's authors said".
With no issuer named, or researchers placed at a body, the description stays. Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

QUOTE = '"Poorer families were hit hardest," '


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        ("A study of 2,000 households, from the Institute for Fiscal Studies, found that "
         "bills rose.", "Institute for Fiscal Studies"),
        ("The study, from Vale University, looked at 500 families.", "Vale University"),
        ("A report by the Tarrow Foundation found wages fell.", "Tarrow Foundation"),
        ("The Tarrow Foundation published a report on Monday.", "Tarrow Foundation"),
    ],
)
@pytest.mark.parametrize("authors", ["the authors", "the researchers", "its authors",
                                     "the study's authors"])
def test_the_authors_speak_for_the_studys_issuer(lead, issuer, authors):
    (quote,) = quotes_of(f"{lead} {QUOTE}{authors} concluded.")
    assert quote.speaker == issuer


def test_the_authors_of_a_study_a_paragraph_before_speak_for_its_issuer():
    text = ("A study of the floods, from the Hazard Research Center, found most shops "
            "recovered.\n\nMany owners were surprised. " + QUOTE + "the authors said.")
    (quote,) = quotes_of(text)
    assert quote.speaker == "Hazard Research Center"


@pytest.mark.parametrize(
    "lead",
    ["A report found wages fell.", "Researchers at Vale University studied 500 families."],
)
def test_with_no_issuer_the_description_stays(lead):
    (quote,) = quotes_of(f"{lead} {QUOTE}the researchers said.")
    assert quote.speaker == "the researchers"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A UN report from Geneva found that civilians were being targeted. "The pattern is '
         'clear," the authors wrote.', "the authors"),
        ('The survey, from March, found support was falling. "Voters are tired," the '
         'researchers said.', "the researchers"),
    ],
)
def test_from_a_place_or_a_month_names_no_issuer(text, speaker):
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker
