"""A job and the domain it is held "for" ("Acme's spokesman for Europe said", "Britain's
envoy for the Middle East"): the capitalised words after "for" are the job's domain, never
the speaker; a known given name after them is the holder ("Minister for Europe Denis
MacShane", as "Chief of Staff Ann Kerrow"). Issue 10, twentieth round (found by review on
invented text in earlier rounds). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

WORDS = "We regret the delay"


def test_an_owned_spokesman_for_a_region_speaks_for_the_owner_not_the_region():
    # An organisation's spokesman speaks for the organisation (the devset convention).
    assert said(f'"{WORDS}," Acme\'s spokesman for Europe said.') == [(f"{WORDS},", "Acme")]
    assert said(f'Acme\'s spokesman for Europe said: "{WORDS}."') == [(f"{WORDS}.", "Acme")]


def test_an_owned_envoy_or_minister_for_a_domain_speaks_whole():
    assert said('"Talks will resume," Britain\'s envoy for the Middle East said.') == [
        ("Talks will resume,", "Britain's envoy for the Middle East")
    ]
    assert said('"Schools will reopen," Scotland\'s minister for Europe said.') == [
        ("Schools will reopen,", "Scotland's minister for Europe")
    ]
    assert said(f'"{WORDS}," Tom Hale\'s spokesman for Europe said.') == [
        (f"{WORDS},", "Tom Hale's spokesman for Europe")
    ]


def test_a_title_for_a_domain_then_a_given_name_is_the_holder():
    assert said('"The treaty is sound," Minister for Europe Denis MacShane said.') == [
        ("The treaty is sound,", "Denis MacShane")
    ]
    text = '"Prisons must be inspected," Commissioner for Human Rights Thomas Hammarberg said.'
    assert said(text) == [("Prisons must be inspected,", "Thomas Hammarberg")]
    assert said('"Sales are up," Acme\'s Director for Europe Anna Berg said.') == [
        ("Sales are up,", "Anna Berg")
    ]


def test_near_misses_keep_their_readings():
    # A person after "for" with a given name: the unnamed spokesman as before.
    assert said(f'"{WORDS}," a spokesman for Tom Hale said.') == [
        (f"{WORDS},", "a spokesman for Tom Hale")
    ]
    # The holder named in apposition speaks.
    assert said(f'"{WORDS}," Acme\'s spokesman for Europe, John Hale, said.') == [
        (f"{WORDS},", "John Hale")
    ]
    assert said('"Sales are up," Acme\'s spokesman Anna Berg said.') == [
        ("Sales are up,", "Anna Berg")
    ]
    assert said('"Aid is late," Fund for Peace director Anna Berg said.') == [
        ("Aid is late,", "Anna Berg")
    ]
    assert said('"Schools will reopen," the Minister for Education said.') == [
        ("Schools will reopen,", "the Minister for Education")
    ]
    assert said('"Taxes are too high," a lobbyist for Leeds said.') == [
        ("Taxes are too high,", "a lobbyist for Leeds")
    ]
    # "for" outside a job: the speakers named elsewhere in the paragraph.
    text = 'Support for Europe grew last year. "It is a good sign," Hale said.'
    assert said(text) == [("It is a good sign,", "Hale")]
    text = 'Tom Hale voted for Europe. "It was the right choice," he said.'
    assert said(text) == [("It was the right choice,", "Tom Hale")]
    # Another person, a pronoun of her gender, after the spokesman was met.
    text = (
        "Acme's spokesman for Europe met Anna Berg on Monday. "
        '"We agreed on little," she said.'
    )
    assert said(text) == [("We agreed on little,", "Anna Berg")]
    # The spokesman as the object of the clause; a named person answers.
    text = (
        "Reporters asked Acme's spokesman for Europe about the delay. "
        '"We are sorry," Tom Hale said.'
    )
    assert said(text) == [("We are sorry,", "Tom Hale")]
    # A date after "for", the phrase cut short at its abbreviation: the earlier subject.
    text = (
        "Tom Hale mocked the unions on Monday. The Labour candidate for the Oct. 3 poll "
        'later said he was only "joking" about them.'
    )
    assert said(text) == [("joking", "Tom Hale")]  # not "the Oct. 3 poll"
