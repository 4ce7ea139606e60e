"""Relative clauses, twentieth round (relcl23): which person a cue in or beside a relative
clause belongs to. A weak cue ("who believes", "who thinks") or one after a phrase of time
("who at the time said", "who last week told") in a clause still open at the quotation
gives the clause's antecedent; ", and called ..." after a relative clause closed by its
comma goes on from the main clause; a "; she said" after ", who ... said nothing" is her
own clause; "in what she called "…"" is the labeller's; a description that opens a
relative clause after another person's verb or preposition ("Dunn spoke after the
chairman, who said") is not that person. Near misses of each shape, written before the
rules, stay as main had them or improve. Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Councillor Ruth Adeyemi thanked Mr Bram Tolley, who believes the bypass is '
            '"a lifeline for the town".',
            "a lifeline for the town",
            "Bram Tolley",
        ),
        (
            'Ms Nell Garvey said Mr Otto Frame, who thinks the merger is "a stroke of genius", '
            "had misread the market.",
            "a stroke of genius",
            "Otto Frame",
        ),
        (
            'Mr Hugo Lane criticised Ms Petra Osei, who at the meeting said the levy was '
            '"daylight robbery".',
            "daylight robbery",
            "Petra Osei",
        ),
        (
            'Mr Hugo Lane criticised Ms Petra Osei, who on Monday told reporters the levy was '
            '"daylight robbery".',
            "daylight robbery",
            "Petra Osei",
        ),
        (
            'Mrs Ann Dorr praised her husband, Mr Cal Dorr, who thinks the tax is "a scandal".',
            "a scandal",
            "Cal Dorr",
        ),
        (  # a new person named inside the clause is what the antecedent believes of
            'Ms Ina Roper praised Mr Cal Dorr, who believes Ms Jo Hart was '
            '"the best candidate".',
            "the best candidate",
            "Cal Dorr",
        ),
        (
            'Ms Ina Roper, who believes the deal is "a triumph", spoke on Monday.',
            "a triumph",
            "Ina Roper",
        ),
    ],
)
def test_a_weak_or_delayed_cue_in_an_open_relative_clause_gives_its_antecedent(
    text, words, speaker
):
    assert said(text) == [(words, speaker)]


def test_a_cue_after_a_relative_clause_closed_by_its_comma_goes_on_from_the_main_clause():
    text = (
        'Ms Tara Quell praised Mr Ross Wilde, who said the harbour was "sinking", and called '
        'the plan "bold".'
    )
    assert said(text) == [("sinking", "Ross Wilde"), ("bold", "Tara Quell")]


def test_a_pronoun_after_a_semicolon_is_not_read_into_the_relative_clause_before_it():
    text = (
        'Mr Dale Fenwick met Ms Una Brody, who then said little; he said the talks were '
        '"a waste of time".'
    )
    assert said(text) == [("a waste of time", "Dale Fenwick")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ms Ina Roper attacked Mr Cal Dorr, who told voters the crisis had passed in what "
            'she called "wishful thinking".',
            "wishful thinking",
            "Ina Roper",
        ),
        ('Ms Ina Roper said the town got what Mr Cal Dorr called "a raw deal".', "a raw deal",
         "Cal Dorr"),
        ('Ms Ina Roper said the plan was what critics had called "a fudge".', "a fudge",
         "critics"),
    ],
)
def test_what_someone_called_is_the_labellers_words(text, words, speaker):
    assert said(text) == [(words, speaker)]


def test_a_description_opening_a_relative_clause_is_not_the_subject_that_meets_it():
    text = 'Mr Rob Hale spoke after the chairman, who had said the club was "not for sale".'
    assert said(text) == [("not for sale", "the chairman")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a copula in the clause: the main subject's label
        ('Ms Ina Roper praised Mr Cal Dorr, who is "a true public servant".',
         "a true public servant", "Ina Roper"),
        # the clause closed before the main subject speaks
        ('Ms Ina Roper praised Mr Cal Dorr, who had resigned, and said the party was '
         '"in good hands".', "in good hands", "Ina Roper"),
        # "which she believes": a subject of its own in the clause
        ('Ms Ina Roper praised the report, which she believes is "a turning point".',
         "a turning point", "Ina Roper"),
        ('Mr Cal Dorr defended Mr Abe Rusk, who he believes is "a scapegoat".', "a scapegoat",
         "Cal Dorr"),
        # negated: never the antecedent's words (main's reading kept)
        ('Ms Ina Roper praised Mr Cal Dorr, who has never said the deal was "a mistake".',
         "a mistake", "Ina Roper"),
        ('Ms Ina Roper praised Mr Cal Dorr, who did not say the tax was "unfair".', "unfair",
         "Ina Roper"),
        # a question put to the person of the clause
        ('Ms Ina Roper asked Mr Cal Dorr, who chairs the panel, whether the plan was '
         '"dead in the water".', "dead in the water", "Ina Roper"),
        ('Ms Ina Roper asked what Mr Cal Dorr called "a fair price".', "a fair price",
         "Ina Roper"),
        # no comma before "and": both verbs are the clause's
        ('Ms Tara Quell praised Mr Ross Wilde, who said the harbour was "sinking" and called '
         'the plan "bold".', "bold", "Ross Wilde"),
        ('Ms Tara Quell praised Mr Ross Wilde, who said the harbour was sinking, and she called '
         'the plan "bold".', "bold", "Tara Quell"),
        ('Ms Tara Quell praised Mr Ross Wilde, who said the harbour was sinking, and Mr Ed Pyle '
         'called the plan "bold".', "bold", "Ed Pyle"),
        ('Mr Ross Wilde, who runs the harbour, said it was sinking and called the plan "bold".',
         "bold", "Ross Wilde"),
        ('Mr Dale Fenwick, who chairs the board, spoke on Monday; he said the talks were '
         '"a waste of time".', "a waste of time", "Dale Fenwick"),
        ('Ms Ina Roper said what Mr Cal Dorr told the inquiry was "a pack of lies".',
         "a pack of lies", "Ina Roper"),
        ('Ms Ina Roper said Mr Cal Dorr had done what she called "the decent thing".',
         "the decent thing", "Ina Roper"),
        ('Ms Ina Roper said the plan was what many called "a fudge".', None, None),
        # a description in apposition, after a copula, after "as", or named elsewhere
        ('Mr Rob Hale, the chairman, who had said the club was "not for sale", spoke on Monday.',
         "not for sale", "Rob Hale"),
        ('Mr Rob Hale is the chairman, who has said the club is "not for sale".',
         "not for sale", "Rob Hale"),
        ('Ms Ada Fenn named Mr Rob Hale as the new chairman, who said the club was '
         '"not for sale".', "not for sale", "Rob Hale"),
        ('Mr Rob Hale thanked the treasurer, Ms Ada Fenn, who said the books were "in order".',
         "in order", "Ada Fenn"),
    ],
)
def test_near_misses_keep_their_speaker(text, words, speaker):
    if words is None:
        assert said(text) == []  # a term of many, nobody's quote
    else:
        assert dict(said(text))[words] == speaker


def test_a_pronoun_of_nobody_present_in_what_he_called_gives_nobody():
    text = (
        "Ms Ina Roper told Ms Jo Hart the crisis had passed in what he called "
        '"wishful thinking".'
    )
    assert said(text) == [("wishful thinking", None)]
