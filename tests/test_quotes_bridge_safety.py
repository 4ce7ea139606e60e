"""A paragraph of quotation alone after narration goes on with the last speaker only
while the narration keeps that speaker as its topic; when it puts someone else
forward, or the quotation is a question put to the speaker, it stays unattributed.

Wire-layout articles (one sentence per paragraph) on invented text. A missing speaker
is better than a wrong one: every case here must give None, not the earlier speaker.
"""

from __future__ import annotations

from tests.quote_support import speakers

_VANCE = '"We will keep the mill running," Dr Ilse Marsh told the Harbour Gazette.'
_HALE = '"Nobody lied to the committee," Senator Owen Pratt told reporters.'
_LAST = '"The mill has to shut by 2031."'


def test_narration_of_things_still_carries_the_speaker() -> None:
    assert speakers(_VANCE, "The mill was built in 1962.", _LAST) == ["Ilse Marsh"] * 2
    assert speakers(
        _VANCE, "The mill was built in 1962.", "Its looms run day and night.", _LAST
    ) == ["Ilse Marsh"] * 2


def test_a_surname_after_an_opening_phrase_ends_the_carry() -> None:
    assert speakers(_VANCE, "Afterwards, Ndiaye was far from convinced.", _LAST) == [
        "Ilse Marsh",
        None,
    ]
    assert speakers(
        _VANCE, "By Friday, however, Ndiaye had changed course.", "The looms are old.", _LAST
    ) == ["Ilse Marsh", None]


def test_a_question_put_to_the_speaker_is_not_theirs() -> None:
    question = '"Mr Pratt, who shredded the minutes?"'
    assert speakers(_HALE, "The session ran past midnight.", question) == ["Owen Pratt", None]
    by_role = '"Senator, who shredded the minutes?"'
    assert speakers(_HALE, "The session ran past midnight.", "Tempers frayed.", by_role) == [
        "Owen Pratt",
        None,
    ]


def test_the_speaker_addressing_somebody_else_still_carries() -> None:
    aside = '"Madam Chair, I have said all I know."'
    assert speakers(_HALE, "The session ran past midnight.", aside) == ["Owen Pratt"] * 2


# Shapes the seven-paragraph bridge of para21 (withdrawn) got wrong: the quotation must
# stay unattributed however the narration between is laid out.
_FILLER = ("The mill was built in 1962.", "Its looms run day and night.")


def test_a_short_paragraph_naming_someone_else_ends_the_carry_close_by() -> None:
    for short in ("Okonjo was unconvinced.", "Greens were furious.", "Moscow was unmoved."):
        assert speakers(_VANCE, short, "The looms are old.", _LAST) == [
            "Ilse Marsh",
            None,
        ], short
    assert speakers(_VANCE, "Applause.", "The looms are old.", _LAST) == ["Ilse Marsh"] * 2


def test_a_short_paragraph_naming_someone_else_ends_the_carry() -> None:
    for short in ("Okonjo objected.", "Greens protested.", "Moscow scoffed."):
        assert speakers(_VANCE, *_FILLER, short, *_FILLER, _LAST) == ["Ilse Marsh", None], short


def test_a_pronoun_after_a_new_person_ends_the_carry() -> None:
    assert speakers(
        _VANCE,
        "The rescue plan was written by the auditor Piet Lund.",
        "He thinks the mill can be saved.",
        *_FILLER,
        _LAST,
    ) == ["Ilse Marsh", None]
    assert speakers(_VANCE, *_FILLER, "He opposes the closure.", "The looms are old.", _LAST) == [
        "Ilse Marsh",
        None,
    ]


def test_a_body_that_reacts_ends_the_carry() -> None:
    for body in ("The Treasury was quick to reply.", "The Port Authority rejects that."):
        assert speakers(_VANCE, *_FILLER, body, "The looms are old.", _LAST) == [
            "Ilse Marsh",
            None,
        ], body


def test_another_person_with_the_speakers_surname_ends_the_carry() -> None:
    assert speakers(
        _VANCE,
        "The mill was built in 1962.",
        "The looms are worn out, argues Karl Marsh, her cousin.",
        "Its looms run day and night.",
        '"The looms are falling apart."',
    ) == ["Ilse Marsh", None]
