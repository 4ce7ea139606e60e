"""Speakers, twenty-fourth round (issue 10; huntus26 family 10): a speaking "they" whose
antecedent search found one person or a place takes the one plural of people written in
reach ("Hillary Clinton met union members in Ohio. "...," they said": the union members,
not Clinton), keeps a person named as one of a pair ("Tom Hale and Ann Roe"), and names
nobody when nothing plural is in reach (one person is no "they") unless that person spoke
last (one of those the "they" counts, as a pair's first is). Near misses: "he" or
"she" speaking beside a group, a group or a body that is the antecedent itself, a group
that spoke already, a new person named between, "they" inside the quotation, a pair as
the subject beside a group. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker, speakers


# The plural of people in reach speaks (each gave the person on the round's start).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Hillary Clinton met union members in Ohio. "We are with her," they said.',
         "union members"),
        ('Donald Trump spoke to supporters in Ohio. "We love you!" they shouted.',
         "supporters"),
        ('Tom Hale visited residents of the estate on Friday. "Nobody listens to us," they '
         "told him.", "residents"),
        ('Jane Roe addressed protesters outside the town hall. "Shame on you," they chanted.',
         "protesters"),
        ('The mayor, Ann Kite, met officials from the water board. "The pipes are old," they '
         "said.", "officials"),
        ('Ann Kite greeted nurses at the hospital gates. "We are exhausted," they told her.',
         "nurses"),
        ('Mr Hale met farmers in Devon on Tuesday.\n\n"We cannot survive another year like '
         'this," they said.', "farmers"),
        ('The crowd booed as Tom Hale spoke. "Resign!" they shouted.', "the crowd"),
        ('Tom Hale met union members in Ohio. They were angry. "We want the plant open," '
         "they said.", "union members"),
        ("Ann Kite's supporters gathered outside. \"We love her,\" they said.",
         "Ann Kite's supporters"),
        # one person alone is no "they"; a place never is
        ('Jim Bell spoke in Dayton on Monday. "We want jobs," they said.', None),
        ('Senator Ed Lum toured a steel plant in Ohio on Friday.\n\n"Bring the jobs back," '
         "they told him.", None),
        ('Tom Hale visited Leeds. "It is a great city," they said.', None),
        ('Ann Kite said she would appeal. Tom Hale visited Leeds. "We are not finished," '
         "they said.", None),
        # two groups in reach: either may speak
        ('Ann Kite met nurses and doctors at the hospital. "We need more staff," they said.',
         None),
    ],
)
def test_plural_in_reach_speaks(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker


def test_the_crowd_answers_a_question() -> None:
    text = ('"Who will pay for the wall?" Donald Trump asked the crowd. "Mexico!" they '
            "shouted back.")
    assert speakers(text) == ["Donald Trump", "the crowd"]


def test_another_pair_in_reach_is_they() -> None:
    text = ('Ed Lum, a former senator, said he remembers dinners with Tom Hale and Ann Roe. '
            'But even then, they argued about "the money".')
    assert only_speaker(text) == "Tom Hale"
    text = 'Tom Hale met Ann Roe and Jim Bell in Leeds. "We want a deal," they said.'
    assert only_speaker(text) == "Ann Roe"


def test_group_speaks_again_after_the_person_answers() -> None:
    text = ('"We want jobs," the workers told Tom Hale. "I hear you," he said. "We will not '
            'wait," they said.')
    assert speakers(text) == ["the workers", "Tom Hale", "the workers"]


# Near misses: the rule must leave these as they were.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tom Hale and Ann Roe appeared together in Leeds. "We are united," they said.',
         "Tom Hale"),
        ('Mr Blair and Mr Brown appeared together.\n\n"We are united," they said.', "Blair"),
        ('Tom Hale and Ann Roe met voters in Leeds. "We love this city," they said.',
         "Tom Hale"),
        ('Tom Hale and his wife met voters in Leeds. "We love this city," they said.',
         "Tom Hale"),
        ('Tom Hale and Ann Roe met in Leeds on Friday. "We have agreed a deal," they said.',
         "Tom Hale"),
        # the person who spoke last, with no group in reach, is one of those "they" counts
        ('Ed Lum praised Tom Hale and Ann Roe. "They did the work," he said.', "Ed Lum"),
        ('Ann Kite said she would appeal.\n\n"We are not finished," they said.', "Ann Kite"),
        ('Tom Hale met union members in Ohio. "We will win this," he said.', "Tom Hale"),
        ('Union members met Tom Hale in Ohio. "We are with him," they said.',
         "Union members"),
        ('Anna Reyes met voters in Ohio. "I hear you," she told them.', "Anna Reyes"),
        ('Ann Kite met supporters in Leeds. "They have been loyal," she said.', "Ann Kite"),
        ('Labour met union members in Leeds. "We are listening," they said.', "Labour"),
        ('Tom Hale met union members in Ohio.\n\nAnn Roe, the mayor, spoke later. "We need '
         'the plant," she said.', "Ann Roe"),
        ('Tom Hale met union members in Ohio. Ann Kite, their leader, spoke first. "We are '
         'with him," she said.', "Ann Kite"),
        ('Tom Hale met union members. "They are angry," an aide said.', "an aide"),
        ('Tom Hale spoke to supporters in Ohio. "You deserve better," he told them.',
         "Tom Hale"),
        ('Tom Hale met union members in Ohio. "We want the plant open," the workers said.',
         "the workers"),
        ('Labour MPs met Tom Hale on Monday. "We want answers," they said.', "Labour MPs"),
        ('Ann Kite, who met supporters in Ohio, said the plant was "safe".', "Ann Kite"),
        ('Ann Kite, a nurse, joined colleagues on the picket line. "We are exhausted," she '
         "said.", "Ann Kite"),
        ('Tom Hale met union members in Ohio. "We will fight for them," said Ann Roe, his '
         "deputy.", "Ann Roe"),
        ('Police questioned Tom Hale for six hours. "He was not charged," they said.',
         "Police"),
        ('Tom Hale said voters were angry. "They want change," he said.', "Tom Hale"),
        ('Tom Hale met union members in Ohio on Monday.\n\nHe later spoke to reporters. '
         '"They were angry," he said.', "Tom Hale"),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker


def test_near_misses_of_turns() -> None:
    assert speakers(
        'Tom Hale met union members in Ohio. "We are with him," they said. Ann Roe, the '
        'mayor, agreed. "He is right," she said.'
    ) == ["union members", "Ann Roe"]
    assert speakers(
        'Tom Hale met union members in Ohio. "We are with you," they told him. "I know," '
        "Hale replied."
    ) == ["union members", "Tom Hale"]
    assert speakers(
        'Tom Hale thanked supporters in Ohio. "We did it," he said. "They made this happen," '
        "he added."
    ) == ["Tom Hale", "Tom Hale"]
    assert speakers(
        'Ann Kite addressed the conference in Brighton. "We will win," she said. Delegates '
        'cheered. "Kite for leader," they chanted.'
    ) == ["Ann Kite", "Delegates"]
    assert speakers(
        'Residents told Tom Hale the road was "a death trap". "We want a crossing," they '
        "said."
    ) == ["Residents", "Residents"]


# Review bblind27 P2: the group's words stop at a word that opens or qualifies a clause;
# P1: a pair going together ("joined", "along with", "with his deputy ... beside him")
# keeps its "they" beside a group in reach. The lead's words, written after the review.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ned Tull drove to Hexham because farmers had blocked the road. "Enough is enough," '
         "they said.", "farmers"),
        ('Ann Pyle stayed in her office until protesters had gone. "She hid from us," they '
         "said.", "protesters"),
        ('Jim Orde toured Barrow, where workers had lost their jobs. "Nobody cares," they '
         "said.", "workers"),
        ('Kay Marsh spoke for an hour, and even supporters looked bored. "Too long," they '
         "said.", "supporters"),
        ('Ned Tull joined Ann Pyle at the fair, where voters queued to meet them. "We are '
         'a team," they said.', "Ned Tull"),
        ('Ned Tull, along with Ann Pyle, met nurses in Hull. "We are in this together," they '
         "said.", "Ned Tull"),
        ('Ned Tull, with his deputy Ann Pyle beside him, addressed miners. "We will fight on," '
         "they said.", "Ned Tull"),
    ],
)
def test_group_words_and_pairs_going_together(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
