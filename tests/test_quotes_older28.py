"""Honorifics and given names of a known sex across a family (issue 10, round 25, helper
older28): "Mr. Clinton" never names Hillary Clinton, "Mrs. Clinton" never Bill Clinton,
and a full name with a given name of one sex never joins a person an honorific made of
the other ("Bill Clinton" after a lone "Mrs. Clinton" is someone new). Every sentence
is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

# Fires: the honorific or the given name keeps the other sex's person apart (r25 gave
# the first name of the family to all of them).
_APART = [
    (('Hilda Marsh campaigned in Ohio.', '"We will win," Mr. Marsh said.'), ["Marsh"]),
    (('Hilda Marsh campaigned in Ohio. She spoke to farmers.',
      '"We will win," Mr Marsh said.', '"We lost," he added.'), ["Marsh", "Marsh"]),
    (('Mary Dorn opened the fair.', '"We will win," Lord Dorn said.'), ["Lord Dorn"]),
    (('"We will win," Mrs. Kell said in Ohio.',
      'Former Governor Tom Kell joined her. "We agree," he said.',
      '"It is early," Mrs. Kell said.'), ["Kell", "Tom Kell", "Kell"]),
    (('Baroness Pell spoke first. John Pell followed.',
      '"We will win," Baroness Pell said.'), ["Baroness Pell"]),
]

# Near misses: one person of the honorific's sex or of no known sex, an honorific of no
# sex, or both of the family named.
_SAME = [
    (('Hilda Marsh campaigned in Ohio.', '"We will win," Mrs. Marsh said.'), ["Hilda Marsh"]),
    (('Hilda Marsh campaigned in Ohio.', '"We will win," Ms. Marsh said.'), ["Hilda Marsh"]),
    (('Tom Marsh campaigned in Ohio.', '"We will win," Mr Marsh said.'), ["Tom Marsh"]),
    (('Jordan Marsh campaigned in Ohio.', '"We will win," Mr Marsh said.'), ["Jordan Marsh"]),
    (('Mary Dorn opened the fair.', '"We will win," Dr Dorn said.'), ["Mary Dorn"]),
    (('Mary Dorn opened the fair with Tom Dorn.', '"We will win," Mr Dorn said.'),
     ["Tom Dorn"]),
    (('Tom Kell and Ruth Kell toured Ohio.', '"We will win," Mr. Kell said.',
      '"We agree," Mrs. Kell said.'), ["Tom Kell", "Ruth Kell"]),
    (('"We will win," Mr. Kell said in Ohio.', 'Tom Kell joined the crowd. "We agree," he '
      'said.'), ["Tom Kell", "Tom Kell"]),
    (('Jordan Wilde, the board chairman, read the figures.', '"We lost money," Ms. Wilde '
      'said.'), ["Jordan Wilde"]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _APART + _SAME)
def test_an_honorific_or_given_name_of_one_sex_keeps_the_other_apart(paragraphs, expected):
    assert speakers(*paragraphs) == expected
