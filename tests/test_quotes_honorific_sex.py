"""An honorific's sex tells which person of a family a surname names (issue 10, nineteenth
round, from the blind probe probe-us2): "Mr. Clinton" after "Hillary Clinton" and "Bill
Clinton" is he, "Mrs. Lindqvist" after "Aaron Lindqvist" alone is someone new (his wife),
and a given name of one sex outweighs a job noun ("Chairman Janet Yellen" is a woman).
Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_CASES = [
    # Both named; the honorific picks the one of its sex, whoever was named first.
    ('Hilda Marsh spoke in Ohio. Her husband, Tom Marsh, campaigned in Iowa. "We are '
     'going to win," Mr. Marsh said.\n\n"I agree with him," Mrs. Marsh said.',
     ["Tom Marsh", "Hilda Marsh"]),
    ('Tony Blair and Cherie Blair arrived together. "It is a good day," Mr Blair said. '
     '"I agree," Mrs Blair said.', ["Tony Blair", "Cherie Blair"]),
    ('Congressman Tom Hale and his wife Ruth Hale spoke at the rally. "We are proud," '
     'Mrs. Hale said. "So am I," Mr. Hale said.', ["Ruth Hale", "Tom Hale"]),
    # A woman known only by "Mrs." after a man of her surname: not he.
    ('"He says the right things," said the Rev. Aaron Lindqvist, who leads a church.'
     "\n\nMrs. Lindqvist, the pastor's wife, was more blunt. "
     '"I have heard a lot of promises," she said.', ["Aaron Lindqvist", "Lindqvist"]),
    ('"He says the right things," said Aaron Lindqvist.\n\n'
     '"I have heard a lot of promises," said Mrs. Lindqvist.',
     ["Aaron Lindqvist", "Lindqvist"]),
    # Near misses: one person only, of the honorific's sex or of no known sex.
    ('Fed Chairman Janet Yellen spoke on Tuesday. "Rates will rise slowly," Ms. Yellen '
     'said.', ["Janet Yellen"]),
    ('Chris Reed, the mayor, spoke first. "We pray for peace," Ms. Reed said.',
     ["Chris Reed"]),
    ('Hilda Marsh spoke in Ohio. "I am ready," Mrs. Marsh said.', ["Hilda Marsh"]),
    ('Tom Marsh spoke in Ohio. "I am ready," Mr. Marsh said.', ["Tom Marsh"]),
    # A man's honorific on a lone person the given-name lexicon calls a woman: someone
    # new of that surname, never her (round 25 reversed the nineteenth round's choice,
    # which kept her for a BBC report that spelt a man "Anais": "Mr. Clinton" after
    # Hillary Clinton alone is her husband; a surname of its own is the lesser error).
    ('"There is a whiff of a sweetener," Anais Farrow, an analyst at a bank, told the '
     'BBC. "Shareholders want the money," Mr Farrow continued.',
     ["Anais Farrow", "Farrow"]),
    ('Baroness Scotland spoke for the government. "The threat is real," Lady Scotland '
     'said.', ["Baroness Scotland"]),
    # Both named, the man first; "Mrs." still hers.
    ('Bill Dorn opened the meeting and Jane Dorn closed it. "Thank you all," Mrs. Dorn '
     'said.', ["Jane Dorn"]),
]


@pytest.mark.parametrize(("text", "speakers"), _CASES)
def test_an_honorific_names_the_person_of_its_sex(text, speakers):
    assert [who for _, who in said(text)] == speakers


# Review revP (findings 3, 4). A woman's honorific keeps a person whom only a job noun
# made a man (the lexicon has "Jordan" as neither sex, "Chris" as either): one woman,
# not her full name and a second, surname-only person; the honorific then makes her a
# "she". A given name and a job noun of two sexes leave the sex open, so "Spokesman
# Meredith Evans" may be a "he" as "Chairman Janet Yellen" a "she".
_JOB_NOUN_ONLY = [
    ('Jordan Wilde, the board chairman, read the figures aloud. "We lost money this '
     'year," Ms. Wilde said.', ["Jordan Wilde"]),
    ('Congressman Chris Amory toured the flooded town. "Help is coming," Ms. Amory said.',
     ["Chris Amory"]),
    ('Jordan Kell, a spokesman for the council, took questions. "The bins will be '
     'collected," Ms. Kell said.', ["Jordan Kell"]),
    ('Jordan Wilde, the board chairman, read the figures aloud. "We lost money," Ms. '
     'Wilde said. "We will recover," she added.', ["Jordan Wilde", "Jordan Wilde"]),
    ('Spokesman Meredith Coyle briefed the press. "The border stays shut," he said.',
     ["Meredith Coyle"]),
    ('Chairman Vivian Roe addressed the shareholders. "Profits are up," he said.',
     ["Vivian Roe"]),
    ('Chairman Nora Pell addressed the shareholders. "Profits are up," she said.',
     ["Nora Pell"]),
]

# Near misses: the woman is someone new (a man of the lexicon, a man the article called
# "Mr.", a bare "Mr." surname, "Mrs." more often a wife than the chairman herself), or the
# pronoun has a person of its own sex to go to.
_JOB_NOUN_NEAR_MISSES = [
    ('Owen Wilde, the board chairman, read the figures. "He did his best," Mrs. Wilde '
     'said.', ["Wilde"]),
    ('Mr. Jordan Kell read the figures. "He did his best," Mrs. Kell said.', ["Kell"]),
    ('Jordan Kell, the chairman, came with his wife. "He did his best," Mrs. Kell said.',
     ["Kell"]),
    ('Mr. Kell read the figures. "He did his best," Mrs. Kell said.', ["Kell"]),
    ('Jordan Kell, the chairman, spoke first. Mr. Kell then left. "It went well," Ms. '
     'Kell said.', ["Kell"]),
    ('Jordan Kell, the chairman, spoke first. Dr. Kell took questions. "The data are '
     'clear," he said.', ["Jordan Kell"]),
    ('Jordan Wilde, the chairman, and Ruth Wilde, his sister, spoke. "We are united," '
     'Ms. Wilde said.', ["Ruth Wilde"]),
    ('Senator Ross Tully questioned Fed Chairman Nora Pell for an hour. "She dodged every '
     'question," he said.', ["Ross Tully"]),
    ('Spokesman Hal Ode stood beside Greta Moss at the podium. "We are ready," she said.',
     ["Greta Moss"]),
]


@pytest.mark.parametrize(("text", "speakers"), _JOB_NOUN_ONLY + _JOB_NOUN_NEAR_MISSES)
def test_a_job_noun_gives_way_to_a_womans_honorific(text, speakers):
    assert [who for _, who in said(text)] == speakers
