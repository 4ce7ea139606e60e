"""Speaker shapes found on the third BBC set (bbc-dev2) and the dev set, on text we wrote."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _spoken(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "quote"]


def test_an_acronym_spelt_out_far_before_the_quote_names_the_body_in_full():
    text = (
        "Harbour pilots are getting older.\n\n"
        "A survey by the Coastal Pilots Association (CPA) found that fewer young people "
        "apply. Recruitment has fallen for six years. Pay is flat. The tide tables "
        "are harder to learn than they were. Boats are bigger now. Some ports have shut.\n\n"
        "Training costs keep rising, and the courses are longer.\n\n"
        'A spokeswoman for the CPA said: "We must open the job to school leavers."'
    )
    assert _spoken(text) == [
        ("We must open the job to school leavers.",
         "A spokeswoman for the Coastal Pilots Association")
    ]


def test_brackets_whose_letters_are_not_the_initials_teach_nothing():
    text = (
        "Harbour pilots are getting older.\n\n"
        "A survey by the Coastal Pilots Association (PLT) found that fewer young people "
        "apply. Recruitment has fallen for six years. Pay is flat. The tide tables "
        "are harder to learn than they were. Boats are bigger now. Some ports have shut.\n\n"
        "Training costs keep rising, and the courses are longer.\n\n"
        'A spokeswoman for the PLT said: "We must open the job to school leavers."'
    )
    assert _spoken(text)[0][1] == "A spokeswoman for the PLT"
