"""Speakers, twenty-first round (issue 10): a sentence that opens on a capitalised "-ly"
adverb and an "-ing" participle ("Hastily rewriting the speech, Tom Hale ...") has its
subject after the phrase's comma or past a dash aside, never the adverb read as a
one-word name ("Hastily"). Near misses: a surname ending in "-ly" with no comma after the
participle ("Connolly writing in the Times called"), a listed given name, a past
participle or an adjective after the adverb, a body, a possessive owner, a question put to
the subject, another person as the participle's object. After review revN24 (mendN24): a
surname spelt as no adverb is ("McAnally", "Kinnelly", "Kinealy"), a comma splice after a
surname ("Neely touring the streets, criticised ..."), the given-name list tested where
nothing else saves the name, and a cue participle after the adverb. Every sentence was
written for this test.
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker, said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # each gave "Hastily" at the round's start
        ("Hastily rewriting his speech \u2015 much as he had done in May \u2015 Governor Tom "
         "Reddick blamed the unions and warned of \"a long winter\" ahead.", "Tom Reddick"),
        ("Hastily politicizing the crash, Ward blamed his rivals, and stressed the danger "
         "that \"open borders\" pose to the nation.", "Ward"),
    ],
)
def test_adverb_and_participle_open_no_subject(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Connolly writing in the Times called the plan \"a farce\" on Sunday.", "Connolly"),
        ("Kelly, writing in the Times, called the plan \"a farce\" on Sunday.", "Kelly"),
        ("Shelly writing for the paper called the deal \"a disgrace\" last week.", "Shelly"),
        ("Hastily written and badly costed, the plan was \"a farce\", said Tom Hale.",
         "Tom Hale"),
        ("Quickly reversing course, the ministry called the claim \"baseless\" in a "
         "statement.", "the ministry"),
        ("Hastily recalling the envoy, the Kremlin said Tom Hale had spread \"lies\" about "
         "the talks.", "Kremlin"),
        ("Hastily phoning Dan Pike, Tom Hale called the plan \"a mess\" on Monday.",
         "Tom Hale"),
        ("Hastily redrafted overnight, the report called the plan \"a mess\" and urged "
         "delay.", "the report"),
        ("Reportedly furious, Tom Hale called the plan \"a mess\" on Monday.", "Tom Hale"),
        ("Hastily drafting a reply, Pike's lawyer Ann Moss called the claim \"absurd\".",
         "Ann Moss"),
        ("Hastily summoned to the podium, Tom Hale was asked whether the deal was \"dead\" "
         "by a reporter.", "a reporter"),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


def test_pronoun_of_the_other_gender_finds_no_one() -> None:
    text = ("Tom Hale lost the vote on Friday.\n\nHastily leaving the hall, she called the "
            "result \"a sham\" and left.")
    assert said(text) == [("a sham", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # mendN24 (revN24 #1): each gave None or the verb's object after named24's rule
        # spelt as no adverb is: a capital inside, "-lly" but not "-ally", "-aly"
        ("O'Reilly visiting the depot, the morning after the strike, praised the crews and "
         "promised \"more money\" for them.", "O'Reilly"),
        ("McAnally visiting the depot, the morning after the strike, praised the crews and "
         "promised \"more money\" for them.", "McAnally"),
        ("Kinealy touring the flooded streets, the day after the storm, criticised the "
         "council and described the response as \"shameful\".", "Kinealy"),
        ("Kinnelly touring the flooded streets, the day after the storm, criticised the "
         "council and described the response as \"shameful\".", "Kinnelly"),
        # spelt like an adverb, but no subject can open after the comma or the aside
        ("Neely touring the flooded streets on Friday, criticised the council and "
         "described the response as \"shameful\".", "Neely"),
        ("Neely touring the wards \u2015 as she does each winter \u2015 without an escort, "
         "praised the nurses and called the cuts \"cruel\".", "Neely"),
        ("Neely dismissing the report as \"fake news\", blamed the unions and warned of "
         "\"a long winter\".", "Neely"),
        ("Neely dismissing the report as \"fake news,\" blamed the unions and warned of "
         "\"a long winter\".", "Neely"),
    ],
)
def test_surname_before_a_participle_keeps_its_verb(text: str, speaker: str) -> None:
    assert {s for _, s in said(text)} == {speaker}


def test_listed_given_name_is_no_adverb() -> None:
    """ "Emily" is spelt like "hastily" and a determiner follows the comma: only the
    given-name list keeps her the subject (revN24 #5)."""
    text = ("Emily addressing the strikers, her voice hoarse, thanked them and promised "
            "\"a fair deal by spring\".")
    assert only_speaker(text) == "Emily"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # mendN24 (revN24 #4): a cue participle after the adverb gave the adverb as a name
        ("Firmly telling reporters to wait, Ann Moss left and promised \"a full reply\" "
         "soon.", "Ann Moss"),
        ("Sharply criticizing the board, Ann Moss resigned and called the deal "
         "\"a sell-out\".", "Ann Moss"),
        ("Dan Pike took the stand.\n\nWearily admitting defeat, he resigned and called the "
         "vote \"a stitch-up\".", "Dan Pike"),
        ("Flatly rejecting the claim as \"nonsense\", Ann Moss left the room and promised "
         "\"a full reply\" soon.", "Ann Moss"),
        ("Flatly rejecting the claim as \"nonsense,\" Ann Moss left the room and promised "
         "\"a full reply\" soon.", "Ann Moss"),  # the comma inside the marks
    ],
)
def test_cue_participle_after_the_adverb(text: str, speaker: str) -> None:
    assert {s for _, s in said(text)} == {speaker}
