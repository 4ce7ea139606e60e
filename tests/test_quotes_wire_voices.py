"""Wire layout (one sentence a paragraph): who spoke last includes a person reported
without a quotation ("Computing is entering a new phase, argues Mr Rowe."), so a
quotation alone after narration about things is theirs (wire_lending.heard_last); a
negated cue, a body, a question put to someone, or narration that names another person
by whole name or title and name (wire_topics.introduces_person) ends the carry.
Invented text.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

_VANCE = '"We will keep the plant open," Dr Dora Vance told the Valley Post.'
_GRANT = "Energy Minister Paul Grant said the plant had had its day."
_LAST = '"We cannot keep it running for ever."'
_FILLER = "The plant employs 400 people."


def _last(*paras: str) -> str | None:
    return said("\n\n".join(paras))[-1][1]


def test_a_person_reported_without_quotation_spoke_last() -> None:
    assert (
        _last(
            '"The old model is dead," Mr Nick Rowe told the Gazette.',
            "These ideas are not new.",
            "But firms have been slow to act on them.",
            "Computing is entering a new phase, argues Mr Rowe.",
            "The hype is over.",
            '"Now things simply have to work."',
        )
        == "Nick Rowe"
    )
    assert _last("The plant will close next year.", _GRANT, "The plant opened in 1998.", _LAST) == (
        "Paul Grant"
    )


def test_the_last_person_reported_takes_the_quotation_over_an_earlier_speaker() -> None:
    assert (
        _last(
            _VANCE,
            "Union leader Sam Okafor said the plan was sound.",
            _FILLER,
            '"It must stay open."',
        )
        == "Sam Okafor"
    )


NEAR_MISSES = {
    "negated cue": (_VANCE, "Energy Minister Paul Grant has not said whether it will close."),
    "refused": (_VANCE, "Energy Minister Paul Grant declined to say whether it will close."),
    "question put": (_VANCE, "Reporters asked Paul Grant whether the plant would close."),
    "body": (_VANCE, "The ministry said the plan was sound."),
    "new person as object": (_GRANT, "The plan was drawn up by engineer Rita Holm."),
    "new person, title": (_GRANT, "The plan was drawn up by Dr Holm."),
    "short, another": (_GRANT, "Putin disagreed."),
    "other gender": (_GRANT, "She thinks otherwise."),
    "body reacts": (_GRANT, "The Kremlin was quick to respond."),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_new_person_body_or_negation_ends_the_carry(name: str) -> None:
    assert _last(*NEAR_MISSES[name], _FILLER, _LAST) is None
