"""The role the engine gives a speaker reads as a reporter would write it: the whole
appositive, no preposition left hanging, no sentence-initial capital on a common noun."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in quotes_of(text)]


def test_open_appositive_keeps_the_words_after_its_preposition():
    text = (
        "Lena Farrow, sales director at Bright Lamps thinks the trend will hold. "
        '"Buyers keep coming back," she said.'
    )
    assert _roles(text) == [("Lena Farrow", "sales director at Bright Lamps")]


def test_open_appositive_keeps_a_described_employer():
    text = (
        'Otto Ramsey, head of the radio unit at the company says: "The tests went well '
        'and we will ship in May."'
    )
    assert _roles(text) == [("Otto Ramsey", "head of the radio unit at the company")]
