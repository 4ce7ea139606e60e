"""Speakers, twenty-first round (issue 10): a name that is a preposition's object behind a
determiner or a number ("with close ties to both Kennedys", "aides to all three Hale
brothers") ends a postmodifier of the description opening the clause: the description
speaks, not the name (the check had stopped at the word right before the name). Near
misses: the name as a subject of its own ("Both Kennedys said"), a relative clause after
it, a sentence-opening participle or appositive, a pair, a friend's description with the
speaker named. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # each gave the name after the preposition at the round's start
        ("Several senior officials with close ties to both Kennedys cited another "
         "\"trap\" debate.", "Several senior officials with close ties to both Kennedys"),
        ("Aides to all three Hale brothers called the report \"nonsense\".",
         "Aides to all three Hale brothers"),
    ],
)
def test_description_behind_a_determined_object_speaks(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Both Kennedys said the story was \"a fabrication\".", "Kennedys"),
        ("The decision fell to both Kennedys, who said the story was \"a fabrication\".",
         "Kennedys"),
        ("Speaking to both Kennedys, Ann Moss said the story was \"a fabrication\".",
         "Ann Moss"),
        ("Ann Moss wrote to both Kennedys and said the story was \"a fabrication\".",
         "Ann Moss"),
        ("Ann Moss, a friend of both Kennedys, said the story was \"a fabrication\".",
         "Ann Moss"),
        ("After meeting both Kennedys, Ann Moss called the story \"a fabrication\".",
         "Ann Moss"),
        ("A rival of both Kennedys, Ann Moss called the story \"a fabrication\".",
         "Ann Moss"),
        ("Several aides to Governor Tom Hale called the plan \"a disgrace\".",
         "Several aides to Governor Tom Hale"),
        ("A source close to Dan Pike said the deal was \"off\".",
         "A source close to Dan Pike"),
        ("An adviser to Dan Pike, Ann Moss, said the deal was \"off\".", "Ann Moss"),
        ("Tom Hale, an adviser to Dan Pike, said the deal was \"off\".", "Tom Hale"),
        ("The man who wrote to Dan Pike said the plan was \"dead\".", "the man"),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker
