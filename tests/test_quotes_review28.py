"""Two over-fires the blind review bblind28b found on main after us28 (issue 10, the
twenty-fifth round), mended by the lead: a body that declined to speak is no topic a later
"it said" refers to, and "the senior aide" is the aide introduced as senior, not the last
aide who spoke. Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

DECLINED = [
    # the body that spoke before keeps its "it" past one that declined to speak
    (("Calloway Bank said on Monday that it had closed 40 branches.",
      'The Financial Conduct Authority declined to comment. "Customers have moved online," '
      "it said in a statement."), "Calloway Bank"),
    (("Calloway Bank said on Monday that it had closed 40 branches.",
      'Finwatch did not respond to requests for comment. "Customers have moved online," it '
      "said."), "Calloway Bank"),
    # near misses: a body that takes a stance, or does not dispute, is the topic (us28)
    (("The Harbour Times reported the loss.",
      'Acme Corp disputed the figures. In a statement, it said the report was "wrong."'),
     "Acme Corp"),
    (("The Harbour Times reported the loss.",
      "Acme Corp did not dispute the figures. In a statement, it said the loss was "
      '"manageable."'), "Acme Corp"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), DECLINED)
def test_a_body_that_declined_to_speak_is_no_topic_for_it_said(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


def test_the_senior_aide_is_the_aide_introduced_as_senior() -> None:
    found = speakers(
        'A senior aide said the governor would "sign the bill."',
        'A junior aide, who was not at the meeting, disagreed. "He will veto it," the aide said.',
        '"I was in the room," the senior aide said.',
    )
    assert [s.lower() for s in found] == ["a senior aide", "a junior aide", "a senior aide"]


def test_an_aide_of_no_such_modifier_keeps_the_one_found() -> None:
    # near miss: nobody was introduced as senior; the one aide introduced stands
    found = speakers('One aide said the bill was "dead."',
                     '"It has no votes," the senior aide said.')
    assert [s.lower() for s in found] == ["one aide", "one aide"]
