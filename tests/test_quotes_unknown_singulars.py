"""A description of one, whose head noun no lexicon knows, as the subject of a
reporting verb whose sentence holds a quotation ("a voice over says", "The almanac
notes that ..."): the person of its paragraph or the one before when there is one
("Ann Hale says ..." then "The prop said:"), else the description speaks as itself
(described_subjects.described_subject, resolution._resolve_nominal). One whose sentence
quotes nothing gives no speaker to later sentences. A news lead's description is named
by the next paragraph even past an appositive ("Peter Brand, the head of ..., told";
owned_sources.named_next). "book" is a document noun. Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_an_indefinite_voice_speaks_as_itself():
    text = (
        "The new spot shows an empty chair.\n\n"
        '"Where was the mayor when the river rose?" a voice over says as the camera pans.'
    )
    assert said(text) == [("Where was the mayor when the river rose?", "a voice over")]


def test_a_definite_one_with_nobody_in_reach_speaks_as_itself():
    text = 'The almanac notes that the town once had "three mills and a fair."'
    assert said(text) == [("three mills and a fair.", "the almanac")]


def test_a_definite_one_after_a_person_is_that_person():
    text = (
        "Peter Brand says the forwards are ready for the visit to Lyon.\n\n"
        'The prop said: "We will see how good they are at the scrum."'
    )
    quotes = [q for q in quotes_of(text) if q.kind == "quote"]
    assert [(q.speaker, q.mention) for q in quotes] == [("Peter Brand", "The prop")]


def test_one_whose_sentence_quotes_nothing_lends_no_speaker():
    text = "The bookmaker said its doubts had grown. But Acme Bet's \"firm proof\" came on Friday."
    assert said(text) == []


def test_a_book_is_a_document_that_speaks():
    text = (
        "Dan Roe ran the base for a year.\n\n"
        'The book accuses Roe of treating the guards like "hired help." '
        '"That never happened," he said.'
    )
    assert said(text) == [("hired help.", "the book"), ("That never happened,", "Dan Roe")]


def test_a_lead_description_is_named_past_an_appositive():
    text = (
        "Chairs in trouble\n\n"
        'The furniture trade is "on its last legs" because it failed to change, a leading '
        "trade figure has said.\n\n"
        "Peter Brand, the head of Nordic Chairs until May, told a radio show that sales "
        "were falling."
    )
    assert said(text) == [("on its last legs", "Peter Brand")]
