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
    (('Mary Dorn opened the fair.', '"We will win," Lord Dorn said.'), ["Dorn"]),
    (('"We will win," Mrs. Kell said in Ohio.',
      'Former Governor Tom Kell joined her. "We agree," he said.',
      '"It is early," Mrs. Kell said.'), ["Kell", "Tom Kell", "Kell"]),
    (('Baroness Pell spoke first. John Pell followed.',
      '"We will win," Baroness Pell said.'), ["Pell"]),
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


# A speaking "she" whose quotation talks about the object of the sentence before, whose
# subject is a description: the description speaks (r25 gave the object, who is talked
# about), or the person that description names.
_SUBJECT_SPEAKS = [
    (('The judge jailed Ann Roe.', '"She showed no remorse," she said.'), ["the judge"]),
    (('On Monday, the judge jailed Ann Roe.', '"I had no choice but to jail her," she '
      'said.'), ["the judge"]),
    (('The officer arrested Tom Hale.', '"He resisted," he said.'), ["the officer"]),
    (('Tom Hale spoke to reporters. The judge jailed Ann Roe.', '"She showed no remorse," '
      'she said.'), ["the judge"]),
    (('The coach dropped Ann Roe.', '"She was not fit," she said.'), ["the coach"]),
]

# Near misses: the quotation has no third person of the pronoun's sex, or its "she" acted
# on the speaker, the object named opens or speaks, the subject is a name, a body, a man's
# noun for a "she", a clause or a passive, or the description names a person of the role.
_OBJECT_STANDS = [
    (('The nurse treated Ann Roe.', '"She saved my life," she said.'), ["Ann Roe"]),
    (('The judge jailed Ann Roe.', '"I showed remorse," she said.'), ["Ann Roe"]),
    (('Ann Roe was jailed by the judge.', '"She showed no remorse," she said.'), ["Ann Roe"]),
    (('The chairman sacked Ann Roe.', '"She lied to us," she said.'), ["Ann Roe"]),
    (('The council sacked Ann Roe.', '"She broke the rules," she said.'), ["Ann Roe"]),
    (('Judge Tom Hale jailed Ann Roe.', '"She showed no remorse," she said.'), ["Ann Roe"]),
    (('The judge will sentence Ann Roe.', '"She showed no remorse," she said.'), ["Ann Roe"]),
    (('The judge jailed Ann Roe.', 'Ann Roe wept. "She showed no remorse," she said.'),
     ["Ann Roe"]),
    (('Judge Mary Hale heard the case. The judge jailed Ann Roe.',
      '"She showed no remorse," she said.'), ["Mary Hale"]),
    (('Mary Hale, a judge, heard the case. The judge jailed Ann Roe.',
      '"She showed no remorse," she said.'), ["Mary Hale"]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _SUBJECT_SPEAKS + _OBJECT_STANDS)
def test_a_quotation_talking_about_the_object_is_the_described_subjects(paragraphs, expected):
    assert speakers(*paragraphs) == expected
