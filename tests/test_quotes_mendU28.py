"""mendU28: narrowings of uk28's rules from revU28's blind near misses (invented sentences).

A headline's quoted fragment whose every word is capitalised or a number is a name or a
title ("Pike attacks Tory 'Passport' scheme"), and one followed by a noun of others' talk
("'lazy' label", "'nanny state' jibe") is that talk: neither is the subject's word. A
fragment whose whole text the body quotes as a term, or in another speaker's quote, is
that term ("Pike attacks 'fat tax' idea" over a think-tank's "fat tax"). "Said the lawyer
for the mother of the accused, Tom Hale": the name may be the accused's. "The police have
labelled the files "secret"": a bare label, no one's words; "The critics have branded him
"a fraud"" still speaks."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers
from tests.test_quotes_uk28 import _headline_kinds

_PIKE_SPEAKS = '"Families deserve a straight answer on this," Mr Pike said.'


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Pike attacks Tory 'Passport' scheme", id="name"),
        pytest.param("Pike backs 'Live 8' concerts", id="name-number"),
        pytest.param("Pike backs 'The Harbour' for schools", id="title"),
        pytest.param("Pike attacks 'lazy' label", id="label"),
        pytest.param("Pike attacks 'nanny state' jibe", id="jibe"),
        pytest.param("Pike attacks 'axis of greed' speech", id="speech"),
    ],
)
def test_headline_names_and_others_talk_stay_terms(headline):
    # main: each fragment was a quote of Tom Pike.
    assert _headline_kinds(
        headline,
        "Health Secretary Tom Pike spoke to reporters on Monday about the row.",
        _PIKE_SPEAKS,
    ) == [("term", None)]


def test_headline_judging_word_before_a_plan_is_still_the_subjects():
    assert _headline_kinds(
        "Pike attacks 'reckless' tax plan",
        "Health Secretary Tom Pike spoke to reporters on Monday about the plan.",
        _PIKE_SPEAKS,
    ) == [("quote", "Tom Pike")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('A think-tank has proposed a "fat tax" on snacks.', id="term"),
        pytest.param(
            'The Roe Foundation said: "A fat tax on snacks and fizzy drinks would save the '
            'health service money within ten years."',
            id="long-quote",
        ),
    ],
)
def test_headline_words_the_body_quotes_whole_for_others_stay_terms(body):
    # main: "fat" and "tax" are too short to echo and the long quote was not read.
    assert _headline_kinds(
        "Pike attacks 'fat tax' idea",
        "Health Secretary Tom Pike spoke to reporters on Monday.",
        body,
        _PIKE_SPEAKS,
    ) == [("term", None)]


def test_headline_words_the_subject_repeats_in_the_body_stay_his():
    assert _headline_kinds(
        "Pike attacks 'fat tax' idea",
        'Health Secretary Tom Pike said a "fat tax" would hurt the poorest families.',
        _PIKE_SPEAKS,
    ) == [("quote", "Tom Pike")]


def test_a_title_ending_on_the_accused_names_no_holder():
    # main: Tom Hale, who may be the accused.
    assert speakers(
        '"It is a sad day," said the lawyer for the mother of the accused, Tom Hale.'
    ) != ["Tom Hale"]
    assert speakers(
        '"It is a sad day," said the director of the Fund for the Injured, Tom Hale.'
    ) == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The police have labelled the files "secret".', id="bare-word"),
        pytest.param('The Hales have labelled every jar "homemade" for years.', id="jars"),
    ],
)
def test_a_thing_labelled_with_a_bare_word_is_no_ones_quote(text):
    # main: the police, the Hales.
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param('The critics have branded him "a fraud".', "the critics", id="article"),
        pytest.param('The Greens have branded the road plan "reckless".', "Greens", id="plan"),
        pytest.param('The Greens have branded Tom Pike "reckless".', "Greens", id="name"),
        pytest.param('The union has branded the offer "insulting".', "the union", id="brand"),
        pytest.param('The Greens have labelled the road plan "reckless".', "Greens",
                     id="label-plan"),
    ],
)
def test_a_verdict_on_a_person_or_a_policy_still_speaks(text, speaker):
    assert speakers(text) == [speaker]
