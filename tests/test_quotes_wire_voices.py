"""Wire layout (one sentence a paragraph): narration that names another person by a
whole name or by title and name ends the carry of who spoke last
(wire_topics.introduces_person), while a street, square, hospital or bridge named on a
given name ("Victoria Road", "Grace Street") does not. A person reported without a
quotation, negated, refused, asked, or a body, is never the last voice (wire22's
heard_last was withdrawn: it gave the answer to the one who asked). Invented text.
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


NEW_PERSON = {
    "whole name as object": "The plan was drawn up by engineer Rita Holm.",
    "title and surname": "The plan was drawn up by Dr Holm.",
    "given name of a place word's kind": "The plant was designed by Grace Holm.",
    "surname that is a place word too": "The plant was built by Mark Park.",
    "complement": "Its first manager was Rita Holm.",
}


@pytest.mark.parametrize("name", sorted(NEW_PERSON))
def test_narration_naming_a_new_person_ends_the_carry(name: str) -> None:
    assert _last(_VANCE, NEW_PERSON[name], _LAST) is None


PLACES = {
    "road": ("The plant opened in 1998.", "The plant stands on Victoria Road."),
    "street": ("The plant opened in 1998.", "The plant is on Grace Street, by the river."),
    "square": ("Its offices face Albert Square.",),
    "hospital": ("The plant supplies power to George Hospital.",),
    "bridge": ("The plant sits by James Bridge.",),
    "river after the name": ("The plant draws water from the Jordan River.",),
}


@pytest.mark.parametrize("name", sorted(PLACES))
def test_a_place_named_on_a_given_name_keeps_the_carry(name: str) -> None:
    assert _last(_VANCE, *PLACES[name], _LAST) == "Dora Vance"


NEAR_MISSES = {
    "reported only": (_GRANT,),
    "reported, another": (_VANCE, "Union leader Sam Okafor said the plan was sound."),
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
def test_a_reported_person_body_or_negation_is_not_the_last_voice(name: str) -> None:
    assert _last(*NEAR_MISSES[name], _FILLER, _LAST) is None
