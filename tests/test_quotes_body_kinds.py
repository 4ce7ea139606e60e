"""A body whose kind the text writes before its one-word name ("housing charity Shelter",
"the charity Shelter", "schools watchdog Ofsted") is what a later "the charity" or "the
watchdog" names (huntuk26 family 15): the close-read name keeps those words as its role
(mentions._body_kind), and the role alone lets the noun of that kind name it (never "the
regulator"). Never from a list of real bodies: "Unison balloted its members." alone says
nothing of a union. "union" is not taken as a glanced body's kind (unlisted.TITLED_KINDS):
that made "the union, Unite," an organisation that any body's noun ("the regulator") could
name. Near misses: a person led or helped by the body, a person of the body's kind ("Union
leader Dave Prentis"), another body's noun, the body as a modifier. Sentences written for
this test (bodies27).
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

KINDS = [
    ('Housing charity Shelter has published a report.',
     'The charity said the figures were "shocking".',
     ['Shelter']),
    ('The charity Shelter has published a report.',
     'The charity said the figures were "shocking".',
     ['Shelter']),
    ('Schools watchdog Ofsted has published a report.',
     'The watchdog said standards were "rising".',
     ['Ofsted']),
    ('Lobby group Liberty went to court. Judge Ann Roe ruled against it.',
     'The group said the ruling was "a blow".',
     ['Liberty']),
]

NEAR_MISSES = [
    ('Housing charity Shelter criticised the plan.',
     '"It is unfair," the regulator said.', ['the regulator']),
    ('The charity Shelter criticised the plan.',
     '"It is unfair," the regulator said.', ['the regulator']),
    ('Schools watchdog Ofsted criticised the plan.',
     '"It is unfair," the union said.', ['the union']),
    ('The union Hale leads voted to strike.',
     'Mr Hale said the result was "overwhelming".',
     ['Hale']),
    ('The union Tom Hale leads voted to strike.',
     'He said the result was "overwhelming".',
     ['Tom Hale']),
    ('Housing charity Shelter criticised the council.',
     'The council said the figures were "wrong".',
     ['the council']),
    ('The union Unison balloted its members.',
     'Its leader, Dave Prentis, said the result was "overwhelming".',
     ['Dave Prentis']),
    ('Union leader Dave Prentis spoke on Monday.',
     'The union said the result was "overwhelming".',
     ['the union']),
    ('The charity Shelter has published a report.',
     'Ms Kerr said the figures were "shocking".',
     ['Kerr']),
    ('Schools watchdog Ofsted inspected the school.',
     'The head teacher said the report was "unfair".',
     ['the head teacher']),
    ('The union Unison balloted its members.',
     '"We are ready," said general secretary Dave Prentis.',
     ['Dave Prentis']),
    ('The charity Shelter helped Ann Hale find a flat.',
     'She said the help was "a lifeline".',
     ['Ann Hale']),
    ('The watchdog Ofsted was criticised by the union NUT.',
     'The union said inspections were "brutal".',
     ['NUT']),
    ('A union official, Tom Hale, said the vote was "clear".',
     'The union said the result was "overwhelming".',
     ['Tom Hale', 'the union']),
    ('The union Hale founded is small. "We are growing," Hale said.',
     None,
     ['Hale']),
    ('Ms Kerr joined the union Unison in 1990.',
     'She said the union was "a family".',
     ['Kerr']),
]


def _paragraphs(first: str, second: str | None) -> list[str]:
    return [first] if second is None else [first, second]


@pytest.mark.parametrize(("first", "second", "expected"), KINDS)
def test_the_kind_written_before_a_bodys_name_lets_the_noun_name_it(first, second, expected):
    assert speakers(*_paragraphs(first, second)) == expected


@pytest.mark.parametrize(("first", "second", "expected"), NEAR_MISSES)
def test_people_and_other_bodies_keep_their_speakers(first, second, expected):
    assert speakers(*_paragraphs(first, second)) == expected
