"""A subject that others judge, name or question in a passive ("Mr Dunn was questioned
about "…"", "Im was hailed for his "…"", "is described as a "…"") is not the speaker of the
quotation in its predicate (subjects._judged): the words are the judges', and without an
event of their own they stay unattributed. Near misses: a verb of saying or an "-ing" form
between the passive and the quotation ("was criticised for calling the plan "…""), "quoted
as saying", an agent after the quotation, adjectives and participles of the subject's own
state ("was convinced", "was worried", "was determined"), a passive the list does not hold.
The block is final (review revU24 #1): the quotation goes neither to another clause's
subject, an event in an opening clause, nor a neighbouring sentence's speaker. An "-ing"
form counts only after a preposition or subordinator ("for calling"), never "during" or
"morning" (#3). A subject told something in the passive ("were told", "were warned") is
not the speaker either, also after an aside with its own cue verb (#2). Sentences written
for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, said

JUDGED = [
    'The inquiry ended in May. Mr Dunn was questioned about "the missing pages of the log".',
    "South Korean director Im Sun-ho received an honorary award. Im, who has made 90 films, "
    'was hailed for his "remarkable visual beauty and depth".',
]


@pytest.mark.parametrize("text", JUDGED)
def test_the_judged_subject_is_no_speaker(text):
    assert [q.speaker for q in quotes_of(text)] == [None]


NEAR_MISSES = [
    ('Mr Dunn was asked about the memo and said it was "a forgery".', "Dunn"),
    ('Ms Reyes was quoted as saying the plan was "dead in the water".', "Reyes"),
    ('Mr Dunn was adamant that the memo was "a forgery".', "Dunn"),
    ('Mr Dunn was convinced the memo was "a clumsy forgery".', "Dunn"),
    ('Ms Reyes was worried that the deal was "a trap for the town".', "Reyes"),
    ('Mr Ortiz was accused of calling voters "lazy and ignorant".', "Ortiz"),
    ('The plan was described as "a disaster" by Ms Pike.', "Pike"),
    ('Ms Lund was described by her coach as "utterly fearless".', "Lund's coach"),
    ('Senator Ann Tull was praised for describing the bill as "a betrayal of miners".',
     "Ann Tull"),
    ('Mr Dunn was determined that the inquiry would be "open and fair".', "Dunn"),
]


@pytest.mark.parametrize(("text", "speaker"), NEAR_MISSES)
def test_the_subjects_own_words_keep_their_speaker(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# A speaker stands in another clause or sentence: the judged words stay unattributed.
JUDGED_NEAR_A_SPEAKER = [
    'Coach Ivo Brandt named his squad, but the goalkeeper was criticised for his '
    '"sloppy handling".',
    "After Judge Ruth Carr said the trial would resume, Mr Sato was questioned about "
    '"the second ledger".',
    "Judge Ruth Carr said little. Mr Sato, by contrast, was praised for his "
    '"steady composure".',
    'Ms Okafor voted against; Mr Sato was hailed for his "steady nerve under pressure".',
]


@pytest.mark.parametrize("text", JUDGED_NEAR_A_SPEAKER)
def test_a_neighbouring_speaker_does_not_take_the_judged_words(text):
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_a_later_speaker_does_not_take_the_judged_words():
    text = 'Mr Sato was hailed for his "fearless running". "He is a gift," manager Tom Varga said.'
    assert [q.speaker for q in quotes_of(text)] == [None, "Tom Varga"]


# "during", "morning", "evening": no verb's "-ing" form, so the block holds.
NOT_PARTICIPLES = [
    'Ms Quill was praised during the summit for her "patient diplomacy".',
    'Ms Quill was criticised on Tuesday evening for her "absent leadership".',
]


@pytest.mark.parametrize("text", NOT_PARTICIPLES)
def test_an_ing_noun_is_no_participle(text):
    assert [q.speaker for q in quotes_of(text)] == [None]


# Told, warned, assured in the passive: the subject hears the words, it does not say them.
TOLD = [
    'Tenants, who had queued since dawn, were assured the repairs would be "finished by spring".',
    "Chief Ada Moss spoke first. Shop owners, however, who had closed early, were informed "
    'the road was "shut for weeks".',
    'Residents, who asked for a delay, were told the closure was "final".',
]


@pytest.mark.parametrize("text", TOLD)
def test_a_subject_told_something_is_no_speaker(text):
    assert [q.speaker for q in quotes_of(text)] == [None]


NEAR_MISSES_OF_THE_BLOCK = [
    ('Mr Sato was asked about the fee on Friday: "I have never seen that contract."', "Sato"),
    ('Mr Sato was asked about "the second ledger" and replied that he had never seen it.',
     "Sato"),
    ('Mr Sato was questioned about "the second ledger", Judge Ruth Carr said.', "Ruth Carr"),
    ('Mr Ortiz was criticised after dismissing the critics as "lazy cowards".', "Ortiz"),
    ('Tenants, who were angry, told the landlord the rent was "theft".', "Tenants"),
]


@pytest.mark.parametrize(("text", "speaker"), NEAR_MISSES_OF_THE_BLOCK)
def test_an_answer_or_a_later_speaker_keeps_the_words(text, speaker):
    assert [s for _, s in said(text)] == [speaker]
