"""A quotation signed off by its speaker with no reporting verb (issue 10, the fifteenth
round): '"...," Mr Bootle.' The comma closing the quotation says the sentence goes on, and
all that follows is a name or a definite description and the full stop, so that phrase
spoke; the subject of the sentence before ("economists said") does not. Every case is text
written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Growth will slow next year, economists said. "Shoppers will feel the pinch '
            'first," Mr Pellow.',
            "Pellow",
        ),
        (  # an owner before the surname: the analyst of the bank, not the bank
            'Rates will stay on hold, analysts said. "The recovery has stalled," Barclays\' '
            "Thayne.",
            "Thayne",
        ),
        (
            'Ministers met on Tuesday. "We will not move on this," the minister.',
            "the minister",
        ),
        (  # the comma outside the closing mark
            'Tom Kell opened the debate. "We will not move on this", Ann Cole.',
            "Ann Cole",
        ),
        (  # a name with its appositive role, and nothing after it
            'Ministers met on Tuesday. "We will not move on this," Ann Cole, the Home '
            "Secretary.",
            "Ann Cole",
        ),
    ],
)
def test_a_verbless_sign_off_names_the_speaker(text, speaker):
    assert said(text)[-1][1] == speaker


def test_the_uncued_quotation_after_a_sign_off_goes_on_with_its_speaker():
    text = (
        'Growth will slow next year, economists said. "Shoppers will feel the pinch first," '
        'Mr Pellow. "I expect one more rate cut before the summer."'
    )
    assert [speaker for _, speaker in said(text)] == ["Pellow", "Pellow"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a verb after the phrase: the ordinary cue, read as ever
            'Growth will slow, economists said. "Shoppers will feel it," Mr Pellow said in a '
            "statement.",
            "Pellow",
        ),
        (  # the description's own verb and what follows it: not a sign-off
            'Ann Cole spoke first. "We have a plan," the party said in a statement.',
            "the party",
        ),
    ],
)
def test_a_phrase_with_its_own_verb_is_read_as_before(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite description after the quotation is said of the quoted words
        'Ann Cole called her rival a "moderate," a quiet dig at a man who once led the '
        "rebels.",
        # a description whose head names neither a person nor a body
        'Ann Cole called the scheme "a mess," the latest blow to the plan.',
    ],
)
def test_an_apposition_to_the_quoted_words_is_no_speaker(text):
    quoted = said(text)
    assert all(speaker == "Ann Cole" for _, speaker in quoted)


def test_a_quotation_inside_a_sentence_is_no_sign_off():
    # the review: '... called them "heroes," the defenders of X.' is an apposition to the
    # quoted words, not a speaker signing off; a sign-off's quotation opens its sentence
    assert [q.speaker for q in quotes_of(
        'Hale described them as "heroes," the defenders of Marinsk.')] == ["Hale"]
    assert all(q.speaker != "Tom Vale" for q in quotes_of('Fans chanted "Judas," Tom Vale.'))
