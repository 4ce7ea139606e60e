"""A subject that others judge, name or question in a passive ("Mr Dunn was questioned
about "…"", "Im was hailed for his "…"", "is described as a "…"") is not the speaker of the
quotation in its predicate (subjects._judged): the words are the judges', and without an
event of their own they stay unattributed. Near misses: a verb of saying or an "-ing" form
between the passive and the quotation ("was criticised for calling the plan "…""), "quoted
as saying", an agent after the quotation, adjectives and participles of the subject's own
state ("was convinced", "was worried", "was determined"), a passive the list does not hold.
Sentences written for this test."""

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
