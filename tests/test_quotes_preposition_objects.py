"""Speakers, twenty-first round (issue 10): a name that is a preposition's object behind a
determiner or a number ("with close ties to both Kennedys", "aides to all three Hale
brothers") ends a postmodifier of the description opening the clause: the description
speaks, not the name (the check had stopped at the word right before the name). Near
misses: the name as a subject of its own ("Both Kennedys said"), a relative clause after
it, a sentence-opening participle or appositive, a pair, a friend's description with the
speaker named. After review revN24 (mendN24): the rule after "for" and "of", and a bare
number after "of" ("The father of two Dan Pike said": the name speaks). Every sentence was
written for this test.
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # mendN24 (revN24 #2): after "for" and "of" each gave the name (the phrase reader
        # had kept the preposition, "An attorney for")
        ("An attorney for both Pike brothers described the charges as \"absurd\".",
         "An attorney for both Pike brothers"),
        ("A friend of all four Moss sisters called the ruling \"cruel and heartless\".",
         "A friend of all four Moss sisters"),
        ("A friend of the two Orme boys said the crash had been \"avoidable\".",
         "A friend of the two Orme boys"),
    ],
)
def test_description_after_for_and_of_speaks(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # revN24 #3: a bare number straight after "of" is the "father-of-two" before a name
        ("The father of two Dan Pike called the ruling \"heartbreaking\".", "Dan Pike"),
        ("A grandmother of five Ann Moss described the flood as \"biblical\" in scale.",
         "Ann Moss"),
        # after another preposition a bare number still makes the name its object
        ("A veteran with two Bronze Stars called the order \"reckless\".",
         "A veteran with two Bronze Stars"),
    ],
)
def test_bare_number_after_of_before_a_name(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker
