"""US titles and party words around names (issue 10, the fifteenth round). A description
after a sentence naming two people, one with a title written short: "Ed Vale met Gov. Ann
Pike. "...," the governor said." In one sentence the person whose role holds the
description outranks the subject whose role says nothing; a holder seen only in an
earlier sentence does not. A party word before a name ("Democrat Ann Pike") is no part
of it. Every case is text written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ed Vale met Gov. Ann Pike in Columbus on Monday. "We talked about jobs," the '
         "governor said.", "Ann Pike"),
        ('Ed Vale met with Ohio Gov. Ann Pike on Monday. "We talked about jobs," the '
         "governor said.", "Ann Pike"),
        ('Ed Vale and Sen. Tom Kell clashed over taxes. "It is a giveaway," the senator '
         "said.", "Tom Kell"),
        ('Ed Vale clashed with Sen. Tom Kell over taxes.\n\n"It is a giveaway," the senator '
         "said.", "Tom Kell"),
        ('Ed Vale clashed with Rep. Tom Kell over taxes. "It is a giveaway," the '
         "representative said.", "Tom Kell"),
    ],
)
def test_the_one_the_short_title_names_speaks(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the titled person only in an earlier sentence: the nearer subject may hold the
        # office the article never gave him
        'Sen. Tom Kell spoke first. Ed Vale left early. "We will see," the senator said.',
        # the subject alone in the cue's own sentence
        'Sen. Tom Kell spoke first.\n\nEd Vale defends his record in an ad: "I will '
        'secure the border," the senator says.',
        # two holders in the sentence: nothing tells them apart
        'Ed Vale met Gov. Ann Pike and Gov. Tom Kell on Monday. "We talked about jobs," '
        "the governor said.",
    ],
)
def test_the_nearer_subject_stays(text):
    assert said(text)[-1][1] == "Ed Vale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said Republican Tom Kell.', "Tom Kell"),
        ('"We did it," Democrat Ann Pike told supporters.', "Ann Pike"),
        # the given name now leads the name, so "she" finds her
        ('Democrat Ann Pike and Republican Tom Kell debated on Monday. "I won," she said.',
         "Ann Pike"),
        ('"We will win," said House Republican Tom Kell.', "Tom Kell"),
        ('"We will win," said Libertarian Ed Vale.', "Ed Vale"),
        # a party word before a body's name is the body's
        ('"We will win," the Republican National Committee said.',
         "Republican National Committee"),
    ],
)
def test_a_party_word_before_a_name_is_no_part_of_it(text, speaker):
    assert said(text)[-1][1] == speaker
