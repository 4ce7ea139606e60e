"""After an inverted verb, "the", a few modifiers and a noun no lexicon knows ("said the
shopkeeper", "asked the guard") speak as the same words do before the verb ("the
shopkeeper said": described_subjects.described_subject); its inverted twin is
described_subjects.described_after. Near misses: a time, the words said, a reported
clause, a question put to someone, an owner's job, a name after the noun. Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker, said

_HEAD = "Day of news\n\nThe market town was quiet on Monday.\n\n"


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("said the shopkeeper.", "the shopkeeper"),
        ("said the pensioner.", "the pensioner"),
        ("said the old carpenter.", "the old carpenter"),
        ("said the landlord, who owns six flats on the street.", "the landlord"),
        ("complained the commuter after the meeting.", "the commuter"),
        ("said the bookmaker on Tuesday.", "the bookmaker"),
        ("said the shopkeeper sadly.", "the shopkeeper"),
        ("said the shopkeepers.", "the shopkeepers"),
    ],
)
def test_an_unknown_noun_after_an_inverted_verb_speaks_as_before_it(clause, speaker):
    text = _HEAD + f'"We have seen nothing like this in years," {clause}'
    assert only_speaker(text) == speaker
    uninverted = _HEAD + '"We have seen nothing like this in years," the shopkeeper said.'
    assert only_speaker(uninverted) == "the shopkeeper"


def test_a_question_the_unknown_noun_asks_is_its_own():
    assert only_speaker(_HEAD + '"Where are you going?" asked the guard.') == "the guard"


def test_a_split_quotation_keeps_the_unknown_noun_for_both_halves():
    text = _HEAD + '"It was cold," said the pensioner, "and nobody came to help."'
    assert [s for _, s in said(text)] == ["the pensioner", "the pensioner"]


def test_a_sentence_opening_verb_and_a_colon():
    assert only_speaker(_HEAD + 'Said the shopkeeper: "We close at six."') == "the shopkeeper"


def test_a_name_after_the_unknown_noun_and_a_comma_is_the_speaker():
    text = _HEAD + '"We close at six," said the shopkeeper, Tom Hale.'
    assert only_speaker(text) == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [  # the words said, a time, a word of order: never a speaker
        ('Tom Hale met Ann Roe. "We agreed on nothing," said the latter.', "the latter"),
        ('Ann Roe stood up. "We are leaving," said the following.', "the following"),
        ('Ann Roe spoke. "We will win," wrote the summer before.', "the summer"),
        ('Ann Roe frowned. "Who pays?" asked the question on every lip.', "the question"),
        ('Ann Roe paused. "Sorry," said the word nobody expected.', "the word"),
    ],
)
def test_what_is_said_or_a_time_is_no_speaker(text, not_speaker):
    assert all(not (s or "").startswith(not_speaker) for _, s in said(_HEAD + text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Roe was angry. "It was a lie," she said, and said the shopkeeper knew it.',
         "Ann Roe"),  # a reported clause after the verb, a verb without -ed
        ('"It is a disgrace," said Ann Roe. The council said the shopkeeper would appeal.',
         "Ann Roe"),
        ('Asked the guard on Monday, Tom Hale said he had seen "nothing at all" that night.',
         "Tom Hale"),  # a question put to the guard, not the guard's words
        ('"I was at home all night," Tom Hale told the court.', "Tom Hale"),
        ('"He works too hard," said the shopkeeper\'s wife.', "the shopkeeper's wife"),
        ('"We played badly," said the team\'s manager, Tom Hale.', "Tom Hale"),
        ('"We close at six," said the shopkeeper Tom Hale.', "Tom Hale"),
        ('Tom Hale visited the town. "We will rebuild it," he said the next day.', "Tom Hale"),
        ('Tom Hale runs the corner shop. "We close at six," said the shopkeeper.',
         "the shopkeeper"),  # the price of the rule below: narration makes no antecedent
    ],
)
def test_near_misses_keep_their_speaker(text, speaker):
    assert only_speaker(_HEAD + text) == speaker


@pytest.mark.parametrize("inverted", [True, False])
@pytest.mark.parametrize(
    ("before", "quote", "noun", "speaker"),
    [  # one only seen in narration is no antecedent: a new person, a question put to them
        ("Tom Hale, the mayor, toured the market on Saturday.",
         "Business has never been this bad,", "stallholder", "the stallholder"),
        ("Ann Roe arrived at the gate after midnight.",
         "Where are you going at this hour?", "guard", "the guard"),
        ("Ann Roe picked up her bags and left the shop.",
         "Goodbye and good luck to you,", "shopkeeper", "the shopkeeper"),
        # nor one who spoke with a role that names another job
        ('"We need more stalls," Ann Roe, the council leader, said.',
         "Business is bad,", "stallholder", "the stallholder"),
        # one who has spoken is: "the prop" after "Dai Pryce says"
        ('"We will hold them up front," Dai Pryce said after training.',
         "The scrum will decide it,", "prop", "Dai Pryce"),
    ],
)
def test_an_unknown_noun_stands_for_a_person_named_before_only_once_they_spoke(
    before, quote, noun, speaker, inverted
):
    clause = f"said the {noun}." if inverted else f"the {noun} said."
    text = f"{_HEAD}{before}\n\n\"{quote}\" {clause}"
    assert said(text)[-1] == (quote, speaker)
