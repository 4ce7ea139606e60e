"""A "She" opening the first sentence glanced before a quotation: her person is named
in the sentence before it, which is read too (issue 10, attr-coref9). Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said

_OPENING = (
    "Mayor Joan Pell opened the town fair on Saturday.\n\n"
    "Marisol Quendra, who has run the bakery for twenty years, opened a second shop "
    "on Sunday. She had planned it since the spring. She said rents were low. "
    "She hoped to hire ten people.\n\n"
)


def test_she_opening_the_first_glanced_sentence_takes_the_name_before_it():
    text = _OPENING + '"We are busy every day," she said.'
    assert said(text) == [("We are busy every day,", "Marisol Quendra")]


def test_the_name_before_a_paragraph_opening_she_is_read_too():
    text = (
        "Mayor Joan Pell opened the town fair on Saturday. Marisol Quendra, who has run "
        "the bakery for twenty years, came too.\n\n"
        "She had planned a second shop since the spring. She said rents were low. "
        "She hoped to hire ten people.\n\n"
        '"We are busy every day," she said.'
    )
    assert said(text) == [("We are busy every day,", "Marisol Quendra")]
