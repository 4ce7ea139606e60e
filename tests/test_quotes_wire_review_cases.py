"""The review revE3's reproductions (findings F1-F6 against the withdrawn seven-paragraph
bridge of para21), kept as they were written: wire layout, one sentence a paragraph.

Each case ends on a paragraph of quotation alone after narration that puts somebody
else forward (a short sentence naming a person or body, a pronoun after a new person or
of the other gender, a body that reacts, a bare surname after an opening phrase,
another person with the speaker's surname) or that is a question put to the speaker.
The last quotation must get no speaker or the right other one, never the earlier
speaker. Invented text (the reviewer's).
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

_VANCE = '"We will keep the plant open," Dr Dora Vance told the Valley Post.'
_CLOSE = '"The plant must close by 2030."'
_OPENED = "The plant opened in 1998."
_EMPLOYS = "The plant employs 400 people."
_LOWE = '"The NHS is safe in our hands," Health Secretary Ann Lowe told MPs.'

CASES = {
    "F1_johnson_short": (
        "Prime Minister Boris Johnson visited Kyiv on Monday.",
        _VANCE,
        _OPENED,
        "Johnson was unimpressed.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F1_putin_p5": (_VANCE, _OPENED, "Putin disagreed.", _EMPLOYS, "The plant cost $2bn.", _CLOSE),
    "F1_labour": (_VANCE, _OPENED, "Labour was unimpressed.", _EMPLOYS, _CLOSE),
    "F1_tories": (
        _LOWE,
        "The Commons was packed.",
        "Conservatives jeered.",
        "Waiting lists rose again in May.",
        '"Then why are waiting lists the longest on record?"',
    ),
    "F2_he_after_new_person": (
        _VANCE,
        _OPENED,
        "The plan was drawn up by engineer Paul Grant.",
        "He disagrees with the closure.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F2_she_after_new_person": (
        _VANCE,
        _OPENED,
        "The plan was drawn up by engineer Paula Grant.",
        "She thinks the closure is a mistake.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F2_he_for_dora": (_VANCE, _OPENED, "He disagrees with the closure.", _EMPLOYS, _CLOSE),
    "F3_kremlin_p3": (_VANCE, "The Kremlin was quick to respond.", _EMPLOYS, _CLOSE),
    "F3_kremlin_long": (
        _VANCE,
        _OPENED,
        "The Kremlin was unimpressed by the plan.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F3_ministry": (
        _VANCE,
        _OPENED,
        "The Defence Ministry was unimpressed by the plan.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F3_crown": (
        '"My client was at home that night," Joan Pryce told the court.',
        "The trial is in its second week.",
        "The Crown disputes that.",
        "The jury watched in silence.",
        '"The phone records show otherwise."',
    ),
    "F3_libdems": (
        _LOWE,
        "The Commons was packed for the debate.",
        "The Liberal Democrats tabled an amendment.",
        "The amendment failed by 40 votes.",
        '"This was a shameful day for Parliament."',
    ),
    "F4_opening_phrase_surname": (
        _VANCE,
        _OPENED,
        "On Tuesday, however, Grant hit back.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F4_later_surname": (_VANCE, _OPENED, "Later, Okafor was unimpressed.", _EMPLOYS, _CLOSE),
    "F4_seen_surname": (
        _VANCE,
        _OPENED,
        "The plan was opposed by Grant and others.",
        "Grant hit back.",
        _EMPLOYS,
        _CLOSE,
    ),
    "F5_same_surname_argues": (
        _VANCE,
        _OPENED,
        "The tanks are old, argues Tom Vance, her brother.",
        _EMPLOYS,
        '"The tanks are rusting through."',
    ),
    "F6_vocative": (
        '"We did nothing wrong," Senator Mark Hale told reporters.',
        "The hearing lasted three hours.",
        "The room was packed.",
        "The emails were released in March.",
        '"Mr Hale, did you delete the emails?"',
    ),
}
# The only other speaker a case's last quotation may get instead of none.
_ALSO_RIGHT = {
    "F2_he_after_new_person": "Paul Grant",
    "F2_she_after_new_person": "Paula Grant",
    "F5_same_surname_argues": "Tom Vance",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_last_quotation_is_not_given_to_the_earlier_speaker(name: str) -> None:
    found = said("\n\n".join(CASES[name]))
    assert found[0][1] in ("Dora Vance", "Ann Lowe", "Joan Pryce", "Mark Hale"), found
    assert found[-1][1] in (None, _ALSO_RIGHT.get(name)), (name, found)
