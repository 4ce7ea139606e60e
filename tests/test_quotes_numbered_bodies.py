"""Bodies named with a numeral (issue 10, the twenty-third round, huntuk26 family 2):
"Number 10 said", "No 10 said", "Channel 4 said", "Channel 4 News said" name their
speaker whole; a date, a score, a model, an age, a chart place, an address or a body
named as a modifier, an object or a place keeps the speaker it had. Every case is text
written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Number 10 said the claims were "simply untrue".', "Number 10"),
        ('Number 10 said: "The claims are untrue."', "Number 10"),
        ('"The claims are untrue," No 10 said.', "No 10"),
        ('Channel 4 said the programme was "in the public interest".', "Channel 4"),
        ('Channel 4 News said the claims were "untrue".', "Channel 4 News"),
        ('No 10 insisted the prime minister was "relaxed" about the poll.', "No 10"),
    ],
)
def test_a_body_named_with_a_numeral_speaks(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('On March 10 Tom Hale said the plan was "dead".', "Tom Hale"),
        ('Leeds won 2-1 and their manager, Tom Hale, said it was "a fair result".', "Tom Hale"),
        ('Microsoft said Windows 95 was "a landmark".', "Microsoft"),
        ('Channel 4 presenter Jon Snow said the election was "wide open".', "Jon Snow"),
        ('Tom Hale told Channel 4 News: "I will not resign."', "Tom Hale"),
        ("Speaking on BBC Radio 4's Today programme, Ann Roe said the cuts were \"savage\".",
         "Ann Roe"),
        ('Tom Hale, 10, said the school was "brilliant".', "Tom Hale"),
        ('The song reached Number 1 in March. Its singer, Ann Roe, said it was "a dream".',
         "Ann Roe"),
        ("Channel 5's chief executive, Tom Hale, said ratings were \"up\".", "Tom Hale"),
        ('A Radio 4 listener, Ann Roe, said the show was "too long".', "Ann Roe"),
        ('A Number 10 spokesman said the claims were "untrue".', "A Number 10 spokesman"),
        ('Tom Hale met officials at Number 10 on Monday. He said the talks were "useful".',
         "Tom Hale"),
        ('Ann Roe, who lives at No 10 Acacia Avenue, said the noise was "unbearable".',
         "Ann Roe"),
        ('Tom Hale was interviewed on Channel 4. He said the show was "a stitch-up".',
         "Tom Hale"),
        ('Ann Roe wrote to Number 10 last week. She said the reply was "insulting".', "Ann Roe"),
        ('Tom Hale said the Channel 4 film was "a disgrace".', "Tom Hale"),
        ('Radio 1 DJ Ann Roe said the playlist was "stale".', "Ann Roe"),
        ('Ann Roe said she had asked No 10 for "a straight answer".', "Ann Roe"),
        ('At Number 10 the prime minister said the talks had been "constructive".',
         "the prime minister"),
    ],
)
def test_a_numeral_elsewhere_changes_no_speaker(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'A show on Channel 4 called "Harbour Lives" began on Monday.',
        'A show on Granada called "Harbour Lives" began on Monday.',
        'A band from Leeds called "The Tides" played last.',
    ],
)
def test_a_name_after_a_preposition_labels_nothing(text):
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In Leeds, Tom Hale called the plan "a disgrace".', "Tom Hale"),
        ('Speaking on Channel 4, Tom Hale called the plan "a disgrace".', "Tom Hale"),
        ('At the rally Tom Hale called the plan "a disgrace".', "Tom Hale"),
        ('Tom Hale, who lives in Leeds, called the plan "a disgrace".', "Tom Hale"),
        ('Critics in Leeds called the plan "a disgrace".', "Critics in Leeds"),
        ('On Monday Tom Hale called the plan "a disgrace".', "Tom Hale"),
    ],
)
def test_a_labelling_speaker_near_a_place_still_speaks(text, speaker):
    assert speakers(text) == [speaker]
