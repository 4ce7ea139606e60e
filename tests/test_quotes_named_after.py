"""A quotation standing alone as a sentence and credited by the sentence after it (issue
10, the fifteenth round): a news lead may open on the words and name the speaker next
('"We will not be bullied." Those were the words of Tom Kell ...'). The next sentence
refers back to the quotation (a demonstrative, or "the" and a noun for something said)
and the person it names said it; a sentence that refers back without saying who spoke
("That prompted Kell to ...") credits nobody. Every case is text written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Cole's warning\n\n\"If we lose the vote, we lose everything.\" That was the "
            "message Ann Cole delivered to donors in Leeds on Thursday.",
            "Ann Cole",
        ),
        (
            "Kell's promise\n\n\"I will be the best jobs minister ever.\" So said Tom Kell, "
            "to cheers from a crowd.",
            "Tom Kell",
        ),
        (  # the owner of the speech the quotation is from
            "Cole's line\n\n\"We are stronger together.\" The line, from Ann Cole's speech in "
            "Hull, has become the party's slogan.",
            "Ann Cole",
        ),
        (
            "Kell's line\n\n\"We will not be bullied.\" Those were the words of Tom Kell "
            "after the prime minister threatened a veto.",
            "Tom Kell",
        ),
        (  # a role before the name, and "how" with a verb of saying after it
            "Kell's prediction\n\n\"It will be close.\" That is how Tory leader Tom Kell "
            "described the fight over the bill on Sunday.",
            "Tom Kell",
        ),
        (  # the quotation a paragraph of its own, the credit opening the next one
            "Kell's challenge\n\n\"Do you want it enough? How much do you hate to lose?\"\n\n"
            "These are the questions Tom Kell will be asking of the party's new candidates.",
            "Tom Kell",
        ),
        (  # the full stop outside the closing mark
            "Kell's line\n\n\"We will not be bullied\". Those were the words of Tom Kell "
            "after the vote.",
            "Tom Kell",
        ),
        (  # a title's full stop is no sentence's end
            "Cole's warning\n\n\"We lose everything.\" That was the message Sen. Ann Cole "
            "delivered to donors.",
            "Ann Cole",
        ),
        (  # a body named after "from"
            "Tax row\n\n\"Taxes will rise.\" That was the message from the Treasury on "
            "Monday.",
            "Treasury",
        ),
    ],
)
def test_the_sentence_after_a_lone_quotation_credits_it(text, speaker):
    assert said(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "how" without a verb of saying: an act, not the words
        "Kell's seat\n\n\"It will be close.\" That is how Tory leader Tom Kell won the seat.",
        # the sentence refers back but names a reaction, not the speaker
        "Kell's seat\n\n\"It will be close.\" That prompted Tom Kell to call for a recount.",
        # a place named, not a speaker
        "Kell's seat\n\n\"It will be close.\" That was the message in Leeds on Monday.",
    ],
)
def test_a_sentence_after_it_that_names_no_speaker_credits_nobody(text):
    assert said(text)[0][1] is None


@pytest.mark.parametrize("after", [
    "Those words angered Tom Kell.",
    "The pledge drew a sharp reply from Tom Kell.",
    "The pledge was mocked by Tom Kell.",
    "The warning came as Tom Kell arrived in Brussels.",
    "The message to Tom Kell from his own MPs was blunt.",
])
def test_a_name_elsewhere_in_the_sentence_after_is_not_the_speaker(after):
    # the review: the person named must stand where the speaker stands ("the words of X",
    # "the message X delivered", "came from X"), not as an object or in another clause
    assert [q.speaker for q in quotes_of(f'"We will fight on." {after}')] == [None]
