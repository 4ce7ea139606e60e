"""Speakers, twenty-fourth round (review revPB27 of plural27): a speaking "they" stays
with the one it was found for when that one is an unnamed source opening its sentence
("A source at the ministry said ..."), a person going with a companion who has no name
("flanked by his brother", "and a cousin"), a pair written as one ("the duo", "both
women"), a club written with its town's name and a plural verb ("Bradford have
appointed"); a quotation in the first person singular only names no group; "as they
say" is nobody's; "joined Rita Vance's supporters" is no pair. Near misses: the group still
speaks when the companion comes after it or belongs to someone else, when the group is
the subject, when the town follows a preposition. Every sentence was written for this
test.
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker


# Each gave a group of people or nobody before the mend.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an unnamed source opening its sentence is no named person
        ('A source at the ministry said officials had briefed farmers. "We made progress," '
         "they said.", "A source at the ministry"),
        ('One resident said the council had ignored tenants for years. "Nothing gets '
         'fixed," they said.', "One resident"),
        # a companion with no name
        ('Rita Vance, flanked by her brother, thanked volunteers at the lifeboat station. '
         '"We owe them everything," they said.', "Rita Vance"),
        ('Owen Pryde, accompanied by his son, addressed mourners at the chapel. "He was a '
         'good man," they said.', "Owen Pryde"),
        ('Lena Marsh and a cousin were pulled from the flood by soldiers. "We thought it '
         'was the end," they said.', "Lena Marsh"),
        # two written as one
        ('Owen Pryde met Rita Vance at the station. The duo then greeted commuters. "It '
         'feels like home," they said.', "Owen Pryde"),
        # a club with its town's name and a plural verb
        ('Bradford have appointed a new coach after angering supporters with a poor '
         'start. "He has our full backing," they said.', "Bradford"),
        ('Swansea are looking for two defenders. "We need cover at the back," they said.',
         "Swansea"),
        # "joined" a person's supporters: no pair
        ('Owen Pryde joined Rita Vance\'s supporters on the march. "She has our votes," '
         "they said.", "Rita Vance's supporters"),
    ],
)
def test_they_kept_by_its_antecedent(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


# A quotation in the first person singular only: a person who uses "they", or one of the
# group; neither is named (the group was).
@pytest.mark.parametrize(
    "text",
    [
        'Kit Ambler, who prefers the pronoun they, spoke to students in Hull. "I was once '
        'in your seats," they said.',
        'Owen Pryde toured the depot with drivers. "I have not had a rise in years," they '
        "said.",
    ],
)
def test_a_singular_quotation_names_no_group(text: str) -> None:
    assert only_speaker(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the companion belongs to the group's clause, after the group
        ('Lena Marsh visited nurses who had cared for her father. "We still think of him," '
         "they said.", "nurses"),
        # the group is the subject; the pair is its object
        ('Coastguards rescued Owen Pryde and a friend off Tenby. "They were lucky," they '
         "said.", "Coastguards"),
        # the town after a preposition is a place; its people speak
        ('Rita Vance spoke in Bradford. Shoppers in Bradford were unimpressed. "She has '
         'done nothing," they said.', "Shoppers"),
        # one plural of people and a quotation in the plural: the group
        ('Rita Vance toured the mill with workers. "We want our pay rise," they said.',
         "workers"),
        # a town with no plural verb is still no speaker
        ('Owen Pryde visited Swansea on Friday. "We want the bridge fixed," they said.',
         None),
        # a saying's generic "they"
        ('Owen Pryde met fishermen in Tenby. "Red sky at night, sailor\'s delight," as '
         "they say.", None),
    ],
)
def test_near_misses_of_companions(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker
