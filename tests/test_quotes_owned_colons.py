"""An owner's noun for something said, then a colon, introduces the owner's words:
"Vole's response was: "…"", "From Bell's blog post: "…"" (`index/quotes/owned_colons.py`).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_an_owners_response_or_reaction_before_a_colon_is_the_owners():
    text = (
        "Mayor Ana Vole met the harbour board on Monday.\n\n"
        'Vole\'s response was: "We will appeal this ruling and we will win it."\n\n'
        'The Harbour Trust\'s reaction: "Is that really all the board can offer us?"\n\n'
        "Corin Bell, a local grocer, stood for the seat in May. "
        'From Bell\'s blog post: "The town deserves a better deal than this one."'
    )
    assert said(text) == [
        ("We will appeal this ruling and we will win it.", "Ana Vole"),
        ("Is that really all the board can offer us?", "Harbour Trust"),
        ("The town deserves a better deal than this one.", "Corin Bell"),
    ]


def test_his_or_her_before_the_noun_is_the_person_spoken_of():
    text = (
        "Tessa Marr, a councillor for the east ward, was asked about the pool.\n\n"
        'Her answer was blunt: "There is no money left for it this year."'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.via) for q in quotes] == [("Tessa Marr", "colon")]


def test_a_noun_read_as_a_verb_does_not_make_the_owner_a_name():
    # "post" is also a reporting verb; "Vane's Facebook" is no speaker
    text = (
        "Former governor Ivo Vane backed the senator on Sunday. "
        'From Vane\'s Facebook post: "We must come together now or lose in the autumn."'
    )
    assert said(text) == [("We must come together now or lose in the autumn.", "Ivo Vane")]


def test_a_slogan_or_a_longer_clause_before_the_colon_is_not_this_shape():
    text = (
        "Omar Lund toured the mills on Friday. "
        'Lund\'s slogan: "Jobs First."\n\n'
        "Ada Kell ran against him. "
        "Kell's answer to the jobs question at the hustings on Friday was this: "
        '"Every mill stays open while I am mayor."'
    )
    found = {q.text: q for q in quotes_of(text)}
    assert found["Jobs First."].speaker is None  # a slogan is named, not said
    assert found["Every mill stays open while I am mayor."].via != "colon"
