"""A one-word name opening a sentence before a verb of rising or falling ("Bakhmut
fell", "Tokyo rose", "London slipped") is no person a later "he" may refer to: such
verbs take places, markets and prices as subjects. A verb of acting still makes the
name a subject ("Putin spoke"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    "lead",
    ["Marinka fell after months of fighting.", "Tokyo rose 2% on Monday.",
     "Shares were mixed. Frankfurt slipped.", "Vuhledar collapsed in the autumn."],
)
def test_a_place_before_a_verb_of_level_is_no_he(lead):
    (quote,) = quotes_of(f'{lead} "We held out as long as we could," he said.')
    assert quote.speaker is None or quote.speaker.split()[0] not in lead


@pytest.mark.parametrize(
    "lead",
    ["Hartov spoke for an hour.", "Hartov defied the court on Monday.",
     "Hartov met the envoy that day."],
)
def test_a_name_before_a_verb_of_acting_is_still_the_he(lead):
    (quote,) = quotes_of(f'{lead} "We will win," he said.')
    assert quote.speaker == "Hartov"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Zaluzhnyi gained the trust of his troops early.", "Zaluzhnyi"),
        ("Budanov dropped a hint about the offensive.", "Budanov"),
        ("Hartov rose to loud applause.", "Hartov"),
        ("Kuleba eased into the role quickly.", "Kuleba"),
        ("Hartov climbed onto the stage.", "Hartov"),
    ],
)
def test_a_verb_of_level_taking_an_object_or_a_goal_still_acts(lead, speaker):
    (quote,) = quotes_of(f'{lead} "They trust me," he said.')
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "lead", ["Bakhmut fell in May.", "Bakhmut fell to Russian forces.",
             "Tokyo rose to record highs."],
)
def test_a_place_falling_in_a_month_or_to_a_level_is_still_no_he(lead):
    (quote,) = quotes_of(f'{lead} "We held out as long as we could," he said.')
    assert quote.speaker is None or quote.speaker.split()[0] not in lead
