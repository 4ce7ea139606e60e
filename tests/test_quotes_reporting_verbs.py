"""Reporting verbs a grammar of English lists that the cue lexicon lacked (fourteenth
round, `index/quotes/cue_lex.py`): speech-act verbs after their speaker, manner-of-speaking
verbs before it, and the words left out because they are nouns, adjectives or names as
often. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, said


@pytest.mark.parametrize(
    "verb",
    [
        "demurred", "affirmed", "gasped", "whined", "moaned", "mumbled", "chuckled",
        "snorted", "interrupted", "underscored", "volunteered", "scoffs", "sneers",
    ],
)
def test_a_speech_verb_after_its_speaker_cues_the_quote(verb):
    text = f'"That is not the plan we agreed," Ada Quill {verb}.'
    assert said(text) == [("That is not the plan we agreed,", "Ada Quill")]


@pytest.mark.parametrize("verb", ["scoffed", "sneered", "gushed", "gasped", "chuckled", "riposted"])
def test_a_manner_of_speaking_verb_may_come_before_its_speaker(verb):
    text = f'"Nobody will miss the old pier," {verb} Ada Quill.'
    assert said(text) == [("Nobody will miss the old pier,", "Ada Quill")]


def test_a_verb_of_interrupting_with_a_colon_cues_the_quote():
    text = (
        "The harbour board met on Tuesday to discuss the ferry timetable.\n\n"
        'Its chairman, Tom Reddle, interrupted the clerk to announce: "The ferry stays."'
    )
    assert said(text) == [("The ferry stays.", "Tom Reddle")]


def test_a_speaker_who_demurred_is_the_he_of_the_next_quote():
    # "demurred" is a reporting verb: the man who demurred is the one "he" names next,
    # not the rival named as the object of the sentence before.
    text = (
        "Asked whether Dan Pike, who has called the tunnel a waste, could win the seat, "
        "Tom Reddle demurred.\n\n"
        '"The voters will decide that, not me," he said.'
    )
    assert said(text) == [("The voters will decide that, not me,", "Tom Reddle")]


def test_a_participle_of_praise_gives_the_partial_quote_to_its_subject():
    text = 'Ada Quill opened the bridge on Monday, lauding the builders as "the finest crew".'
    assert said(text) == [("the finest crew", "Ada Quill")]


def test_words_left_out_of_the_cue_lexicon_cue_nothing():
    # "mock" is an adjective as often as a verb, "ventures" a noun, "Wonder" a name:
    # none of them makes the quotation beside it anyone's words.
    text = (
        "The candidate who plays the governor in the mock debates is an \"outsider\".\n\n"
        'The deal bars staff from criticising his business ventures "in any form".'
    )
    kinds = {q.text: (q.kind, q.speaker) for q in quotes_of(text)}
    assert kinds["outsider"][1] is None
    assert kinds["in any form"][1] is None


@pytest.mark.parametrize("verb", ["boomed", "blogged", "apologised", "exhorted"])
def test_a_verb_before_a_colon_is_the_cue_of_the_quote_after_it(verb):
    text = f'Ada Quill leaned in and {verb}: "Let us finish the bridge by May."'
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Ada Quill", verb)
