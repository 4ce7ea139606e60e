"""Quoted words whose speaker the phrase around them names with no reporting cue: a
passive labelling verb's "by" agent, an owner's noun for something said
(`index/quotes/given_words.py`). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_passive_labelling_verb_gives_the_quotation_to_its_by_agent():
    text = (
        'The landlord was called "one of the worst landlords in the county" by the sentencing '
        "judge.\n\n"
        'The pier plan was deemed "not in the interests of the town" by Leeds Harbour\'s '
        "board when it met.\n\n"
        'Ada Kell was called the "heart of the crew" by the film\'s director Omar Lund.\n\n'
        'The inquiry, often labelled as a "fishing trip" by Republicans, goes on.\n\n'
        'The bid was deemed "too low" by Leeds Harbour’s board.'
    )
    assert said(text) == [
        ("one of the worst landlords in the county", "the sentencing judge"),
        ("not in the interests of the town", "Leeds Harbour's board"),
        ("heart of the crew", "Omar Lund"),
        ("fishing trip", "Republicans"),
        ("too low", "Leeds Harbour's board"),  # a curly apostrophe read too
    ]


def test_the_by_agent_may_stand_before_the_as_and_after_a_list():
    text = (
        'It is a plan seen by members as a "lifeline" for the club.\n\n'
        'The band was later described as "pretty average" and "strange" by critics who '
        "saw them."
    )
    assert said(text) == [
        ("lifeline", "members"),
        ("pretty average", "critics"),
        ("strange", "critics"),
    ]


def test_a_by_phrase_that_names_nobody_who_speaks_leaves_a_term():
    text = (
        'The levy has long been called "the harbour tax" by locals.\n\n'
        'The ferry was dubbed "the slow boat" by any measure.\n\n'
        'Ann Pike called the plan "a scandal" by phone on Monday.'
    )
    kinds = {q.text: (q.kind, q.speaker) for q in quotes_of(text)}
    assert kinds == {
        "the harbour tax": ("term", None),
        "the slow boat": ("term", None),
        "a scandal": ("quote", "Ann Pike"),  # an active verb: its subject speaks
    }


def test_a_source_credited_with_according_to_stays_the_speaker():
    text = 'According to the Courier, Kell was called "a fraud" by the mayor.'
    assert said(text) == [("a fraud", "Courier")]


def test_an_owners_quoted_remark_is_the_owners_quote():
    text = (
        'Senator Ada Kell\'s "lost cause" comment was as dismissive as ever.\n\n'
        'Critics mocked Tom Reyes\'s "harbour of thieves" remark, Ann Pike said.\n\n'
        'The ferry owners laughed at his "sink or swim" line.'
    )
    assert said(text) == [
        ("lost cause", "Ada Kell"),
        ("harbour of thieves", "Tom Reyes"),  # his words, not the critics' nor Pike's
        ("sink or swim", "Tom Reyes"),
    ]


def test_a_capitalised_slogan_or_a_quoted_phrase_after_an_owner_stays_a_term():
    text = (
        'Tom Reyes spoke again.\n\n'
        'His "Harbour First" line is printed on every banner.\n\n'
        'Ann Pike questioned Kell\'s "fair deal" phrase.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["Harbour First"] == "term"
    assert ("Harbour First", "Tom Reyes") not in said(text)
    assert ("fair deal", "Kell") not in said(text)


def test_a_team_and_an_unlisted_job_before_a_name_leave_the_person_the_subject():
    text = (
        'Harbour fly-half Tom Reyes hailed the win as "special".\n\n'
        'Leeds legend Omar Lund, a member of two title-winning sides, hailed it as "one of '
        'the great days".\n\n'
        'Kell on Tuesday called it "a disgrace".'
    )
    assert said(text) == [
        ("special", "Tom Reyes"),
        ("one of the great days", "Omar Lund"),
        ("a disgrace", "Kell"),
    ]
