"""A description of a job opening a sentence ("The senator toured a plant.", or after an
opening adjunct of time: "On Monday, the senator ...") is about the
subject of the latest sentence before it that it may be, and never one whose role names
another job (issue 10, the fifteenth round): "protester Luis Ortega" is no senator, so a
later "he" finds the senator. Every case is text written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Vance spoke in Ohio. Protester Luis Ortega was removed from the rally. "
        'The senator toured a plant. "We will bring jobs back," he said.',
        "Sen. Ted Vance spoke in Ohio. Protester Luis Ortega was removed from the rally. "
        'The senator toured a plant. "We will bring jobs back," he said.',
        "Gov. Ted Vance spoke in Ohio. Protester Luis Ortega was removed from the rally. "
        'The governor toured a plant. "We will bring jobs back," he said.',
        "Mayor Ted Vance spoke at the rally. Police chief Luis Ortega said the crowd was "
        'calm. The mayor later toured a plant. "We will bring jobs back," he said.',
    ],
)
def test_a_role_of_another_job_is_passed_over(text):
    assert said(text)[-1][1] == "Ted Vance"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role that says nothing of the job: the latest subject stays the one meant
        ("Ted Vance spoke in Ohio. Luis Ortega was removed from the rally. The senator "
         'toured a plant. "We will bring jobs back," he said.', "Luis Ortega"),
        # the subject's own role holds the job
        ("Tom Kell spoke in Ohio. Senator Ted Vance toured a plant. The senator was "
         'upbeat. "We will bring jobs back," he said.', "Ted Vance"),
    ],
)
def test_a_role_that_does_not_clash_keeps_the_latest_subject(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ted Vance spoke in Ohio. Protester Luis Ortega was removed from the rally. "
        'On Monday, the senator toured a plant. "We will bring jobs back," he said.',
        "Sen. Ted Vance spoke in Ohio. Reporter Luis Ortega asked about trade. After the "
        'rally, the senator toured a plant. "We will bring jobs back," he said.',
    ],
)
def test_a_description_after_an_opening_adjunct_is_the_subject(text):
    assert said(text)[-1][1] == "Ted Vance"

