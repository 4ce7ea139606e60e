"""Cases left by the twenty-fifth round's reviews (issue 10, round 26, branch left29), each
with near misses where the rule must not fire. Every sentence is invented for this test;
the cases marked "fails on r26" gave another speaker at the round start (306b9eb)."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

BANK = "Calloway Bank said on Monday that it would close 40 branches."

WEAK_TOPICS = [
    # a body told of something or expected to act is a weak topic: "it" goes on from the
    # body that spoke (fails on r26: the Treasury / the Financial Conduct Authority)
    ((BANK, 'The Treasury is expected to respond next week. "Customers have moved online," '
      "it said."), "Calloway Bank"),
    ((BANK, 'The Financial Conduct Authority has been told of the plan. "Customers have moved '
      'online," it said in a statement.'), "Calloway Bank"),
    ((BANK, 'The Treasury has been contacted for comment. "Customers have moved online," it '
      "said."), "Calloway Bank"),
    # near misses: a body told or asked to act, or acted against, answers
    ((BANK, 'The Treasury has been told to investigate. "We will look at every complaint," it '
      "said."), "Treasury"),
    ((BANK, 'The Treasury was criticised by MPs. "We acted within the rules," it said.'),
     "Treasury"),
    ((BANK, 'The Treasury has been asked to review the plan. "We will look at it," it said.'),
     "Treasury"),
    (('The Treasury is expected to publish its figures on Monday. "The economy is growing," '
      "it said.",), "Treasury"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), WEAK_TOPICS)
def test_a_body_told_or_expected_to_act_is_a_weak_topic_for_it_said(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


HERALD = "The Herald reported on Sunday that Quarrel Homes had misled buyers."

STANCES = [
    # a name of no known kind that takes a stance is its paragraph's topic (fails on r26:
    # the Herald)
    ((HERALD, 'Quarrel Homes rejected the claims. In a statement, it said: "We have always '
      'been open with buyers."'), "Quarrel Homes"),
    ((HERALD, 'Quarrel Homes has defended its sales staff. "They did nothing wrong," it '
      "said."), "Quarrel Homes"),
    # near misses: one that declined to speak, a bare surname that may be a person
    ((HERALD, 'Quarrel Homes declined to comment. "We stand by our reporting," it said.'),
     "Herald"),
    ((HERALD, 'Harwick rejected the claims. "He has always been honest," it said.'), "Herald"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), STANCES)
def test_a_named_body_taking_a_stance_is_the_topic_for_it_said(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker
