"""Speakers, twenty-fourth round (issue 10; huntuk26 family 10): "against" opens the
postmodifier of a speaking description as "for" and "of" do ("Campaigners against the war
said": the campaigners, was none; "Campaigners against Labour said": not Labour). Near
misses: a person who ran or voted against another, a phrase opening on "against", a
description that is no subject, the name after "against" speaking in a sentence of its own.
Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Campaigners against the war said it was "mad".', "Campaigners against the war"),
        ('Protesters against the war said the plan was "mad".', "Protesters against the war"),
        ('MPs against the war said it was "a mistake".', "MPs against the war"),
        ('Campaigners against the war in Iraq told the BBC it was "mad".',
         "Campaigners against the war in Iraq"),
        ("Campaigners against Tom Hale's plan said it was \"mad\".",
         "Campaigners against Tom Hale's plan"),
        ('Campaigners against Labour said the plan was "mad".', "Campaigners against Labour"),
        ('Campaigners against Tom Hale said he was "unfit".', "Campaigners against Tom Hale"),
        ('Campaigners against the war told Ann Roe it was "mad".',
         "Campaigners against the war"),
    ],
)
def test_description_against_speaks(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tom Hale, who campaigned against the war, said it was "mad".', "Tom Hale"),
        ('The case against the war was "clear", Tom Hale said.', "Tom Hale"),
        ('A campaigner against the war, Ann Roe, said it was "mad".', "Ann Roe"),
        ('Protesters against the war met Tom Hale. He said the war was "a mistake".',
         "Tom Hale"),
        ('The vote against the war was "a disgrace", campaigners said.', "campaigners"),
        ('Ann Roe voted against the war and said it was "mad".', "Ann Roe"),
        ('Tom Hale, who ran against Ann Roe, said the race was "dirty".', "Tom Hale"),
        ('A vote against Ann Roe, Tom Hale said, would be "a mistake".', "Tom Hale"),
        ('Running against Ann Roe, Tom Hale said the race was "dirty".', "Tom Hale"),
        ('Against the advice of aides, Tom Hale said the war was "a mistake".', "Tom Hale"),
        ("Against Ann Roe's wishes, Tom Hale said the deal was \"done\".", "Tom Hale"),
        ('Ann Roe, who voted against Tom Hale, said he was "wrong".', "Ann Roe"),
        ('In the race against Ann Roe, Tom Hale said he was "the underdog".', "Tom Hale"),
        ('Tom Hale, standing against Ann Roe in Leeds, said the race was "close".',
         "Tom Hale"),
        ('Tom Hale turned against Ann Roe and said she was "a liar".', "Tom Hale"),
        ('Voters turned against Labour, Tom Hale said, calling it "a rout".', "Tom Hale"),
        ('Ann Roe spoke out against Tom Hale on Monday. "He must go," she said.', "Ann Roe"),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker
