"""A subject "he"/"she" after a sentence-opening adjunct with no subject of its own
(issue 10, the fourteenth round): the adjunct's understood subject is the pronoun, so a
person it names as an object is never the pronoun's person ("Speaking to Ann Cole, he
said" is not Cole: that would be "himself"); the paragraph's topic is. Every case is
text written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

ADJUNCTS = [
    (
        "Greta Lind has led the ferry union for ten years. Asked by reporter Ann Cole about "
        'the strike, she said: "Nobody wants to stop the boats."',
        "Greta Lind",
    ),
    (
        "Pedro Ruiz wants to build a second bridge. In an interview with John Brennan on "
        'Sunday, he said: "The town cannot wait any longer."',
        "Pedro Ruiz",
    ),
    (
        "Ivo Marek has been the club's coach since May. Speaking to Tom Reddle after the "
        'match, he said: "The players gave everything."',
        "Ivo Marek",
    ),
    (
        "Senator Bill Crane criticised the plan on Tuesday. Responding to Jim Ray, he said: "
        '"The numbers simply do not add up."',
        "Bill Crane",
    ),
    (
        "Finance minister Karl Brandt spoke in Berlin. At a conference hosted by Peter "
        'Olsen, he said: "Growth will return next year."',
        "Karl Brandt",
    ),
    (
        "Tom Kell visited the port on Friday. After meeting Frank Ames, he said: "
        '"We agreed on nearly everything."',
        "Tom Kell",
    ),
    (
        "Ivo Marek wrote to the board. In a letter to Frank Ames, he said: "
        '"I will not resign."',
        "Ivo Marek",
    ),
    (
        "Greta Lind has led the ferry union for ten years. Asked by a reporter about the "
        'strike, she said: "Nobody wants to stop the boats."',
        "Greta Lind",
    ),
    (
        "Tom Kell backed the deal. Unlike Frank Ames, he said, the union had "
        '"read the small print".',
        "Tom Kell",
    ),
    (
        "Tom Kell chaired the meeting. When asked by Frank Ames about the cost, he said: "
        '"It is paid for."',
        "Tom Kell",
    ),
    (
        "Tom Kell backed the bridge plan.\n\nSpeaking to Frank Ames on Monday, he said: "
        '"It will be built."',
        "Tom Kell",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ADJUNCTS)
def test_a_person_named_in_an_opening_adjunct_is_not_the_pronoun_after_it(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a subordinate clause with a subject of its own: he may be its subject
            'Frank Ames chaired the meeting. When Tom Kell arrived, he said: "Let us begin."',
            "Tom Kell",
        ),
        (
            "Frank Ames chaired the meeting. After Tom Kell sat down, he said: "
            '"Let us begin."',
            "Tom Kell",
        ),
        (  # "As for X" gives the topic
            'Frank Ames backed the plan. As for Tom Kell, he said: "I am not convinced."',
            "Tom Kell",
        ),
    ],
)
def test_an_adjunct_with_a_subject_or_a_topic_keeps_its_name(text, speaker):
    assert said(text)[-1][1] == speaker


def test_only_the_adjunct_before_the_first_comma_is_read():
    # The main clause after the adjunct names its subject; a "he" in an aside later is his.
    text = (
        "Ann Cole ran the campaign.\n\nIn a memo sent on Tuesday, campaign manager Tom "
        'Kell said the race was close, which, he said, "we always expected."'
    )
    assert said(text)[-1] == ("we always expected.", "Tom Kell")


def test_the_subject_s_own_name_after_the_adjunct_is_not_the_adjunct_s():
    """Only a name in apposition to a person noun continues the adjunct past its comma
    ("with its editor, Ann Cole,"); the subject's own name after it does not."""
    text = ("Tom Kell chaired the meeting. Frank Ames spoke after him. Speaking in Leeds on "
            'Monday, Frank Ames, the minister said: "We will win."')
    assert said(text) == [("We will win.", "Frank Ames")]
