"""A body whose kind the text writes before its one-word name ("public sector union
Unison", "housing charity Shelter", "the charity Shelter", "schools watchdog Ofsted") is what
a later "the union", "the charity", "the watchdog" names (huntuk26 family 15): the
close-read name keeps those words as its role (mentions._body_kind) and a glanced one takes
"union" as a body's kind as it did "charity" and "watchdog" (unlisted.TITLED_KINDS). Never
from a list of real bodies: "Unison balloted its members." alone says nothing of a union.
Near misses: a person led or helped by the body, a person of the body's kind ("Union
leader Dave Prentis"), another body's noun, the body as a modifier. Sentences written for
this test (bodies27).
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

KINDS = [
    ('The public sector union Unison balloted its members.',
     'The union said the result was "overwhelming".',
     ['Unison']),
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
