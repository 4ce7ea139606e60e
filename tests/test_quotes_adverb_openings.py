"""Speakers, twenty-first round (issue 10): a sentence that opens on a capitalised "-ly"
adverb and an "-ing" participle ("Hastily rewriting the speech, Tom Hale ...") has its
subject after the phrase's comma or past a dash aside, never the adverb read as a
one-word name ("Hastily"). Near misses: a surname ending in "-ly" with no comma after the
participle ("Connolly writing in the Times called"), a listed given name, a past
participle or an adjective after the adverb, a body, a possessive owner, a question put to
the subject, another person as the participle's object. Every sentence was written for
this test.
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
